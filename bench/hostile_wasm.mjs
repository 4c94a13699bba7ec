// The page's path for hostile pastes: annotate() of the WebAssembly module in
// Node on JSONL records (bench/hostile_shapes.py --write-dir keeps its inputs),
// seconds of CPU per MB of each file's first record.
//
//   node bench/hostile_wasm.mjs DIR FILE.jsonl...
//
// DIR holds claimscope.js and claimscope-core.mjs/.wasm: a dist/ (web/claimscope.js
// with build/wasm's module beside it works too).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir, ...files] = process.argv.slice(2);
if (!dir || files.length === 0) {
  console.error('usage: node bench/hostile_wasm.mjs DIR FILE.jsonl...');
  process.exit(2);
}
const { load, annotate } = await import(pathToFileURL(resolve(dir, 'claimscope.js')).href);
await load();
annotate('A warm-up, said the bench.');
console.log(`module: ${dir}\n\n| input | MB | quotes | claims | CPU s/MB |\n|---|---|---|---|---|`);
for (const f of files) {
  const text = JSON.parse(readFileSync(f, 'utf8').split('\n')[0]).text;
  const mb = Buffer.byteLength(text) / 1e6;
  const t0 = process.cpuUsage();
  const doc = annotate(text);
  const used = process.cpuUsage(t0);
  const s = (used.user + used.system) / 1e6;
  console.log(`| ${f.split('/').pop()} | ${mb.toFixed(2)} | ${doc.quotes.length} | ${doc.claims.length} | ${(s / mb).toFixed(4)} |`);
}
