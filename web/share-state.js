// What a share link carries, and checking it on the way in. The view is
// packed compactly (positions instead of quotes, defaults left out) because
// every byte makes the link longer; the analysis is not carried at all: the
// recipient's core recomputes it. A link is attacker-controlled, so unpacking
// checks every field and refuses the whole link on any fault.
import { ShareLinkError } from './share-codec.js';
import { describe } from './anchoring.js';
import { correctionKey } from './corrections.js';
import { DEFAULT_LABELS } from './annotations.js';

export const STATE_FORMAT = 1;
export const KINDS = Object.freeze(['quote', 'scare', 'reported']);
export const LAYER_NAMES = Object.freeze(['quote', 'reported', 'scare', 'hedge', 'evidence', 'checkworthy', 'own']);
const MAX_LABEL = 80;
const MAX_NOTE = 20000;
const MAX_NAME = 200;
const MAX_ITEMS = 100000;

/**
 * state: {text, annotations, corrections, labels, view: {layers: {name: visible}, sentences, speaker}}
 * Returns the compact JSON value given to encodeShare.
 */
export function packState({ text, annotations = [], corrections = [], labels = DEFAULT_LABELS, view = {} }) {
  // Live highlights: [start, end, label, note]; orphans keep their quote: [start, end, label, note, exact].
  const a = annotations.map((x) => (x.orphan ? [x.start, x.end, x.label, x.note ?? '', x.exact] : [x.start, x.end, x.label, x.note ?? '']));
  // Corrections: [kind, start, end, speaker] or [kind, start, end, null] for a dismissed highlight.
  const c = corrections.filter((x) => !x.orphan).map((x) => [x.kind, x.start, x.end, x.dismissed ? null : x.speaker]);
  const out = { v: STATE_FORMAT, t: text, a, c };
  if (!sameList(labels, DEFAULT_LABELS)) out.l = [...labels];
  const w = {};
  const hidden = Object.entries(view.layers ?? {}).filter(([, on]) => on === false).map(([k]) => k);
  if (hidden.length) w.h = hidden;
  if (view.sentences) w.s = 1;
  if (typeof view.speaker === 'string' && view.speaker) w.p = view.speaker;
  if (Object.keys(w).length) out.w = w;
  return out;
}

const bad = (why) => new ShareLinkError('damaged', `This link is damaged: ${why}, so nothing from it is shown.`);
const isInt = (n) => Number.isInteger(n) && n >= 0;
const isStr = (s, max) => typeof s === 'string' && s.length <= max;

function sameList(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Checks a packed value and expands it to a state like packState's input; throws ShareLinkError. */
export function unpackState(packed) {
  if (!packed || typeof packed !== 'object' || Array.isArray(packed)) throw bad('its content is not a Claimscope view');
  if (packed.v !== STATE_FORMAT) throw new ShareLinkError('unsupported', `This link was made by a different version of Claimscope (view format ${String(packed.v).slice(0, 10)}).`);
  const text = packed.t;
  if (typeof text !== 'string') throw bad('it carries no article text');
  const list = (x, what) => {
    if (x === undefined) return [];
    if (!Array.isArray(x) || x.length > MAX_ITEMS) throw bad(`its ${what} are not readable`);
    return x;
  };
  const span = (s, e, what) => {
    if (!isInt(s) || !isInt(e) || s >= e || e > text.length) throw bad(`a ${what} points outside the article`);
  };
  const annotations = list(packed.a, 'highlights').map((x, i) => {
    if (!Array.isArray(x) || (x.length !== 4 && x.length !== 5)) throw bad('a highlight is not readable');
    const [start, end, label, note, exact] = x;
    if (!isStr(label, MAX_LABEL) || label === '' || !isStr(note, MAX_NOTE)) throw bad('a highlight has an unreadable label or note');
    const id = `l${i}`;
    if (x.length === 5) {
      if (!isStr(exact, MAX_NOTE) || exact === '' || !isInt(start) || !isInt(end)) throw bad('a highlight is not readable');
      return { id, exact, prefix: '', suffix: '', start, end, label, note, orphan: true };
    }
    span(start, end, 'highlight');
    return { id, ...describe(text, start, end), label, note };
  });
  const corrections = list(packed.c, 'corrections').map((x) => {
    if (!Array.isArray(x) || x.length !== 4 || !KINDS.includes(x[0])) throw bad('a correction is not readable');
    const [kind, start, end, speaker] = x;
    span(start, end, 'correction');
    const key = correctionKey(text, kind, start, end);
    if (speaker === null) return { ...key, dismissed: true };
    if (!isStr(speaker, MAX_NAME) || speaker.trim() === '') throw bad('a correction names no speaker');
    return { ...key, speaker };
  });
  let labels = [...DEFAULT_LABELS];
  if (packed.l !== undefined) {
    if (!Array.isArray(packed.l) || packed.l.length === 0 || packed.l.length > 200 || !packed.l.every((l) => isStr(l, MAX_LABEL) && l !== '')) throw bad('its labels are not readable');
    labels = [...packed.l];
  }
  const w = packed.w ?? {};
  if (typeof w !== 'object' || Array.isArray(w) || w === null) throw bad('its view settings are not readable');
  const hidden = list(w.h, 'view settings');
  if (!hidden.every((h) => LAYER_NAMES.includes(h))) throw bad('its view settings are not readable');
  if (w.p !== undefined && !isStr(w.p, MAX_NAME)) throw bad('its chosen speaker is not readable');
  const layers = Object.fromEntries(LAYER_NAMES.map((k) => [k, !hidden.includes(k)]));
  return { text, annotations, corrections, labels, view: { layers, sentences: w.s === 1, speaker: w.p ?? null } };
}

/** True when two states hold the same work (text, highlights with labels and notes, corrections). */
export function sameWork(a, b) {
  const key = (s) => JSON.stringify(packState({ ...s, labels: DEFAULT_LABELS, view: {} }));
  return key(a) === key(b);
}
