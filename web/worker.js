// Runs annotation off the main thread. Messages in: {id, text, stage,
// maxMemoryBytes, wasm} (the last two optional: the module's memory ceiling,
// and the WebAssembly.Module the page compiled, used when an instance is made);
// messages out: {id, records, ms} (the module's flat records, their buffers
// transferred; the page unpacks them: doc-chunks.js) or {id, error}. A
// message {warm: WebAssembly.Module, maxMemoryBytes} (boot.js) makes the
// instance ahead of any request, and annotates a short text so the first
// request runs compiled code; it has no answer.
//
// onmessage is set synchronously, before any await: a message that arrives
// while the module is still loading waits for load() inside the handler
// instead of being dropped.
import { load, annotateRecords } from './claimscope.js';
import { sendRecords } from './doc-chunks.js';

// Quotes, a reported claim, numbers: the paths a news article takes through the core.
const WARM_UP = 'Warm-up\n\nThe mayor said on Monday that 40 new buses would run by May. "We are ready," she said.';

let requested = false;   // a request came: warming up would only delay it

self.onmessage = async (event) => {
  if (event.data?.warm instanceof WebAssembly.Module) {
    try {
      await load({ maxMemoryBytes: event.data.maxMemoryBytes, wasmModule: event.data.warm });
      // A task later, so that a request already waiting goes first (it
      // compiles what it needs itself).
      setTimeout(() => {
        if (requested) return;
        try {
          annotateRecords(WARM_UP);
        } catch {
          // A request will load the module again and report what fails.
        }
      }, 0);
    } catch {
      // A request will load the module again and report what fails.
    }
    return;
  }
  requested = true;
  const { id, text, stage, maxMemoryBytes, wasm } = event.data ?? {};
  try {
    // After a failure (e.g. out of memory) load() makes a fresh instance.
    await load({ maxMemoryBytes, wasmModule: wasm instanceof WebAssembly.Module ? wasm : undefined });
    const started = performance.now();
    const records = annotateRecords(String(text ?? ''), { stage });
    sendRecords(self, id, records, performance.now() - started);
  } catch (err) {
    self.postMessage({ id, error: err && err.message ? err.message : String(err) });
  }
};
