// The report of `npm run bench` (issue 8): its closing table of targets
// (bench/targets.py) names every target, measured or not, and its splice into
// docs/benchmarks.md (bench/splice_report.py) replaces only the generated part.
// No timings asserted: the scripts are run on verdicts, reports and made-up
// timings written here (bench/cli_speed.py times for real; only its shape is checked).
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

test('the peers table gives the median of the runs a runner timed, and "–" for a runner that reports only its best', () => {
  const out = join(dir, 'peers');
  for (const sub of ['bench', 'metrics']) execFileSync('mkdir', ['-p', join(out, sub)]);
  const metrics = { exact: 40, cases: 4, failed_ids_ws_normalized: [], boundary: { f1: 0.9 } };
  // Made-up timings: 1 MB of text; per doc best 0.01 s and median 0.02 s (100 and 50 MB/s).
  const timed = { concat: { mb_per_s: 100, times_s: [0.01, 0.01, 0.01, 0.01, 0.01] },
    per_doc: { mb_per_s: 100, times_s: [0.03, 0.01, 0.02, 0.02, 0.04] } };
  const bestOnly = { concat: { mb_per_s: 20 }, per_doc: { mb_per_s: 20 } };
  for (const [name, bench] of [['claimscope-native', timed], ['icu4c', bestOnly]]) {
    writeFileSync(join(out, 'bench', `${name}.json`), JSON.stringify(bench));
    for (const g of ['golden_rules_en', 'golden_rules_en_extra', 'ud_gum_test', 'ud_ewt_test']) {
      writeFileSync(join(out, 'metrics', `${name}__${g}.json`), JSON.stringify(metrics));
    }
  }
  const table = python(['bench/peers_table.py', out], { CLAIMSCOPE_TARGETS: '' });
  assert.match(table, /\| MB\/s per doc \| MB\/s per doc \(median\) \|/);
  assert.match(table, /\| \*\*Claimscope \(native\)\*\* \|[^\n]*\| 100\.0 \| 100\.0 \| 50\.0 \| {2}\|/);
  assert.match(table, /\| ICU4C BreakIterator \(native\) \|[^\n]*\| 20\.0 \| 20\.0 \| – \| 5\.0× \|/);
  assert.match(table, /reports only its best/);
});

test('bench/cli_speed.py times the claimscope process at each stage and prints the full stage against the 50 MB/s bar', () => {
  const input = join(dir, 'cli-speed.jsonl');
  // Two records of our own text, with a field the script must drop.
  writeFileSync(input, [
    { id: 'a', text: 'The mayor said the bridge would reopen in May.\n\n"We are on schedule," she said.', gold: [1] },
    { id: 'b', text: 'Officials declined to comment on the report.' },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const out = python(['bench/cli_speed.py', '--runs', '1', input]);
  assert.match(out, /^Input: 2 records, /);
  for (const stage of ['segment', 'structure', 'full']) assert.match(out, new RegExp(`\\n\\| ${stage} \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\|`));
  assert.match(out, /native full annotation >= 50 MB\/s": [\d.]+ MB\/s wall \((met|NOT met)\), [\d.]+ MB\/s of CPU time \((met|NOT met)\)/);
});
