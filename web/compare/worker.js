// Runs the comparison off the main thread. In: {id, articles: [{name, text}]};
// out: {id, result, ms} or {id, error}. onmessage is set before any await so
// that a message sent while the module loads is not lost.
import { load, compare } from '../claimscope.js';

self.onmessage = async (event) => {
  const { id, articles } = event.data ?? {};
  try {
    await load({ compare: true });   // the module with compare() (claimscope.js, load)
    const started = performance.now();
    const result = compare(Array.isArray(articles) ? articles : []);
    self.postMessage({ id, result, ms: performance.now() - started });
  } catch (err) {
    self.postMessage({ id, error: err && err.message ? err.message : String(err) });
  }
};
