// In-page throughput, for bench/page-bench.mjs: the wasm module (through its
// JS facade, as the worker uses it) next to Intl.Segmenter, in the same page
// of the same browser on the same text. Runs on this page's main thread; the
// product page is not involved. The bench drives it step by step (prepare,
// then run each measure) so that it can read the renderer's CPU time around
// each run through the DevTools protocol: wall-clock figures on a loaded
// machine measure the other jobs as much as this code.
import { load, annotate } from '../claimscope.js';

const utf8 = new TextEncoder();

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// Intl.Segmenter's work: every sentence boundary, as segment objects.
function intlWhole(text) {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}
function intlPerParagraph(text) {
  let n = 0;
  for (const para of text.split(/\n+/)) for (const _ of segmenter.segment(para)) n++;
  return n;
}

const MEASURES = {
  segment: (text) => annotate(text, { stage: 'segment' }),
  full: (text) => annotate(text),
  intlWhole,
  intlParagraph: intlPerParagraph,
};

let text = '';
let warmed = false;

/** Makes the text (`seed` repeated, or cut at a line break, to about `size`
 * UTF-8 bytes) and runs each measure once; returns its MB. */
window.prepareSpeed = async (seed, size) => {
  await load();
  const seedBytes = utf8.encode(seed).length;
  const repeat = (n) => {
    // A seed longer than the size (distinct text, --text) is cut at its last
    // line break before the size, so no text is annotated twice in one call.
    if (seedBytes >= n) {
      let t = seed.slice(0, n);
      while (utf8.encode(t).length > n) t = t.slice(0, t.length - 1000);
      const cut = t.lastIndexOf('\n');
      return cut > 0 ? t.slice(0, cut + 1) : t;
    }
    return seed.repeat(Math.ceil(n / seedBytes));
  };
  if (!warmed) {
    // Two seconds of both stages first, so the browser has compiled the hot
    // wasm functions with its optimizing tier (it starts with a baseline one,
    // and tiers up in the background: slowly on a loaded machine).
    const warmText = repeat(1_000_000);
    const warm = performance.now();
    do {
      annotate(warmText, { stage: 'segment' });
      annotate(warmText);
    } while (performance.now() - warm < 2000);
    warmed = true;
  }
  text = repeat(size);
  for (const fn of Object.values(MEASURES)) fn(text);   // memory grown, caches filled
  return utf8.encode(text).length / 1e6;
};

/** Runs measure `name` `runs` times on the prepared text; returns each run's
 * wall ms per call. With `minMs`, each run times a batch of calls that lasts
 * at least about that long: a page's performance.now() moves in steps of
 * 0.1 ms (coarsened against timing attacks), which made a 0.3 ms call read
 * as 0.3 or 0.4 ms, and ratios at 0.1 and 1 MB moved in those steps. */
window.runSpeed = (name, runs, minMs = 0) => {
  let batch = 1;
  if (minMs > 0) {
    const t0 = performance.now();
    MEASURES[name](text);
    batch = Math.min(1000, Math.max(1, Math.ceil(minMs / Math.max(0.01, performance.now() - t0))));
  }
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let k = 0; k < batch; k++) MEASURES[name](text);
    times.push((performance.now() - t0) / batch);
  }
  return times;
};
document.getElementById('state').textContent = 'ready';
