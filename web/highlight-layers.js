// Colour layers through the CSS Custom Highlight API where the browser has
// it (Chromium 105+): one Highlight per layer, styled by ::highlight(), so
// overlapping layers blend instead of stacking boxes. The <mark> elements
// stay in the DOM for focus, screen readers and the card; the page adds the
// class `hl-api` so CSS draws colours only once.

export const LAYER_HIGHLIGHTS = Object.freeze({
  quote: 'cs-quote',
  unattributed: 'cs-quote-unattributed',
  reported: 'cs-reported',
  scare: 'cs-scare',
  hedge: 'cs-hedge',
  evidence: 'cs-evidence',
  own: 'cs-own',
  checkworthy: 'cs-checkworthy',
});

// Which elements feed which highlight; later layers paint on top.
const SOURCES = [
  ['checkworthy', '.sentence.checkworthy', 0],
  ['reported', 'mark.reported', 1],
  ['scare', 'mark.scare', 2],
  ['unattributed', 'mark.quote.unattributed', 3],
  ['quote', 'mark.quote:not(.unattributed)', 3],
  ['evidence', '.evidence', 4],
  ['hedge', '.hedge', 5],
  ['own', 'mark.own', 6],
];

export function highlightApiAvailable() {
  return typeof CSS !== 'undefined' && CSS.highlights != null && typeof Highlight === 'function';
}

/** Keeps the page's highlights in step with rendered paragraphs. */
export function createHighlightLayers() {
  if (!highlightApiAvailable()) return null;
  const layers = new Map();
  for (const [key, , priority] of SOURCES) {
    const h = new Highlight();
    h.priority = priority;
    layers.set(key, h);
  }
  const hidden = new Set();
  // Spotlight: a top layer in the surface colour over everyone else's words.
  const dim = new Highlight();
  dim.priority = 10;
  CSS.highlights.set('cs-dim', dim);
  const rangesOf = new WeakMap();   // paragraph element -> [[layer, range]...]

  const sync = (key) => {
    const name = LAYER_HIGHLIGHTS[key];
    if (hidden.has(key)) CSS.highlights.delete(name);
    else CSS.highlights.set(name, layers.get(key));
  };
  for (const key of layers.keys()) sync(key);

  return {
    /** Adds the highlights inside a newly rendered paragraph element. */
    add(el) {
      if (rangesOf.has(el)) return;   // already in (a group lit while its slices were made)
      const list = [];
      for (const [key, selector] of SOURCES) {
        for (const node of el.querySelectorAll(selector)) {
          const range = new Range();
          range.selectNodeContents(node);
          layers.get(key).add(range);
          list.push([key, range]);
        }
      }
      rangesOf.set(el, list);
    },
    /** Removes the highlights of a paragraph element that leaves the page. */
    remove(el) {
      for (const [key, range] of rangesOf.get(el) ?? []) layers.get(key).delete(range);
      rangesOf.delete(el);
    },
    clear() {
      for (const h of layers.values()) h.clear();
      dim.clear();
    },
    /** Dims exactly these elements (a speaker's spotlight); [] undims all. */
    dim(elements) {
      dim.clear();
      for (const el of elements) {
        const range = new Range();
        range.selectNodeContents(el);
        dim.add(range);
      }
    },
    /** Shows or hides a legend layer ('quote' also covers unattributed quotes). */
    setVisible(layer, visible) {
      for (const key of layer === 'quote' ? ['quote', 'unattributed'] : [layer]) {
        if (!layers.has(key)) continue;
        if (visible) hidden.delete(key);
        else hidden.add(key);
        sync(key);
      }
    },
  };
}
