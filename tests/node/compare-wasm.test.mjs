// The wasm compare (web/claimscope.js) must equal `claimscope compare` on the
// sample articles and on our own story fixtures, once the CLI's code points
// are converted to UTF-16 code units of each article.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { load, compare } from 'claimscope';
import { codePointToUtf16, root, runCli, samples } from './helpers.mjs';

before(async () => {
  await load({ compare: true });
});

function story() {
  const dir = `${root}tests/fixtures/compare/story`;
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: f, text: readFileSync(`${dir}/${f}`, 'utf8') }));
}

const emoji = [
  { name: 'a.txt', text: 'Port reopens 🌊\n\n“The harbour will reopen on Thursday,” port director Inês Carvalho said.' },
  { name: 'b.txt', text: '🚢 Ships return\n\nPort director Ines Carvalho said the harbour would reopen on Thursday.' },
];

function cliCompare(articles) {
  const dir = mkdtempSync(`${tmpdir()}/cs-compare-wasm-`);
  const paths = articles.map(({ name, text }) => {
    writeFileSync(`${dir}/${name}`, text);
    return `${dir}/${name}`;
  });
  const r = runCli(['compare', ...paths]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const maps = articles.map(({ text }) => codePointToUtf16(text));
  for (const c of out.clusters) {
    for (const m of c.members) {
      m.start = maps[m.article](m.start);
      m.end = maps[m.article](m.end);
    }
  }
  out.unit = 'utf16-code-unit';
  return out;
}

const cases = [['samples', samples()], ['story fixtures', story()], ['emoji offsets', emoji]];

for (const [label, articles] of cases) {
  test(`wasm compare equals CLI compare: ${label}`, { skip: articles.length < 2 && 'no articles' }, () => {
    const fromWasm = compare(articles);
    assert.deepEqual(fromWasm, cliCompare(articles));
    // UTF-16 offsets slice the claim out of the JS string.
    for (const c of fromWasm.clusters) {
      for (const m of c.members) assert.ok(articles[m.article].text.slice(m.start, m.end).trim().length > 0);
    }
  });
}

test('wasm compare names the article it refuses and checks its input', () => {
  assert.throws(() => compare('nope'), TypeError);
  assert.throws(() => compare([{ name: 'x' }]), /article 1 has no text/);
  assert.throws(() => compare([{ name: 'big.txt', text: 'x'.repeat(64) }], { maxBytes: 16 }), /big\.txt/);
  const empty = compare([]);
  assert.deepEqual(empty.clusters, []);
});
