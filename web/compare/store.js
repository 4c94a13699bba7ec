// Saves and restores the comparison (its articles and view) in localStorage
// as a versioned record {v: 1, articles: [{name, text}], view}. Errors are
// returned, never swallowed, so the page can say why work is not kept.
const KEY = 'claimscope.compare';
export const COMPARE_STATE_VERSION = 1;

function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // access itself throws when storage is disabled
  }
}

/** True when `articles` is a list of {name, text} strings. */
export function validArticles(articles) {
  return Array.isArray(articles) && articles.every((a) => a && typeof a.name === 'string' && typeof a.text === 'string');
}

/** Returns {state} (null when nothing is saved) or {state: null, error}. */
export function loadCompareState() {
  const s = storage();
  if (!s) return { state: null, error: 'browser storage is not available, so the comparison will not be kept after reload' };
  let raw;
  try {
    raw = s.getItem(KEY);
  } catch (err) {
    return { state: null, error: `the saved comparison could not be read (${err.message})` };
  }
  if (raw == null) return { state: null };
  try {
    const state = JSON.parse(raw);
    if (!state || state.v !== COMPARE_STATE_VERSION || !validArticles(state.articles)) {
      return { state: null, error: 'the saved comparison is in an unknown format and was not restored' };
    }
    return { state: { articles: state.articles, view: state.view ?? {} } };
  } catch {
    return { state: null, error: 'the saved comparison was damaged and could not be restored' };
  }
}

/** Saves {articles, view}; returns null or an error message. */
export function saveCompareState({ articles, view }) {
  const s = storage();
  if (!s) return 'browser storage is not available, so the comparison will not be kept after reload';
  try {
    s.setItem(KEY, JSON.stringify({ v: COMPARE_STATE_VERSION, articles, view }));
    return null;
  } catch (err) {
    const full = err && (err.name === 'QuotaExceededError' || err.code === 22);
    return full ? 'browser storage is full, so the latest changes are not saved' : `the comparison could not be saved (${err?.message ?? err})`;
  }
}
