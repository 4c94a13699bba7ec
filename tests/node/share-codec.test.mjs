// Share-link codec: round trips, and every cut or altered link is refused.
// Decoding runs in the WebAssembly core, so this imports the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { encodeShare, decodeShare, ShareLinkError, SHARE_PREFIX, MAX_STATE_BYTES, crc32, toBase64Url } from '../../dist/share-codec.js';

// A small deterministic generator, so failures are reproducible.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = ['a', 'Z', ' ', '\n', '.', '“', '”', '’', 'é', 'e\u0301', 'ß', 'Ж', 'ש', 'م', '\u200f', '中', '😀', '👩🏽‍⚖️', '🇺🇦', '\uD800', '\uDFFF', '\u0000', '<script>', '&amp;'];

function randomText(next, n) {
  let t = '';
  for (let i = 0; i < n; i++) t += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return t.toWellFormed();
}

function randomState(next) {
  const text = randomText(next, Math.floor(next() * 400));
  const annotations = [];
  for (let i = 0, n = Math.floor(next() * 6); i < n; i++) {
    const start = Math.floor(next() * text.length);
    annotations.push({ start, end: start + Math.floor(next() * 20), label: randomText(next, 3), note: randomText(next, 10) });
  }
  return { v: 1, text, annotations, corrections: [{ claim: 0, speaker: 'Anna' }], view: { layers: ['quote'], speaker: null } };
}

test('random states round-trip exactly', async () => {
  const next = rng(42);
  for (let i = 0; i < 200; i++) {
    const state = randomState(next);
    const fragment = await encodeShare(state);
    assert.ok(fragment.startsWith(SHARE_PREFIX));
    assert.match(fragment.slice(SHARE_PREFIX.length), /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(await decodeShare(fragment), state);
    assert.deepEqual(await decodeShare('#' + fragment), state);
  }
});

test('a link cut anywhere is refused as incomplete or damaged', async () => {
  const fragment = await encodeShare(randomState(rng(7)));
  for (let cut = 0; cut < fragment.length; cut++) {
    await assert.rejects(decodeShare(fragment.slice(0, cut)), (err) => {
      assert.ok(err instanceof ShareLinkError, `cut at ${cut}: ${err}`);
      assert.ok(['incomplete', 'damaged', 'unsupported'].includes(err.kind));
      return true;
    });
  }
});

test('a link altered in any one character is refused', async () => {
  const fragment = await encodeShare({ text: 'A short article. “Quote,” she said.', annotations: [] });
  const body = fragment.slice(SHARE_PREFIX.length);
  for (let i = 0; i < body.length; i++) {
    for (const c of ['A', 'z', '0', '_']) {
      if (body[i] === c) continue;
      const altered = SHARE_PREFIX + body.slice(0, i) + c + body.slice(i + 1);
      await assert.rejects(decodeShare(altered), ShareLinkError, `position ${i} -> ${c}`);
    }
  }
});

test('foreign and future links get their own message', async () => {
  await assert.rejects(decodeShare('#hello'), (e) => e.kind === 'unsupported');
  const fragment = await encodeShare({ text: 'x' });
  const bytes = Buffer.from(fragment.slice(SHARE_PREFIX.length), 'base64url');
  bytes[2] = 9;  // another format version
  await assert.rejects(decodeShare(SHARE_PREFIX + toBase64Url(bytes)), (e) => e.kind === 'unsupported');
  await assert.rejects(decodeShare(SHARE_PREFIX + 'ab%20cd'), (e) => e.kind === 'damaged');
});

test('a zip bomb is refused without inflating it', async () => {
  // 64 MB of zeros compresses to ~64 KB; declare a small size and a huge one.
  const zeros = new Uint8Array(64 * 1024 * 1024);
  const stream = new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const deflated = new Uint8Array(await new Response(stream).arrayBuffer());
  for (const declared of [1000, MAX_STATE_BYTES + 1]) {
    const bytes = new Uint8Array(16 + deflated.length);
    const view = new DataView(bytes.buffer);
    bytes.set([0x43, 0x53, 1, 1]);
    view.setUint32(4, deflated.length, true);
    view.setUint32(8, declared, true);
    view.setUint32(12, crc32(zeros.subarray(0, 1000)), true);
    bytes.set(deflated, 16);
    await assert.rejects(decodeShare(SHARE_PREFIX + toBase64Url(bytes)), ShareLinkError);
  }
});

// A link's decoded bytes: header and payload, as encodeShare lays them out.
function linkBytes(payload, { flags = 1, declared, checksum }) {
  const bytes = new Uint8Array(16 + payload.length);
  const view = new DataView(bytes.buffer);
  bytes.set([0x43, 0x53, 1, flags]);
  view.setUint32(4, payload.length, true);
  view.setUint32(8, declared, true);
  view.setUint32(12, checksum, true);
  bytes.set(payload, 16);
  return SHARE_PREFIX + toBase64Url(bytes);
}

test('a bomb that declares a small size is refused as damaged', async () => {
  // 8 MB of spaces in about 8 KB: the core stops inflating at the declared 2,000 bytes.
  const spaces = new Uint8Array(MAX_STATE_BYTES).fill(0x20);
  const bomb = deflateRawSync(spaces, { level: 9 });
  assert.ok(bomb.length < 16 * 1024);
  const link = linkBytes(bomb, { declared: 2000, checksum: crc32(spaces.subarray(0, 2000)) });
  await assert.rejects(decodeShare(link), (e) => e instanceof ShareLinkError && e.kind === 'damaged');
  // Declared honestly, the same bytes are within the cap and decode.
  const honest = deflateRawSync(new TextEncoder().encode(JSON.stringify(' '.repeat(1000))));
  const json = new TextEncoder().encode(JSON.stringify(' '.repeat(1000)));
  assert.equal(await decodeShare(linkBytes(honest, { declared: json.length, checksum: crc32(json) })), ' '.repeat(1000));
});

test('a link that exceeds the cap is refused as too-large', async () => {
  const json = new TextEncoder().encode('"x"');
  const declaresTooMuch = linkBytes(deflateRawSync(json), { declared: MAX_STATE_BYTES + 1, checksum: crc32(json) });
  await assert.rejects(decodeShare(declaresTooMuch), (e) => e instanceof ShareLinkError && e.kind === 'too-large');
  // Longer than any state under the cap could make, whatever it declares.
  const tooLong = SHARE_PREFIX + 'A'.repeat(Math.ceil(((16 + MAX_STATE_BYTES) * 4) / 3) + 4);
  await assert.rejects(decodeShare(tooLong), (e) => e instanceof ShareLinkError && e.kind === 'too-large');
});

test('links made before decoding moved into the core still open', async () => {
  // Made by this encodeShare (CompressionStream) when the decoder was JavaScript.
  const link =
    'cs1.Q1MBAVwAAAB4AAAAbB8SOk3KMQqAMAwAwK-EzKXg2gf4gm7iEGzRgCRgU7WIfxdxcb67cMfQObR8GgaMS4ZJq0y8wq6WE6hA' +
    'rLkkah7-evD6FaCZWN7Xb5yoObBfK8TJo0MSUSNjlYJhGO8H';
  assert.deepEqual(await decodeShare(link), {
    v: 1,
    text: 'The council voted on Tuesday. The council will vote again on Friday, the council said.',
    annotations: [],
  });
});

test('states over the limit are refused when encoding', async () => {
  await assert.rejects(encodeShare({ text: 'x'.repeat(MAX_STATE_BYTES + 1) }), (e) => e.kind === 'too-large');
});

test('crc32 matches the standard check value', () => {
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
});
