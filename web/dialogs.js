// In-page modal dialogs (<dialog>): the page never uses window.confirm. A
// dialog's buttons carry data-result; run() resolves with the result of the
// button pressed, or '' when the dialog is dismissed with Escape.

export function runDialog(dialog) {
  return new Promise((resolve) => {
    const done = (result) => {
      dialog.removeEventListener('click', onClick);
      dialog.removeEventListener('close', onClose);
      resolve(result);
    };
    // A button answers at once (the close event would come a task later).
    const onClick = (e) => {
      const b = e.target instanceof Element ? e.target.closest('button[data-result]') : null;
      if (!b) return;
      dialog.close(b.dataset.result);
      done(b.dataset.result);
    };
    const onClose = () => done(dialog.returnValue);   // Escape
    dialog.addEventListener('click', onClick);
    dialog.addEventListener('close', onClose);
    dialog.returnValue = '';
    dialog.showModal();
  });
}

/** Asks a yes/no question; resolves true for yes. */
export async function confirmDialog(dialog, message) {
  dialog.querySelector('.dialog-message').textContent = message;
  return (await runDialog(dialog)) === 'yes';
}

/** The add/edit highlight dialog. Resolves {action: 'save', label, note} | {action: 'delete'} | null. */
export async function noteDialog(dialog, { excerpt, labels, label, note = '', editing = false }) {
  dialog.querySelector('.dialog-title').textContent = editing ? 'Edit highlight' : 'Add highlight';
  dialog.querySelector('.dialog-excerpt').textContent = excerpt;
  const select = dialog.querySelector('select');
  const options = labels.includes(label) || !label ? labels : labels.concat([label]);
  select.replaceChildren(...options.map((l) => new Option(l, l, false, l === label)));
  const text = dialog.querySelector('textarea');
  text.value = note;
  dialog.querySelector('[data-result="delete"]').hidden = !editing;
  const result = await runDialog(dialog);
  if (result === 'save') return { action: 'save', label: select.value, note: text.value.trim() };
  if (result === 'delete') return { action: 'delete' };
  return null;
}

/** The correction dialog. Resolves {action: 'speaker', name} | {action: 'dismiss'} | {action: 'restore'} | null. */
export async function correctionDialog(dialog, { lines, speakers, current, corrected, canChangeSpeaker }) {
  const list = dialog.querySelector('.dialog-explain');
  list.replaceChildren(...lines.map(({ label, text }) => {
    const item = document.createElement('li');
    item.textContent = text ? `${label}: ${text}` : label;
    return item;
  }));
  const select = dialog.querySelector('select');
  select.replaceChildren(...speakers.map((s) => new Option(s, s, false, s === current)));
  const input = dialog.querySelector('input[type="text"]');
  input.value = '';
  dialog.querySelector('.speaker-fields').hidden = !canChangeSpeaker;
  dialog.querySelector('[data-result="save"]').hidden = !canChangeSpeaker;
  dialog.querySelector('[data-result="restore"]').hidden = !corrected;
  const result = await runDialog(dialog);
  if (result === 'save') {
    const name = input.value.trim() || select.value;
    return name ? { action: 'speaker', name } : null;
  }
  if (result === 'dismiss' || result === 'restore') return { action: result };
  return null;
}
