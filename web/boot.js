// What the first annotation waits for, started before the page's other
// modules have loaded (dist/index.html runs this module first; app.js takes
// what it started): the WebAssembly module's download and compilation, and
// the sample article's download. No imports, so the browser runs it as soon
// as it has this one file.
//
// The page's first annotation is made on the page itself with the compiled
// module (first-here.js); app.js starts the annotation worker after that
// (newWorker). The page hands the module to each worker it starts, as soon
// as it is ready ({warm: module, maxMemoryBytes}): the worker makes its
// instance then and annotates a short text of its own, so that the
// browser's lazy compilation of the functions annotation needs is done
// before the next request arrives. Requests (app.js) carry the module too,
// for a worker that has not had it yet. Where compiling here fails, they
// carry null and the worker loads the module itself.

// `?memory-limit-mb=N` caps the annotator's memory (docs/web.md); by default
// the module may grow to 2 GB. It applies when the worker makes its instance.
export const maxMemoryBytes = Number(new URLSearchParams(location.search).get('memory-limit-mb')) * 2 ** 20 || undefined;

// Chromium fetches no .wasm over file:// (the offline page embeds the module instead).
const canFetchWasm = location.protocol === 'http:' || location.protocol === 'https:';

/** Resolves to the compiled WebAssembly.Module, or null. */
export const compiledWasm = canFetchWasm && typeof WebAssembly.compileStreaming === 'function'
  ? WebAssembly.compileStreaming(fetch(new URL('./claimscope-core.wasm', import.meta.url))).catch(() => null)
  : Promise.resolve(null);

/** A new annotation worker, warmed up once the module is compiled. */
export function newWorker() {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  compiledWasm.then((wasm) => wasm && worker.postMessage({ warm: wasm, maxMemoryBytes }));
  return worker;
}

// The sample, as text, or the Error of its download; app.js asks for it only
// when there is no saved work and no shared link to show instead.
const sample = fetch('sample-article.txt').then(
  (res) => (res.ok ? res.text() : new Error(`HTTP ${res.status}`)),
  (err) => err,
);
/** Resolves to the sample article's text; rejects if it could not be downloaded. */
export async function sampleText() {
  const text = await sample;
  if (text instanceof Error) throw text;
  return text;
}
