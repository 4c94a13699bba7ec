// Throughput of the wasm module in Node next to Intl.Segmenter, on the
// sample articles repeated to each size. Prints a markdown table.
//   node bench/wasm-speed.mjs [FILE...]   (default: ../shared/samples/*.txt)
import { readFileSync, readdirSync } from 'node:fs';
import { load, annotate } from '../dist/claimscope.js';

const shared = process.env.CLAIMSCOPE_SHARED || new URL('../../shared', import.meta.url).pathname;
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(`${shared}/samples`).filter((f) => f.endsWith('.txt')).sort().map((f) => `${shared}/samples/${f}`);
const seed = files.map((f) => readFileSync(f, 'utf8')).join('\n\n') + '\n\n';

function repeatTo(bytes) {
  let out = '';
  while (Buffer.byteLength(out) < bytes) out += seed;
  return out;
}

function best(fn, runs) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min / 1000;
}

// Intl.Segmenter fed one paragraph at a time: V8 slows sharply on strings of
// 65,535 UTF-16 units or more, and per-paragraph is how a page would use it.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
function intlSentences(text) {
  let n = 0;
  for (const para of text.split(/\n+/)) for (const _ of segmenter.segment(para)) n++;
  return n;
}

await load();
console.log('| input | wasm segment MB/s | wasm full MB/s | Intl.Segmenter per paragraph MB/s |');
console.log('|---|---|---|---|');
for (const size of [100_000, 1_000_000, 10_000_000]) {
  const text = repeatTo(size);
  const mb = Buffer.byteLength(text) / 1e6;
  const runs = size <= 1_000_000 ? 5 : 2;
  annotate(text); // warm-up
  const seg = best(() => annotate(text, { stage: 'segment' }), runs);
  const full = best(() => annotate(text), runs);
  const intl = best(() => intlSentences(text), runs);
  console.log(`| ${mb.toFixed(1)} MB | ${(mb / seg).toFixed(1)} | ${(mb / full).toFixed(1)} | ${(mb / intl).toFixed(1)} |`);
}
