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
//
// Two builds of the same core: the index page's module (claimscope-core),
// which has everything but compare(), and the compare page's
// (claimscope-compare), which adds it. load() makes the first;
// load({ compare: true }) the second, from its own wasm file, so the index
// page never downloads the comparison code (~30 KB of gzip). Both are made
// by the one Emscripten glue below.

import createModule from './claimscope-core.mjs';

const ROLES = Object.freeze(['title', 'subtitle', 'byline', 'dateline', 'heading', 'body', 'caption', 'boilerplate']);
const CLAIM_KINDS = Object.freeze(['quote', 'reported']);
const EVIDENCE_KINDS = Object.freeze(['number', 'quantity', 'money', 'percent', 'date', 'time']);
const NONE = 0xffffffff;
const STAGES = Object.freeze({ segment: 0, structure: 1, full: 2 });
export const FORMAT_VERSION = 1;

let modulePromise = null;
let module = null;
// Whether a caller asked for compare(): from then on every instance made
// (after a failure too) is the compare module's; and whether modulePromise's is.
let compareWanted = false;
let promiseHasCompare = false;
// The UTF-8 writer for module's memory, or null: encodeInto (writeUtf8).
let writer = null;
// The names of the sentence feature bits: constants of the module, asked for once.
let featureNames = null;
const encoder = new TextEncoder();

const PAGE_BYTES = 65536;
/** The build's ceiling for the module's memory (-sMAXIMUM_MEMORY). */
export const MAX_MEMORY_BYTES = 2 ** 31;
const INITIAL_MEMORY_BYTES = 16 * 2 ** 20; // Emscripten's default -sINITIAL_MEMORY
let memoryCeiling = MAX_MEMORY_BYTES;

// ---- The text's way into the module's memory ----
//
// annotate() hands the core UTF-8. TextEncoder.encodeInto writes it, but in
// Chromium its path for strings with any character above U+00FF (news text:
// curly quotes, dashes) costs about as much as the core's whole segment stage,
// half of a segment call (bench/speed-notes.md, pageseg16). Where the engine
// has WebAssembly's JS string builtins (`wasm:js-string`, with GC arrays), the
// small module built below does the same job in about 0.6 times the time: one
// bulk copy of the string's UTF-16 units into a GC array (intoCharCodeArray;
// a text over 4 MB a chunk at a time), then a loop that writes their UTF-8
// into the core's memory, two ASCII units per step. A lone surrogate becomes
// U+FFFD, as encodeInto writes it, so the bytes are the same. Anywhere else
// (Node 20, older browsers), or if the module fails for one call (a GC array
// too large), encodeInto does it.

const uleb = (n) => {
  const out = [];
  do {
    out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n >>>= 7;
  } while (n);
  return out;
};
const sleb = (v) => {
  const out = [];
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && !(b & 0x40)) || (v === -1 && (b & 0x40))) return [...out, b];
    out.push(b | 0x80);
  }
};

// The text's units go through one GC array, kept for the next call. A text
// up to KEEP units (4 MB) is copied into it whole: allocating the array
// afresh (a large object, zeroed) was a third of the writer's time. A longer
// text goes CHUNK units at a time, each a substring of the text: a text-long
// array, allocated for every call and written and read back out of cache,
// made the writer 1.35 times slower per MB at 11.6 MB than at 1 MB
// (bench/speed-notes.md, pageseg113). 65,536 units (128 KB) stay in the L2
// cache; 8,192 units, 16 KB for L1, cost the segment call twice its CPU time
// at 10 MB once the page had made garbage: each chunk is a call into the
// engine and an object (lead, thirty-fifth round). (Chunks for every text
// were slower below 4 MB: the substring is a copy.)
const KEEP = 2 ** 21;
const CHUNK = 2 ** 16;

/** The bytes of the module: export utf8(text, address) -> bytes written at address. */
function utf8WriterBytes() {
  const name = (s) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
  const vec = (items) => [...uleb(items.length), ...items.flat()];
  const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
  const I32 = 0x7f, EXTERNREF = 0x6f, UNITS = [0x63, 0x00]; // (ref null $units)
  // Locals: 0 text, 1 address, 2 length, 3 units, 4 i, 5 out, 6 c, 7 d, 8 pos
  // (the chunk's start in the text), 9 n (its units), 10 limit (the units it
  // writes), 11 want (the chunk's size).
  const get = (k) => [0x20, k], set = (k) => [0x21, k];
  const num = (v) => [0x41, ...sleb(v)];
  const [ADD, SUB, AND, OR, SHL, SHR_U, LT_U, GT_U, LE_U, GE_U, EQ, EQZ] = [0x6a, 0x6b, 0x71, 0x72, 0x74, 0x76, 0x49, 0x4b, 0x4d, 0x4f, 0x46, 0x45];
  const IS_NULL = 0xd1, SELECT = 0x1b, ARRAY_LEN = [0xfb, 0x0f]; // ref.is_null, select, array.len
  const getKept = [0x23, 0x00], setKept = [0x24, 0x00]; // global.get / global.set of the kept array (global 0)
  const IF = [0x04, 0x40], BLOCK = [0x02, 0x40], LOOP = [0x03, 0x40], END = 0x0b;
  const br = (depth) => [0x0c, depth], brIf = (depth) => [0x0d, depth];
  const unit = (index) => [...get(3), ...index, 0xfb, 0x0d, 0x00]; // array.get_u $units
  const step = (local, by) => [...get(local), ...num(by), ADD, ...set(local)];
  const put = (offset, value) => [...get(5), ...value, 0x3a, 0x00, offset]; // i32.store8
  const tail = (shift) => [...get(6), ...(shift ? [...num(shift), SHR_U] : []), ...num(0x3f), AND, ...num(0x80), OR];
  const body = [
    0x04, 0x01, I32, 0x01, ...UNITS, 0x04, I32, 0x04, I32,
    ...get(0), 0x10, 0x01, ...set(2), // length = wasm:js-string length(text)
    // want = the chunk's units: the whole text up to KEEP units, else CHUNK.
    ...num(CHUNK), ...get(2), ...get(2), ...num(KEEP), GT_U, SELECT, ...set(11),
    // units = the array kept from an earlier call if long enough, else a new one (kept if at most KEEP units).
    ...getKept, ...set(3),
    ...BLOCK,
    ...get(3), IS_NULL, EQZ, ...IF, ...get(3), ...ARRAY_LEN, ...get(11), GE_U, ...brIf(1), END,
    ...get(11), 0xfb, 0x07, 0x00, ...set(3), // array.new_default $units (want)
    ...get(11), ...num(KEEP), LE_U, ...IF, ...get(3), ...setKept, END,
    END,
    ...get(1), ...set(5),
    ...BLOCK, ...LOOP, // a chunk
    ...get(8), ...get(2), GE_U, ...brIf(1),
    // n = min(want, length - pos); a chunk with text after it leaves its last
    // unit to the next (limit = n - 1), so a surrogate pair is never cut.
    ...get(2), ...get(8), SUB, ...set(9),
    ...get(11), ...get(9), ...get(9), ...get(11), GT_U, SELECT, ...set(9),
    ...get(9), ...num(1), SUB, ...get(9), ...get(8), ...get(9), ADD, ...get(2), LT_U, SELECT, ...set(10),
    // intoCharCodeArray(the whole text, or substring(text, pos, pos + n), units, 0)
    ...get(9), ...get(2), EQ, 0x04, EXTERNREF, ...get(0), 0x05, ...get(0), ...get(8), ...get(8), ...get(9), ADD, 0x10, 0x02, END,
    ...get(3), ...num(0), 0x10, 0x00, 0x1a,
    ...num(0), ...set(4),
    ...BLOCK, ...LOOP,
    // Two ASCII units at a time while both are ASCII.
    ...BLOCK, ...LOOP,
    ...get(4), ...num(1), ADD, ...get(10), GE_U, ...brIf(1),
    ...unit(get(4)), ...set(6), ...unit([...get(4), ...num(1), ADD]), ...set(7),
    ...get(6), ...get(7), OR, ...num(0x80), GE_U, ...brIf(1),
    ...get(5), ...get(6), ...get(7), ...num(8), SHL, OR, 0x3b, 0x00, 0x00, // i32.store16
    ...step(5, 2), ...step(4, 2), ...br(0),
    END, END,
    // One unit.
    ...get(4), ...get(10), GE_U, ...brIf(1),
    ...unit(get(4)), ...set(6), ...step(4, 1),
    ...get(6), ...num(0x80), LT_U, ...IF, ...put(0, get(6)), ...step(5, 1), ...br(1), END,
    ...get(6), ...num(0x800), LT_U, ...IF,
    ...put(0, [...get(6), ...num(6), SHR_U, ...num(0xc0), OR]), ...put(1, tail(0)), ...step(5, 2), ...br(1),
    END,
    ...get(6), ...num(0xf800), AND, ...num(0xd800), EQ, ...IF, // a surrogate
    ...get(6), ...num(0xdc00), LT_U, ...IF, // high, then
    ...get(4), ...get(9), LT_U, ...IF, // a unit after it
    ...unit(get(4)), ...num(0xfc00), AND, ...num(0xdc00), EQ, ...IF, // that is low: a pair
    ...get(6), ...num(0xd800), SUB, ...num(10), SHL, ...unit(get(4)), ...num(0xdc00), SUB, ADD, ...num(0x10000), ADD, ...set(6),
    ...step(4, 1),
    ...put(0, [...get(6), ...num(18), SHR_U, ...num(0xf0), OR]), ...put(1, tail(12)), ...put(2, tail(6)), ...put(3, tail(0)),
    ...step(5, 4), ...br(4),
    END, END, END,
    ...num(0xfffd), ...set(6), // a lone surrogate
    END,
    ...put(0, [...get(6), ...num(12), SHR_U, ...num(0xe0), OR]), ...put(1, tail(6)), ...put(2, tail(0)), ...step(5, 3), ...br(0),
    END, END,
    ...get(8), ...get(4), ADD, ...set(8), ...br(0), // pos += the units written
    END, END,
    ...get(5), ...get(1), SUB,
    END,
  ];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([
      [0x5e, 0x77, 0x01], // $units: (array (mut i16))
      [0x60, 0x03, EXTERNREF, ...UNITS, I32, 0x01, I32], // intoCharCodeArray
      [0x60, 0x01, EXTERNREF, 0x01, I32], // length
      [0x60, 0x02, EXTERNREF, I32, 0x01, I32], // utf8
      [0x60, 0x03, EXTERNREF, I32, I32, 0x01, 0x64, EXTERNREF], // substring -> (ref extern)
    ])),
    ...section(2, vec([
      [...name('wasm:js-string'), ...name('intoCharCodeArray'), 0x00, 0x01],
      [...name('wasm:js-string'), ...name('length'), 0x00, 0x02],
      [...name('wasm:js-string'), ...name('substring'), 0x00, 0x04],
      [...name('m'), ...name('memory'), 0x02, 0x00, 0x00],
    ])),
    ...section(3, vec([[0x03]])),
    ...section(6, vec([[...UNITS, 0x01, 0xd0, 0x00, 0x0b]])), // the kept array: (mut (ref null $units)), null
    ...section(7, vec([[...name('utf8'), 0x00, 0x03]])),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ]);
}

/** The writer for `memory`: (text, address) -> bytes written, or null where the engine lacks what it needs. */
async function utf8Writer(memory) {
  try {
    // An engine without the builtins ignores the option and fails to link (no 'wasm:js-string' given).
    const compiled = await WebAssembly.compile(utf8WriterBytes(), { builtins: ['js-string'] });
    const { exports } = await WebAssembly.instantiate(compiled, { m: { memory } });
    return exports.utf8;
  } catch {
    return null;
  }
}

// A check of the writer against encodeInto, once per instance: every UTF-8 length, a pair, a lone surrogate.
const PROBE = 'ab\u00e9\u07ff\u0800\u2019\uffff\ud83d\ude00\udbff\udfffc\ud800d\udc00';

/** The UTF-8 of `text` written at `address` (room for 3 bytes a unit); returns the bytes written. */
function writeUtf8(text, address, capacity) {
  if (writer) {
    try {
      return writer(text, address);
    } catch {
      // A GC array too large for the engine: encodeInto needs none.
    }
  }
  return encoder.encodeInto(text, module.HEAPU8.subarray(address, address + capacity)).written;
}

/** The core's instance and, where the engine allows, the UTF-8 writer for its memory (checked once). */
async function instantiate(options, withCompare) {
  // The memory is made here so its maximum can be lower than the build's.
  memoryCeiling = Math.min(MAX_MEMORY_BYTES, Math.max(INITIAL_MEMORY_BYTES, options.maxMemoryBytes || MAX_MEMORY_BYTES));
  const wasmMemory = new WebAssembly.Memory({
    initial: INITIAL_MEMORY_BYTES / PAGE_BYTES,
    maximum: Math.floor(memoryCeiling / PAGE_BYTES),
  });
  const [core, write] = await Promise.all([instantiateCore(options, withCompare, wasmMemory), utf8Writer(wasmMemory)]);
  if (!write) return { core, write };
  const want = encoder.encode(PROBE);
  const address = core._malloc(PROBE.length * 3);
  const written = write(PROBE, address);
  const same = written === want.length && want.every((b, i) => core.HEAPU8[address + i] === b);
  core._free(address);
  return { core, write: same ? write : null };
}

async function instantiateCore(options, withCompare, wasmMemory) {
  // Emscripten prints "Aborted()" before a trap; the caller gets a clear
  // error instead, so this is only a diagnostic, not a console error.
  const printErr = (text) => console.warn(text);
  // One glue for both modules: their imports are the same and their names
  // are kept whole (CMakeLists.txt, -lexports.js), so the compare page
  // downloads no second copy of it; it only asks for the other wasm file.
  const wasmFile = withCompare ? './claimscope-compare.wasm' : './claimscope-core.wasm';
  const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null;
  if (options.wasmModule) {
    // Already compiled (e.g. by the page, for its worker): only instantiate.
    // A failure here would leave Emscripten's promise pending, so it races it.
    const compiled = options.wasmModule;
    let fail;
    const failed = new Promise((_, reject) => { fail = reject; });
    const instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled), fail);
      return {};
    };
    return Promise.race([createModule({ wasmMemory, printErr, instantiateWasm }), failed]);
  }
  if (isNode) {
    // The web build's loader would fetch() a file path; hand Node the bytes.
    const { readFile } = await import('node:fs/promises');
    const wasmBinary = await readFile(new URL(wasmFile, import.meta.url));
    return createModule({ wasmBinary, wasmMemory, printErr });
  }
  const locateFile = () => new URL(wasmFile, import.meta.url).href;
  return createModule({ wasmMemory, printErr, locateFile });
}

/**
 * Loads and compiles the WebAssembly module once; later calls return the same promise.
 * options.compare: load the compare page's module (claimscope-compare.wasm),
 *   which adds compare() to what the default module (claimscope-core.wasm)
 *   has. Asked for once, it stays: a later load() keeps it (or, after a
 *   failure, makes it again), and an instance of the default module already
 *   made is replaced.
 * options.maxMemoryBytes: ceiling for the module's memory (default and upper
 *   bound 2 GB). A call that needs more fails with an error and the next
 *   load() makes a fresh instance; it applies when an instance is made.
 * options.wasmModule: the module's WebAssembly.Module, already compiled
 *   (WebAssembly.compileStreaming of claimscope-core.wasm, or with
 *   options.compare of claimscope-compare.wasm): the instance is made from it
 *   instead of downloading and compiling the file.
 */
export function load(options = {}) {
  if (options.compare) compareWanted = true;
  if (!modulePromise || (compareWanted && !promiseHasCompare)) {
    promiseHasCompare = compareWanted;
    const promise = instantiate(options, compareWanted).then(
      ({ core, write }) => {
        // A load({ compare: true }) made while this one was on its way has replaced it.
        if (modulePromise === promise) {
          writer = write;
          module = core;
        }
        return core;
      },
      (err) => {
        if (modulePromise === promise) modulePromise = null;
        throw err;
      },
    );
    modulePromise = promise;
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
  const raw = run(text, options);
  // The segment stage's records come as a view of the module's memory
  // (wasm/bindings.cpp, pack_segments): read at once, before any other call.
  if (raw instanceof Uint32Array) return unpackSegments(raw);
  return unpack(withNames(raw));
}

/**
 * annotate()'s work without the objects: the module's flat records (typed
 * arrays of their own and strings), for a worker to post with the arrays'
 * buffers transferred rather than copied. unpack(records), or unpacker()
 * a slice at a time, makes the document anywhere, without the module.
 * Throws as annotate() does.
 */
export function annotateRecords(text, options = {}) {
  const raw = run(text, options);
  return raw instanceof Uint32Array ? { segments: raw.slice() } : withNames(raw);
}

// The records' own copy of the sentence features' names (unpack needs no module).
function withNames(raw) {
  if (raw.error) throw new Error(raw.error);
  raw.featureNames = featureNames ??= module.featureNames();
  return raw;
}

function run(text, options) {
  if (typeof text !== 'string') throw new TypeError('annotate(text): text must be a string');
  if (!module) throw new Error('annotate() called before load() resolved');
  // encodeInto writes a lone surrogate as one U+FFFD (the Encoding
  // standard's USVString conversion), one UTF-16 unit like the surrogate,
  // so later offsets stay exact without a well-formed copy of the text.
  const stage = STAGES[options.stage] ?? STAGES.full;
  let address = 0;
  try {
    // At most 3 UTF-8 bytes per UTF-16 unit; +1 so an empty text still gets a buffer.
    const capacity = text.length * 3 + 1;
    address = module._malloc(capacity);
    if (!address) throw new Error('out of memory');
    const raw = module.annotate(address, writeUtf8(text, address, capacity), stage, options.maxBytes ?? 0);
    module._free(address);
    return raw;
  } catch (err) {
    // A trap (e.g. out of memory) leaves the instance unusable: start afresh next time.
    const full = module.HEAPU8.length + INITIAL_MEMORY_BYTES >= memoryCeiling;
    module = null;
    modulePromise = null;
    if (full || (err && err.message === 'out of memory')) {
      throw new Error(`annotation failed: not enough memory for this text (the annotator may use ${Math.round(memoryCeiling / 2 ** 20)} MB)`);
    }
    throw new Error(`annotation failed: ${err && err.message ? err.message : err}`);
  }
}

function emptyDoc(length, warnings) {
  return {
    version: FORMAT_VERSION,
    unit: 'utf16-code-unit',
    length,
    warnings,
    paragraphs: [],
    sentences: [],
    quotes: [],
    claims: [],
    speakers: [],
    evidence: [],
  };
}

// [length, paragraph count, sentence count, paragraphs (start, end, role,
// confidence), sentences (start, end, paragraph)]: the fields the segment
// stage leaves empty are made here, in the shape unpack() gives them.
// The arrays are made at their final length (no regrowth while filling).
// Every paragraph's reasons and sentence's features are one frozen empty
// array: an array each was half the objects made, all alive until the call
// returns, and at 10 MB the garbage collector's copying of them was about a
// fifth of a segment call (bench/speed-notes.md, pageseg113).
const NO_NAMES = Object.freeze([]);
function unpackSegments(r) {
  const doc = emptyDoc(r[0], []);
  const paragraphs = (doc.paragraphs = new Array(r[1]));
  const sentences = (doc.sentences = new Array(r[2]));
  let i = 3;
  for (let k = 0; k < paragraphs.length; k++, i += 4) {
    paragraphs[k] = { start: r[i], end: r[i + 1], role: ROLES[r[i + 2]], confidence: r[i + 3] / 100, reasons: NO_NAMES, dateline: null };
  }
  for (let k = 0; k < sentences.length; k++, i += 3) {
    sentences[k] = { start: r[i], end: r[i + 1], paragraph: r[i + 2], checkworthy: 0, features: NO_NAMES };
  }
  return doc;
}

function span(a, i) {
  return a[i] === a[i + 1] ? null : { start: a[i], end: a[i + 1] };
}

function index(v) {
  return v === NONE ? null : v;
}

/** The document of annotateRecords()'s records (a worker's, say): needs no module. */
export function unpack(records) {
  return unpacker(records)();
}

/**
 * unpack() a slice at a time, so that a long document keeps no task busy for
 * long: returns next(units), which reads about `units` more numbers of the
 * records (all that are left if omitted) and returns the document once it is
 * whole, else null.
 */
export function unpacker(records) {
  if (records.segments) {
    const doc = unpackSegments(records.segments);
    return () => doc;
  }
  // All paragraphs' reasons come as one array of indexes into this call's
  // reason names (each name followed by \x1F), read in order; record field 6
  // is the paragraph's count. One string per name, not one per paragraph.
  const u = {
    doc: emptyDoc(records.length, records.warnings), records, reasonNames: records.reasonNames.split('\x1F'),
    reason: 0, name: 0,   // where the next paragraph's reasons and the next speaker's name start
  };
  let part = 0;
  let i = 0;
  return (units = Infinity) => {
    while (part < PARTS.length) {
      const [field, fill] = PARTS[part];
      const a = records[field] ?? NO_RECORDS;
      if (i >= a.length) {
        part++;
        i = 0;
        continue;
      }
      if (units <= 0) return null;
      const next = fill(u, a, i, Math.min(a.length, i + units));
      units -= next - i;
      i = next;
    }
    return u.doc;
  };
}

const NO_RECORDS = new Uint32Array(0);

// unpack()'s parts, in order, one per field of the records: each reads whole
// records from index i of its array `a` while i < to, adds their objects to
// the document and returns where it stopped.
const PARTS = [
  ['paragraphs', (u, p, i, to) => {
    const { reasonNames } = u;
    const ids = u.records.reasons;
    let r = u.reason;
    for (; i < to; i += 7) {
      const reasons = [];
      for (let end = r + p[i + 6]; r < end; r++) reasons.push(reasonNames[ids[r]]);
      u.doc.paragraphs.push({
        start: p[i], end: p[i + 1], role: ROLES[p[i + 2]],
        confidence: p[i + 3] / 100,
        reasons, dateline: span(p, i + 4),
      });
    }
    u.reason = r;
    return i;
  }],
  ['sentences', (u, s, i, to) => {
    const names = u.records.featureNames;
    for (; i < to; i += 5) {
      const features = [];
      for (let bits = s[i + 4], b = 0; bits !== 0; bits >>>= 1, b++) if (bits & 1) features.push(names[b]);
      u.doc.sentences.push({ start: s[i], end: s[i + 1], paragraph: s[i + 2], checkworthy: s[i + 3] / 100, features });
    }
    return i;
  }],
  ['quotes', (u, q, i, to) => {
    for (; i < to; i += 10) {
      u.doc.quotes.push({
        start: q[i], end: q[i + 1], speaker: index(q[i + 2]),
        source: span(q, i + 3), cue: span(q, i + 5), paragraph: q[i + 7],
        group: index(q[i + 8]), scare: (q[i + 9] & 1) !== 0, unclosed: (q[i + 9] & 2) !== 0,
      });
    }
    return i;
  }],
  ['claims', (u, c, i, to) => {
    for (; i < to; i += 12) {
      u.doc.claims.push({
        start: c[i], end: c[i + 1], kind: CLAIM_KINDS[c[i + 2]], speaker: index(c[i + 3]),
        hedged: c[i + 4] !== 0, source: span(c, i + 5), cue: span(c, i + 7), hedge: span(c, i + 9),
        quote: index(c[i + 11]),
      });
    }
    return i;
  }],
  // Coordinated speakers: `speakers` lists them all, `speaker` stays the first.
  ['claimSpeakers', (u, cs, i, to) => {
    for (; i < to; i += 2 + cs[i + 1]) u.doc.claims[cs[i]].speakers = Array.prototype.slice.call(cs, i + 2, i + 2 + cs[i + 1]);
    return i;
  }],
  // Speakers: [name length, alias count, alias lengths…, mention count,
  // mentions (start, end)…] each, names and aliases one after another in
  // speakerText (wasm/bindings.cpp, pack).
  ['speakers', (u, sp, i, to) => {
    const names = u.records.speakerText;
    let at = u.name;
    while (i < to) {
      const name = names.slice(at, (at += sp[i++]));
      const aliases = [];
      for (let n = sp[i++]; n > 0; n--) aliases.push(names.slice(at, (at += sp[i++])));
      const mentions = [];
      for (let n = sp[i++]; n > 0; n--, i += 2) mentions.push({ start: sp[i], end: sp[i + 1] });
      u.doc.speakers.push({ name, aliases, mentions });
    }
    u.name = at;
    return i;
  }],
  ['evidence', (u, e, i, to) => {
    for (; i < to; i += 3) u.doc.evidence.push({ start: e[i], end: e[i + 1], kind: EVIDENCE_KINDS[e[i + 2]] });
    return i;
  }],
];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a share-link fragment ("cs1.…", with or without '#') in the core.
 * Call (and await) load() first. Returns {ok: true, json} with the state's
 * JSON text, or {ok: false, kind, message} where kind is 'incomplete',
 * 'damaged', 'unsupported' or 'too-large'. Never throws for any string.
 */
export function decodeShareLink(fragment) {
  if (!module) throw new Error('decodeShareLink() called before load() resolved');
  let raw;
  try {
    raw = module.decodeShareLink(String(fragment));
  } catch (err) {
    // As in annotate(): a trap leaves the instance unusable.
    module = null;
    modulePromise = null;
    throw new Error(`share link decoding failed: ${err && err.message ? err.message : err}`);
  }
  if (!raw.ok) return { ok: false, kind: raw.kind, message: raw.message };
  return { ok: true, json: utf8.decode(raw.json) };
}

/** Which way annotate() writes the text into the module: 'wasm-builtins' or 'encodeInto' (diagnostics and tests). */
export function textWriter() {
  return writer ? 'wasm-builtins' : 'encodeInto';
}

/** The UTF-8 bytes annotate() hands the core for `text` (a copy): the text writer's check, for tests. */
export function textBytes(text) {
  if (!module) throw new Error('textBytes() called before load() resolved');
  const capacity = text.length * 3 + 1;
  const address = module._malloc(capacity);
  try {
    return module.HEAPU8.slice(address, address + writeUtf8(text, address, capacity));
  } finally {
    module._free(address);
  }
}

/** Bytes of memory the module's instance holds (it grows, never shrinks): for leak tests and diagnostics. */
export function memoryBytes() {
  return module ? module.HEAPU8.length : 0;
}

/**
 * Aligns the claims of several articles about one story (the CLI's
 * `claimscope compare`). articles: [{name, text}, …]. Call (and await) load() first.
 * Returns {version, unit: 'utf16-code-unit', articles: [{name, claims, speakers}],
 * speakers: [{name, aliases, articles}], clusters: [{members: [{article, claim,
 * start, end, speaker}], score, unique, speaker, diff: [{removed, added}]}]}:
 * the CLI's shape (docs/format.md, "compare") with offsets in UTF-16 code
 * units of each article's text. Throws an Error naming the article it refused.
 * Needs the compare module: load({ compare: true }).
 */
export function compare(articles, options = {}) {
  if (!Array.isArray(articles)) throw new TypeError('compare(articles): articles must be an array of {name, text}');
  if (!module) throw new Error('compare() called before load() resolved');
  if (!module.compare) throw new Error('compare() needs the compare module: call load({ compare: true }) first');
  const texts = articles.map((a, i) => {
    if (!a || typeof a.text !== 'string') throw new TypeError(`compare(articles): article ${i + 1} has no text`);
    return a.text;   // lone surrogates: as in annotate()
  });
  const names = articles.map((a, i) => (typeof a.name === 'string' && a.name ? a.name : `Article ${i + 1}`));
  let raw;
  let address = 0;
  try {
    // The texts' byte lengths first (uint32, aligned), then the texts.
    const textsAt = texts.length * 4;
    const capacity = textsAt + texts.reduce((n, t) => n + t.length * 3, 0) + 1;
    address = module._malloc(capacity);
    if (!address) throw new Error('out of memory');
    let at = address + textsAt;
    texts.forEach((t, i) => {
      const { written } = encoder.encodeInto(t, module.HEAPU8.subarray(at, address + capacity));
      module.HEAPU32[(address >> 2) + i] = written;
      at += written;
    });
    raw = module.compare(address + textsAt, address, texts.length, options.maxBytes ?? 0);
    module._free(address);
  } catch (err) {
    module = null;
    modulePromise = null;
    throw new Error(`comparison failed: ${err && err.message ? err.message : err}`);
  }
  if (raw.error) throw new Error(`${names[raw.article] ?? 'an article'}: ${raw.error}`);
  return unpackComparison(raw, names);
}

function unpackComparison(raw, names) {
  const out = { version: FORMAT_VERSION, unit: 'utf16-code-unit', articles: [], speakers: [], clusters: [] };
  raw.articles.forEach((a, i) => {
    out.articles.push({ name: names[i], claims: a.claims, speakers: Array.from(a.speakers, index) });
  });
  for (const s of raw.speakers) out.speakers.push({ name: s.name, aliases: s.aliases, articles: Array.from(s.articles) });
  const c = raw.clusters;
  const m = raw.members;
  for (let i = 0; i < c.length; i += 5) {
    const cluster = { members: [], score: c[i + 2] / 1000, unique: c[i + 3] !== 0, speaker: index(c[i + 4]), diff: [] };
    for (let k = c[i]; k < c[i] + c[i + 1]; k++) {
      const r = k * 6;
      cluster.members.push({ article: m[r], claim: m[r + 1], start: m[r + 2], end: m[r + 3], speaker: index(m[r + 4]) });
      const d = { removed: raw.diffs[k][0], added: raw.diffs[k][1] };
      if (m[r + 5]) d.truncated = true;
      cluster.diff.push(d);
    }
    out.clusters.push(cluster);
  }
  return out;
}
