// Says how a highlight was found, for the card: its kind, its speaker, the
// cue and the mention that attribute it (a pronoun: to whom it was resolved),
// the hedge, the score. Pure: reads the document, the text and the element's
// data attributes.
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their', 'i', 'we', 'it', 'you']);

const slice = (text, span) => (span && Number.isInteger(span.start) && Number.isInteger(span.end) ? text.slice(span.start, span.end) : null);

/** The claim or quote behind a highlight element: {kind, quote, claim, index}. */
export function highlightItem(doc, el) {
  const kind = el.dataset.kind;
  const index = Number(el.dataset.index);
  if (kind === 'reported') return { kind, claim: doc.claims?.[index] ?? null, quote: null, index };
  if (kind === 'quote' || kind === 'scare') {
    const quote = doc.quotes?.[index] ?? null;
    const claim = (doc.claims ?? []).find((c) => c.kind === 'quote' && c.quote === index) ?? null;
    return { kind, claim, quote, index };
  }
  return null;
}

/** Lines for the card: [{label, text}]. */
export function explainHighlight(doc, text, el, annotations = []) {
  if (el.dataset.kind === 'own') {
    const a = annotations.find((x) => x.id === el.dataset.annotation);
    if (!a) return [{ label: 'My highlight', text: '' }];
    const lines = [{ label: 'My highlight', text: a.label }];
    if (a.note) lines.push({ label: 'Note', text: a.note });
    lines.push({ label: 'Edit', text: 'press Enter or click' });
    return lines;
  }
  const item = highlightItem(doc, el);
  if (!item) return [{ label: el.dataset.label ?? '', text: '' }];
  const { kind, claim, quote } = item;
  const base = claim ?? quote;
  const lines = [];
  const kindName = kind === 'reported' ? 'Reported claim' : kind === 'scare' ? 'Scare quote' : 'Direct quote';
  lines.push({ label: 'Kind', text: quote?.unclosed ? `${kindName} (no closing mark)` : kindName });
  if (kind === 'scare') {
    lines.push({ label: 'Found by', text: 'a short quoted phrase with no speech cue, so nobody’s claim' });
  } else {
    const speaker = base?.speaker != null ? doc.speakers?.[base.speaker] : null;
    lines.push({ label: 'Speaker', text: speaker ? `${speaker.name}${base.corrected ? ' (your correction)' : ''}` : 'unknown' });
    const cue = slice(text, base?.cue);
    const source = slice(text, base?.source);
    const how = [];
    if (cue) how.push(`cue “${cue}”`);
    if (source) {
      how.push(`source “${source}”`);
      if (PRONOUNS.has(source.trim().toLowerCase()) && speaker) how.push(`pronoun resolved to ${speaker.name}`);
    }
    if (how.length) lines.push({ label: 'Found by', text: how.join('; ') });
  }
  const hedge = slice(text, claim?.hedge);
  if (hedge) lines.push({ label: 'Hedge', text: `“${hedge}”` });
  if (typeof claim?.score === 'number') lines.push({ label: 'Score', text: String(claim.score) });
  lines.push({ label: 'Correct', text: 'press Enter or click' });
  return lines;
}
