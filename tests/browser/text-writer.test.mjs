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
