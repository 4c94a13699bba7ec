// Runs annotation off the main thread. Messages in: {id, text, stage,
// maxMemoryBytes} (the last is optional: the module's memory ceiling);
// messages out: {id, doc, ms} or {id, error}; a long article's document comes
// in pieces (doc-chunks.js).
//
// onmessage is set synchronously, before any await: a message that arrives
// while the module is still loading waits for load() inside the handler
// instead of being dropped.
import { load, annotate } from './claimscope.js';
import { sendDocument } from './doc-chunks.js';

self.onmessage = async (event) => {
  const { id, text, stage, maxMemoryBytes } = event.data ?? {};
  try {
    // After a failure (e.g. out of memory) load() makes a fresh instance.
    await load({ maxMemoryBytes });
    const started = performance.now();
    const doc = annotate(String(text ?? ''), { stage });
    sendDocument(self, id, doc, performance.now() - started);
  } catch (err) {
    self.postMessage({ id, error: err && err.message ? err.message : String(err) });
  }
};
