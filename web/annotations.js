// The user's own highlights: {id, start, end, exact, prefix, suffix, label,
// note, orphan?}. Pure functions over immutable lists; offsets are UTF-16
// indices into the annotated text. Re-attached to a changed text by quote and
// position (anchoring.js), so they survive edits and re-annotation.
import { describe, anchor } from './anchoring.js';

export const DEFAULT_LABELS = Object.freeze(['verified', 'disputed', 'needs source']);

let counter = 0;
function newId() {
  counter += 1;
  return `a${Date.now().toString(36)}${counter.toString(36)}`;
}

/** A new highlight over text[start, end), trimmed of surrounding white space; null if nothing is left. */
export function createAnnotation(text, start, end, label, note = '') {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start >= end) return null;
  return { id: newId(), ...describe(text, start, end), label: String(label), note: String(note) };
}

export function addAnnotation(list, annotation) {
  const out = list.concat([annotation]);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function updateAnnotation(list, id, changes) {
  return list.map((a) => (a.id === id ? { ...a, ...changes } : a));
}

export function removeAnnotation(list, id) {
  return list.filter((a) => a.id !== id);
}

/** Re-attaches every highlight to `text`; those whose quote is gone are kept, marked orphan. */
export function reattach(list, text) {
  return list
    .map((a) => {
      const at = anchor(text, a);
      if (!at) return { ...a, orphan: true };
      const { orphan, ...rest } = a;
      return { ...rest, ...describe(text, at.start, at.end) };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A list read from storage, keeping only well-formed entries. */
export function sanitizeAnnotations(list) {
  if (!Array.isArray(list)) return [];
  return list.filter((a) => a && typeof a.id === 'string' && typeof a.exact === 'string' && a.exact !== '' &&
    Number.isInteger(a.start) && Number.isInteger(a.end) && typeof a.label === 'string')
    .map((a) => ({ ...a, note: typeof a.note === 'string' ? a.note : '' }));
}
