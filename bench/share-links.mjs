// Share-link length for each sample article, with a typical set of the
// reader's work (three highlights with labels and short notes, one speaker
// correction, one layer hidden), and which channels it fits; also the
// annotations-only link for the same work. Prints a markdown table.
import { readFileSync, readdirSync } from 'node:fs';
import { encodeShare } from '../web/share-codec.js';
import { packState } from '../web/share-state.js';
import { encodeAnchors } from '../web/share-anchors.js';
import { describe } from '../web/anchoring.js';

const shared = process.env.CLAIMSCOPE_SHARED || new URL('../../shared', import.meta.url).pathname;
const dir = `${shared}/samples`;
// Practical limits (guides/annotator-prior-art.md): email ~2,000 safe, SMS/QR ~2,900, Slack ~4,000, X/Telegram 4,096.
const CHANNELS = [['email', 2000], ['SMS/QR', 2900], ['Slack', 4000], ['X/Telegram', 4096]];
const base = 'https://example.org/claimscope/#';

// Sentences a quarter, half and three quarters into the text; the first quotation's span.
function typicalWork(text) {
  const ends = [...text.matchAll(/[.!?]["”]?(\s|$)/g)].map((m) => m.index + m[0].trimEnd().length);
  const annotations = [0.25, 0.5, 0.75].map((f, i) => {
    const k = Math.min(ends.length - 1, Math.floor(f * ends.length));
    let start = k > 0 ? ends[k - 1] : 0;
    while (/\s/.test(text[start])) start++;
    const label = ['verified', 'disputed', 'needs source'][i];
    return { id: `b${i}`, ...describe(text, start, ends[k]), label, note: i === 1 ? 'The council minutes say otherwise.' : '' };
  });
  const q = text.search(/[“"]/);
  const qEnd = q < 0 ? -1 : text.slice(q + 1).search(/[”"]/);
  const corrections = q < 0 || qEnd < 0 ? [] : [{ kind: 'quote', ...describe(text, q, q + qEnd + 2), speaker: 'A. Reader Correction' }];
  return { text, annotations, corrections, view: { layers: { hedge: false }, sentences: false, speaker: null } };
}

const fits = (n) => CHANNELS.filter(([, max]) => n <= max).map(([name]) => name).join(', ') || 'none (use a file export)';
console.log('| sample | text bytes | link, text only | link, text + work | fits | annotations-only link |');
console.log('|---|---|---|---|---|---|');
for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const work = typicalWork(text);
  const link = base + (await encodeShare(packState(work)));
  const bare = base + (await encodeShare(packState({ text })));
  const anchors = base + (await encodeAnchors(work));
  console.log(`| ${f} | ${Buffer.byteLength(text)} | ${bare.length} | ${link.length} | ${fits(link.length)} | ${anchors.length} |`);
}
console.log();
console.log(`Work per article: 3 highlights (labels, one note), 1 speaker correction, 1 layer hidden. Links are deflate-raw + base64url with a 16-byte header, after a ${base.length}-character page address. No preset dictionary.`);
