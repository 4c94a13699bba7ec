// load({wasmModule}): the facade instantiates a module compiled elsewhere
// (the page compiles it and hands it to its worker, web/boot.js) instead of
// reading and compiling the file itself. Its own file: load() makes one
// instance per process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { load, annotate } from 'claimscope';

test('an already compiled module is instantiated and annotates as usual', async () => {
  const bytes = await readFile(new URL('../../dist/claimscope-core.wasm', import.meta.url));
  const wasmModule = await WebAssembly.compile(bytes);
  await load({ wasmModule });
  const text = 'Harbour Plan Approved\n\n"We start in spring," said the harbour master, Ines Okafor.';
  const doc = annotate(text);
  assert.equal(doc.paragraphs.length, 2);
  assert.equal(doc.length, text.length);
  assert.ok(doc.quotes.some((q) => text.slice(q.start, q.end).includes('We start in spring')));
});

test('a module that cannot be instantiated fails load() instead of leaving it pending', async () => {
  // A module whose one import the glue code does not provide.
  const bad = await WebAssembly.compile(new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,   // magic, version
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00,               // type section: () -> ()
    0x02, 0x0b, 0x01, 0x03, 0x6e, 0x6f, 0x70, 0x03, 0x6e, 0x6f, 0x70, 0x00, 0x00,   // import "nop"."nop" func 0
  ]));
  const { load: loadFresh } = await import(`../../dist/claimscope.js?fresh=${Date.now()}`);
  await assert.rejects(loadFresh({ wasmModule: bad }));
});
