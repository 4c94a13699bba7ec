// In-page throughput, for bench/page-bench.mjs: the wasm module (through its
// JS facade, as the worker uses it) next to Intl.Segmenter, in the same page
// of the same browser on the same text. Runs on this page's main thread; the
// product page is not involved.
import { load, annotate } from '../claimscope.js';

const utf8 = new TextEncoder();

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times) / 1000;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
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

/** Measures each size (UTF-8 bytes) of `seed` repeated; returns rows of MB/s (medians of `runs`). */
window.measureSpeed = async (seed, sizes, runs) => {
  await load();
  const repeat = (size) => {
    let text = '';
    while (utf8.encode(text).length < size) text += seed;
    return text;
  };
  // Warm-up: two seconds of both stages, so the browser has compiled the hot
  // wasm functions with its optimizing tier (it starts with a baseline one,
  // and tiers up in the background: slowly on a loaded machine).
  const warmText = repeat(1_000_000);
  const warm = performance.now();
  do {
    annotate(warmText, { stage: 'segment' });
    annotate(warmText);
  } while (performance.now() - warm < 2000);
  const rows = [];
  for (const size of sizes) {
    const text = repeat(size);
    const mb = utf8.encode(text).length / 1e6;
    const n = size > 2_000_000 ? Math.max(2, Math.ceil(runs / 2)) : runs;
    annotate(text, { stage: 'segment' });
    annotate(text);
    intlWhole(text);
    intlPerParagraph(text);
    rows.push({
      mb,
      segment: mb / time(() => annotate(text, { stage: 'segment' }), n),
      full: mb / time(() => annotate(text), n),
      intlWhole: mb / time(() => intlWhole(text), n),
      intlParagraph: mb / time(() => intlPerParagraph(text), n),
    });
  }
  return rows;
};
document.getElementById('state').textContent = 'ready';
