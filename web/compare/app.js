// The compare page: several versions of one story in, the claims they share,
// alter or leave out. State {articles: [{name, text}], view: {hideUnique}}
// is saved locally (store.js) and travels in "Copy comparison link" links
// (share-codec.js, state {kind: 'compare', articles, view}). The comparison
// itself runs in a worker (worker.js).
import { encodeShare, decodeShare, isShareFragment, ShareLinkError } from '../share-codec.js';
import { loadCompareState, saveCompareState, validArticles } from './store.js';
import { renderSources } from './sources.js';
import { matrixRows, sourceSummary } from './model.js';
import { renderMatrix, renderSummary, renderVariants } from './views.js';

const RUN_DELAY_MS = 600;
const $ = (id) => document.getElementById(id);

let state = { articles: [], view: { hideUnique: false } };
let result = null;          // the latest comparison, for the articles it was run on
let resultArticles = null;
let timer = 0;
let runId = 0;
let pending = null;         // the articles of the newest run
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });

function setStatus(kind, text) {
  const s = $('compare-status');
  s.dataset.state = kind;
  s.textContent = text;
}

function showNotice(text) {
  const n = $('compare-notice');
  n.textContent = text ?? '';
  n.hidden = !text;
}

function save() {
  const error = saveCompareState(state);
  $('storage-note').textContent = error ? `Not saved: ${error}.` : '';
}

function blankArticle() {
  const used = new Set(state.articles.map((a) => a.name));
  let n = state.articles.length + 1;
  while (used.has(`Source ${n}`)) n++;
  return { name: `Source ${n}`, text: '' };
}

function drawSources() {
  renderSources($('sources'), state.articles, {
    rename(i, name) {
      state.articles[i].name = name;
      save();
      drawResult();
    },
    edit(i, text) {
      state.articles[i].text = text;
      save();
      schedule();
    },
    remove(i) {
      const name = state.articles[i].name || `Source ${i + 1}`;
      state.articles.splice(i, 1);
      save();
      drawSources();
      setStatus('idle', `Removed ${name}.`);
      schedule(0);
      ($('sources').querySelector('textarea') ?? $('add-source')).focus();
    },
  });
  $('source-count').textContent = `${state.articles.length} source${state.articles.length === 1 ? '' : 's'}`;
}

function schedule(delay = RUN_DELAY_MS) {
  clearTimeout(timer);
  timer = setTimeout(run, delay);
}

function run() {
  clearTimeout(timer);
  const articles = state.articles.map((a, i) => ({ name: a.name || `Source ${i + 1}`, text: a.text }));
  const filled = articles.filter((a) => a.text.trim()).length;
  if (filled < 2) {
    result = null;
    drawResult();
    setStatus('idle', 'Paste at least two versions of a story to compare them.');
    return;
  }
  const id = ++runId;
  pending = articles;
  setStatus('running', `Comparing ${articles.length} sources…`);
  worker.postMessage({ id, articles });
}

worker.onmessage = (event) => {
  const msg = event.data;
  if (msg.id !== runId) return; // a newer run is on its way
  if (msg.error) {
    setStatus('error', `Comparison failed: ${msg.error}`);
    return;
  }
  result = msg.result;
  resultArticles = pending;
  drawResult();
  const shared = result.clusters.filter((c) => !c.unique).length;
  const n = resultArticles.length;
  setStatus('done', `Compared ${n} sources: ${shared} claims in more than one source, ${result.clusters.length - shared} in one only.`);
};
worker.onerror = () => setStatus('error', 'The comparison could not start: this browser could not load the engine.');

function drawResult() {
  const outputs = [$('matrix'), $('variants'), $('summary')];
  if (!result || !resultArticles || resultArticles.length !== state.articles.length) {
    for (const o of outputs) o.replaceChildren();
    $('results').hidden = true;
    return;
  }
  // Names may change without a new run; texts are the ones compared.
  const articles = resultArticles.map((a, i) => ({ name: state.articles[i].name || `Source ${i + 1}`, text: a.text }));
  const rows = matrixRows(result, articles);
  $('matrix').replaceChildren(renderMatrix(rows, articles, state.view));
  $('variants').replaceChildren(renderVariants(result, rows, articles));
  $('summary').replaceChildren(renderSummary(sourceSummary(result, articles)));
  $('results').hidden = false;
}

async function copyLink() {
  try {
    const fragment = await encodeShare({ kind: 'compare', articles: state.articles, view: state.view });
    const link = `${location.origin}${location.pathname}#${fragment}`;
    const field = $('share-link');
    field.value = link;
    field.hidden = false;
    $('share-link-label').hidden = false;
    try {
      await navigator.clipboard.writeText(link);
      setStatus('done', 'Comparison link copied. Anyone who opens it sees these sources, compared in their own browser.');
    } catch {
      field.select();
      setStatus('done', 'Copy the comparison link from the box below.');
    }
  } catch (err) {
    setStatus('error', err instanceof ShareLinkError ? err.message : `The link could not be made: ${err.message ?? err}`);
  }
}

async function restore() {
  if (isShareFragment(location.hash)) {
    try {
      const shared = await decodeShare(location.hash, { compare: true });
      if (!shared || shared.kind !== 'compare' || !validArticles(shared.articles)) {
        throw new ShareLinkError('unsupported', 'This link is not a comparison: open it on the single-article page.');
      }
      state = { articles: shared.articles, view: { hideUnique: Boolean(shared.view?.hideUnique) } };
      save();
      history.replaceState(null, '', location.pathname + location.search);
      showNotice(`Opened a shared comparison of ${state.articles.length} sources. It is now saved in this browser.`);
      return;
    } catch (err) {
      showNotice(err instanceof ShareLinkError ? err.message : `This link could not be opened: ${err.message ?? err}`);
      $('compare-notice').dataset.kind = 'error';
    }
  }
  const saved = loadCompareState();
  if (saved.error) $('storage-note').textContent = `Not restored: ${saved.error}.`;
  if (saved.state) state = saved.state;
  while (state.articles.length < 2) state.articles.push(blankArticle());
}

async function main() {
  await restore();
  drawSources();
  $('hide-unique').checked = Boolean(state.view.hideUnique);
  $('add-source').addEventListener('click', () => {
    state.articles.push(blankArticle());
    save();
    drawSources();
    const boxes = $('sources').querySelectorAll('.source-name');
    boxes[boxes.length - 1].focus();
  });
  $('run-compare').addEventListener('click', () => run());
  $('copy-link').addEventListener('click', () => copyLink());
  $('hide-unique').addEventListener('change', () => {
    state.view.hideUnique = $('hide-unique').checked;
    save();
    drawResult();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
  });
  run();
}

main();
