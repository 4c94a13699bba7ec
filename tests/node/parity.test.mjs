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
  // 1- to 4-byte characters at every distance from the offset map's 64-byte
  // counting blocks (core/offsets.cpp), and sentences that end in them.
  { name: 'mixed widths across many blocks', text: mixedWidths() },
  // Speakers travel as lengths into one string (wasm/bindings.cpp): names and
  // aliases of 1- to 3-byte characters, several speakers, several mentions each.
  { name: 'speakers with accented names', text: '“We will act,” said Zoë Ünal, the mayor. Ünal said the plan was ready.\n\n“Soon,” said José Núñez-Ibáñez, a councillor. Núñez-Ibáñez said the 北京 office agreed, and Ünal told reporters “fine.”\n\nAnna Lee said little. Lee added that Zoë Ünal would decide.' },
];

function mixedWidths() {
  const pieces = ['a', 'é', '€', '😀', ' ', 'Ω', '🏳️‍🌈', '—'];
  const paragraphs = [];
  for (let p = 0; p < 12; p++) {
    const sentences = [];
    for (let s = 0; s < 5; s++) {
      let words = '';
      for (let w = 0; w < 4 + ((p + s) % 5); w++) words += `${pieces[(p * 7 + s * 3 + w) % pieces.length].repeat(1 + ((p + w) % 3))}x `;
      sentences.push(`Zora${p}${s} said “${words.trim()}.” It rose ${p}${s}% ${pieces[(p + s) % pieces.length]}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

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
