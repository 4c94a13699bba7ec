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

// Two seconds of both stages first (here and for the bare module below), so
// V8 has compiled the hot wasm functions with its optimizing tier: it starts
// with a baseline one and tiers up in the background, which takes longer than
// a few calls of the small sizes (the largest function alone takes most of a
// second).
function warmUp(run) {
  const text = repeatTo(1_000_000);
  const start = performance.now();
  do {
    run(text, 'segment');
    run(text, 'full');
  } while (performance.now() - start < 2000);
}

await load();
warmUp((text, stage) => annotate(text, { stage }));
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

// Where the time goes on 1 MB: the module's own annotate() (core plus packing
// typed arrays) against the facade's whole call (adds UTF-8 encoding into the
// heap and unpacking into plain objects). Best of several runs.
const { default: createModule } = await import('../dist/claimscope-core.mjs');
const { readFile } = await import('node:fs/promises');
const core = await createModule({ wasmBinary: await readFile(new URL('../dist/claimscope-core.wasm', import.meta.url)) });
const text1 = repeatTo(1_000_000);
const mb1 = Buffer.byteLength(text1) / 1e6;
const encoder = new TextEncoder();
function moduleOnly(stage, text = text1) {
  const capacity = text.length * 3 + 1;
  const address = core._malloc(capacity);
  const { written } = encoder.encodeInto(text, core.HEAPU8.subarray(address, address + capacity));
  core.annotate(address, written, stage, 0);
  core._free(address);
}
warmUp((text, stage) => moduleOnly(stage === 'segment' ? 0 : 2, text));
console.log();
console.log(`| ${mb1.toFixed(1)} MB, stage | facade annotate() ms | module annotate() ms (core + typed arrays) | encode + unpack ms |`);
console.log('|---|---|---|---|');
for (const [name, stage] of [['segment', 0], ['full', 2]]) {
  annotate(text1, { stage: name });
  moduleOnly(stage);
  const facade = best(() => annotate(text1, { stage: name }), 5) * 1000;
  const bare = best(() => moduleOnly(stage), 5) * 1000;
  console.log(`| ${name} | ${facade.toFixed(1)} | ${bare.toFixed(1)} | ${Math.max(0, facade - bare).toFixed(1)} |`);
}
