// The list of sources being compared: each has a label and pasted text, and
// can be renamed or removed. Edits go to the callbacks; the list is rebuilt
// only when sources are added or removed, so typing keeps its focus.
import { el } from './dom.js';

/**
 * Renders `articles` into `list` (an <ol>).
 * on: {rename(i, name), edit(i, text), remove(i)}
 */
export function renderSources(list, articles, on) {
  list.replaceChildren();
  articles.forEach((a, i) => {
    const nameId = `source-name-${i}`;
    const textId = `source-text-${i}`;
    const name = el('input', { id: nameId, type: 'text', class: 'source-name', autocomplete: 'off', spellcheck: 'false' });
    name.value = a.name;
    name.addEventListener('input', () => on.rename(i, name.value));
    const text = el('textarea', { id: textId, rows: '6', spellcheck: 'false', placeholder: 'Paste this source’s version of the story here.' });
    text.value = a.text;
    text.addEventListener('input', () => on.edit(i, text.value));
    const remove = el('button', { type: 'button', class: 'secondary remove-source' }, `Remove source ${i + 1}`);
    remove.addEventListener('click', () => on.remove(i));
    list.append(el('li', { class: 'source' },
      el('fieldset', {},
        el('legend', {}, `Source ${i + 1}`),
        el('label', { for: nameId }, 'Source name'), name,
        el('label', { for: textId }, `Text of source ${i + 1}`), text,
        remove)));
  });
}
