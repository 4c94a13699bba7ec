// Share-link length for each sample article (text only, no annotations),
// and which channels it fits. Prints a markdown table.
import { readFileSync, readdirSync } from 'node:fs';
import { encodeShare } from '../web/share-codec.js';

const shared = process.env.CLAIMSCOPE_SHARED || new URL('../../shared', import.meta.url).pathname;
const dir = `${shared}/samples`;
// Practical limits (guides/annotator-prior-art.md): email ~2,000 safe, SMS/QR ~2,900, Slack ~4,000, X/Telegram 4,096.
const CHANNELS = [['email', 2000], ['SMS/QR', 2900], ['Slack', 4000], ['X/Telegram', 4096]];
const base = 'https://example.org/claimscope/#';

console.log('| sample | text bytes | link length | fits |');
console.log('|---|---|---|---|');
for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const link = base + (await encodeShare({ v: 1, text, annotations: [], corrections: [], view: {} }));
  const fits = CHANNELS.filter(([, max]) => link.length <= max).map(([name]) => name).join(', ') || 'none (use a file export)';
  console.log(`| ${f} | ${Buffer.byteLength(text)} | ${link.length} | ${fits} |`);
}
console.log();
console.log(`Links are deflate-raw + base64url with a 16-byte header, after a ${base.length}-character page address. No preset dictionary yet.`);
