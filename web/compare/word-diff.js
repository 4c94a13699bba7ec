// Word-level difference of one variant against the reference wording, for
// display: a longest common subsequence over words compared without case
// or punctuation. Returns segments {kind: 'same' | 'ins' | 'del', text}.

/** Variants longer than this many words each are shown without marks (the table is words^2). */
export const MAX_DIFF_WORDS = 400;

function words(text) {
  return text.split(/\s+/).filter(Boolean);
}

function key(word) {
  const letters = word.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return letters ? letters.join('') : word;
}

/** Segments of `other` against `reference`; `del` segments are reference words `other` lacks. */
export function diffWords(reference, other) {
  const a = words(reference);
  const b = words(other);
  if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS) return [{ kind: 'same', text: b.join(' ') }];
  const ka = a.map(key);
  const kb = b.map(key);
  const w = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = ka[i] === kb[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const out = [];
  const push = (kind, text) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += ` ${text}`;
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (ka[i] === kb[j]) push('same', b[j++]), i++;
    else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) push('del', a[i++]);
    else push('ins', b[j++]);
  }
  while (i < a.length) push('del', a[i++]);
  while (j < b.length) push('ins', b[j++]);
  return out;
}
