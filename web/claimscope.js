// Claimscope's JavaScript API: the one module callers use.
//
//   import { load, annotate } from 'claimscope';
//   await load();
//   const doc = annotate('Text of an article…');
//   doc.quotes[0].start   // UTF-16 code units: text.slice(start, end) is the quote
//
// The result is a plain object with the same shape as the CLI's JSON
// (docs/format.md), except that offsets are UTF-16 code units (JS string
// indices) instead of code points. Nothing of Emscripten leaks out of here.

import createModule from './claimscope-core.mjs';

const ROLES = Object.freeze(['title', 'subtitle', 'byline', 'dateline', 'heading', 'body', 'caption', 'boilerplate']);
const CLAIM_KINDS = Object.freeze(['quote', 'reported']);
const EVIDENCE_KINDS = Object.freeze(['number', 'quantity', 'money', 'percent', 'date', 'time']);
const NONE = 0xffffffff;
const STAGES = Object.freeze({ segment: 0, structure: 1, full: 2 });
export const FORMAT_VERSION = 1;

let modulePromise = null;
let module = null;
const encoder = new TextEncoder();

async function instantiate() {
  const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null;
  if (isNode) {
    // The web build's loader would fetch() a file path; hand Node the bytes.
    const { readFile } = await import('node:fs/promises');
    const wasmBinary = await readFile(new URL('./claimscope-core.wasm', import.meta.url));
    return createModule({ wasmBinary });
  }
  return createModule();
}

/** Loads and compiles the WebAssembly module once; later calls return the same promise. */
export function load() {
  if (!modulePromise) {
    modulePromise = instantiate().then(
      (m) => (module = m),
      (err) => {
        modulePromise = null;
        throw err;
      },
    );
  }
  return modulePromise;
}

/**
 * Annotates `text`. Call (and await) load() first.
 * options.stage: 'full' (default), 'structure' (paragraphs with roles, and
 *   sentences) or 'segment' (paragraphs and sentences only).
 * options.maxBytes: refuse inputs whose UTF-8 size exceeds this (default 50 MB).
 * Throws an Error with a readable message for refused input.
 */
export function annotate(text, options = {}) {
  if (typeof text !== 'string') throw new TypeError('annotate(text): text must be a string');
  if (!module) throw new Error('annotate() called before load() resolved');
  // Lone surrogates would become three U+FFFD each in UTF-8 and shift every
  // later offset; replacing each by one U+FFFD keeps UTF-16 indices exact.
  const wellFormed = toWellFormed(text);
  const stage = STAGES[options.stage] ?? STAGES.full;
  let raw;
  let address = 0;
  try {
    // At most 3 UTF-8 bytes per UTF-16 unit; +1 so an empty text still gets a buffer.
    const capacity = wellFormed.length * 3 + 1;
    address = module._malloc(capacity);
    if (!address) throw new Error('out of memory');
    const { written } = encoder.encodeInto(wellFormed, module.HEAPU8.subarray(address, address + capacity));
    raw = module.annotate(address, written, stage, options.maxBytes ?? 0);
    module._free(address);
  } catch (err) {
    // A trap (e.g. out of memory) leaves the instance unusable: start afresh next time.
    module = null;
    modulePromise = null;
    throw new Error(`annotation failed: ${err && err.message ? err.message : err}`);
  }
  if (raw.error) throw new Error(raw.error);
  return unpack(raw);
}

function toWellFormed(text) {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function span(a, i) {
  return a[i] === a[i + 1] ? null : { start: a[i], end: a[i + 1] };
}

function index(v) {
  return v === NONE ? null : v;
}

function unpack(raw) {
  const doc = {
    version: FORMAT_VERSION,
    unit: 'utf16-code-unit',
    length: raw.length,
    warnings: raw.warnings,
    paragraphs: [],
    sentences: [],
    quotes: [],
    claims: [],
    speakers: [],
    evidence: [],
  };
  const p = raw.paragraphs;
  // All paragraphs' reasons come as one string (one boundary crossing, not
  // one per paragraph), each reason followed by \x1F; record field 6 is the count.
  const reasons = raw.reasons.split('\x1F');
  for (let i = 0, r = 0; i < p.length; i += 7) {
    const n = p[i + 6];
    doc.paragraphs.push({
      start: p[i], end: p[i + 1], role: ROLES[p[i + 2]],
      confidence: p[i + 3] / 100,
      reasons: reasons.slice(r, r + n), dateline: span(p, i + 4),
    });
    r += n;
  }
  const s = raw.sentences;
  for (let i = 0; i < s.length; i += 5) {
    const features = [];
    for (let b = 0; b < raw.featureNames.length; b++) if ((s[i + 4] >>> b) & 1) features.push(raw.featureNames[b]);
    doc.sentences.push({ start: s[i], end: s[i + 1], paragraph: s[i + 2], checkworthy: s[i + 3] / 100, features });
  }
  const q = raw.quotes;
  for (let i = 0; i < q.length; i += 10) {
    doc.quotes.push({
      start: q[i], end: q[i + 1], speaker: index(q[i + 2]),
      source: span(q, i + 3), cue: span(q, i + 5), paragraph: q[i + 7],
      group: index(q[i + 8]), scare: (q[i + 9] & 1) !== 0, unclosed: (q[i + 9] & 2) !== 0,
    });
  }
  const c = raw.claims;
  for (let i = 0; i < c.length; i += 12) {
    doc.claims.push({
      start: c[i], end: c[i + 1], kind: CLAIM_KINDS[c[i + 2]], speaker: index(c[i + 3]),
      hedged: c[i + 4] !== 0, source: span(c, i + 5), cue: span(c, i + 7), hedge: span(c, i + 9),
      quote: index(c[i + 11]),
    });
  }
  for (const sp of raw.speakers) {
    const mentions = [];
    for (let i = 0; i < sp.mentions.length; i += 2) mentions.push({ start: sp.mentions[i], end: sp.mentions[i + 1] });
    doc.speakers.push({ name: sp.name, aliases: sp.aliases, mentions });
  }
  const e = raw.evidence;
  for (let i = 0; i < e.length; i += 3) doc.evidence.push({ start: e[i], end: e[i + 1], kind: EVIDENCE_KINDS[e[i + 2]] });
  return doc;
}

/** Bytes of memory the module's instance holds (it grows, never shrinks): for leak tests and diagnostics. */
export function memoryBytes() {
  return module ? module.HEAPU8.length : 0;
}
