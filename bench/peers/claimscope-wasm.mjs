// Claimscope's wasm module (through its JS facade, as the page uses it) run
// with the shared peer driver, so it is scored and timed exactly as the peers:
//   node bench/peers/claimscope-wasm.mjs GOLD.jsonl > PRED.jsonl
//   node bench/peers/claimscope-wasm.mjs --bench GOLD.jsonl...
import { createRequire } from 'node:module';
import { load, annotate } from '../../dist/claimscope.js';

const shared = process.env.CLAIMSCOPE_SHARED || new URL('../../../shared', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const { run } = require(`${shared}/bench/segmentation/peers/common.cjs`);

await load();
const { version } = require('../../package.json');
run('claimscope wasm', version, (text) => annotate(text, { stage: 'segment' }).sentences.map((s) => text.slice(s.start, s.end)));
