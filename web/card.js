// The small card that shows who says a highlighted quote or claim, on
// keyboard focus and on hover (the title attribute alone never shows on focus).
// One card for the whole article, placed under the highlight.

/** Wires the card to highlights ([data-label]) inside `container`. */
export function attachCard(container, card) {
  let focused = null;

  const show = (target) => {
    card.textContent = target.dataset.label;
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
  });
  container.addEventListener('focusout', () => {
    focused = null;
    hide();
  });
  container.addEventListener('mouseover', (e) => {
    const target = highlightOf(e.target);
    if (target) show(target);
  });
  container.addEventListener('mouseout', (e) => {
    if (highlightOf(e.relatedTarget)) return;
    if (focused) show(focused);
    else hide();
  });
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}
