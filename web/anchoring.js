// Re-attaching annotations to a text by quote and position (W3C
// TextQuoteSelector + TextPositionSelector). Used when importing W3C files
// and annotations-only links: the recipient's copy of the article may differ
// slightly, so the exact position is tried first, then the quote is searched
// for, preferring matching context and the nearest position.

const CONTEXT = 32;

/** The selector fields for text[start, end) (UTF-16 offsets). */
export function describe(text, start, end) {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    start,
    end,
  };
}

function commonSuffix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds where {exact, prefix, suffix, start} sits in `text`; returns
 * {start, end} in UTF-16 offsets, or null when the quote is not there (an orphan).
 */
export function anchor(text, selector) {
  const { exact } = selector;
  if (typeof exact !== 'string' || exact.length === 0) return null;
  const hint = Number.isInteger(selector.start) ? selector.start : 0;
  if (text.startsWith(exact, hint)) return { start: hint, end: hint + exact.length };
  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  let best = null;
  let bestScore = -Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const context =
      commonSuffix(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefix(text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    // Context decides; distance breaks ties (scaled so it never outweighs one character of context).
    const score = context - Math.abs(at - hint) / (text.length + 1);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best === null ? null : { start: best, end: best + exact.length };
}
