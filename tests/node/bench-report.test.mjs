// The report of `npm run bench` (issue 8): its closing table of targets
// (bench/targets.py) names every target, measured or not, and its splice into
// docs/benchmarks.md (bench/splice_report.py) replaces only the generated part.
// No timings: the scripts are run on verdicts and reports written here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'claimscope-bench-report-'));
const python = (args, env = {}) => execFileSync('python3', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });

test('the targets table lists every target of issue 8, with a reported verdict or "not measured"', () => {
  const file = join(dir, 'targets.jsonl');
  writeFileSync(file, '');
  // A part's verdict, as bench/threads.py and bench/peers_table.py write theirs.
  python(['-c', 'import sys; sys.path.insert(0, "bench"); from targets import report; '
    + 'report("--threads 2 >= 1.7x one thread", "test", "1.80x", True); '
    + 'report("native full annotation >= 50 MB/s", "test", "slowest 40 MB/s", False)'], { CLAIMSCOPE_TARGETS: file });
  const table = python(['bench/targets.py', file]).trim().split('\n');
  assert.equal(table[0], '| target | where | measured | met |');
  const rows = table.slice(2);
  assert.equal(rows.length, 11, 'one row per target of the issue');
  assert.ok(rows.includes('| --threads 2 >= 1.7x one thread | test | 1.80x | yes |'));
  assert.ok(rows.includes('| native full annotation >= 50 MB/s | test | slowest 40 MB/s | no |'));
  assert.equal(rows.filter((r) => r.includes('not measured in this run')).length, 9);
});

test('without $CLAIMSCOPE_TARGETS a verdict is only printed, not kept', () => {
  const env = { ...process.env };
  delete env.CLAIMSCOPE_TARGETS;
  execFileSync('python3', ['-c', 'import sys; sys.path.insert(0, "bench"); from targets import report; report("x", "y", "z", True)'], { cwd: root, env });
  assert.match(python(['bench/targets.py', join(dir, 'none.jsonl')]), /\| --threads 2 >= 1\.7x one thread \| – \| not measured in this run \| – \|/);
});

test('the report replaces only what lies between the markers of docs/benchmarks.md', () => {
  const begin = '<!-- npm run bench: begin (bench/splice_report.py replaces what follows, up to the end marker) -->';
  const end = '<!-- npm run bench: end -->';
  const docPath = join(dir, 'benchmarks.md');
  const reportPath = join(dir, 'report.md');
  writeFileSync(docPath, `# Benchmarks\n\nHand-kept table.\n\n${begin}\n\nold run\n\n${end}\n\nA note after the run.\n`);
  writeFileSync(reportPath, '## The latest run\n\n## Native throughput\n\nnew run\n');
  python(['bench/splice_report.py', reportPath, docPath]);
  const out = readFileSync(docPath, 'utf8');
  assert.ok(out.startsWith('# Benchmarks\n\nHand-kept table.\n\n'));
  assert.ok(out.endsWith(`${end}\n\nA note after the run.\n`));
  assert.ok(!out.includes('old run'));
  // One heading level down inside the file, the first line kept as it is.
  assert.ok(out.includes(`${begin}\n\n## The latest run\n\n### Native throughput\n\nnew run\n\n${end}`));
});
