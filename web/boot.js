// What the first annotation waits for, started before the page's other
// modules have loaded (dist/index.html runs this module first; app.js takes
// what it started): the WebAssembly module's download and compilation, the
// sample article, and the sample's annotation itself. No static imports, so
// the browser runs it as soon as it has this one file.
//
// The page's first annotation is made on the page itself with the compiled
// module (annotateHere; first-here.js decides when), and where the page will
// open on the sample it starts here, as soon as the module is compiled:
// the annotation then runs while app.js is still on its way or being
// compiled, instead of after it. app.js starts the annotation worker after
// that first answer is shown (newWorker). The page hands the module to each
// worker it starts, as soon as it is ready ({warm: module, maxMemoryBytes}):
// the worker makes its instance then and annotates a short text of its own,
// so that the browser's lazy compilation of the functions annotation needs
// is done before the next request arrives. Requests (app.js) carry the
// module too, for a worker that has not had it yet. Where compiling here
// fails, they carry null and the worker loads the module itself.

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

// The sample, as text, or the Error of its download. dist/index.html ships
// it as a <template> (scripts/assemble-dist.mjs), so it costs no request;
// elsewhere (web/ served as it is, the offline page) it is fetched.
const shipped = document.getElementById('sample-article');
const sample = shipped instanceof HTMLTemplateElement
  ? Promise.resolve(shipped.content.textContent)
  : fetch('sample-article.txt').then(
    (res) => (res.ok ? res.text() : new Error(`HTTP ${res.status}`)),
    (err) => err,
  );
/** Resolves to the sample article's text; rejects if it could not be downloaded. */
export async function sampleText() {
  const text = await sample;
  if (text instanceof Error) throw text;
  return text;
}

// The facade, imported once: at once where the page opens on the sample
// (below), else on first use. This module keeps no static import, so that
// it runs as soon as it has arrived.
let facadeImport = null;
const facade = () => (facadeImport ??= import('./claimscope.js'));

/**
 * Annotates `text` on the page's own thread with the module compiled above;
 * resolves to {doc, ms}, or null where there is no compiled module.
 */
export async function annotateHere(text) {
  const wasm = await compiledWasm;
  if (!wasm) return null;
  const { load, annotate } = await facade();
  await load({ wasmModule: wasm, maxMemoryBytes });
  const started = performance.now();
  const doc = annotate(text);
  return { doc, ms: performance.now() - started };
}

// The page opens on the sample when there is no saved work and no shared
// link in the address (app.js); then its annotation starts now. The key is
// store.js's (tests/node/dist-page.test.mjs keeps the two equal). Where storage
// cannot be read, nothing is restored and the sample shows.
const SAVED_STATE_KEY = 'claimscope.state';
function opensOnSample() {
  if (location.hash.length > 1) return false;
  try {
    return localStorage.getItem(SAVED_STATE_KEY) == null;
  } catch {
    return true;
  }
}
const onSample = opensOnSample();
// The facade's import starts now, beside the compilation: started once the
// module was compiled, it waited behind app.js's evaluation and often a
// frame (73 ms median at a load of 7; bench/page-first.mjs). A failure is
// reported where the annotation awaits it.
if (onSample && canFetchWasm) facade().catch(() => {});
// {text, answer} of the early annotation, or null; a failure resolves to
// null (the page then asks again, and the worker reports what fails).
const early = onSample
  ? sample.then((text) => (typeof text === 'string' ? { text, answer: annotateHere(text).catch(() => null) } : null))
  : Promise.resolve(null);

/** The annotation of `text` started at load, if it was started for this text: resolves to {doc, ms} or null. */
export async function earlyAnswer(text) {
  const started = await early;
  return started && started.text === text ? started.answer : null;
}
