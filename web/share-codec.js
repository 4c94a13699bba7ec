// Share links: the whole view packed into a URL fragment, with no server.
//
//   const fragment = await encodeShare(state);   // "cs1.<base64url>"
//   const state = await decodeShare(fragment);   // throws ShareLinkError if cut or altered
//
// Layout of the decoded bytes (all integers little-endian):
//   magic "CS" | version (1 byte) | flags (1 byte) | payload length (u32)
//   | uncompressed length (u32) | CRC-32 of the uncompressed bytes (u32) | payload
// The payload is the state as JSON in UTF-8, deflate-raw compressed when
// flags & 1. The lengths tell a truncated link ("incomplete") from an altered
// one ("damaged"); the CRC catches alterations that still decompress.
// Encoding happens here (CompressionStream); decoding is the core's
// (core/share_link.cpp, through the WebAssembly module), whose inflater stops
// at the declared size, and that size is capped, so a hostile link cannot
// expand into gigabytes.

export const SHARE_PREFIX = 'cs1.';
const MAGIC0 = 0x43; // 'C'
const MAGIC1 = 0x53; // 'S'
const VERSION = 1;
const FLAG_DEFLATE = 1;
const HEADER_BYTES = 16;
/** Largest state a link may carry once decompressed (bytes). */
export const MAX_STATE_BYTES = 8 * 1024 * 1024;

export class ShareLinkError extends Error {
  /** kind: 'incomplete' | 'damaged' | 'unsupported' | 'too-large' */
  constructor(kind, message) {
    super(message);
    this.name = 'ShareLinkError';
    this.kind = kind;
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function toBase64Url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Strict base64url to bytes: a character outside the alphabet means damage, a cut mid-byte means incomplete. */
export function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareLinkError('damaged', 'This link is damaged: it contains characters a Claimscope link never has.');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  let bin;
  try {
    bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    throw new ShareLinkError('incomplete', 'This link is incomplete: it was probably cut short when it was copied.');
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function deflateRaw(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Packs `state` (any JSON value) into a link fragment (without the '#'). */
export async function encodeShare(state) {
  const json = new TextEncoder().encode(JSON.stringify(state));
  if (json.length > MAX_STATE_BYTES) throw new ShareLinkError('too-large', 'This article is too large to share as a link; export a file instead.');
  const deflated = await deflateRaw(json);
  const useDeflate = deflated.length < json.length;
  const payload = useDeflate ? deflated : json;
  const bytes = new Uint8Array(HEADER_BYTES + payload.length);
  const view = new DataView(bytes.buffer);
  bytes[0] = MAGIC0;
  bytes[1] = MAGIC1;
  bytes[2] = VERSION;
  bytes[3] = useDeflate ? FLAG_DEFLATE : 0;
  view.setUint32(4, payload.length, true);
  view.setUint32(8, json.length, true);
  view.setUint32(12, crc32(json), true);
  bytes.set(payload, HEADER_BYTES);
  return SHARE_PREFIX + toBase64Url(bytes);
}

/** True when `fragment` looks like a Claimscope share link (it may still be damaged). */
export function isShareFragment(fragment) {
  return typeof fragment === 'string' && fragment.replace(/^#/, '').startsWith(SHARE_PREFIX);
}

/**
 * Unpacks a link fragment (with or without '#'); throws ShareLinkError on any damage.
 * loadOptions: for the facade's load() (the compare page asks for its own
 * module, { compare: true }, so that it never downloads the index page's).
 */
export async function decodeShare(fragment, loadOptions = {}) {
  const body = String(fragment).replace(/^#/, '');
  if (!body.startsWith(SHARE_PREFIX)) {
    throw new ShareLinkError('unsupported', 'This is not a Claimscope link, or it comes from a newer version.');
  }
  // Longer than any state the cap allows, stored uncompressed: refused before
  // the text is copied into the module.
  if (body.length - SHARE_PREFIX.length > Math.ceil(((HEADER_BYTES + MAX_STATE_BYTES) * 4) / 3)) {
    throw new ShareLinkError('too-large', 'This link claims to hold more than Claimscope accepts.');
  }
  // The checks, the bounded inflation and the checksum run in the core
  // (core/share_link.cpp), loaded on first use.
  const core = await import('./claimscope.js');
  await core.load(loadOptions);
  let decoded;
  try {
    decoded = core.decodeShareLink(body);
  } catch {
    throw new ShareLinkError('damaged', 'This link is damaged: its content is not readable.');
  }
  if (!decoded.ok) throw new ShareLinkError(decoded.kind, decoded.message);
  try {
    return JSON.parse(decoded.json);
  } catch {
    throw new ShareLinkError('damaged', 'This link is damaged: its content is not readable.');
  }
}
