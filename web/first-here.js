// The page's first annotation, made on the page's own thread instead of in
// the worker. At start-up the worker is the slow way round: its thread and
// script must start, and the module must reach it, before it can annotate,
// while the page itself already has the compiled module (boot.js) and is
// waiting. A short text (the sample) costs a few milliseconds of annotation
// here, plus the browser's compilation of the functions it runs, which the
// worker would pay as well. Where the page opens on the sample, boot.js has
// started this annotation before app.js ran; it is taken from there. Every
// later request goes to the worker, which warms up meanwhile. The page's
// instance keeps its memory (16 MB at first) for the page's life.
import { annotateHere, earlyAnswer } from './boot.js';

// Longer texts go to the worker even the first time: their annotation would hold the page up.
export const FIRST_HERE_MAX_CHARS = 20_000;

let used = false;

/**
 * Annotates `text` here if this is the page's first request, the text is
 * short and boot.js compiled the module; resolves to {doc, ms}, or null when
 * the worker should do it (as it does every request after the first).
 */
export async function annotateFirstHere(text) {
  if (used) return null;
  used = true;
  if (text.length > FIRST_HERE_MAX_CHARS) return null;
  try {
    return (await earlyAnswer(text)) ?? (await annotateHere(text));
  } catch {
    return null;   // the worker will try, and report what fails
  }
}
