// Converting between UTF-16 code units (JS string indices, what the page
// uses) and Unicode code points (what W3C Web Annotation selectors and the
// CLI use). Built once per text; each lookup is O(log n).

/** Returns {toCodePoint(u16), toUtf16(cp)} for `text`. */
export function offsetConverter(text) {
  // Positions (in UTF-16 units) of the second unit of each surrogate pair:
  // every one before an offset makes the code-point offset one smaller.
  const pairs = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs.push(i + 1);
        i++;
      }
    }
  }
  // Number of entries of `pairs` below `x`.
  const countBelow = (arr, x) => {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The k-th pair is code point pairs[k] - 1 - k; offsets past it gain a unit.
  const cpAfter = pairs.map((p, k) => p - k);
  return {
    toCodePoint: (u16) => u16 - countBelow(pairs, u16),
    toUtf16: (cp) => cp + countBelow(cpAfter, cp + 1),
  };
}
