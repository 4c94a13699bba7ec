// Annotations-only links: for an article too long to carry in a link. The
// link holds the reader's highlights and corrections as quote + position
// anchors (anchoring.js) and a SHA-256 of the article text (truncated to 96
// bits); the recipient pastes the same article and the anchors re-attach.
//
//   const fragment = await encodeAnchors(state);   // "csa1.<base64url>"
//   const anchors = await decodeAnchors(fragment); // throws ShareLinkError if cut or altered
//
// Bytes (integers little-endian), the same framing idea as share-codec.js:
//   magic "CA" | version | flags | payload length (u32) | JSON length (u32)
//   | CRC-32 of text hash + JSON (u32) | text hash (12 bytes) | payload (deflate-raw JSON)
import { ShareLinkError, crc32, toBase64Url, fromBase64Url } from './share-codec.js';
import { describe } from './anchoring.js';
import { KINDS, LAYER_NAMES } from './share-state.js';
import { DEFAULT_LABELS } from './annotations.js';

export const ANCHORS_PREFIX = 'csa1.';
const MAGIC = [0x43, 0x41]; // "CA"
const VERSION = 1;
const HASH_BYTES = 12;
const HEADER_BYTES = 16 + HASH_BYTES;
const CONTEXT = 16;          // characters of prefix and suffix kept: enough to tell repeats apart
const MAX_JSON_BYTES = 4 * 1024 * 1024;
const MAX_STRING = 20000;

const incomplete = () => new ShareLinkError('incomplete', 'This link is incomplete: it was probably cut short when it was copied.');
const damaged = (why) => new ShareLinkError('damaged', `This link is damaged: ${why}, so nothing from it is shown.`);

/** The first 12 bytes of SHA-256 of the text (UTF-8), as hex. */
export async function textHash(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).subarray(0, HASH_BYTES)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function isAnchorsFragment(fragment) {
  return typeof fragment === 'string' && fragment.replace(/^#/, '').startsWith(ANCHORS_PREFIX);
}

async function run(bytes, transform, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(transform).getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;   // more than declared: stop before it grows any further
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// The checksum covers the hash too: an altered hash would send the reader a false "not the same article".
function checksum(hash, json) {
  const all = new Uint8Array(hash.length + json.length);
  all.set(hash, 0);
  all.set(json, hash.length);
  return crc32(all);
}

const anchorOf = (text, start, end) => {
  const d = describe(text, start, end);
  return [d.exact, d.prefix.slice(-CONTEXT), d.suffix.slice(0, CONTEXT), start, end];
};

/** state: {text, annotations, corrections, labels, view} (as for packState). */
export async function encodeAnchors({ text, annotations = [], corrections = [], labels = DEFAULT_LABELS, view = {} }) {
  const body = {
    v: 1,
    a: annotations.filter((x) => !x.orphan).map((x) => [...anchorOf(text, x.start, x.end), x.label, x.note ?? '']),
    c: corrections.filter((x) => !x.orphan).map((x) => [x.kind, ...anchorOf(text, x.start, x.end), x.dismissed ? null : x.speaker]),
  };
  if (labels.join('\n') !== DEFAULT_LABELS.join('\n')) body.l = [...labels];
  const hidden = Object.entries(view.layers ?? {}).filter(([, on]) => on === false).map(([k]) => k);
  if (hidden.length) body.h = hidden;
  const json = new TextEncoder().encode(JSON.stringify(body));
  if (json.length > MAX_JSON_BYTES) throw new ShareLinkError('too-large', 'There are too many notes to share as a link; export a file instead.');
  const payload = await run(json, new CompressionStream('deflate-raw'), Infinity);
  const bytes = new Uint8Array(HEADER_BYTES + payload.length);
  const dv = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  bytes[2] = VERSION;
  bytes[3] = 1;
  dv.setUint32(4, payload.length, true);
  dv.setUint32(8, json.length, true);
  const hash = await textHash(text);
  for (let i = 0; i < HASH_BYTES; i++) bytes[16 + i] = parseInt(hash.slice(2 * i, 2 * i + 2), 16);
  dv.setUint32(12, checksum(bytes.subarray(16, HEADER_BYTES), json), true);
  bytes.set(payload, HEADER_BYTES);
  return ANCHORS_PREFIX + toBase64Url(bytes);
}

const isInt = (n) => Number.isInteger(n) && n >= 0;
const isStr = (s) => typeof s === 'string' && s.length <= MAX_STRING;

function readAnchor([exact, prefix, suffix, start, end]) {
  if (!isStr(exact) || exact === '' || !isStr(prefix) || !isStr(suffix) || !isInt(start) || !isInt(end) || start >= end) throw damaged('an anchor is not readable');
  return { exact, prefix, suffix, start, end };
}

/**
 * Unpacks an annotations-only fragment. Returns {hash, annotations, corrections,
 * labels, view}; the anchors are not yet attached to any text.
 */
export async function decodeAnchors(fragment) {
  const body = String(fragment).replace(/^#/, '');
  if (!body.startsWith(ANCHORS_PREFIX)) throw new ShareLinkError('unsupported', 'This is not a Claimscope link, or it comes from a newer version.');
  const encoded = body.slice(ANCHORS_PREFIX.length);
  const bytes = fromBase64Url(encoded);
  if (toBase64Url(bytes) !== encoded) throw damaged('it was altered after it was made');
  if (bytes.length < HEADER_BYTES) throw incomplete();
  if (bytes[0] !== MAGIC[0] || bytes[1] !== MAGIC[1]) throw damaged('it does not start like a Claimscope link');
  if (bytes[2] !== VERSION) throw new ShareLinkError('unsupported', `This link was made by a different version of Claimscope (format ${bytes[2]}).`);
  if (bytes[3] !== 1) throw damaged('unknown flags');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const payloadLength = dv.getUint32(4, true);
  const jsonLength = dv.getUint32(8, true);
  if (jsonLength > MAX_JSON_BYTES) throw new ShareLinkError('too-large', 'This link claims to hold more than Claimscope accepts.');
  const available = bytes.length - HEADER_BYTES;
  if (available < payloadLength) throw new ShareLinkError('incomplete', `This link is incomplete: ${available} of ${payloadLength} bytes arrived. It was probably cut short when it was copied.`);
  if (available > payloadLength) throw damaged('it carries more data than it declares');
  let json = null;
  try {
    json = await run(bytes.subarray(HEADER_BYTES), new DecompressionStream('deflate-raw'), jsonLength);
  } catch {
    json = null;
  }
  if (!json || json.length !== jsonLength || checksum(bytes.subarray(16, HEADER_BYTES), json) !== dv.getUint32(12, true)) throw damaged('its checksum does not match');
  let v;
  try {
    v = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw damaged('its content is not readable');
  }
  if (!v || v.v !== 1 || !Array.isArray(v.a) || !Array.isArray(v.c)) throw damaged('its content is not a set of Claimscope notes');
  const annotations = v.a.map((x, i) => {
    if (!Array.isArray(x) || x.length !== 7 || !isStr(x[5]) || x[5] === '' || !isStr(x[6])) throw damaged('a note is not readable');
    return { id: `l${i}`, ...readAnchor(x.slice(0, 5)), label: x[5], note: x[6] };
  });
  const corrections = v.c.map((x) => {
    if (!Array.isArray(x) || x.length !== 7 || !KINDS.includes(x[0])) throw damaged('a correction is not readable');
    const speaker = x[6];
    if (speaker !== null && (!isStr(speaker) || speaker.trim() === '')) throw damaged('a correction names no speaker');
    return { kind: x[0], ...readAnchor(x.slice(1, 6)), ...(speaker === null ? { dismissed: true } : { speaker }) };
  });
  let labels = [...DEFAULT_LABELS];
  if (v.l !== undefined) {
    if (!Array.isArray(v.l) || !v.l.length || !v.l.every((l) => isStr(l) && l !== '')) throw damaged('its labels are not readable');
    labels = v.l;
  }
  const hidden = v.h ?? [];
  if (!Array.isArray(hidden) || !hidden.every((h) => LAYER_NAMES.includes(h))) throw damaged('its view settings are not readable');
  const hash = [...bytes.subarray(16, HEADER_BYTES)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { hash, annotations, corrections, labels, view: { layers: Object.fromEntries(LAYER_NAMES.map((k) => [k, !hidden.includes(k)])) } };
}
