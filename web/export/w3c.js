// W3C Web Annotation Data Model export and import (JSON-LD).
//
// The reader's own annotations become Annotations whose target carries a
// TextQuoteSelector and a TextPositionSelector (code points, as the model
// requires), and whose bodies are the note (purpose "commenting") and the
// label (purpose "tagging"). Machine claims are exported too, as
// "classifying" annotations, so a file shows who says what.
import { offsetConverter } from '../text-offsets.js';
import { anchor, describe } from '../anchoring.js';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** SHA-256 of the text as "urn:sha256:<hex>": the source every target points at. */
export async function textUrn(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `urn:sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function target(text, source, conv, start, end) {
  const d = describe(text, start, end);
  return {
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: d.exact, prefix: d.prefix, suffix: d.suffix },
      { type: 'TextPositionSelector', start: conv.toCodePoint(start), end: conv.toCodePoint(end) },
    ],
  };
}

/**
 * Builds an AnnotationCollection.
 * input: {text, title?, annotations: [{id, start, end, label, note, created}], doc?: annotate() result}
 */
export async function toW3C({ text, title = '', annotations = [], doc = null }) {
  const source = await textUrn(text);
  const conv = offsetConverter(text);
  const items = annotations.map((a) => {
    const body = [];
    if (a.note) body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
    if (a.label) body.push({ type: 'TextualBody', value: a.label, purpose: 'tagging' });
    return {
      id: `urn:claimscope:annotation:${a.id}`,
      type: 'Annotation',
      motivation: a.note ? 'commenting' : 'highlighting',
      ...(a.created ? { created: a.created } : {}),
      ...(body.length ? { body } : {}),
      target: target(text, source, conv, a.start, a.end),
    };
  });
  if (doc) {
    doc.claims.forEach((c, i) => {
      const speaker = c.speaker === null ? null : doc.speakers[c.speaker]?.name;
      items.push({
        id: `urn:claimscope:claim:${i}`,
        type: 'Annotation',
        motivation: 'classifying',
        creator: { type: 'Software', name: 'Claimscope' },
        body: [
          { type: 'TextualBody', value: c.kind === 'quote' ? 'direct quotation' : 'reported claim', purpose: 'classifying' },
          ...(speaker ? [{ type: 'TextualBody', value: `speaker: ${speaker}`, purpose: 'describing' }] : []),
        ],
        target: target(text, source, conv, c.start, c.end),
      });
    });
  }
  return {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label: title || 'Claimscope annotations',
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

function selectors(t) {
  const list = t && t.selector ? (Array.isArray(t.selector) ? t.selector : [t.selector]) : [];
  const quote = list.find((s) => s && s.type === 'TextQuoteSelector');
  const position = list.find((s) => s && s.type === 'TextPositionSelector');
  return { quote, position };
}

function bodies(a) {
  return a.body ? (Array.isArray(a.body) ? a.body : [a.body]) : [];
}

/**
 * Reads the reader's annotations back from a W3C collection, page, single
 * annotation or array, re-attaching each to `text`. Machine claims
 * ("classifying") are skipped: they are recomputed. Returns
 * {annotations: [{id, start, end, label, note, created}], orphans: [{exact, label, note}]}.
 */
export function fromW3C(json, text) {
  const conv = offsetConverter(text);
  let items;
  if (Array.isArray(json)) items = json;
  else if (json && json.type === 'AnnotationCollection') items = json.first?.items ?? [];
  else if (json && json.type === 'AnnotationPage') items = json.items ?? [];
  else if (json && json.type === 'Annotation') items = [json];
  else throw new Error('Not a W3C Web Annotation file: expected an Annotation, AnnotationPage or AnnotationCollection.');
  const annotations = [];
  const orphans = [];
  items.forEach((a, i) => {
    if (!a || a.type !== 'Annotation' || a.motivation === 'classifying') return;
    const b = bodies(a);
    const note = b.find((x) => x && x.purpose === 'commenting')?.value ?? '';
    const label = b.find((x) => x && x.purpose === 'tagging')?.value ?? '';
    const targetObj = Array.isArray(a.target) ? a.target[0] : a.target;
    const { quote, position } = selectors(targetObj);
    const exact = typeof quote?.exact === 'string' ? quote.exact : null;
    let hit = null;
    if (exact) {
      const hint = Number.isInteger(position?.start) ? conv.toUtf16(position.start) : 0;
      hit = anchor(text, { exact, prefix: quote.prefix, suffix: quote.suffix, start: hint });
    } else if (Number.isInteger(position?.start) && Number.isInteger(position?.end)) {
      const start = conv.toUtf16(position.start);
      const end = conv.toUtf16(position.end);
      if (start >= 0 && end > start && end <= text.length) hit = { start, end };
    }
    const id = String(a.id ?? i).replace(/^urn:claimscope:annotation:/, '');
    const created = typeof a.created === 'string' ? a.created : undefined;
    if (hit) annotations.push({ id, start: hit.start, end: hit.end, label: String(label), note: String(note), ...(created ? { created } : {}) });
    else orphans.push({ exact: exact ?? '', label: String(label), note: String(note) });
  });
  return { annotations, orphans };
}
