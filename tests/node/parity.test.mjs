// The wasm module and the native CLI must agree on every fixture, after
// converting the CLI's code points to UTF-16 code units.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { load, annotate } from 'claimscope';
import { cliAnnotate, codePointToUtf16, convertOffsets, fixtures, samples } from './helpers.mjs';

before(async () => {
  await load();
});

const written = [
  { name: 'emoji and scripts', text: 'Title 😀 here\n\n“Привет,” сказал он. 北京说：“好。”\n\nThe mayor 👩🏽‍⚖️ said “fine” twice.' },
  { name: 'combining marks', text: 'Cafe\u0301 owner Zoe\u0308 said, “We’re open.”\n\nShe added that prices rose 5%.' },
];

const cases = [...fixtures(), ...samples(), ...written];

test('there are fixtures to compare', () => {
  assert.ok(cases.length >= 3);
});

for (const { name, text } of cases) {
  test(`wasm matches CLI: ${name}`, () => {
    const fromCli = convertOffsets(cliAnnotate(text), codePointToUtf16(text));
    const fromWasm = annotate(text);
    fromCli.unit = fromWasm.unit;  // the only field that differs by design
    assert.deepEqual(fromWasm, fromCli);
  });
}
