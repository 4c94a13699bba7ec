// Saves and restores the user's work in localStorage, as a versioned record:
// {v: 1, text, annotations, corrections, labels, view}. Errors (quota full,
// storage disabled) are returned, never swallowed, so the page can say so.
const KEY = 'claimscope.state';
export const STATE_VERSION = 1;

function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;   // access itself throws when storage is disabled
  }
}

/** Returns {state} (null when nothing is saved) or {error}. */
export function loadState() {
  const s = storage();
  if (!s) return { state: null, error: 'browser storage is not available, so work will not be kept after reload' };
  let raw;
  try {
    raw = s.getItem(KEY);
  } catch (err) {
    return { state: null, error: `saved work could not be read (${err.message})` };
  }
  if (raw == null) return { state: null };
  try {
    const state = JSON.parse(raw);
    if (!state || state.v !== STATE_VERSION || typeof state.text !== 'string') return { state: null, error: 'saved work is in an unknown format and was not restored' };
    return { state };
  } catch {
    return { state: null, error: 'saved work was damaged and could not be restored' };
  }
}

/** Saves the state; returns null or an error message. */
export function saveState(state) {
  const s = storage();
  if (!s) return 'browser storage is not available, so work will not be kept after reload';
  try {
    s.setItem(KEY, JSON.stringify({ v: STATE_VERSION, ...state }));
    return null;
  } catch (err) {
    const full = err && (err.name === 'QuotaExceededError' || err.code === 22);
    return full ? 'browser storage is full, so the latest changes are not saved' : `work could not be saved (${err?.message ?? err})`;
  }
}

export function clearState() {
  try {
    storage()?.removeItem(KEY);
    return null;
  } catch (err) {
    return `saved work could not be cleared (${err.message})`;
  }
}
