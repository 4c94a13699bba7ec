// Keyboard reading: j and k move the focus to the next and previous sentence
// of the article (skipping collapsed boilerplate); Enter on a focused
// sentence asks to highlight it. A click on plain sentence text (not a drag
// selection, not a highlight) makes that sentence the current one.

const editable = (el) => el instanceof Element && (el.closest('input, textarea, select, [contenteditable="true"], dialog') != null);

export function attachSentenceNav(article, { onActivate }) {
  let current = null;

  const sentences = () => [...article.querySelectorAll('.sentence:not([data-part])')].filter((s) => !s.closest('.collapsed'));

  const setCurrent = (el, focus = true) => {
    current?.classList.remove('current');
    current = el;
    el.classList.add('current');
    el.tabIndex = -1;
    if (focus) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'nearest' });
    }
  };

  const move = (step) => {
    const list = sentences();
    if (list.length === 0) return;
    const at = current && current.isConnected ? list.indexOf(current) : -1;
    const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    setCurrent(list[next]);
  };

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || editable(e.target)) return;
    if (document.querySelector('dialog[open]')) return;
    if (e.key === 'j' || e.key === 'k') {
      e.preventDefault();
      move(e.key === 'j' ? 1 : -1);
    } else if (e.key === 'Enter' && e.target instanceof Element && e.target.classList.contains('sentence')) {
      e.preventDefault();
      onActivate(Number(e.target.dataset.sentence));
    }
  });

  article.addEventListener('click', (e) => {
    if (!(e.target instanceof Element) || e.target.closest('mark, button')) return;
    if (!document.getSelection()?.isCollapsed) return;
    const s = e.target.closest('.sentence');
    if (!s) return;
    const first = s.dataset.part ? article.querySelector(`.sentence[data-sentence="${s.dataset.sentence}"]:not([data-part])`) : s;
    if (first) setCurrent(first);
  });

  return {
    /** The index of the current sentence, or null. */
    get current() {
      return current && current.isConnected ? Number(current.dataset.sentence) : null;
    },
    focusSentence(index) {
      const el = article.querySelector(`.sentence[data-sentence="${index}"]:not([data-part])`);
      if (el) setCurrent(el);
    },
  };
}
