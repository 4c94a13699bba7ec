// The facade's UTF-8 writer in Chromium (web/claimscope.js, writeUtf8): where
// the engine has WebAssembly's JS string builtins, the text reaches the core
// through a small module of the facade's own instead of encodeInto. Node 20
// has no such builtins, so Node's annotate() (encodeInto) is the reference:
// the page must give the same documents, offset for offset.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { load, annotate } from 'claimscope';
import { start, openPage, annotated } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
  await load();
});
after(async () => {
  await env?.close();
});

// Characters of every UTF-8 length, pairs, lone surrogates and line breaks,
// so that sentence ends fall before, inside and after non-ASCII runs, at even
// and odd positions of the writer's two-units-at-a-time step.
const PIECES = ['a', 'Bc', ' ', '. ', '? ', '\n', '\n\n', '\r\n', 'é', 'ß', '\u07ff', '\u0800', '’', '“Yes.” ', '—',
  '\uffff', '😀', '👋🏽', '\ud800', '\udfff', '北京。', 'Москва. ', '\u2028', '\u0085', '\u0000', '\u007f', '\u0080'];

function texts() {
  const out = ['', 'a', 'ab', 'é', '😀', '\ud800', '\udc00', 'end with a high \ud83d', '\udc00 starts low'];
  // A fixed sequence of pieces (no randomness: a failure can be replayed).
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let n = 0; n < 200; n++) {
    let t = '';
    const count = next() % 60;
    for (let k = 0; k < count; k++) t += PIECES[next() % PIECES.length];
    out.push(t);
  }
  // Longer runs of ASCII with a non-ASCII character at each offset of a short window.
  for (let at = 0; at < 12; at++) out.push(`${'Plain words here. '.repeat(3).slice(0, 40 + at)}’ and more. Next one ends “here.”`);
  // The writer keeps its array between calls: a text that ends in a high
  // surrogate, after a longer one with a low surrogate just past that end,
  // must not pair it with the earlier text's unit.
  const stem = 'A sentence of mine. Another one';
  out.push(`${stem}\ud83d\ude00 and on. The end.`, `${stem}\ud83d`, `${stem}\ud83d\ude00`, `${stem}`, `${stem}\ud83d`);
  return out;
}

test('in Chromium the text reaches the core through the builtins module, with the same documents as encodeInto', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  const all = texts();
  const got = await page.evaluate(async (list) => {
    const m = await import('/claimscope.js');
    await m.load();
    return {
      writer: m.textWriter(),
      docs: list.map((t) => ['segment', 'structure', 'full'].map((stage) => m.annotate(t, { stage }))),
    };
  }, all);
  assert.equal(got.writer, 'wasm-builtins');
  all.forEach((t, i) => {
    ['segment', 'structure', 'full'].forEach((stage, k) => {
      assert.deepEqual(got.docs[i][k], annotate(t, { stage }), `text ${i} (${JSON.stringify(t.slice(0, 40))}), ${stage}`);
    });
  });
  assert.deepEqual(problems, []);
  await page.close();
});

// A text over the writer's whole-text limit (2^21 units) goes through in
// chunks of 65,536 units, a substring each. A 13-unit piece repeated puts
// each of its units at the chunks' ends in turn: a pair cut there must still
// be written as one character (its two halves alone would be two U+FFFD,
// with the same UTF-16 offsets: the documents alone would not tell), a lone
// surrogate as U+FFFD, byte for byte as TextEncoder writes them.
test('in Chromium a text over 2^21 units is written in chunks, byte for byte as TextEncoder, with the same documents', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  const piece = 'Ab 😀 cd\ud800éf. ';
  assert.equal(piece.length, 13);
  const long = piece.repeat(Math.ceil((2 ** 21 + 50_000) / piece.length)) + 'Last words 😀';
  const got = await page.evaluate(async (text) => {
    const m = await import('/claimscope.js');
    await m.load();
    const bytes = m.textBytes(text);
    const want = new TextEncoder().encode(text);
    let differ = bytes.length === want.length ? -1 : Math.min(bytes.length, want.length);
    for (let i = 0; differ < 0 && i < want.length; i++) if (bytes[i] !== want[i]) differ = i;
    return { writer: m.textWriter(), differ, json: JSON.stringify(m.annotate(text, { stage: 'segment' })) };
  }, long);
  assert.equal(got.writer, 'wasm-builtins');
  assert.equal(got.differ, -1, `the bytes differ from TextEncoder's at byte ${got.differ}`);
  const want = annotate(long, { stage: 'segment' });
  assert.equal(want.length, long.length);
  assert.ok(want.sentences.length > 100_000);
  assert.equal(got.json, JSON.stringify(want));
  assert.deepEqual(problems, []);
  await page.close();
});
