// The page's pure models, in Node: own highlights, corrections, undo
// history and the saved state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnotation, addAnnotation, reattach, sanitizeAnnotations } from '../../web/annotations.js';
import { correctionKey, setCorrection, removeCorrection, applyCorrections, reattachCorrections } from '../../web/corrections.js';
import { createHistory } from '../../web/history.js';
import { fitToText } from '../../web/work-snapshot.js';
import { removeAnnotation } from '../../web/annotations.js';
import { loadState, saveState } from '../../web/store.js';

const span = (text, needle) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

test('a highlight is trimmed of spaces and follows its words into an edited text', () => {
  const text = 'The mayor said the bridge opens in May.  Traffic will be light.';
  const a = createAnnotation(text, 39, 63, 'disputed', 'check');
  assert.equal(a.exact, 'Traffic will be light.');
  assert.equal(createAnnotation(text, 39, 41, 'x'), null, 'only spaces: nothing');
  const edited = `Update.\n${text}`;
  const [moved] = reattach([a], edited);
  assert.equal(edited.slice(moved.start, moved.end), 'Traffic will be light.');
  const [gone] = reattach([a], 'Another text altogether.');
  assert.equal(gone.orphan, true);
  const [back] = reattach([gone], edited);
  assert.equal(back.orphan, undefined, 'found again: no longer an orphan');
  const list = addAnnotation(addAnnotation([], a), createAnnotation(text, 0, 9, 'verified'));
  assert.deepEqual(list.map((x) => x.exact), ['The mayor', 'Traffic will be light.'], 'kept in reading order');
  assert.deepEqual(sanitizeAnnotations([null, { id: 1 }, a, { ...a, note: 5 }]).map((x) => x.note), ['check', '']);
});

function quoteDoc() {
  const text = '“We are ready,” said Ana Ortiz. Critics called it a “stunt”. Ortiz said costs may rise.';
  const q0 = span(text, '“We are ready,”');
  const q1 = span(text, '“stunt”');
  const rep = span(text, 'costs may rise');
  const doc = {
    paragraphs: [{ start: 0, end: text.length, role: 'body' }],
    sentences: [],
    quotes: [
      { ...q0, speaker: 0, source: span(text, 'Ana Ortiz'), cue: span(text, 'said'), scare: false },
      { ...q1, speaker: null, source: null, cue: null, scare: true },
    ],
    claims: [
      { ...q0, kind: 'quote', speaker: 0, quote: 0, hedged: false, hedge: null },
      { ...rep, kind: 'reported', speaker: 0, quote: null, hedged: true, hedge: span(text, 'may') },
    ],
    speakers: [{ name: 'Ana Ortiz', aliases: ['Ortiz'], mentions: [] }],
  };
  return { text, doc, q0, q1, rep };
}

test('corrections: a new speaker, a known alias, a dismissal, an attributed scare quote, a restore', () => {
  const { text, doc, q0, q1, rep } = quoteDoc();
  let list = setCorrection([], correctionKey(text, 'quote', q0.start, q0.end), { speaker: 'Ben Wu' });
  let seen = applyCorrections(doc, list);
  assert.equal(seen.speakers[seen.quotes[0].speaker].name, 'Ben Wu');
  assert.equal(seen.claims[0].speaker, seen.quotes[0].speaker, 'the quotation claim follows its quote');
  assert.equal(doc.speakers.length, 1, 'the machine document is untouched');

  list = setCorrection(list, correctionKey(text, 'scare', q1.start, q1.end), { speaker: 'ortiz' });
  seen = applyCorrections(doc, list);
  assert.equal(seen.quotes[1].scare, false);
  assert.equal(seen.quotes[1].speaker, 0, 'an alias names the known speaker');
  assert.deepEqual(seen.claims.map((c) => c.kind), ['quote', 'quote', 'reported'], 'the scare quote became a claim, in reading order');

  list = setCorrection(list, correctionKey(text, 'reported', rep.start, rep.end), { dismissed: true });
  seen = applyCorrections(doc, list);
  assert.equal(seen.claims.some((c) => c.kind === 'reported'), false);

  list = removeCorrection(list, correctionKey(text, 'quote', q0.start, q0.end));
  seen = applyCorrections(doc, list);
  assert.equal(seen.speakers[seen.quotes[0].speaker].name, 'Ana Ortiz', 'restored');

  const moved = reattachCorrections(list, `Breaking.\n${text}`);
  assert.ok(moved.every((c) => !c.orphan && `Breaking.\n${text}`.slice(c.start, c.end) === c.exact));
});

test('undo and redo walk the snapshots; a new step clears the redo side', () => {
  const h = createHistory('a');
  h.push('b');
  h.push('c');
  assert.equal(h.undo(), 'b');
  assert.equal(h.undo(), 'a');
  assert.equal(h.undo(), null);
  assert.equal(h.redo(), 'b');
  h.push('d');
  assert.equal(h.canRedo, false);
  assert.equal(h.current, 'd');
  h.reset('z');
  assert.equal(h.canUndo, false);
});

test('undo and redo survive an edit of the text: snapshots re-attach to the text shown now', () => {
  const before = 'The council met. The mayor said the bridge opens in May. The mayor said the bridge opens in May. Rain fell.';
  let text = before;
  const h = createHistory({ text, annotations: [], corrections: [] }, { fit: (s) => fitToText(s, text) });
  // The second of two identical sentences, so only its position tells them apart.
  const second = before.lastIndexOf('The mayor said');
  const a = createAnnotation(before, second, second + 'The mayor said the bridge opens in May.'.length, 'disputed');
  const key = correctionKey(before, 'quote', before.indexOf('Rain'), before.length);
  h.push({ ...h.current, annotations: addAnnotation([], a) });
  h.push({ ...h.current, corrections: setCorrection([], key, { dismissed: true }) });
  h.push({ ...h.current, annotations: removeAnnotation(h.current.annotations, a.id) });

  // The reader edits the text elsewhere (before the highlight); the page re-attaches the present.
  text = `Breaking: an update.\n${before.replace('met.', 'met on Monday.')}`;
  h.replace(fitToText(h.current, text));
  assert.equal(h.current.corrections[0].start, text.indexOf('Rain'));

  const back = h.undo();
  assert.equal(back.text, text);
  assert.equal(back.annotations.length, 1, 'the deleted highlight is back');
  const [again] = back.annotations;
  assert.equal(again.id, a.id);
  assert.equal(again.start, text.lastIndexOf('The mayor said'), 'on the second sentence, as before');
  assert.equal(text.slice(again.start, again.end), 'The mayor said the bridge opens in May.');
  assert.equal(back.corrections[0].start, text.indexOf('Rain'));

  assert.equal(h.undo().corrections.length, 0);
  const first = h.undo();
  assert.deepEqual(first.annotations, []);
  assert.equal(first.text, text);
  // Redo walks forward again, each step fitted to the current text.
  assert.equal(h.redo().annotations[0].start, text.lastIndexOf('The mayor said'));
  assert.equal(h.redo().corrections[0].start, text.indexOf('Rain'));
  assert.deepEqual(h.redo().annotations, []);
  assert.equal(h.canRedo, false);

  // A snapshot already on the current text comes back as it is.
  const same = { text, annotations: [], corrections: [] };
  assert.equal(fitToText(same, text), same);
  // Words that are gone leave the highlight an orphan, still listed.
  const gone = fitToText({ text: before, annotations: [a], corrections: [] }, 'Something else entirely.');
  assert.equal(gone.annotations[0].orphan, true);
});

test('the saved state is versioned; a full or missing storage is an error message, never silence', () => {
  const saved = new Map();
  globalThis.localStorage = { getItem: (k) => saved.get(k) ?? null, setItem: (k, v) => saved.set(k, v), removeItem: (k) => saved.delete(k) };
  assert.equal(saveState({ text: 'Hi.', annotations: [], corrections: [] }), null);
  assert.deepEqual(loadState(), { state: { v: 1, text: 'Hi.', annotations: [], corrections: [] } });
  saved.set('claimscope.state', '{"v":99,"text":""}');
  assert.match(loadState().error, /unknown format/);
  saved.set('claimscope.state', '{not json');
  assert.match(loadState().error, /damaged/);
  globalThis.localStorage.setItem = () => { throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' }); };
  assert.match(saveState({ text: 'x' }), /storage is full/);
  delete globalThis.localStorage;
  assert.match(saveState({ text: 'x' }), /not available/);
  assert.match(loadState().error, /not available/);
});
