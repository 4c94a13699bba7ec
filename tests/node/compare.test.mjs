// `claimscope compare`: claims aligned across several articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runCli } from './helpers.mjs';

function writeArticles(articles) {
  const dir = mkdtempSync(`${tmpdir()}/cs-compare-`);
  return articles.map(([name, text]) => {
    const path = `${dir}/${name}`;
    writeFileSync(path, text);
    return path;
  });
}

const ARTICLES = [
  ['harbour-a.txt',
    'Harbour to reopen\n\n' +
    '“The harbour will reopen on Thursday after the storm repairs,” port director Ines Carvalho said.\n\n' +
    'The coastguard said two fishing boats were still missing.'],
  ['harbour-b.txt',
    'Port reopening announced 🌊\n\n' +
    'Port director Inês Carvalho said the harbour would reopen on Thursday once storm repairs were finished.\n\n' +
    'Local shops said sales had fallen by half since the storm.'],
];

test('compare prints the documented JSON shape with code-point offsets', () => {
  const paths = writeArticles(ARTICLES);
  const r = runCli(['compare', ...paths]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.version, 1);
  assert.equal(out.unit, 'code-point');
  assert.deepEqual(out.articles.map((a) => a.name), ['harbour-a.txt', 'harbour-b.txt']);
  for (const a of out.articles) {
    assert.equal(typeof a.claims, 'number');
    assert.ok(Array.isArray(a.speakers));
    for (const s of a.speakers) assert.ok(s >= 0 && s < out.speakers.length);
  }
  for (const s of out.speakers) {
    assert.equal(typeof s.name, 'string');
    assert.ok(Array.isArray(s.aliases));
    assert.ok(s.articles.length >= 1);
  }
  let members = 0;
  for (const c of out.clusters) {
    assert.equal(typeof c.score, 'number');
    assert.equal(typeof c.unique, 'boolean');
    assert.equal(c.diff.length, c.members.length);
    for (const m of c.members) {
      assert.ok(m.article >= 0 && m.article < out.articles.length);
      assert.ok(m.claim >= 0 && m.claim < out.articles[m.article].claims);
      assert.ok(m.start < m.end);
      assert.ok(m.speaker === null || (m.speaker >= 0 && m.speaker < out.speakers.length));
    }
    for (const d of c.diff) {
      assert.ok(Array.isArray(d.added));
      assert.ok(Array.isArray(d.removed));
    }
    members += c.members.length;
  }
  assert.equal(members, out.articles.reduce((n, a) => n + a.claims, 0));
});

test('compare aligns the reopening claim and merges the speaker across spellings', () => {
  const paths = writeArticles(ARTICLES);
  const out = JSON.parse(runCli(['compare', ...paths]).stdout);
  const texts = ARTICLES.map(([, text]) => [...text]);
  const slice = (m) => texts[m.article].slice(m.start, m.end).join('');
  const reopen = out.clusters.find((c) => c.members.some((m) => m.article === 0 && slice(m).includes('reopen')));
  assert.ok(reopen, 'a cluster holds the reopening quote');
  assert.equal(reopen.unique, false);
  const inB = reopen.members.find((m) => m.article === 1);
  assert.ok(inB, 'the reported version in article B is in the same cluster');
  // Offsets are code points: article B's title has an emoji before the claim.
  assert.match(slice(inB), /harbour would reopen on Thursday/);
  assert.ok(reopen.speaker !== null);
  const speaker = out.speakers[reopen.speaker];
  assert.match(speaker.name, /Carvalho/);
  assert.deepEqual(speaker.articles, [0, 1]);
  const coastguard = out.clusters.find((c) => c.members.some((m) => m.article === 0 && slice(m).includes('fishing boats')));
  assert.ok(coastguard);
  assert.equal(coastguard.unique, true);
});

test('compare needs files and reports unreadable ones', () => {
  const none = runCli(['compare']);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /compare needs at least one FILE/);
  const missing = runCli(['compare', '/no/such/article.txt']);
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /cannot open \/no\/such\/article\.txt/);
  assert.equal(missing.stdout, '');
  const help = runCli(['--help']);
  assert.match(help.stdout, /claimscope compare/);
});

test('compare --threshold: 1 links nothing, a bad value is refused', () => {
  const paths = writeArticles(ARTICLES);
  const strict = JSON.parse(runCli(['compare', '--threshold', '1', ...paths]).stdout);
  assert.ok(strict.clusters.every((c) => c.unique));
  const bad = runCli(['compare', '--threshold', 'high', ...paths]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--threshold needs a number between 0 and 1/);
});
