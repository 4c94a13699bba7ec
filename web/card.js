// The small card that explains a highlight, on keyboard focus and on hover
// (the title attribute alone never shows on focus). One card for the whole
// article, placed under the highlight. `explain(el)` returns its lines
// ([{label, text}]); without it the card shows the element's data-label.

/** Wires the card to highlights ([data-label]) inside `container`. */
export function attachCard(container, card, explain = null) {
  let focused = null;

  const fill = (target) => {
    const lines = explain ? explain(target) : null;
    if (!lines) {
      card.textContent = target.dataset.label;
      return;
    }
    card.replaceChildren(...lines.map(({ label, text }) => {
      const row = document.createElement('div');
      const b = document.createElement('b');
      b.textContent = text ? `${label}: ` : label;
      row.append(b, document.createTextNode(text));
      return row;
    }));
  };
  const show = (target) => {
    fill(target);
    card.hidden = false;
    const box = target.getBoundingClientRect();
    const host = card.offsetParent?.getBoundingClientRect() ?? { left: 0, top: 0 };
    const maxLeft = Math.max(0, (card.offsetParent?.clientWidth ?? window.innerWidth) - card.offsetWidth - 8);
    card.style.left = `${Math.min(Math.max(0, box.left - host.left), maxLeft)}px`;
    card.style.top = `${box.bottom - host.top + 6}px`;
  };
  const hide = () => {
    card.hidden = true;
  };
  const highlightOf = (node) => (node instanceof Element ? node.closest('[data-label]') : null);

  container.addEventListener('focusin', (e) => {
    focused = highlightOf(e.target);
    if (focused) show(focused);
    else hide();
  });
  container.addEventListener('focusout', () => {
    focused = null;
    hide();
  });
  // After a keyboard move scrolls the page, the browser reports the resting
  // pointer as "over" whatever slid under it; only a real move should take
  // the card away from the focused highlight.
  let pointer = null;
  container.addEventListener('mousemove', (e) => {
    pointer = `${e.clientX},${e.clientY}`;
  });
  const resting = (e) => focused && pointer === `${e.clientX},${e.clientY}`;
  container.addEventListener('mouseover', (e) => {
    const target = highlightOf(e.target);
    if (target && !resting(e)) show(target);
  });
  container.addEventListener('mouseout', (e) => {
    if (highlightOf(e.relatedTarget) || resting(e)) return;
    if (focused) show(focused);
    else hide();
  });
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  return { hide };
}
