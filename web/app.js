// The page: sends the text to the annotation worker, renders the newest
// result progressively, keeps the status line honest (working, done, or the
// error), and wires the panels. The user's own work (highlights,
// corrections, undo, saving) lives in work.js.
import { renderSpeakers, summarize } from './render.js';
import { attachCard } from './card.js';
import { createArticleView } from './view.js';
import { createHighlightLayers } from './highlight-layers.js';
import { attachLegend } from './legend.js';
import { fillClaims, filterClaims, claimMarkSelector } from './claims-panel.js';
import { explainHighlight } from './explain.js';
import { attachSentenceNav } from './sentence-nav.js';
import { createWork } from './work.js';
import { receive } from './doc-chunks.js';
import { createSharing } from './share-wiring.js';
import { newWorker, compiledWasm, sampleText, maxMemoryBytes } from './boot.js';
import { annotateFirstHere } from './first-here.js';

const TYPING_PAUSE_MS = 500;
const PASTE_PAUSE_MS = 50;
// A pasted (or restored) text longer than this folds the box away behind a
// button: a text box lays out all of its text, which for a 1 MB article is
// one frame of a quarter of a second; the article below shows the text anyway.
const FOLD_CHARS = 100_000;

const $ = (id) => document.getElementById(id);
const input = $('article-text');
const status = $('status');
const progress = $('render-progress');
const article = $('article');
const speakers = $('speakers');
const claimsBox = $('claims');
const showSentences = $('show-sentences');
const showText = $('show-text');

let worker = null;
let lastId = 0;       // id of the newest request; older answers are stale
let sentText = '';    // the text of the newest request: the one its answer annotates
let timer = 0;
let storageProblem = null;
let pendingSpeaker = null;   // a shared view's chosen speaker, pressed once its result is shown

function setStatus(text, state) {
  const problem = storageProblem && state !== 'working' ? ` Not saved: ${storageProblem}.` : '';
  status.textContent = text + problem;
  status.dataset.state = problem && state === 'done' ? 'error' : state;
  // Only on a change: rewriting the same attribute on the article still costs
  // the browser a pass over it, once per progress update.
  const busy = state === 'working' ? 'true' : 'false';
  if (article.getAttribute('aria-busy') !== busy) {
    document.body.classList.toggle('working', state === 'working');
    article.setAttribute('aria-busy', busy);
  }
}

const layers = createHighlightLayers();
if (layers) article.classList.add('hl-api');
const view = createArticleView({
  article,
  descriptions: $('descriptions'),
  layers,
  onProgress(done, total) {
    const unfinished = done < total;
    progress.hidden = !unfinished;
    if (unfinished) {
      progress.value = Math.round((100 * done) / total);
      setStatus(`Rendering… ${progress.value}%`, 'working');
    }
  },
});

const work = createWork({
  view,
  article,
  setStatus,
  onStorage(problem) {
    const changed = problem !== storageProblem;
    storageProblem = problem;
    if (changed && problem) setStatus(`Error: ${problem}.`, 'error');
  },
  onDocChange: () => renderPanels(),
  onDiscard() {
    clearTimeout(timer);
    lastId++;   // an answer still on its way is for the discarded text
    input.value = '';
    fold(false);
    speakers.replaceChildren(noneNote('No speakers yet.'));
    claimsBox.replaceChildren(noneNote('No claims yet.'));
    setStatus('Ready for a new article: paste it above.', 'idle');
    input.focus();
  },
  getInputText: () => input.value,
  getView: () => ({ layers: legend.visibility, sentences: showSentences.checked }),
});

const legend = attachLegend($('legend-heading').parentElement, article, layers, () => work.save());
const nav = attachSentenceNav(article, { onActivate: (i) => work.highlightSentence(i) });
work.setNav(nav);

function fold(on, length = input.value.length) {
  const focused = document.activeElement === input;
  input.classList.toggle('folded', on);
  showText.hidden = !on;
  if (!on) return;
  showText.textContent = `Show the article text (${length.toLocaleString('en')} characters, folded to keep the page quick)`;
  if (focused) showText.focus();
}
showText.addEventListener('click', () => {
  fold(false);
  input.focus();
});

function noneNote(text) {
  const p = document.createElement('p');
  p.className = 'none';
  p.textContent = text;
  return p;
}

function startWorker() {
  worker = newWorker();
  worker.onmessage = async (event) => {
    const answer = await receive(event.data, () => lastId);
    if (answer) onResult(answer);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    // The worker itself failed (e.g. the module did not load): start a fresh one next time.
    worker.terminate();
    worker = null;
    setStatus(`Error: the annotator could not start${event.message ? ` (${event.message})` : ''}.`, 'error');
  };
}

/** Sends the box's text for annotation; options.here: the page may answer it itself (the sample, at start-up). */
function requestAnnotation({ here = false } = {}) {
  clearTimeout(timer);
  const id = ++lastId;
  setStatus('Working…', 'working');
  sentText = input.value;
  performance.clearMarks('claimscope:request');   // for bench/page-bench.mjs: the paste's own work ends here
  performance.mark('claimscope:request');
  // Every request carries the module boot.js compiled (or null): a worker
  // starting afresh instantiates it instead of downloading and compiling
  // its own. Callbacks on one promise run in order, so requests stay in order.
  const message = { id, text: sentText, maxMemoryBytes };
  // The sample at start-up may be answered here (first-here.js); every
  // other request, and one it declines, goes to the worker. Then the worker
  // starts once that answer is on the page: starting it sooner would take
  // CPU time from the first annotation and its render (on a busy machine,
  // most of their time).
  const answerHere = here ? annotateFirstHere(sentText) : Promise.resolve(null);
  answerHere.then((answer) => {
    if (answer) {
      onResult({ id, ...answer }).finally(() => {
        if (!worker) startWorker();
      });
      return;
    }
    if (!worker) startWorker();
    const target = worker;
    compiledWasm.then((wasm) => target.postMessage({ ...message, wasm }));
  });
}

async function onResult({ id, doc, error, ms }) {
  if (id !== lastId) return;   // a newer request is on its way
  if (error) {
    setStatus(`Error: ${error}`, 'error');
    return;
  }
  article.classList.remove('spotlight');   // the new speaker list starts with nobody pressed
  legend.showAvailable(doc);
  const finished = await work.showResult(sentText, doc);
  if (!finished || id !== lastId) return;
  const warnings = doc.warnings?.length ? ` Note: ${doc.warnings.join(' ')}` : '';
  const time = typeof ms === 'number' ? ` in ${Math.max(1, Math.round(ms))} ms` : '';
  setStatus(`Annotated${time}: ${summarize(work.doc)}.${warnings}`, 'done');
  if (pendingSpeaker != null) {
    const i = work.doc.speakers.findIndex((s) => s.name === pendingSpeaker);
    pendingSpeaker = null;
    if (i >= 0) spotlight(speakers.querySelector(`button[data-speaker="${i}"]`), true);
  }
  sharing.afterResult(work.text);
}

// The side panels follow the document as the user sees it (corrections applied).
function renderPanels() {
  const doc = work.doc;
  if (!doc) return;
  const pressed = speakers.querySelector('button[aria-pressed="true"]')?.dataset.speaker ?? null;
  speakers.replaceChildren(renderSpeakers(doc));
  fillClaims(claimsBox, doc, work.text, pressed);
  if (pressed != null) spotlight(speakers.querySelector(`button[data-speaker="${pressed}"]`), true, false);
  else {
    article.classList.remove('spotlight');
    layers?.dim([]);
  }
}

function schedule(delay) {
  clearTimeout(timer);
  timer = setTimeout(requestAnnotation, delay);
}

// Spotlight: pressing a speaker shows only that speaker's claims, in the
// article (others dimmed) and in the Claims list, and scrolls to the first.
function spotlight(button, on, scroll = true) {
  if (!button) return;
  for (const b of speakers.querySelectorAll('button[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-pressed', String(on));
  const who = button.dataset.speaker;
  article.classList.toggle('spotlight', on);
  for (const el of article.querySelectorAll('.lit')) el.classList.remove('lit');
  filterClaims(claimsBox, on ? who : null);
  layers?.dim(on ? article.querySelectorAll(`mark:not(.own):not([data-speakers~="${who}"])`) : []);
  if (!on) return;
  for (const el of article.querySelectorAll(`mark[data-speakers~="${who}"]`)) el.classList.add('lit');
  if (scroll) article.querySelector('mark.lit')?.scrollIntoView({ block: 'center' });
}

speakers.addEventListener('click', (e) => {
  const pressed = e.target instanceof Element ? e.target.closest('button[data-speaker]') : null;
  if (pressed) spotlight(pressed, pressed.getAttribute('aria-pressed') !== 'true');
});

claimsBox.addEventListener('click', (e) => {
  const button = e.target instanceof Element ? e.target.closest('button[data-claim]') : null;
  if (!button || !work.doc) return;
  const i = Number(button.dataset.claim);
  const mark = article.querySelector(claimMarkSelector(work.doc.claims[i], i));
  if (mark) work.reveal(mark);
});

$('annotate').addEventListener('click', requestAnnotation);
showSentences.addEventListener('change', () => {
  article.classList.toggle('show-sentences', showSentences.checked);
  work.save();
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    requestAnnotation();
  }
});
input.addEventListener('paste', () => schedule(PASTE_PAUSE_MS));
input.addEventListener('input', (e) => {
  if (e.inputType === 'insertFromPaste') fold(input.value.length > FOLD_CHARS);
  else schedule(TYPING_PAUSE_MS);
  work.save();
});

// The card explains highlights of the current rendering (tests may render
// other documents by hand: those get their own data-label).
attachCard(article, $('card'), (el) => {
  const para = el.closest('[data-paragraph]');
  if (!work.doc || !para || view.paragraphElement(Number(para.dataset.paragraph)) !== para) return null;
  return explainHighlight(work.doc, work.text, el, work.annotations);
});

// Share links, exports and imports (share-wiring.js) see the page through these.
const sharing = createSharing({
  work,
  article,
  get inputText() { return input.value; },
  get speaker() {
    const b = speakers.querySelector('button[aria-pressed="true"]');
    return b ? work.doc?.speakers[Number(b.dataset.speaker)]?.name ?? null : null;
  },
  getView: () => ({ layers: legend.visibility, sentences: showSentences.checked }),
  /** Shows a whole state (a link or a file): text, work, layers, sentences, speaker. */
  show(state, { annotate = true } = {}) {
    clearTimeout(timer);
    lastId++;   // an answer on its way is for the text being replaced
    work.replace(state);
    fold(state.text.length > FOLD_CHARS, state.text.length);
    input.value = state.text;
    legend.visibility = state.view?.layers;
    if (state.view?.sentences != null) {
      showSentences.checked = state.view.sentences === true;
      article.classList.toggle('show-sentences', showSentences.checked);
    }
    pendingSpeaker = state.view?.speaker ?? null;
    speakers.replaceChildren(noneNote('No speakers yet.'));
    claimsBox.replaceChildren(noneNote('No claims yet.'));
    if (annotate && state.text.trim() !== '') requestAnnotation();
    else setStatus('Ready: paste the article above.', 'idle');
  },
});

async function loadSample() {
  let sample;
  try {
    sample = await sampleText();
    work.setSample(sample);
    sharing.setSample(sample);
    // Keep what the user may have typed while the sample was loading.
    if (input.value === '') input.value = sample;
  } catch (err) {
    setStatus(`The sample article could not be loaded (${err.message}); paste an article instead.`, 'error');
    return;
  }
  requestAnnotation({ here: input.value === sample });
}

const restored = work.restore();
// Saved work or a shared link will need the worker at once; the sample does
// not (requestAnnotation: the page annotates it itself).
if (restored || location.hash.length > 1) startWorker();
if (restored) {
  // Fold first, so the box never lays out a long restored text.
  fold(restored.text.length > FOLD_CHARS, restored.text.length);
  input.value = restored.text;
  legend.visibility = restored.view?.layers;
  showSentences.checked = restored.view?.sentences === true;
  article.classList.toggle('show-sentences', showSentences.checked);
}
// A shared link in the address takes the place of the saved work, if the reader agrees.
sharing.openLink(location.hash).then((opened) => {
  if (opened) return;
  if (!restored) loadSample();
  else if (restored.text.trim() !== '') requestAnnotation();
  else setStatus('Ready: paste an article above.', 'idle');
});
addEventListener('hashchange', () => sharing.openLink(location.hash));
