// The Legend: one checkbox per highlight layer. Unchecking a layer hides it
// in the article (a `hide-<layer>` class) and in the highlight layers. Layers
// the current document has no data for (numbers and dates, check-worthy
// sentences) are listed only when the document has some.
import { isCheckworthy } from './checkworthy.js';

export const LAYERS = Object.freeze(['quote', 'reported', 'scare', 'hedge', 'evidence', 'checkworthy', 'own']);
const OPTIONAL = Object.freeze({
  evidence: (doc) => Array.isArray(doc?.evidence) && doc.evidence.length > 0,
  checkworthy: (doc) => (doc?.sentences ?? []).some((s) => isCheckworthy(s)),
});

/** Wires the legend's checkboxes (input[data-layer]); returns its controls. */
export function attachLegend(root, article, layers, onChange) {
  const boxes = new Map([...root.querySelectorAll('input[data-layer]')].map((b) => [b.dataset.layer, b]));
  const apply = (layer, visible) => {
    article.classList.toggle(`hide-${layer}`, !visible);
    layers?.setVisible(layer, visible);
  };
  root.addEventListener('change', (e) => {
    const box = e.target;
    if (!(box instanceof HTMLInputElement) || !box.dataset.layer) return;
    apply(box.dataset.layer, box.checked);
    onChange();
  });
  return {
    /** {layer: visible} for every layer. */
    get visibility() {
      return Object.fromEntries([...boxes].map(([k, b]) => [k, b.checked]));
    },
    set visibility(v) {
      for (const [k, b] of boxes) {
        b.checked = v?.[k] !== false;
        apply(k, b.checked);
      }
    },
    /** Shows the optional layers only when the document has them. */
    showAvailable(doc) {
      for (const [layer, has] of Object.entries(OPTIONAL)) {
        const item = boxes.get(layer)?.closest('li');
        if (item) item.hidden = !has(doc);
      }
    },
  };
}
