// Carries an annotated document from the worker to the page in pieces. One
// message holding a long article's document takes the page over 100 ms just
// to unpack (structured clone); a few thousand items per message keep every
// task short. Small documents still travel in one message.
export const CHUNK_ITEMS = 2000;

/** Posts `doc` for request `id` through `port` (the worker's self). */
export function sendDocument(port, id, doc, ms) {
  const head = {};
  const arrays = [];
  for (const [key, value] of Object.entries(doc)) {
    if (Array.isArray(value) && value.length > CHUNK_ITEMS) arrays.push([key, value]);
    else head[key] = value;
  }
  if (arrays.length === 0) {
    port.postMessage({ id, doc, ms });
    return;
  }
  const parts = arrays.reduce((n, [, v]) => n + Math.ceil(v.length / CHUNK_ITEMS), 0);
  port.postMessage({ id, head, ms, parts });
  for (const [key, value] of arrays) {
    for (let i = 0; i < value.length; i += CHUNK_ITEMS) port.postMessage({ id, key, items: value.slice(i, i + CHUNK_ITEMS) });
  }
}

/**
 * Reassembles documents on the page. Feed it every message; it returns the
 * complete answer ({id, doc, ms} or {id, error}) when one is whole, else null.
 * Pieces of an older request than the latest begun are dropped.
 */
export function createAssembler() {
  let current = null;
  return (msg) => {
    if (!msg || msg.doc || msg.error) return msg;
    if (msg.head) {
      current = { id: msg.id, doc: { ...msg.head }, ms: msg.ms, left: msg.parts };
      return null;
    }
    if (!current || msg.id !== current.id || !Array.isArray(msg.items)) return null;
    const list = current.doc[msg.key] ?? (current.doc[msg.key] = []);
    for (const item of msg.items) list.push(item);
    if (--current.left > 0) return null;
    const { id, doc, ms } = current;
    current = null;
    return { id, doc, ms };
  };
}
