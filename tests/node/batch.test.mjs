// Batch mode as docs/batch.md describes it (issue 8): every option its
// recipes give the tool is one the tool has, the recipes' commands run, and
// output streams (lines come out while input is still going in).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  // Two threads read a window of 128 lines before answering; 400 lines fill three.
  assert.equal(await streams(['--jsonl'], 400), true, 'one thread');
  assert.equal(await streams(['--jsonl', '--threads', '2'], 400), true, 'two threads');
});
