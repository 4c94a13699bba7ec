// The annotated article on the page: renders (text, doc) progressively, a
// slice of paragraphs per task, so a long article never freezes the page;
// rebuilds single paragraphs when the user's highlights or corrections change;
// groups boilerplate runs behind a toggle.
import { prepareArticle, prepareArticleSliced, createDescriber } from './render.js';

const SLICE_MS = 12;              // budget per task, well under the 50 ms of a "long task"
const LONG_BOILERPLATE_CHARS = 400;
const LONG_BOILERPLATE_PARAS = 3;

// Paragraphs go in groups; off screen, a group is skipped as a whole
// (content-visibility), which costs the browser far less than per paragraph.
const GROUP_SIZE = 40;
// A long article's first groups are smaller (4, 8, 16, 32 paragraphs), and
// its first slice holds only the first two, about a screen (FIRST_SLICE): the
// browser lays out what a slice adds in full at the next frame, and a first
// frame laying out 40 or more freshly made paragraphs took 60-80 ms.
const FIRST_GROUP_SIZE = 4;
const FIRST_SLICE = 12;
const groupSize = (long, n) => (long ? Math.min(GROUP_SIZE, FIRST_GROUP_SIZE * 2 ** n) : GROUP_SIZE);
const SMALL = 200;                // paragraphs rendered without a pause first
// A short article's first slice is not cut by time up to this many
// paragraphs: a typical news article then appears in one frame, instead of
// a frame per 12 ms slice when the machine is slow (each frame lays it out).
const WHOLE_FIRST = 60;
// Slices made per append to the page (the first slice is appended alone):
// every append grows the page, and the next frame paints all of it again.
const APPEND_EVERY = 4;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// Benchmark hook (bench/page-bench.mjs): user-timing marks when the last
// slice is on the page and, a frame later, painted. Costs nothing otherwise.
// Only the newest pair is kept.
function markRendered() {
  performance.clearMarks('claimscope:rendered');
  performance.mark('claimscope:rendered');
  requestAnimationFrame(() => setTimeout(() => {
    performance.clearMarks('claimscope:painted');
    performance.mark('claimscope:painted');
  }, 0));
}

export function createArticleView({ article, descriptions, layers = null, onProgress = () => {} }) {
  const d = article.ownerDocument;
  let prepared = null;
  let elements = [];   // paragraph index -> element (once rendered)
  let token = 0;
  let runs = 0;
  let describe = null;

  // Highlight ranges are live: they are made once the element is in the
  // page, since moving nodes out of a fragment would collapse them.
  function place(el, i) {
    elements[i] = el;
  }

  // A long article registers highlight ranges only for the groups near the
  // screen: Chromium re-validates every registered range of every highlight
  // at the next frame whenever one is added, so registering a 1 MB article's
  // ~20,000 ranges slice by slice made each frame 100-300 ms of PrePaint.
  // Groups coming near the screen (scrolling, a jump to a claim) get theirs
  // then; groups leaving give them back. A short article registers all.
  let watcher = null;          // IntersectionObserver of the groups (long articles)
  const lit = new Set();       // groups whose paragraphs' ranges are registered
  const paragraphsIn = (group) => group.querySelectorAll('[data-paragraph]');
  function light(group) {
    if (lit.has(group)) return;
    lit.add(group);
    for (const el of paragraphsIn(group)) layers.add(el);
  }
  function unlight(group) {
    if (!lit.delete(group)) return;
    for (const el of paragraphsIn(group)) layers.remove(el);
  }
  function watchGroups() {
    watcher?.disconnect();
    lit.clear();
    watcher = new IntersectionObserver((entries) => {
      for (const e of entries) (e.isIntersecting ? light : unlight)(e.target);
    }, { rootMargin: '100% 0px' });   // a screen above and below is ready before it shows
  }
  function stopWatching() {
    watcher?.disconnect();
    watcher = null;
    lit.clear();
  }
  // Takes the rendered article off the page, with its ranges and descriptions.
  function removeArticle() {
    stopWatching();
    layers?.clear();
    prepared = null;
    elements = [];
    article.replaceChildren();
    descriptions.replaceChildren();
  }
  const registered = (el) => !watcher || lit.has(el.closest('.para-group'));

  function boilerplateRun(blocks, from) {
    let to = from;
    let chars = 0;
    while (to < blocks.length && blocks[to].kind === 'paragraph' && blocks[to].role === 'boilerplate') {
      chars += blocks[to].end - blocks[to].start;
      to++;
    }
    const count = to - from;
    const collapsed = count > LONG_BOILERPLATE_PARAS || chars > LONG_BOILERPLATE_CHARS;
    const wrap = d.createElement('div');
    wrap.className = 'boilerplate-run';
    wrap.id = `boilerplate-run-${runs++}`;
    const button = d.createElement('button');
    button.type = 'button';
    button.className = 'boilerplate-toggle';
    button.setAttribute('aria-controls', wrap.id);
    const what = `${count} boilerplate paragraph${count === 1 ? '' : 's'}`;
    button.dataset.what = what;
    setCollapsed(wrap, button, collapsed);
    wrap.append(button);
    return { wrap, end: to };
  }

  function setCollapsed(wrap, button, collapsed) {
    wrap.classList.toggle('collapsed', collapsed);
    button.setAttribute('aria-expanded', String(!collapsed));
    // The visible words come from CSS (data-text), so the article's text stays the article's.
    button.dataset.text = `${collapsed ? 'Show' : 'Hide'} ${button.dataset.what}`;
    button.setAttribute('aria-label', button.dataset.text);
  }

  article.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('.boilerplate-toggle') : null;
    if (button) setCollapsed(button.parentElement, button, !button.parentElement.classList.contains('collapsed'));
  });

  return {
    /** Renders a new result; resolves when every paragraph is on the page (or a newer render began). */
    async render(text, doc, own) {
      const mine = ++token;
      const long = (doc.paragraphs?.length ?? 0) > SMALL;
      // A long article: unpacking the answer was one task, preparing takes
      // the next few (in slices), rendering the ones after. The old article
      // goes at once: a frame in between would lay all of it out again
      // whenever the page around it changed (the panels, the status line).
      if (long) {
        removeArticle();
        await nextTask();
        if (mine !== token) return false;
      }
      const describeNew = createDescriber(d, descriptions);
      const options = { document: d, own, describe: describeNew };
      const next = long
        ? await prepareArticleSliced(text, doc, options, SLICE_MS, () => nextTask().then(() => mine === token))
        : prepareArticle(text, doc, options);
      if (!next) return false;
      if (long) {
        await nextTask();
        if (mine !== token) return false;
      }
      // From here on the page shows the new result.
      layers?.clear();
      descriptions.replaceChildren();
      describe = describeNew;
      prepared = next;
      elements = [];
      runs = 0;
      article.replaceChildren();
      const { blocks } = prepared;
      stopWatching();
      if (layers && long) watchGroups();
      let k = 0;
      let run = null;
      let group = null;
      let inGroup = 0;
      let groupCount = 0;
      let slices = 0;
      let fragment = d.createDocumentFragment();
      let placed = [];     // paragraph indices made since the last append
      let groups = [];
      while (k < blocks.length) {
        const started = performance.now();
        const limit = k === 0 && long ? FIRST_SLICE : Infinity;
        const untimed = k === 0 && !long ? WHOLE_FIRST : 0;
        let made = 0;    // paragraphs made in this slice
        while (k < blocks.length && (made < untimed || performance.now() - started < SLICE_MS) && made < limit) {
          const b = blocks[k];
          if (!group || (inGroup >= groupSize(long, groupCount - 1) && !run)) {
            groupCount++;
            group = d.createElement('div');
            group.className = 'para-group';
            fragment.appendChild(group);
            groups.push(group);
            inGroup = 0;
          }
          if (b.kind === 'paragraph' && b.role === 'boilerplate' && !run) {
            const made = boilerplateRun(blocks, k);
            run = made;
            group.appendChild(made.wrap);
          }
          const el = b.kind === 'paragraph' ? prepared.paragraphElement(b.index) : prepared.strayElement(b);
          (run ? run.wrap : group).appendChild(el);
          inGroup++;
          if (b.kind === 'paragraph') {
            place(el, b.index);
            placed.push(b.index);
            made++;
          }
          k++;
          if (run && k >= run.end) run = null;
        }
        // The first slice goes on the page at once; after it, every
        // APPEND_EVERY-th. Each append changes the page's height, and the
        // frame after it painted the whole page again.
        if (slices++ % APPEND_EVERY === 0 || k >= blocks.length) {
          article.appendChild(fragment);
          fragment = d.createDocumentFragment();
          // Paragraphs joining a group already near the screen get their ranges now
          // (elements[i]: a paragraph rebuilt meanwhile is the one on the page).
          if (layers) for (const i of placed) if (registered(elements[i])) layers.add(elements[i]);
          if (watcher) for (const g of groups) watcher.observe(g);
          placed = [];
          groups = [];
          if (k < blocks.length) onProgress(k, blocks.length);
        }
        if (k < blocks.length) {
          await nextTask();
          if (mine !== token) return false;
        }
      }
      onProgress(blocks.length, blocks.length);
      markRendered();
      return true;
    },

    /** Rebuilds the paragraphs that touch any of `ranges` ({start, end}) from a new (doc, own). */
    refresh(text, doc, own, ranges) {
      prepared = prepareArticle(text, doc, { document: d, own, describe });
      prepared.paragraphs.forEach((p, i) => {
        const old = elements[i];
        if (!old || !ranges.some((r) => r.start < p.end && r.end > p.start)) return;
        const el = prepared.paragraphElement(i);
        const on = layers && registered(old);
        if (on) layers.remove(old);
        old.replaceWith(el);
        place(el, i);
        if (on) layers.add(el);
      });
    },

    /** Empties the article (and stops a render in progress). */
    clear() {
      token++;
      removeArticle();
    },

    paragraphElement: (i) => elements[i] ?? null,
    get paragraphs() { return prepared?.paragraphs ?? []; },
  };
}
