// The page: sends the text to the annotation worker, renders the newest
// result, and keeps the status line honest (working, done, or the error).
import { renderArticle, renderSpeakers, summarize } from './render.js';
import { attachCard } from './card.js';

const TYPING_PAUSE_MS = 500;
const PASTE_PAUSE_MS = 50;

const input = document.getElementById('article-text');
const button = document.getElementById('annotate');
const status = document.getElementById('status');
const article = document.getElementById('article');
const speakers = document.getElementById('speakers');
const descriptions = document.getElementById('descriptions');
const card = document.getElementById('card');
const showSentences = document.getElementById('show-sentences');

let worker = null;
let lastId = 0;       // id of the newest request; older answers are stale
let sentText = '';    // the text of the newest request: the one its answer annotates
let timer = 0;

function setStatus(text, state) {
  status.textContent = text;
  status.dataset.state = state;
  document.body.classList.toggle('working', state === 'working');
  article.setAttribute('aria-busy', state === 'working' ? 'true' : 'false');
}

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (event) => onResult(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    // The worker itself failed (e.g. the module did not load): start a fresh one next time.
    worker.terminate();
    worker = null;
    setStatus(`Error: the annotator could not start${event.message ? ` (${event.message})` : ''}.`, 'error');
  };
}

function requestAnnotation() {
  clearTimeout(timer);
  if (!worker) startWorker();
  const id = ++lastId;
  setStatus('Working…', 'working');
  sentText = input.value;
  worker.postMessage({ id, text: sentText });
}

function onResult({ id, doc, error, ms }) {
  if (id !== lastId) return;   // a newer request is on its way
  if (error) {
    setStatus(`Error: ${error}`, 'error');
    return;
  }
  const { article: content, descriptions: descs } = renderArticle(sentText, doc);
  article.replaceChildren(content);
  article.classList.remove('spotlight');   // the new speaker list starts with nobody pressed
  descriptions.replaceChildren(descs);
  speakers.replaceChildren(renderSpeakers(doc));
  const warnings = doc.warnings?.length ? ` Note: ${doc.warnings.join(' ')}` : '';
  const time = typeof ms === 'number' ? ` in ${Math.max(1, Math.round(ms))} ms` : '';
  setStatus(`Annotated${time}: ${summarize(doc)}.${warnings}`, 'done');
}

function schedule(delay) {
  clearTimeout(timer);
  timer = setTimeout(requestAnnotation, delay);
}

// Spotlight: pressing a speaker in the panel marks that speaker's highlights.
speakers.addEventListener('click', (e) => {
  const pressed = e.target instanceof Element ? e.target.closest('button[data-speaker]') : null;
  if (!pressed) return;
  const on = pressed.getAttribute('aria-pressed') !== 'true';
  for (const b of speakers.querySelectorAll('button[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  pressed.setAttribute('aria-pressed', String(on));
  const who = pressed.dataset.speaker;
  article.classList.toggle('spotlight', on);
  for (const el of article.querySelectorAll('.lit')) el.classList.remove('lit');
  if (on) for (const el of article.querySelectorAll(`[data-speaker="${who}"]`)) el.classList.add('lit');
});

button.addEventListener('click', requestAnnotation);
showSentences.addEventListener('change', () => article.classList.toggle('show-sentences', showSentences.checked));
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    requestAnnotation();
  }
});
input.addEventListener('paste', () => schedule(PASTE_PAUSE_MS));
input.addEventListener('input', (e) => {
  if (e.inputType !== 'insertFromPaste') schedule(TYPING_PAUSE_MS);
});
attachCard(article, card);

async function loadSample() {
  try {
    const res = await fetch('sample-article.txt');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    // Keep what the user may have typed while the sample was loading.
    if (input.value === '') input.value = await res.text();
  } catch (err) {
    setStatus(`The sample article could not be loaded (${err.message}); paste an article instead.`, 'error');
    return;
  }
  requestAnnotation();
}

loadSample();
