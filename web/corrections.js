// The user's corrections of machine highlights: a different speaker, or a
// highlight dismissed. Keyed by the highlight's text and position
// ({kind, exact, prefix, suffix, start, end}) so that they can be re-applied
// after re-annotation, even of an edited text (anchoring.js).
import { describe, anchor } from './anchoring.js';

/** The key of the highlight of `kind` ('quote', 'scare', 'reported') over text[start, end). */
export function correctionKey(text, kind, start, end) {
  return { kind, ...describe(text, start, end) };
}

const sameKey = (a, b) => a.kind === b.kind && a.start === b.start && a.end === b.end && a.exact === b.exact;

/** Adds or replaces the correction of one highlight. change: {speaker: name} or {dismissed: true}. */
export function setCorrection(list, key, change) {
  return list.filter((c) => !sameKey(c, key)).concat([{ ...key, ...change }]);
}

export function removeCorrection(list, key) {
  return list.filter((c) => !sameKey(c, key));
}

export function findCorrection(list, kind, start, end) {
  return list.find((c) => c.kind === kind && c.start === start && c.end === end && !c.orphan) ?? null;
}

/** Re-attaches corrections to a (possibly edited) text; lost ones are kept as orphans. */
export function reattachCorrections(list, text) {
  return list.map((c) => {
    const at = anchor(text, c);
    if (!at) return { ...c, orphan: true };
    const { orphan, ...rest } = c;
    return { ...rest, ...describe(text, at.start, at.end) };
  });
}

/**
 * The document as the user sees it: a copy of `doc` with corrections applied.
 * A new speaker name becomes a new speaker; a dismissed quote keeps its index
 * (claims point to it) but carries dismissed: true; a dismissed claim goes.
 * Corrected items carry corrected: true.
 */
export function applyCorrections(doc, corrections) {
  const live = (corrections ?? []).filter((c) => !c.orphan);
  if (live.length === 0) return doc;
  const speakers = (doc.speakers ?? []).map((s) => ({ ...s }));
  const speakerIndex = (name) => {
    const wanted = name.trim().toLowerCase();
    let i = speakers.findIndex((s) => s.name.toLowerCase() === wanted || (s.aliases ?? []).some((a) => a.toLowerCase() === wanted));
    if (i < 0) {
      speakers.push({ name: name.trim(), aliases: [], mentions: [], added: true });
      i = speakers.length - 1;
    }
    return i;
  };
  const byKey = new Map(live.map((c) => [`${c.kind}:${c.start}:${c.end}`, c]));
  const correct = (item, kind) => {
    const c = byKey.get(`${kind}:${item.start}:${item.end}`);
    if (!c) return item;
    if (c.dismissed) return { ...item, dismissed: true, corrected: true };
    if (typeof c.speaker === 'string' && c.speaker.trim()) {
      const out = { ...item, speaker: speakerIndex(c.speaker), corrected: true };
      if (kind === 'scare') out.scare = false;
      return out;
    }
    return item;
  };
  const quotes = (doc.quotes ?? []).map((q) => correct(q, q.scare ? 'scare' : 'quote'));
  const claims = [];
  for (const c of doc.claims ?? []) {
    if (c.kind === 'quote' && c.quote != null && quotes[c.quote]) {
      const q = quotes[c.quote];
      if (q.dismissed) continue;
      claims.push(q.corrected ? { ...c, speaker: q.speaker, corrected: true } : c);
      continue;
    }
    const out = correct(c, 'reported');
    if (!out.dismissed) claims.push(out);
  }
  // A scare quote the user attributed becomes a quotation claim of its own.
  const claimed = new Set(claims.filter((c) => c.kind === 'quote').map((c) => c.quote));
  quotes.forEach((q, i) => {
    if (q.corrected && !q.dismissed && !q.scare && !claimed.has(i)) {
      claims.push({ start: q.start, end: q.end, kind: 'quote', speaker: q.speaker, hedged: false, source: null, cue: null, hedge: null, quote: i, corrected: true });
    }
  });
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...doc, quotes, claims, speakers };
}
