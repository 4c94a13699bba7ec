// The comparison views: the claims x sources matrix, the variants of each
// shared claim side by side with word differences marked, and the summary
// per source. Everything is built from DOM nodes (dom.js), never from HTML.
import { el } from './dom.js';
import { memberText } from './model.js';
import { diffWords } from './word-diff.js';

const STATES = {
  present: { symbol: '✓', label: 'present' },
  altered: { symbol: '≈', label: 'altered' },
  absent: { symbol: '–', label: 'absent' },
};

function snippet(text, max = 110) {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export function clusterId(index) {
  return `claim-${index + 1}`;
}

/** The matrix: one row per claim, one column per source. */
export function renderMatrix(rows, articles, { hideUnique }) {
  const shown = hideUnique ? rows.filter((r) => !r.unique) : rows;
  const table = el('table', { class: 'matrix' },
    el('caption', {}, `Claims × sources (${rows.filter((r) => !r.unique).length} shared, ${rows.filter((r) => r.unique).length} in one source only)`),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Claim'),
      articles.map((a) => el('th', { scope: 'col' }, a.name)))));
  const body = el('tbody');
  for (const row of shown) {
    const label = `${row.speaker ? `${row.speaker}: ` : ''}${snippet(row.text)}`;
    const head = el('th', { scope: 'row' },
      row.unique ? el('span', { class: 'flag' }, 'Only one source') : el('a', { href: `#${clusterId(row.index)}` }, `Claim ${row.index + 1}`),
      ' ', el('span', { class: 'claim-snippet' }, label));
    const cells = row.cells.map((cell) => {
      const s = STATES[cell.state];
      return el('td', { class: `cell ${cell.state}`, 'data-state': cell.state },
        el('span', { 'aria-hidden': 'true', class: 'symbol' }, s.symbol), ' ', s.label);
    });
    body.append(el('tr', { class: row.unique ? 'unique' : null }, head, cells));
  }
  table.append(body);
  return el('div', { class: 'table-scroll', role: 'region', 'aria-label': 'Claims by source (scrolls sideways)', tabindex: '0' }, table);
}

/**
 * One variant per source: the text its members cover, in order; members that
 * overlap (a quotation inside the sentence that reports it) are shown once,
 * separate parts (an outlet that splits a statement) joined by " … ".
 */
function variantsBySource(c, articles) {
  const bySource = new Map();
  c.members.forEach((m, k) => {
    if (!bySource.has(m.article)) bySource.set(m.article, { article: m.article, spans: [], differs: false });
    const v = bySource.get(m.article);
    v.spans.push([m.start, m.end]);
    const d = c.diff[k];
    if (d && d.added.length + d.removed.length > 0) v.differs = true;
  });
  return [...bySource.values()].map((v) => {
    const text = articles[v.article]?.text ?? '';
    const merged = [];
    for (const [start, end] of v.spans.sort((x, y) => x[0] - y[0])) {
      const last = merged[merged.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    return { ...v, text: merged.map(([start, end]) => text.slice(start, end)).join(' … ') };
  });
}

/** The variants of each shared claim side by side, differences against the first source marked. */
export function renderVariants(result, rows, articles) {
  const list = el('div', { class: 'variants' });
  for (const row of rows) {
    if (row.unique) continue;
    const c = result.clusters[row.index];
    const variants = variantsBySource(c, articles);
    const reference = variants[0].text;
    const heading = el('h3', {}, `Claim ${row.index + 1}`, row.speaker ? ` · ${row.speaker}` : '', ` · similarity ${Math.round(row.score * 100)}%`);
    const columns = el('div', { class: 'variant-columns' });
    variants.forEach((v, k) => {
      const body = el('p', { class: 'variant-text' });
      if (k === 0) {
        body.append(v.text);
      } else {
        for (const seg of diffWords(reference, v.text)) {
          if (seg.kind === 'same') body.append(seg.text, ' ');
          else if (seg.kind === 'ins') body.append(el('ins', {}, seg.text), ' ');
          else body.append(el('del', {}, seg.text), ' ');
        }
      }
      const note = k === 0 ? 'Reference wording' : v.differs ? 'Differs from the reference' : 'Same content words';
      columns.append(el('figure', { class: 'variant' },
        el('figcaption', {}, el('strong', {}, articles[v.article]?.name ?? ''), ` · ${note}`),
        body));
    });
    list.append(el('section', { class: 'cluster', id: clusterId(row.index), 'aria-label': `Claim ${row.index + 1}` }, heading, columns));
  }
  if (!list.childElementCount) list.append(el('p', {}, 'No claim was found in more than one source.'));
  return list;
}

/** The per-source summary table. */
export function renderSummary(summary) {
  return el('div', { class: 'table-scroll', role: 'region', 'aria-label': 'Summary per source', tabindex: '0' },
    el('table', { class: 'summary' },
      el('caption', {}, 'Per source: claims found, claims another source also carries, and speakers'),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Source'), el('th', { scope: 'col' }, 'Claims'),
        el('th', { scope: 'col' }, 'Corroborated'), el('th', { scope: 'col' }, 'Only here'),
        el('th', { scope: 'col' }, 'Speakers'))),
      el('tbody', {}, summary.map((s) => el('tr', {},
        el('th', { scope: 'row' }, s.name), el('td', {}, s.claims), el('td', {}, s.corroborated),
        el('td', {}, s.only), el('td', {}, s.speakers.join(', ') || '—'))))));
}
