// Runs annotation off the main thread. Messages in: {id, text, stage};
// messages out: {id, doc} or {id, error}.
//
// onmessage is set synchronously, before any await: a message that arrives
// while the module is still loading waits for load() inside the handler
// instead of being dropped.
import { load, annotate } from './claimscope.js';

self.onmessage = async (event) => {
  const { id, text, stage } = event.data ?? {};
  try {
    await load();
    const started = performance.now();
    const doc = annotate(String(text ?? ''), { stage });
    self.postMessage({ id, doc, ms: performance.now() - started });
  } catch (err) {
    self.postMessage({ id, error: err && err.message ? err.message : String(err) });
  }
};
