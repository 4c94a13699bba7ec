// Builds the annotated article and the speaker list from (text, doc), where
// doc is what annotate() returns (docs/format.md, UTF-16 offsets).
// Pure DOM building: no events, no globals besides the given document.
// Text always goes in through text nodes, never as markup.

import { nestSpans } from './layout.js';
import { isCheckworthy, checkworthyLabel } from './checkworthy.js';

// Nesting ranks, outermost first. Own highlights sit outside the machine's.
const RANK = Object.freeze({ sentence: 0, own: 1, reported: 2, quote: 3, dateline: 4, evidence: 5, mention: 6 });

const ROLE_TAGS = Object.freeze({ title: 'h2', heading: 'h3' });
const ROLE_NAMES = Object.freeze({
  title: 'Title', subtitle: 'Subtitle', byline: 'Byline', dateline: 'Dateline', heading: 'Heading',
  body: 'Body', caption: 'Caption', boilerplate: 'Boilerplate',
});

/**
 * Renders the article. Returns {article, descriptions}: two DocumentFragments,
 * the paragraphs (for the <article>) and the hidden description elements that
 * highlights point to with aria-describedby (put them anywhere in the page,
 * outside the article so that its text stays the article's text).
 * idPrefix keeps ids unique when several renderings share a page.
 */
export function renderArticle(text, doc, { document: d = globalThis.document, idPrefix = 'cs', own = [] } = {}) {
  const article = d.createDocumentFragment();
  const descriptions = d.createDocumentFragment();
  const prepared = prepareArticle(text, doc, { document: d, idPrefix, own, descriptions });
  for (const item of prepared.blocks) article.append(item.kind === 'paragraph' ? prepared.paragraphElement(item.index) : prepared.strayElement(item));
  return { article, descriptions };
}

/**
 * Prepares (text, doc) for rendering piece by piece: `blocks` lists, in text
 * order, the paragraphs ({kind: 'paragraph', index}) and any stray text
 * outside them ({kind: 'stray', start, end}); paragraphElement(i) builds the
 * element of paragraphs[i]. Descriptions go into `descriptions` (an element
 * or fragment), one per highlight, with ids stable for a given key, so a
 * paragraph can be rebuilt without duplicating them.
 * `own` are the user's highlights: {id, start, end, label, note}.
 */
export function prepareArticle(text, doc, options = {}) {
  const steps = preparing(text, doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * prepareArticle() for long documents, in slices of about `budgetMs` of
 * work: between slices it awaits `pause()`, and gives up (resolving null)
 * when that resolves false, e.g. because a newer rendering began. A 1 MB
 * article's ~30,000 spans take the page several tens of ms to prepare.
 */
export async function prepareArticleSliced(text, doc, options, budgetMs, pause) {
  const steps = preparing(text, doc, options);
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started >= budgetMs) {
      if (!(await pause())) return null;
      started = performance.now();
    }
  }
}

// Items between two chances to pause: small enough that a slice overshoots
// its budget by little, large enough that pausing costs nothing.
const STEP_ITEMS = 500;

// The work of prepareArticle, yielding (nothing) every STEP_ITEMS items.
function* preparing(text, doc, { document: d = globalThis.document, idPrefix = 'cs', own = [], descriptions, describe: given } = {}) {
  const paragraphs = validSpans((doc.paragraphs ?? []).map((p, index) => ({ ...p, index })), text.length);
  const spans = [];
  yield* collectSpans(doc, spans);
  for (const s of ownSpans(own)) spans.push(s);
  yield;
  const sorted = validSpans(spans, text.length);
  yield;
  const spansByParagraph = assignToParagraphs(paragraphs, sorted);
  const describe = given ?? createDescriber(d, descriptions ?? d.createDocumentFragment(), idPrefix);
  const blocks = [];
  let pos = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (hasText(text, pos, p.start)) blocks.push({ kind: 'stray', start: pos, end: p.start });
    blocks.push({ kind: 'paragraph', index: i, role: p.role ?? 'body', start: p.start, end: p.end });
    pos = Math.max(pos, p.end);
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  if (hasText(text, pos, text.length)) blocks.push({ kind: 'stray', start: pos, end: text.length });
  return {
    paragraphs,
    blocks,
    paragraphElement: (i) => renderParagraph(d, text, paragraphs[i], spansByParagraph[i], describe),
    strayElement: (b) => strayElement(d, text, b.start, b.end),
  };
}

function hasText(text, from, to) {
  return to > from && text.slice(from, to).trim() !== '';
}

function ownSpans(own) {
  return (own ?? []).filter((a) => a && !a.orphan).map((a) => ({ start: a.start, end: a.end, rank: RANK.own, type: 'own', annotation: a }));
}

/** Speakers with their counts: quotations (pieces of one split quotation count once) and reported claims. */
export function speakerStats(doc) {
  const stats = (doc.speakers ?? []).map((sp, index) => ({ index, name: sp.name, aliases: sp.aliases ?? [], quotes: 0, reported: 0 }));
  const seenGroups = new Set();
  for (const q of doc.quotes ?? []) {
    if (q.speaker == null || !stats[q.speaker] || q.scare || q.dismissed) continue;
    if (q.group != null) {
      const key = `${q.speaker}:${q.group}`;
      if (seenGroups.has(key)) continue;
      seenGroups.add(key);
    }
    stats[q.speaker].quotes++;
  }
  for (const c of doc.claims ?? []) {
    if (c.kind !== 'reported') continue;
    // A claim of coordinated speakers ("Russia and China said") counts for each of them.
    for (const k of c.speakers ?? (c.speaker != null ? [c.speaker] : [])) if (stats[k]) stats[k].reported++;
  }
  return stats;
}

/** The Speakers panel's list: one item per speaker, most quoted first; a short note when there is none. */
export function renderSpeakers(doc, { document: d = globalThis.document } = {}) {
  const stats = speakerStats(doc).sort((a, b) => b.quotes + b.reported - (a.quotes + a.reported) || a.index - b.index);
  if (stats.length === 0) {
    const none = d.createElement('p');
    none.className = 'none';
    none.textContent = 'No speakers found.';
    return none;
  }
  const list = d.createElement('ol');
  list.className = 'speaker-list';
  for (const s of stats) {
    const item = d.createElement('li');
    item.dataset.speaker = String(s.index);
    const button = d.createElement('button');
    button.type = 'button';
    button.className = 'speaker';
    button.dataset.speaker = String(s.index);
    button.setAttribute('aria-pressed', 'false');
    const name = d.createElement('span');
    name.className = 'speaker-name';
    name.textContent = s.name;
    const counts = d.createElement('span');
    counts.className = 'speaker-counts';
    counts.textContent = `${plural(s.quotes, 'quote')} · ${plural(s.reported, 'reported claim')}`;
    if (s.aliases.length) button.title = `${s.name}, also: ${s.aliases.join(', ')}`;
    button.append(name, counts);
    item.append(button);
    if (s.aliases.length) {
      const aliases = d.createElement('span');
      aliases.className = 'speaker-aliases';
      aliases.textContent = `also: ${s.aliases.join(', ')}`;
      item.append(aliases);
    }
    list.append(item);
  }
  return list;
}

/** One line summing up a document, for the status line. */
export function summarize(doc) {
  const n = (a) => (a ?? []).length;
  const reported = (doc.claims ?? []).filter((c) => c.kind === 'reported').length;
  return [
    plural(n(doc.paragraphs), 'paragraph'), plural(n(doc.sentences), 'sentence'), plural(n(doc.quotes), 'quote'),
    plural(reported, 'reported claim'), plural(n(doc.speakers), 'speaker'),
  ].join(', ');
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// Spans that are well-formed and inside the text, sorted by start.
function validSpans(list, length) {
  const out = (list ?? []).filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= length);
  return out.every((s, i) => i === 0 || out[i - 1].start <= s.start) ? out : out.slice().sort((a, b) => a.start - b.start);
}

// Every span the article shows, tagged with what it is and its nesting rank,
// pushed onto `spans` kind by kind (not sorted); yields every STEP_ITEMS items.
function* collectSpans(doc, spans) {
  const speakerName = (i) => (i != null && doc.speakers?.[i] ? doc.speakers[i].name : null);
  const sentences = doc.sentences ?? [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s) spans.push({ ...s, rank: RANK.sentence, type: 'sentence', index: i });
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  for (const p of doc.paragraphs ?? []) if (p.dateline) spans.push({ ...p.dateline, rank: RANK.dateline, type: 'dateline' });
  yield;
  const claims = doc.claims ?? [];
  const claimOfQuote = new Map();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.kind === 'quote' && c.quote != null) claimOfQuote.set(c.quote, c);
    if (c.kind === 'reported') spans.push({ start: c.start, end: c.end, rank: RANK.reported, type: 'reported', index: i, speaker: c.speaker, speakerName: speakerName(c.speaker), claim: c });
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  const quotes = doc.quotes ?? [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q.dismissed) {
      const type = q.scare ? 'scare' : 'quote';
      spans.push({ start: q.start, end: q.end, rank: RANK.quote, type, index: i, speaker: q.scare ? null : q.speaker, speakerName: q.scare ? null : speakerName(q.speaker), quote: q, claim: claimOfQuote.get(i) ?? null });
    }
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  // Hook: numbers and dates, once the core finds them ({start, end, kind}).
  const evidence = doc.evidence ?? [];
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i];
    if (e) spans.push({ start: e.start, end: e.end, rank: RANK.evidence, type: 'evidence', evidence: e });
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  // Who and how: the attributing mention, the cue verb, the hedge word.
  // A source or cue shared by several pieces of one quotation is shown once.
  const seen = new Set();
  const add = (span, type, speaker) => {
    if (!span) return;
    const key = `${type}:${span.start}:${span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    spans.push({ ...span, rank: RANK.mention, type, speaker, speakerName: speakerName(speaker) });
  };
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q.scare && !q.dismissed) { add(q.source, 'source', q.speaker); add(q.cue, 'cue', q.speaker); }
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.kind === 'reported') { add(c.source, 'source', c.speaker); add(c.cue, 'cue', c.speaker); }
    add(c.hedge, 'hedge', c.speaker);
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
}

// Groups spans by the paragraph they fall in (spans sorted by start; a span
// running past its paragraph's end is shown in each paragraph it touches).
function assignToParagraphs(paragraphs, spans) {
  const out = paragraphs.map(() => []);
  let p = 0;
  for (const s of spans) {
    while (p < paragraphs.length && paragraphs[p].end <= s.start) p++;
    for (let i = p; i < paragraphs.length && paragraphs[i].start < s.end; i++) out[i].push(s);
  }
  return out;
}

// Non-space text outside every paragraph should not exist, but is shown rather than lost.
function strayElement(d, text, from, to) {
  const el = d.createElement('p');
  el.className = 'para stray';
  el.append(d.createTextNode(text.slice(from, to).trim()));
  return el;
}

function renderParagraph(d, text, p, spans, describe) {
  const el = d.createElement(ROLE_TAGS[p.role] ?? 'p');
  el.className = `para role-${ROLE_NAMES[p.role] ? p.role : 'body'}`;
  el.setAttribute('data-paragraph', p.index);
  el.setAttribute('data-role', p.role ?? 'body');
  if (typeof p.confidence === 'number') el.setAttribute('data-confidence', p.confidence);
  if (Array.isArray(p.reasons) && p.reasons.length) el.setAttribute('data-reasons', p.reasons.join(' '));
  if (p.role && p.role !== 'body' && ROLE_NAMES[p.role]) el.title = `${ROLE_NAMES[p.role]} paragraph`;
  appendNodes(d, el, text, nestSpans(p.start, p.end, spans), describe);
  return el;
}

function appendNodes(d, parent, text, nodes, describe) {
  for (const node of nodes) {
    if (!node.span) {
      parent.appendChild(d.createTextNode(text.slice(node.start, node.end)));
      continue;
    }
    const el = spanElement(d, node.span, node.part, describe);
    appendNodes(d, el, text, node.children, describe);
    parent.appendChild(el);
  }
}

function spanElement(d, s, part, describe) {
  switch (s.type) {
    case 'sentence': {
      const el = d.createElement('span');
      const checkworthy = isCheckworthy(s);
      el.className = checkworthy ? 'sentence checkworthy' : 'sentence';
      el.setAttribute('data-sentence', s.index);
      if (checkworthy) el.title = checkworthyLabel(s);
      if (part > 0) el.setAttribute('data-part', part);
      return el;
    }
    case 'quote':
    case 'scare':
    case 'reported':
      return highlight(d, s, part, describe);
    case 'own':
      return ownHighlight(d, s.annotation, part, describe);
    case 'evidence': {
      const el = d.createElement('span');
      el.className = 'evidence';
      el.setAttribute('data-kind', 'evidence');
      el.title = `${s.evidence.kind === 'date' ? 'Date' : 'Number'}`;
      return el;
    }
    default: {
      const el = d.createElement('span');
      el.className = s.type;
      if (s.speaker != null) el.setAttribute('data-speaker', s.speaker);
      if (s.type === 'hedge') el.title = 'Hedge: the claim is stated with uncertainty';
      if (s.type === 'source' && s.speakerName) el.title = `Speaker: ${s.speakerName}`;
      if (s.type === 'cue') el.title = 'Speech cue';
      if (s.type === 'dateline') el.title = 'Dateline';
      return el;
    }
  }
}

// A quote or reported claim: a focusable <mark> describing who says it.
function highlight(d, s, part, describe) {
  const el = d.createElement('mark');
  const kind = s.type === 'quote' && s.speakerName == null ? 'quote unattributed' : s.type;
  el.className = s.claim?.hedged ? `${kind} hedged` : kind;
  // setAttribute, not dataset: a 1 MB article sets these on ~7,000 marks, and dataset costs more per name.
  el.setAttribute('data-kind', s.type);
  el.setAttribute('data-index', s.index);
  if (s.speaker != null) el.setAttribute('data-speaker', s.speaker);
  // Every speaker of the claim ("Norway and Denmark said …"): the spotlight matches any of them.
  const who = s.claim?.speakers ?? (s.speaker != null ? [s.speaker] : []);
  if (who.length) el.setAttribute('data-speakers', who.join(' '));
  if (s.quote?.group != null) el.setAttribute('data-group', s.quote.group);
  if (part > 0) el.setAttribute('data-part', part);
  const label = highlightLabel(s);
  el.title = label;
  el.setAttribute('data-label', label);
  el.setAttribute('aria-describedby', describe(label));
  // One tab stop per highlight: a highlight split into pieces is reached at its first piece.
  if (part === 0) el.tabIndex = 0;
  return el;
}

// The user's own highlight: a focusable <mark> with its label and note.
function ownHighlight(d, a, part, describe) {
  const el = d.createElement('mark');
  el.className = 'own';
  el.dataset.kind = 'own';
  el.dataset.annotation = a.id;
  el.dataset.ownLabel = a.label;
  if (part > 0) el.dataset.part = String(part);
  const label = `My highlight: ${a.label}${a.note ? ` (${a.note})` : ''}`;
  el.title = label;
  el.dataset.label = label;
  el.setAttribute('aria-describedby', describe(label));
  if (part === 0) el.tabIndex = 0;
  return el;
}

/** What a highlight's tooltip and description say. */
export function highlightLabel(s) {
  const hedged = s.claim?.hedged ? ' (hedged)' : '';
  if (s.type === 'scare') return 'Scare quote: a quoted phrase, not attributed to anyone';
  if (s.type === 'reported') return `Reported claim${hedged}: ${s.speakerName ?? 'speaker unknown'}`;
  if (s.quote?.unclosed) return `Quote, no closing mark${hedged}: ${s.speakerName ?? 'speaker unknown'}`;
  return `Quote${hedged}: ${s.speakerName ?? 'speaker unknown'}`;
}

// Makes (once per distinct label) a hidden element holding a description;
// returns its id. Highlights with the same words share one: a 1 MB article
// has ~7,000 highlights but a few dozen labels (a few per speaker).
export function createDescriber(d, container, prefix = 'cs') {
  const made = new Map();
  return (label) => {
    let el = made.get(label);
    if (!el) {
      el = d.createElement('span');
      el.id = `${prefix}-desc-${made.size}`;
      el.textContent = label;
      made.set(label, el);
      container.appendChild(el);
    }
    return el.id;
  };
}
