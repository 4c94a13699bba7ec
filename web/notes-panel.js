// The Notes panel: the user's own highlights in reading order (label,
// excerpt, note; edit and delete buttons) and the editable list of labels.
const EXCERPT = 80;

function excerpt(s) {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function button(d, text, className, data) {
  const b = d.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  Object.assign(b.dataset, data);
  return b;
}

export function renderNotes(annotations, d = document) {
  if (annotations.length === 0) {
    const none = d.createElement('p');
    none.className = 'none';
    none.textContent = 'No highlights of your own yet. Select text or a sentence, then press Highlight.';
    return none;
  }
  const list = d.createElement('ol');
  list.className = 'note-list';
  for (const a of annotations) {
    const item = d.createElement('li');
    item.dataset.annotation = a.id;
    const go = button(d, '', 'note-go', { annotation: a.id, action: 'go' });
    const label = d.createElement('span');
    label.className = 'note-label';
    label.textContent = a.label;
    const quote = d.createElement('span');
    quote.className = 'note-quote';
    quote.textContent = `“${excerpt(a.exact)}”${a.orphan ? ' (no longer in the text)' : ''}`;
    go.append(label, quote);
    if (a.orphan) go.disabled = true;
    item.append(go);
    if (a.note) {
      const note = d.createElement('p');
      note.className = 'note-text';
      note.textContent = a.note;
      item.append(note);
    }
    const actions = d.createElement('div');
    actions.className = 'note-actions';
    const edit = button(d, 'Edit', 'small', { annotation: a.id, action: 'edit' });
    edit.setAttribute('aria-label', `Edit highlight “${excerpt(a.exact)}”`);
    const del = button(d, 'Delete', 'small', { annotation: a.id, action: 'delete' });
    del.setAttribute('aria-label', `Delete highlight “${excerpt(a.exact)}”`);
    actions.append(edit, del);
    item.append(actions);
    list.append(item);
  }
  return list;
}

export function renderLabels(labels, d = document) {
  const list = d.createElement('ul');
  list.className = 'label-list';
  for (const l of labels) {
    const item = d.createElement('li');
    const name = d.createElement('span');
    name.textContent = l;
    const remove = button(d, '×', 'small remove-label', { label: l, action: 'remove-label' });
    remove.setAttribute('aria-label', `Remove label ${l}`);
    item.append(name, remove);
    list.append(item);
  }
  return list;
}
