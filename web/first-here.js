// The page's first annotation, made on the page's own thread instead of in
// the worker. At start-up the worker is the slow way round: its thread and
// script must start, and the module must reach it, before it can annotate,
// while the page itself already has the compiled module (boot.js) and is
// waiting. A short text (the sample, a restored article) costs a few
// milliseconds of annotation here, plus the browser's compilation of the
// functions it runs, which the worker would pay as well. Every later request
// goes to the worker, which warms up meanwhile. The page's instance keeps
// its memory (16 MB at first) for the page's life.
import { load, annotate } from './claimscope.js';

// Longer texts go to the worker even the first time: their annotation would hold the page up.
export const FIRST_HERE_MAX_CHARS = 20_000;

let used = false;

/**
 * Annotates `text` here if this is the page's first request, the text is
 * short and boot.js compiled the module (`compiled`, its promise of the
 * WebAssembly.Module or null); resolves to {doc, ms}, or null when the
 * worker should do it (as it does every request after the first).
 */
export async function annotateFirstHere(text, { compiled, maxMemoryBytes }) {
  if (used) return null;
  used = true;
  if (text.length > FIRST_HERE_MAX_CHARS) return null;
  const wasm = await compiled;
  if (!wasm) return null;
  try {
    await load({ wasmModule: wasm, maxMemoryBytes });
    const started = performance.now();
    const doc = annotate(text);
    return { doc, ms: performance.now() - started };
  } catch {
    return null;   // the worker will try, and report what fails
  }
}
