// A real failed allocation: with the module's memory capped at 32 MB, a text
// whose annotation needs more fails with a clear error, and the next load()
// makes a fresh instance that annotates normally.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load, annotate, memoryBytes } from 'claimscope';

const LIMIT = 32 * 2 ** 20;
const sentence = 'The committee said on Tuesday that “the figures are final,” according to a statement. ';

test('out of memory is an error, and a fresh instance annotates again', async () => {
  await load({ maxMemoryBytes: LIMIT });
  const big = sentence.repeat(Math.ceil((2 * 2 ** 20) / sentence.length));
  assert.throws(() => annotate(big), /not enough memory/);
  assert.throws(() => annotate('Too early.'), /before load\(\) resolved/);
  await load({ maxMemoryBytes: LIMIT });
  const doc = annotate('Budget talks resume.\n\n“We are close,” the minister said on Monday.');
  assert.equal(doc.paragraphs.length, 2);
  assert.equal(doc.quotes.length, 1);
  assert.ok(memoryBytes() <= LIMIT);
});

test('a text that fits under the cap annotates', async () => {
  await load({ maxMemoryBytes: LIMIT });
  const doc = annotate(sentence.repeat(1000));
  assert.equal(doc.sentences.length, 1000);
});
