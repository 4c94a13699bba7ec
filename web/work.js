// The user's own work on an article: their highlights, their corrections of
// machine highlights, undo and redo, the Notes panel, the dialogs, and
// saving all of it (with the article text) so that a reload loses nothing.
import {
  DEFAULT_LABELS, createAnnotation, addAnnotation, updateAnnotation, removeAnnotation, sanitizeAnnotations,
} from './annotations.js';
import { correctionKey, setCorrection, removeCorrection, findCorrection, applyCorrections } from './corrections.js';
import { createHistory } from './history.js';
import { fitToText } from './work-snapshot.js';
import { loadState, saveState } from './store.js';
import { selectedSpan } from './selection.js';
import { explainHighlight, highlightItem } from './explain.js';
import { renderNotes, renderLabels } from './notes-panel.js';
import { confirmDialog, noteDialog, correctionDialog } from './dialogs.js';

const SAVE_PAUSE_MS = 300;
const SAVE_WAIT_MS = 5000;   // the longest a save waits for a rendering
const EMPTY = Object.freeze({ annotations: [], corrections: [] });
const $ = (id) => document.getElementById(id);

const excerpt = (s) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
};
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const editable = (el) => el instanceof Element && el.closest('input, textarea, select, [contenteditable="true"]') != null;

export function createWork({ view, article, setStatus, onStorage, onDocChange, onDiscard, getInputText, getView }) {
  let text = '';   // the text of the document shown (null: unknown, re-attach on the next result)
  // Snapshots record their text: undo and redo re-attach one taken before an
  // edit of the article to the text shown now.
  const history = createHistory(EMPTY, { fit: (snapshot) => fitToText(snapshot, text) });
  let labels = [...DEFAULT_LABELS];
  let rawDoc = null;
  let doc = null;
  let sample = null;
  let nav = null;
  let saveTimer = 0;   // a save is pending while this is set
  let rendered = null;   // the article's latest rendering (a promise)
  const notes = $('notes');
  const undoButton = $('undo');
  const redoButton = $('redo');

  // ---- showing ----

  function spansOfCorrection(c) {
    const out = [{ start: c.start, end: c.end }];
    for (const item of (rawDoc?.quotes ?? []).concat(rawDoc?.claims ?? [])) {
      if (item.start !== c.start || item.end !== c.end) continue;
      if (item.source) out.push(item.source);
      if (item.cue) out.push(item.cue);
    }
    return out;
  }

  // The text ranges whose rendering differs between two states of the work.
  function changedRanges(prev, next) {
    const out = [];
    const ids = (list) => new Map(list.map((a) => [a.id, JSON.stringify(a)]));
    const [a, b] = [ids(prev.annotations), ids(next.annotations)];
    for (const x of prev.annotations) if (a.get(x.id) !== b.get(x.id)) out.push(x);
    for (const y of next.annotations) if (a.get(y.id) !== b.get(y.id)) out.push(y);
    const keyed = (list) => new Map(list.map((c) => [`${c.kind}:${c.start}:${c.end}`, JSON.stringify(c)]));
    const [ca, cb] = [keyed(prev.corrections), keyed(next.corrections)];
    for (const c of prev.corrections.concat(next.corrections)) {
      const k = `${c.kind}:${c.start}:${c.end}`;
      if (ca.get(k) !== cb.get(k)) out.push(...spansOfCorrection(c));
    }
    return out;
  }

  function show(prev, next) {
    updateUndo();
    renderNotesPanel();
    save();
    if (!rawDoc) return;
    doc = applyCorrections(rawDoc, next.corrections);
    view.refresh(text, doc, next.annotations, changedRanges(prev, next));
    onDocChange();
  }

  function commit(next, message) {
    const prev = history.current;
    history.push(next);
    show(prev, next);
    if (message) setStatus(message, 'done');
  }

  function updateUndo() {
    undoButton.disabled = !history.canUndo;
    redoButton.disabled = !history.canRedo;
  }

  function renderNotesPanel() {
    notes.replaceChildren(renderNotes(history.current.annotations));
    $('labels').replaceChildren(renderLabels(labels));
  }

  function undo() {
    const prev = history.current;
    const next = history.undo();
    if (next) {
      show(prev, next);
      setStatus('Undone.', 'done');
    }
  }

  function redo() {
    const prev = history.current;
    const next = history.redo();
    if (next) {
      show(prev, next);
      setStatus('Redone.', 'done');
    }
  }

  // ---- saving ----

  function saveNow() {
    clearTimeout(saveTimer);
    saveTimer = 0;
    const { annotations, corrections } = history.current;
    const problem = saveState({ text: getInputText(), annotations, corrections, labels, view: getView() });
    onStorage(problem);
  }

  // After a pause, and after the rendering in progress: a pasted megabyte's
  // save (megabytes of JSON) would hold up one of its slices.
  function save() {
    clearTimeout(saveTimer);
    const mine = saveTimer = setTimeout(() => {
      const go = () => mine === saveTimer && saveNow();
      Promise.race([rendered, new Promise((ok) => setTimeout(ok, SAVE_WAIT_MS))]).then(go, go);
    }, SAVE_PAUSE_MS);
  }
  // Leaving or hiding the page flushes a pending save.
  const flush = () => saveTimer && saveNow();
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.hidden && flush());

  // ---- focus and reveal ----

  function reveal(el) {
    el.closest('.boilerplate-run.collapsed')?.querySelector('.boilerplate-toggle')?.click();
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }

  function focusOwn(id) {
    const mark = article.querySelector(`mark.own[data-annotation="${CSS.escape(id)}"]:not([data-part])`);
    if (mark) reveal(mark);
  }

  function focusAt(kind, index, start) {
    const sel = `mark[data-index="${index}"]${kind === 'reported' ? '[data-kind="reported"]' : ':is([data-kind="quote"], [data-kind="scare"])'}:not([data-part])`;
    const mark = article.querySelector(sel);
    if (mark) return reveal(mark);
    const s = (doc?.sentences ?? []).findIndex((x) => x.start <= start && start < x.end);
    if (s >= 0) nav?.focusSentence(s);
  }

  // ---- own highlights ----

  async function addHighlight(span) {
    const answer = await noteDialog($('note-dialog'), { excerpt: excerpt(text.slice(span.start, span.end)), labels, label: labels[0] ?? 'verified' });
    if (answer?.action !== 'save') return;
    const a = createAnnotation(text, span.start, span.end, answer.label || 'verified', answer.note);
    if (!a) return;
    const w = history.current;
    commit({ ...w, annotations: addAnnotation(w.annotations, a) }, `Highlight added: ${a.label}.`);
    focusOwn(a.id);
  }

  async function editHighlight(id) {
    const w = history.current;
    const a = w.annotations.find((x) => x.id === id);
    if (!a) return;
    const answer = await noteDialog($('note-dialog'), { excerpt: excerpt(a.exact), labels, label: a.label, note: a.note, editing: true });
    if (answer?.action === 'save') {
      commit({ ...w, annotations: updateAnnotation(w.annotations, id, { label: answer.label, note: answer.note }) }, 'Highlight updated.');
      focusOwn(id);
    } else if (answer?.action === 'delete') {
      deleteHighlight(id);
    }
  }

  function deleteHighlight(id) {
    const w = history.current;
    commit({ ...w, annotations: removeAnnotation(w.annotations, id) }, 'Highlight deleted. Undo brings it back.');
  }

  function highlightSelectionOrSentence() {
    if (!doc) return;
    const span = selectedSpan(article, (i) => doc.paragraphs[i]?.start ?? 0);
    if (span) return addHighlight(span);
    const current = nav?.current;
    if (current != null && doc.sentences[current]) return addHighlight(doc.sentences[current]);
    setStatus('Select some text in the article, or move to a sentence (j/k or a click), then press Highlight.', 'idle');
  }

  // ---- corrections ----

  async function correct(mark) {
    const item = highlightItem(doc, mark);
    const target = item && (item.kind === 'reported' ? item.claim : item.quote);
    if (!target) return;
    const w = history.current;
    const key = correctionKey(text, item.kind, target.start, target.end);
    const existing = findCorrection(w.corrections, item.kind, target.start, target.end);
    const answer = await correctionDialog($('correct-dialog'), {
      lines: explainHighlight(doc, text, mark).filter((l) => l.label !== 'Correct'),
      speakers: (doc.speakers ?? []).map((s) => s.name),
      current: target.speaker != null ? doc.speakers[target.speaker]?.name : '',
      corrected: existing != null,
      canChangeSpeaker: true,
    });
    if (!answer) return;
    let corrections;
    if (answer.action === 'speaker') corrections = setCorrection(w.corrections, key, { speaker: answer.name });
    else if (answer.action === 'dismiss') corrections = setCorrection(w.corrections, key, { dismissed: true });
    else corrections = removeCorrection(w.corrections, key);
    const message = { speaker: `Speaker set to ${answer.name}.`, dismiss: 'Highlight dismissed. Undo brings it back.', restore: 'Machine result restored.' }[answer.action];
    commit({ ...w, corrections }, message);
    focusAt(item.kind, item.index, target.start);
  }

  // ---- events ----

  const activate = (mark) => {
    const para = mark.closest('[data-paragraph]');
    if (!doc || !para || view.paragraphElement(Number(para.dataset.paragraph)) !== para) return;
    if (mark.dataset.kind === 'own') editHighlight(mark.dataset.annotation);
    else correct(mark);
  };
  article.addEventListener('click', (e) => {
    const mark = e.target instanceof Element ? e.target.closest('mark[data-kind]') : null;
    if (mark && document.getSelection()?.isCollapsed) activate(mark);
  });
  article.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target instanceof Element && e.target.matches('mark[data-kind]')) {
      e.preventDefault();
      activate(e.target);
    }
  });
  $('add-highlight').addEventListener('click', highlightSelectionOrSentence);
  undoButton.addEventListener('click', undo);
  redoButton.addEventListener('click', redo);
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || editable(e.target) || document.querySelector('dialog[open]')) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) undo();
    else if ((k === 'z' && e.shiftKey) || k === 'y') redo();
    else return;
    e.preventDefault();
  });
  notes.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest('button[data-action]') : null;
    if (!b) return;
    if (b.dataset.action === 'go') focusOwn(b.dataset.annotation);
    if (b.dataset.action === 'edit') editHighlight(b.dataset.annotation);
    if (b.dataset.action === 'delete') deleteHighlight(b.dataset.annotation);
  });
  const addLabel = () => {
    const box = $('new-label');
    const l = box.value.trim();
    if (l && !labels.includes(l)) labels = labels.concat([l]);
    box.value = '';
    renderNotesPanel();
    save();
  };
  $('add-label').addEventListener('click', addLabel);
  $('new-label').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addLabel();
    }
  });
  $('labels').addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest('button[data-action="remove-label"]') : null;
    if (!b || labels.length <= 1) return;
    labels = labels.filter((l) => l !== b.dataset.label);
    renderNotesPanel();
    save();
  });
  $('new-article').addEventListener('click', async () => {
    const w = history.current;
    const input = getInputText();
    const hasWork = w.annotations.length > 0 || w.corrections.length > 0 || (input.trim() !== '' && input !== sample);
    if (hasWork) {
      const lost = ['the article text'];
      if (w.annotations.length) lost.push(plural(w.annotations.length, 'highlight'));
      if (w.corrections.length) lost.push(plural(w.corrections.length, 'correction'));
      if (!(await confirmDialog($('confirm-dialog'), `This discards ${lost.join(', ')}. It cannot be undone.`))) return;
    }
    history.reset(EMPTY);
    text = '';
    rawDoc = null;
    doc = null;
    view.clear();
    onDiscard();
    updateUndo();
    renderNotesPanel();
    saveNow();
  });
  renderNotesPanel();

  return {
    get doc() { return doc; },
    get text() { return text; },
    get annotations() { return history.current.annotations; },
    setNav(n) { nav = n; },
    setSample(s) { sample = s; },
    reveal,
    save,
    highlightSentence(i) {
      if (doc?.sentences[i]) addHighlight(doc.sentences[i]);
    },
    /** Shows a new annotation result; resolves false if a newer one replaced it. */
    async showResult(newText, newDoc) {
      if (newText !== text) {
        // Highlights and corrections follow their text into the new version;
        // the undo history stays (its snapshots re-attach when they come back).
        history.replace(fitToText(history.current, newText));
      }
      text = newText;
      rawDoc = newDoc;
      doc = applyCorrections(rawDoc, history.current.corrections);
      renderNotesPanel();
      const rendering = rendered = view.render(text, doc, history.current.annotations);
      // The panels start after the next frame: that frame shows the article
      // (a short one whole, a long one's first slice) without waiting for
      // the Speakers and Claims lists, and without laying them out too.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      if (rawDoc === newDoc) onDocChange();
      return rendering;
    },
    /** The work as plain data: {annotations, corrections, labels}. */
    snapshot() {
      const { annotations, corrections } = history.current;
      return { annotations, corrections, labels: [...labels] };
    },
    /**
     * Replaces the work with another (an opened link or an imported file;
     * already validated). Offsets are for the text about to be annotated:
     * the next result re-attaches them, orphans included.
     */
    replace({ annotations, corrections, labels: newLabels }) {
      history.reset({ annotations, corrections });
      if (Array.isArray(newLabels) && newLabels.length) labels = [...newLabels];
      text = null;
      // The old article's rendering would show the new work at old positions.
      rawDoc = null;
      doc = null;
      view.clear();
      updateUndo();
      renderNotesPanel();
      save();
    },
    /** Loads saved work; returns the saved state ({text, view}) or null. */
    restore() {
      const { state, error } = loadState();
      if (error) onStorage(error);
      if (!state) return null;
      const corrections = Array.isArray(state.corrections) ? state.corrections.filter((c) => c && typeof c.exact === 'string' && typeof c.kind === 'string') : [];
      history.reset({ annotations: sanitizeAnnotations(state.annotations), corrections });
      if (Array.isArray(state.labels) && state.labels.length && state.labels.every((l) => typeof l === 'string')) labels = state.labels;
      // The saved offsets are for the text last annotated, which may differ
      // from the saved box text: the first result re-attaches them.
      text = null;
      renderNotesPanel();
      return state;
    },
  };
}
