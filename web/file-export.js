// The Export group: the annotated view as a file, downloaded through a Blob
// and an a[download] (no server). Formats: one self-contained HTML page, W3C
// Web Annotation JSON-LD, Markdown, CSV of claims, and the Claimscope JSON
// file that the import restores exactly.
import { toW3C } from './export/w3c.js';
import { toMarkdown } from './export/markdown.js';
import { claimsToCsv } from './export/csv.js';
import { toHtmlFile } from './export/html.js';

export const CLAIMSCOPE_FORMAT = 'claimscope';

/** The article's title (its first title paragraph), for headings and file names. */
export function titleOf(text, doc) {
  const p = (doc?.paragraphs ?? []).find((x) => x.role === 'title');
  return p ? text.slice(p.start, p.end).trim() : '';
}

export function fileName(title, ext) {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'claimscope'}.${ext}`;
}

/** Saves `text` as a file called `name`. */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; the URL is no longer needed after a while.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** The Claimscope file: the saved state, with a format tag. */
export function claimscopeFile(state) {
  const { text, annotations, corrections, labels, view } = state;
  return { format: CLAIMSCOPE_FORMAT, v: 1, text, annotations, corrections, labels, view };
}

/** host: {getState(), doc, article, say(text, state)}; root: element holding button[data-export]. */
export function attachExports(host, root) {
  const makers = {
    async html(s, doc, title) {
      return ['html', 'text/html', toHtmlFile({ article: host.article, doc, annotations: s.annotations, title })];
    },
    async w3c(s, doc, title) {
      const live = s.annotations.filter((a) => !a.orphan);
      return ['jsonld', 'application/ld+json', JSON.stringify(await toW3C({ text: s.text, title, annotations: live, doc }), null, 2)];
    },
    async markdown(s, doc, title) {
      return ['md', 'text/markdown', toMarkdown({ text: s.text, title, annotations: s.annotations.filter((a) => !a.orphan), doc })];
    },
    async csv(s, doc) {
      return ['csv', 'text/csv', claimsToCsv(s.text, doc)];
    },
    async json(s) {
      return ['json', 'application/json', JSON.stringify(claimscopeFile(s), null, 1)];
    },
  };
  root.addEventListener('click', async (e) => {
    const b = e.target instanceof Element ? e.target.closest('button[data-export]') : null;
    if (!b) return;
    const state = host.getState();
    const doc = host.doc;
    // Everything but the Claimscope file describes the annotated view, so it needs one.
    if (!doc && b.dataset.export !== 'json') {
      host.say('Nothing to export yet: annotate an article first.', 'error');
      return;
    }
    const title = titleOf(state.text, doc);
    const [ext, type, body] = await makers[b.dataset.export](state, doc, title);
    download(fileName(title, b.dataset.export === 'w3c' ? 'annotations.jsonld' : ext), type, body);
    host.say(`Exported ${b.textContent.trim()}.`, 'info');
  });
}
