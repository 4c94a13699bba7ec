// The shipped check-worthiness weights (core/rules/checkworthy.h) are the
// trainer's output for today's features: a change to a feature that moves
// the fit must come with a refit (bench/train_checkworthy.py --write).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import test from 'node:test';
import assert from 'node:assert/strict';

import { cliPath, root, sharedDir } from './helpers.mjs';

const data = `${sharedDir}/bench/checkworthy`;
const missing = !existsSync(`${data}/clef2019_task1_train.jsonl`) ? `${data} is absent`
  : !existsSync(cliPath) ? `${cliPath} is not built` : '';

test('the shipped check-worthiness weights equal the trainer\'s fit', { skip: missing || false }, () => {
  const r = spawnSync('python3', [`${root}bench/train_checkworthy.py`, '--check'], {
    encoding: 'utf8',
    env: { ...process.env, CLAIMSCOPE_SHARED: sharedDir, CLAIMSCOPE_CLI: cliPath },
    maxBuffer: 1 << 26,
  });
  assert.notEqual(r.status, 2, `the trainer skipped: ${r.stdout}${r.stderr}`);
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});
