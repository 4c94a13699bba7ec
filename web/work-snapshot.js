// A snapshot of the user's work ({text, annotations, corrections}) made to fit
// a text: highlights and corrections re-attach by quote and position
// (anchoring.js). `text` records which text a snapshot's offsets refer to, so
// undo and redo can bring back a state from before an edit of the article.
import { reattach } from './annotations.js';
import { reattachCorrections } from './corrections.js';

/** `snapshot` with its offsets in `text` (the same object if they already are). */
export function fitToText(snapshot, text) {
  if (snapshot.text === text || text == null) return snapshot;
  const moved = typeof snapshot.text === 'string' ? positionsThroughEdit(snapshot.text, text) : (x) => x;
  return {
    ...snapshot,
    text,
    annotations: reattach((snapshot.annotations ?? []).map(moved), text),
    corrections: reattachCorrections((snapshot.corrections ?? []).map(moved), text),
  };
}

// The old text and the new one share a head and a tail; an item wholly after
// the edited middle moves by the change in length. The moved position is only
// the first guess of anchor(): the quote and its context still decide, but a
// phrase that occurs twice keeps to its own place.
function positionsThroughEdit(before, after) {
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < limit - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const delta = after.length - before.length;
  const editEnd = before.length - tail;
  return (item) => (item.start >= editEnd ? { ...item, start: item.start + delta, end: item.end + delta } : item);
}
