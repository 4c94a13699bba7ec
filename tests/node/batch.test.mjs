// Batch mode as docs/batch.md describes it (issue 8): every option its
// recipes give the tool is one the tool has, the recipes' commands run, and
// output streams (lines come out while input is still going in).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, runCli, cliPath } from './helpers.mjs';

const doc = readFileSync(`${root}docs/batch.md`, 'utf8');

// Each command line of the page that runs the tool: "claimscope" (as a path's
// last part, or a shipped file's name in quotes) and the options after it.
function commands() {
  const found = [];
  for (const line of doc.split('\n')) {
    for (const [, rest] of line.matchAll(/(?:^|[\s/"`])claimscope(\s+(?:-|<)[^"`#]*)/g)) found.push(rest.trim());
  }
  return found;
}

function record(i) {
  return JSON.stringify({ id: i, text: `Report ${i}. “Plans ${i} are ready,” the mayor said.\n\nShe said more would follow.` });
}

test('every option in docs/batch.md is one the CLI has', () => {
  const help = runCli(['--help']).stdout;
  // The commands' options, and those the prose names in code spans (`--unit utf16`).
  const used = [...commands(), ...[...doc.matchAll(/`(--[a-z][^`]*)`/g)].map((m) => m[1])]
    .flatMap((c) => c.match(/--[a-z][a-z0-9-]*/g) ?? []);
  for (const must of ['--jsonl', '--threads', '--stage', '--unit']) assert.ok(used.includes(must), `the page uses ${must}`);
  for (const option of new Set(used)) assert.match(help, new RegExp(`^\\s+${option}\\b`, 'm'), `${option} is in --help`);
});

test('the commands docs/batch.md gives run on JSON lines and answer each in order', () => {
  const input = `${[1, 2, 3].map(record).join('\n')}\n`;
  const runs = commands().filter((c) => c.startsWith('--jsonl')).map((c) => c.replace(/\s*[<>|].*$/, '').split(/\s+/));
  assert.ok(runs.length >= 3, `commands found: ${JSON.stringify(runs)}`);
  for (const args of runs) {
    const r = runCli(args, input);
    assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), [1, 2, 3], args.join(' '));
  }
});

// Writes `count` lines and keeps standard input open until the first output
// line arrives: true when output came before the end of input.
function streams(args, count) {
  return new Promise((resolve, reject) => {
    const child = spawn(cliPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    let early = null;
    child.stdout.once('data', () => {
      early ??= true;
      child.stdin.end();
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(early) : reject(new Error(`exit ${code}`))));
    child.stdin.write(`${Array.from({ length: count }, (_, i) => record(i)).join('\n')}\n`);
    // No output at all after a minute: end the input, so the test fails rather than hangs.
    setTimeout(() => {
      early ??= false;
      child.stdin.end();
    }, 60_000).unref();
  });
}

test('--jsonl streams: results come out before the input ends, with one thread and with two', async () => {
  // Two threads hold up to 128 lines in their ring (one thread, one line): 400 lines are more than that.
  assert.equal(await streams(['--jsonl'], 400), true, 'one thread');
  assert.equal(await streams(['--jsonl', '--threads', '2'], 400), true, 'two threads');
});

// --threads N keeps N workers for the whole run and writes each line's result
// in input order: the bytes must be those of one thread, whatever N, with
// lines of every kind (errors of each sort, blank lines, CRLF, invalid UTF-8,
// a text over --max-bytes, long and short texts) and runs of them across the
// boundaries of the ring of 64 lines per thread.
function runBytes(args, input) {
  const r = spawnSync(cliPath, args, { input, maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

function mixedLine(i) {
  switch (i % 11) {
    case 3: return Buffer.from('this line is not JSON');
    case 5: return Buffer.from(JSON.stringify([i, 'an array, not an object']));
    case 7: return Buffer.from(JSON.stringify({ id: `missing-${i}` }));
    case 8: return Buffer.from(JSON.stringify({ id: i, text: 42 }));
    case 9: // a stray byte that is not UTF-8 inside the text: repaired, then annotated
      return Buffer.concat([Buffer.from(`{"id": ${i}, "text": "Caf`), Buffer.from([0xe9]), Buffer.from(' owners said prices rose."}')]);
    case 10: return Buffer.from(`${record(i)}\r`);
    default:
      // Every so often a text longer than --max-bytes (an error of annotate itself).
      return Buffer.from(i % 13 === 0 ? JSON.stringify({ id: i, text: 'The council said it would wait. '.repeat(80) }) : record(i));
  }
}

function input(lines) {
  return Buffer.concat(lines.flatMap((l, i) => (i % 17 === 16 ? [l, Buffer.from('\n  \n')] : [l, Buffer.from('\n')])));
}

const args = ['--jsonl', '--max-bytes', '2000'];

test('--threads 1, 2, 3 and 8 write the same bytes, one line per record, errors in place', () => {
  const lines = Array.from({ length: 530 }, (_, i) => mixedLine(i));
  const one = runBytes(args, input(lines));
  assert.equal(one.status, 0, one.stderr);
  const out = one.stdout.toString().split('\n');
  assert.equal(out.pop(), '');
  assert.equal(out.length, lines.length);
  const parsed = out.map((l) => JSON.parse(l));
  assert.equal(parsed[3].error, 'line is not valid JSON');
  assert.equal(parsed[5].error, 'line is not a JSON object');
  assert.equal(parsed[7].id, 'missing-7');
  assert.match(parsed[7].error, /missing string field/);
  assert.match(parsed[8].error, /missing string field/);
  assert.ok(!parsed[9].error && parsed[9].id === 9, 'a bad byte is repaired, the line annotated');
  assert.ok(parsed[26].error, 'a text over --max-bytes is an error line');
  assert.equal(parsed[26].id, 26);
  assert.ok(parsed[12].paragraphs, 'an ordinary line is annotated');
  for (const n of ['1', '2', '3', '8']) {
    const r = runBytes([...args, '--threads', n], input(lines));
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.equals(one.stdout), `--threads ${n}`);
  }
});

test('--threads N: a run of error lines across the ring\'s boundary, and errors only', () => {
  // Lines 100 to 300 are errors: the boundaries of 128 (two threads) and 192
  // (three) lines fall inside the run.
  const lines = Array.from({ length: 400 }, (_, i) => (i >= 100 && i < 300 ? Buffer.from(`{"id": ${i}, "text": `) : Buffer.from(record(i))));
  const one = runBytes(args, input(lines));
  assert.equal(one.status, 0, one.stderr);
  const parsed = one.stdout.toString().trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(parsed.length, 400);
  parsed.forEach((p, i) => assert.equal(Boolean(p.error), i >= 100 && i < 300, `line ${i}`));
  for (const n of ['2', '3', '8']) assert.ok(runBytes([...args, '--threads', n], input(lines)).stdout.equals(one.stdout), `--threads ${n}`);
  const errors = Array.from({ length: 300 }, () => Buffer.from('{'));
  const bad = runBytes(args, input(errors));
  assert.equal(bad.stdout.toString(), '{"id":null,"error":"line is not valid JSON"}\n'.repeat(300));
  for (const n of ['2', '8']) assert.ok(runBytes([...args, '--threads', n], input(errors)).stdout.equals(bad.stdout), `--threads ${n}`);
});

test('--threads N: empty input, blank lines only, one line, and one line with no newline at the end', () => {
  for (const n of ['1', '2', '3', '8']) {
    for (const empty of ['', '\n', '  \n\t\n\r\n']) {
      const r = runBytes(['--jsonl', '--threads', n], Buffer.from(empty));
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout.length, 0, `--threads ${n}, ${JSON.stringify(empty)}`);
    }
    const single = runBytes(['--jsonl', '--threads', n], Buffer.from(`${record(7)}\n`));
    assert.equal(single.status, 0, single.stderr);
    assert.equal(single.stdout.toString().split('\n').length, 2);
    assert.equal(JSON.parse(single.stdout.toString()).id, 7);
    const unterminated = runBytes(['--jsonl', '--threads', n], Buffer.from(record(7)));
    assert.ok(unterminated.stdout.equals(single.stdout), `--threads ${n}: the last line needs no newline`);
  }
});

test('--threads N: lines longer than the kept 256 KB between short ones', () => {
  const long = (i) => JSON.stringify({ id: i, text: `Officials said the plan, item ${i}, would cost more. `.repeat(6000) });
  const lines = Array.from({ length: 12 }, (_, i) => Buffer.from(i % 4 === 1 ? long(i) : record(i)));
  const one = runBytes(['--jsonl'], input(lines));
  assert.equal(one.status, 0, one.stderr);
  assert.equal(one.stdout.toString().trim().split('\n').length, 12);
  for (const n of ['2', '3']) assert.ok(runBytes(['--jsonl', '--threads', n], input(lines)).stdout.equals(one.stdout), `--threads ${n}`);
});

// Long result lines (and with N > 1 all of them) go to the output's file
// descriptor directly (docs/batch.md): the same bytes when that is a file,
// and when it is a pipe read slowly, so that writes block and may be taken in
// part; short lines (the error, the short records) between them keep their
// place.
test('--threads N: the same bytes written to a file and to a pipe read slowly', async () => {
  const long = (i) => JSON.stringify({ id: i, text: `The council said item ${i} would be “reviewed again,” aides said. `.repeat(900) });
  const lines = Array.from({ length: 60 }, (_, i) => Buffer.from(i % 5 === 2 ? long(i) : i === 9 ? '[1]' : record(i)));
  const one = runBytes(['--jsonl'], input(lines));
  assert.equal(one.status, 0, one.stderr);
  assert.ok(one.stdout.length > 1 << 20, 'more output than a pipe holds');
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-batch-'));
  try {
    for (const n of ['1', '2', '3']) {
      const path = join(dir, `out-${n}.jsonl`);
      const fd = openSync(path, 'w');
      const r = spawnSync(cliPath, ['--jsonl', '--threads', n], { input: input(lines), stdio: ['pipe', fd, 'pipe'] });
      closeSync(fd);
      assert.equal(r.status, 0, String(r.stderr));
      assert.ok(readFileSync(path).equals(one.stdout), `--threads ${n} to a file`);
      const slow = await new Promise((resolve, reject) => {
        const child = spawn(cliPath, ['--jsonl', '--threads', n], { stdio: ['pipe', 'pipe', 'inherit'] });
        const chunks = [];
        child.stdout.on('data', (c) => {
          chunks.push(c);
          child.stdout.pause();
          setTimeout(() => child.stdout.resume(), 2);
        });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`exit ${code}`))));
        child.stdin.end(input(lines));
      });
      assert.ok(slow.equals(one.stdout), `--threads ${n} to a pipe read slowly`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A run whose output cannot be written (a full disk) must not look finished:
// exit status 1 and a message, with short lines (stdio) and long ones (direct).
test('--jsonl: an output that cannot be written gives exit 1 and a message', { skip: !existsSync('/dev/full') }, () => {
  const long = (i) => JSON.stringify({ id: i, text: `The board said plan ${i} “would wait,” aides said. `.repeat(400) });
  for (const lines of [[Buffer.from(record(1))], [Buffer.from(long(1)), Buffer.from(record(2))]]) {
    for (const n of ['1', '2']) {
      const fd = openSync('/dev/full', 'w');
      const r = spawnSync(cliPath, ['--jsonl', '--threads', n], { input: input(lines), stdio: ['pipe', fd, 'pipe'] });
      closeSync(fd);
      assert.equal(r.status, 1, `--threads ${n}, ${lines.length} line(s)`);
      assert.match(String(r.stderr), /could not write/);
    }
  }
});
