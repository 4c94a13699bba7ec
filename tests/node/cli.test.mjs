// The claimscope command-line tool.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runCli, cliAnnotate } from './helpers.mjs';

test('--help and --version', () => {
  const help = runCli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: claimscope/);
  assert.match(help.stdout, /--jsonl/);
  const version = runCli(['--version']);
  assert.equal(version.status, 0);
  assert.match(version.stdout, /^claimscope \d+\.\d+\.\d+ \(format 1\)/);
});

test('an unreadable file gives a message on stderr and a non-zero exit', () => {
  const r = runCli(['/no/such/file.txt']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /cannot open \/no\/such\/file\.txt/);
  assert.equal(r.stdout, '');
  const dir = runCli([mkdtempSync(`${tmpdir()}/cs-`)]);
  assert.notEqual(dir.status, 0);
  assert.match(dir.stderr, /cannot read|is a directory/i);
});

test('an unknown option is a usage error', () => {
  const r = runCli(['--frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown option '--frobnicate'/);
});

test('reads a file and reports code-point offsets', () => {
  const text = '😀😀 Emoji first.\n\nСлово второе.';
  const file = `${mkdtempSync(`${tmpdir()}/cs-`)}/a.txt`;
  writeFileSync(file, text);
  const r = runCli([file]);
  assert.equal(r.status, 0);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.unit, 'code-point');
  const cps = [...text];
  assert.equal(doc.length, cps.length);
  const para = (p) => cps.slice(p.start, p.end).join('');
  assert.deepEqual(doc.paragraphs.map(para), ['😀😀 Emoji first.', 'Слово второе.']);
});

test('--jsonl answers every line in order; bad lines become error objects', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'First. Second.' }),
    'not json at all',
    JSON.stringify({ id: 2, body: 'no text field' }),
    '[1,2,3]',
    '',
    JSON.stringify({ id: { nested: true }, text: '' }),
    Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x35, 0x2c, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]).toString('latin1'),
  ].join('\n');
  const r = runCli(['--jsonl'], Buffer.from(input, 'latin1'));
  assert.equal(r.status, 0);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 6, 'the blank line is not a record; every other line is answered');
  assert.equal(lines[0].id, 'a');
  assert.ok(lines[0].sentences.length >= 1);
  assert.match(lines[1].error, /not valid JSON/);
  assert.equal(lines[2].id, 2);
  assert.match(lines[2].error, /"text"/);
  assert.match(lines[3].error, /not a JSON object/);
  assert.deepEqual(lines[4].id, { nested: true });
  assert.equal(lines[4].paragraphs.length, 0);
  assert.equal(lines[5].id, 5);
  assert.equal(lines[5].length, 1, 'the invalid byte became one U+FFFD');
});

test('invalid UTF-8 is repaired with a warning and consistent offsets', () => {
  const bytes = Buffer.concat([Buffer.from('Bad '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' byte.\nNext line.')]);
  const r = runCli([], bytes);
  assert.equal(r.status, 0);
  const doc = JSON.parse(r.stdout);
  assert.match(doc.warnings[0], /2 byte\(s\) replaced/);
  assert.equal(doc.length, 'Bad \uFFFD( \uFFFD byte.\nNext line.'.length - 1);
  assert.equal(doc.paragraphs[1].start, 'Bad X(X byte.\n'.length);
});

test('--max-bytes refuses larger input with an error', () => {
  const r = runCli(['--max-bytes', '10'], 'This is longer than ten bytes.');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /limit is 10 bytes/);
});

test('--stage segment and structure leave quotes and claims empty; only structure sets roles', () => {
  const text = 'Port Fees Rise\n\nBy Ana Lind\n\n“Go,” she said.';
  const segment = cliAnnotate(text, ['--stage', 'segment']);
  const structure = cliAnnotate(text, ['--stage', 'structure']);
  for (const doc of [segment, structure]) {
    assert.equal(doc.quotes.length, 0);
    assert.equal(doc.claims.length, 0);
  }
  assert.deepEqual(segment.paragraphs.map((p) => p.role), ['body', 'body', 'body']);
  assert.deepEqual(structure.paragraphs.map((p) => p.role), ['title', 'byline', 'body']);
  assert.equal(runCli(['--stage', 'bogus']).status, 2);
});

test('--jsonl --threads 2 gives the same lines in the same order as one thread', () => {
  const lines = [];
  for (let i = 0; i < 400; i++) {
    lines.push(JSON.stringify({ id: i, text: `Story ${i}. “Words ${i},” an official said.\n\nMore text here.` }));
    if (i % 50 === 0) lines.push('{broken');
  }
  const input = lines.join('\n') + '\n';
  const one = runCli(['--jsonl'], input);
  const two = runCli(['--jsonl', '--threads', '2'], input);
  assert.equal(one.status, 0);
  assert.equal(two.status, 0);
  assert.equal(two.stdout, one.stdout);
  assert.equal(two.stdout.trim().split('\n').length, lines.length);
});
