// A single self-contained HTML file of the annotated view: it opens offline
// in any browser and needs no script to read. Built from DOM nodes (a copy
// of the rendered article, cleaned of the page's controls) and serialized
// with XMLSerializer, so no text from the article is ever read as markup.
// Its own CSP allows nothing but its inline style.

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

// No '<', '>' or '&' in here: the XML serialization would escape them inside <style>.
const STYLE = `
:root { color-scheme: light; }
body { font: 1.05rem/1.6 Georgia, "Times New Roman", serif; color: #1b1d21; background: #fff; max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; }
header p, footer, .key, .speakers, .notes { font: 0.9rem/1.5 system-ui, sans-serif; }
.para { margin: 0 0 0.9em; }
.para[data-role]:not([data-role="body"])::before { content: attr(data-role); display: block; font: 600 0.68rem/1.4 system-ui, sans-serif; letter-spacing: 0.08em; text-transform: uppercase; color: #555b66; }
.role-title { font-size: 1.9rem; line-height: 1.2; }
.role-byline, .role-dateline, .role-caption, .role-boilerplate { font: 0.9rem/1.5 system-ui, sans-serif; color: #555b66; }
.role-caption { font-style: italic; }
mark { color: inherit; background: none; text-decoration-thickness: 2px; text-underline-offset: 0.22em; }
mark.quote { background: #fff0a3; text-decoration: underline solid #7a5c00; }
mark.quote.unattributed { text-decoration-style: double; }
mark.reported { background: #d8e8ff; text-decoration: underline dashed #1f4f8f; }
mark.scare { background: #ebe7f3; text-decoration: underline dotted #6a5a86; }
mark.own { background: #d3f0d6; text-decoration: underline double #1e6b2c; text-decoration-thickness: 1px; }
mark[data-who]::after { content: " [" attr(data-who) "]"; font: 600 0.72rem/1 system-ui, sans-serif; color: #3d434d; }
.source { font-weight: 700; }
.cue { font-style: italic; }
.hedge { text-decoration: underline wavy #b3261e; }
.dateline { font-variant: small-caps; font-weight: 600; }
.hide-quote mark.quote, .hide-reported mark.reported, .hide-scare mark.scare, .hide-own mark.own { background: none; text-decoration: none; }
.hide-hedge .hedge { text-decoration: none; }
.key span { margin-right: 1em; }
.notes blockquote { margin: 0.2em 0; font-style: italic; }
@media print { body { margin: 0; max-width: none; } mark { background: none; } }
`;

// Attributes the copy keeps: the rest belong to the live page (focus, card, descriptions).
const KEEP = new Set(['class', 'title', 'data-role', 'data-kind', 'data-who', 'lang', 'dir']);

function clean(root, speakers) {
  for (const el of [...root.querySelectorAll('.boilerplate-toggle, [hidden]')]) el.remove();
  for (const run of [...root.querySelectorAll('.boilerplate-run, .para-group')]) run.replaceWith(...run.childNodes);
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (el.localName === 'mark') {
      const s = el.dataset.speaker;
      if (el.dataset.part == null) {
        if (el.classList.contains('own')) el.dataset.who = `mine: ${el.dataset.ownLabel ?? ''}`;
        else if (s != null && speakers[Number(s)]) el.dataset.who = speakers[Number(s)].name;
      }
    }
    for (const a of [...el.attributes]) if (!KEEP.has(a.name)) el.removeAttribute(a.name);
  }
  root.classList.remove('hl-api', 'spotlight', 'show-sentences');
}

/**
 * input: {article: the rendered <article> element, doc (corrections applied), text,
 * annotations, title, when: Date}. Returns the file's text.
 */
export function toHtmlFile({ article, doc, annotations = [], title = '', when = new Date() }) {
  const d = article.ownerDocument.implementation.createHTMLDocument(title || 'Annotated article');
  d.documentElement.lang = 'en';
  const el = (name, props = {}, ...children) => {
    const e = d.createElement(name);
    for (const [k, v] of Object.entries(props)) e.setAttribute(k, v);
    e.append(...children);
    return e;
  };
  const head = d.head;
  head.prepend(el('meta', { charset: 'utf-8' }));
  head.append(
    el('meta', { 'http-equiv': 'Content-Security-Policy', content: CSP }),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('meta', { name: 'generator', content: 'Claimscope' }),
  );
  const style = d.createElement('style');
  style.textContent = STYLE;
  head.append(style);

  const speakers = doc?.speakers ?? [];
  const copy = d.importNode(article, true);
  clean(copy, speakers);
  copy.setAttribute('aria-label', 'Annotated article');

  const key = el('p', { class: 'key' },
    el('span', {}, el('mark', { class: 'quote' }, 'solid underline'), ' direct quotation'),
    el('span', {}, el('mark', { class: 'reported' }, 'dashed underline'), ' reported claim'),
    el('span', {}, el('mark', { class: 'scare' }, 'dotted underline'), ' scare quote'),
    el('span', {}, el('mark', { class: 'own' }, 'double underline'), ' the reader’s highlight'),
    el('span', {}, 'Names in [brackets] say who.'),
  );
  const header = el('header', {}, el('p', {}, `Annotated with Claimscope, ${when.toISOString().slice(0, 10)}. Everything in this file is text; it runs no script.`), key);

  const who = el('section', { class: 'speakers', 'aria-labelledby': 'speakers-h' }, el('h2', { id: 'speakers-h' }, 'Speakers'));
  const list = el('ul');
  const counts = speakers.map(() => 0);
  for (const c of doc?.claims ?? []) if (c.speaker != null && counts[c.speaker] != null) counts[c.speaker]++;
  speakers.forEach((s, i) => list.append(el('li', {}, `${s.name}: ${counts[i]} claim${counts[i] === 1 ? '' : 's'}`)));
  who.append(speakers.length ? list : el('p', {}, 'No speakers found.'));

  const notes = el('section', { class: 'notes', 'aria-labelledby': 'notes-h' }, el('h2', { id: 'notes-h' }, 'Notes'));
  const items = el('ol');
  for (const a of annotations) {
    const item = el('li', {}, el('strong', {}, a.label), a.orphan ? ' (no longer in the text)' : '', el('blockquote', {}, a.exact));
    if (a.note) item.append(el('p', {}, a.note));
    items.append(item);
  }
  notes.append(annotations.length ? items : el('p', {}, 'No highlights of the reader’s own.'));

  d.body.append(header, el('main', {}, copy, who, notes));
  return new XMLSerializer().serializeToString(d);
}
