// Throughput of the wasm module in Node next to Intl.Segmenter: MB/s of the
// segment and full stages at 0.1, 1, 10 and 50 MB (issue 8 asks for the same
// figures as the native bench: the samples and a large corpus made by
// concatenation). Prints markdown tables.
//   node bench/wasm-speed.mjs [FILE...]            the files repeated (default: ../shared/samples/*.txt)
//   node bench/wasm-speed.mjs --corpus FILE.jsonl...   the records' texts in order (distinct text)
// Then where one call's time goes on 1 MB, and what a JSON boundary would
// cost instead of the module's typed records (issue 8: "no JSON round trip in
// the hot path if it costs measurably; measure it").
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load, annotate, annotateRecords, unpack } from '../dist/claimscope.js';

const shared = process.env.CLAIMSCOPE_SHARED || new URL('../../shared', import.meta.url).pathname;
const cli = fileURLToPath(new URL('../build/native/claimscope', import.meta.url));
const args = process.argv.slice(2);
const corpus = args[0] === '--corpus';
const files = corpus ? args.slice(1) : args.length
  ? args
  : readdirSync(`${shared}/samples`).filter((f) => f.endsWith('.txt')).sort().map((f) => `${shared}/samples/${f}`);
const texts = corpus
  ? files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text))
  : files.map((f) => readFileSync(f, 'utf8'));
const encoder = new TextEncoder();
const decoder = new TextDecoder();

// The texts in order, a blank line after each, cycling when they run out, cut
// to `bytes` bytes of UTF-8 at a character boundary (the core refuses more
// than 50,000,000 bytes, so the 50 MB row must not go over).
function textOf(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % texts.length) {
    parts.push(`${texts[i]}\n\n`);
    size += Buffer.byteLength(parts.at(-1));
  }
  return decoder.decode(encoder.encode(parts.join('')).subarray(0, bytes)).replace(/\uFFFD$/, '');
}

// Seconds of `runs` calls: their median (issue 8 asks for medians of several
// runs) and their best.
function timed(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return { median: times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2, best: times[0] };
}
const best = (fn, runs) => timed(fn, runs).best;

// Intl.Segmenter fed one paragraph at a time: V8 slows sharply on strings of
// 65,535 UTF-16 units or more, and per-paragraph is how a page would use it.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
function intlSentences(text) {
  let n = 0;
  for (const para of text.split(/\n+/)) for (const _ of segmenter.segment(para)) n++;
  return n;
}

// Two seconds of both stages first, so V8 has compiled the hot wasm functions
// with its optimizing tier: it starts with a baseline one and tiers up in the
// background, which takes longer than a few calls of the small sizes.
function warmUp() {
  const text = textOf(1_000_000);
  const start = performance.now();
  do {
    annotate(text, { stage: 'segment' });
    annotate(text);
  } while (performance.now() - start < 2000);
}

await load();
warmUp();
console.log(`Text: ${corpus ? `${files.map((f) => f.split('/').pop()).join(', ')}: the records' texts in order (distinct text)` : 'the files repeated'}; MB/s of the median of 5 calls (3 at 10 and 50 MB), and of the best call.`);
console.log();
console.log('| input | wasm segment MB/s (median) | (best) | wasm full MB/s (median) | (best) | Intl.Segmenter per paragraph MB/s (median) | (best) |');
console.log('|---|---|---|---|---|---|---|');
for (const size of [100_000, 1_000_000, 10_000_000, 50_000_000]) {
  const text = textOf(size);
  const mb = Buffer.byteLength(text) / 1e6;
  const runs = size <= 1_000_000 ? 5 : 3;
  if (size <= 10_000_000) annotate(text); // warm-up (at 50 MB the median leaves out a slow first call)
  const rates = [
    timed(() => annotate(text, { stage: 'segment' }), runs),
    timed(() => annotate(text), runs),
    timed(() => intlSentences(text), runs),
  ].flatMap((t) => [mb / t.median, mb / t.best]);
  console.log(`| ${mb.toFixed(1)} MB | ${rates.map((r) => r.toFixed(1)).join(' | ')} |`);
}

// Where one call's time goes on 1 MB, in the one module instance the facade
// holds: annotateRecords() is the text written into the module's memory, the
// core and its records read out as typed arrays; unpack() makes the plain
// objects from them. A JSON boundary would replace unpack() by decoding and
// parsing the document's JSON (the CLI's output for the same text and stage,
// offsets in UTF-16 units, stands for it), and add the core's JSON writing.
const text1 = textOf(1_000_000);
const mb1 = Buffer.byteLength(text1) / 1e6;
console.log();
console.log(`| ${mb1.toFixed(1)} MB, stage | facade annotate() ms | annotateRecords() ms (UTF-8 in, core, typed records out) | unpack() ms | JSON instead: TextDecoder + JSON.parse ms | the JSON's bytes |`);
console.log('|---|---|---|---|---|---|');
const json = {};
for (const stage of ['segment', 'full']) {
  const facade = best(() => annotate(text1, { stage }), 5) * 1000;
  const records = annotateRecords(text1, { stage });
  const module = best(() => annotateRecords(text1, { stage }), 5) * 1000;
  const unpacking = best(() => unpack(records), 5) * 1000;
  let parse = NaN;
  let bytes = NaN;
  if (existsSync(cli)) {
    const out = execFileSync(cli, ['--unit', 'utf16', '--stage', stage], { input: text1, maxBuffer: 1 << 30 });
    bytes = out.length;
    parse = best(() => JSON.parse(decoder.decode(out)), 5) * 1000;
  }
  json[stage] = { unpacking, parse };
  console.log(`| ${stage} | ${facade.toFixed(1)} | ${module.toFixed(1)} | ${unpacking.toFixed(1)} | ${parse.toFixed(1)} | ${bytes} |`);
}
if (Number.isFinite(json.full.parse)) {
  console.log();
  const ratio = json.full.parse / json.full.unpacking;
  console.log(`On the JS side alone, a JSON document would cost ${ratio.toFixed(1)}x unpack()'s time for the full stage (${json.full.parse.toFixed(1)} against ${json.full.unpacking.toFixed(1)} ms per MB), before the core's own JSON writing: ${ratio > 1 ? 'the typed records are the cheaper boundary' : 'JSON would be no dearer here; the boundary is worth a second look'}.`);
}
