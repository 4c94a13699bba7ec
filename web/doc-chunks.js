// Carries an annotated document from the worker to the page. The worker
// posts the module's flat records (annotateRecords in claimscope.js: typed
// arrays and a few strings) with the arrays' buffers transferred, not copied;
// the page makes the document's objects itself (unpacker), a slice at a
// time. Posting the objects instead cost about as much CPU as the annotation
// (structured clone: ~20 ms to write and ~50 ms to read, on the page's
// thread, per MB of news; bench/speed-notes.md, pagefull19 and page20).
//
// The facade (claimscope.js) that unpacks is imported on the first records
// that arrive, not statically: app.js imports this module, and a static
// import would load and run the facade at every start-up, also where the
// page opens on saved work or a shared link and annotates nothing yet
// (boot.js imports it at once only where the page opens on the sample).
let facadeImport = null;
const facade = () => (facadeImport ??= import('./claimscope.js'));

// Numbers of the records read per task on the page, a few ms of work: a MB
// of news comes as ~180,000 numbers, so two slices; 10 MB take about twenty.
export const SLICE_UNITS = 100_000;

/** Posts `records` for request `id` through `port` (the worker's self), moving their buffers. */
export function sendRecords(port, id, records, ms) {
  const buffers = new Set();
  for (const value of Object.values(records)) if (ArrayBuffer.isView(value)) buffers.add(value.buffer);
  port.postMessage({ id, records, ms }, [...buffers]);
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The page's side: resolves a message to the answer it carries ({id, doc, ms}
 * or {id, error}), or to null for a document no longer wanted: `latest()`
 * names the newest request, and an older one's unpacking stops at its next
 * slice. A message that carries a whole `doc` is passed on as it is.
 */
export async function receive(msg, latest) {
  if (!msg?.records) return msg;
  const { unpacker } = await facade();
  if (msg.id !== latest()) return null;
  const next = unpacker(msg.records);
  for (let sliced = false; ; sliced = true) {
    const doc = next(SLICE_UNITS);
    // A document of several slices is shown a task after its last: the
    // rendering's first slice then has a task of its own.
    if (doc && !sliced) return { id: msg.id, doc, ms: msg.ms };
    await nextTask();
    if (msg.id !== latest()) return null;
    if (doc) return { id: msg.id, doc, ms: msg.ms };
  }
}
