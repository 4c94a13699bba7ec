// A failed allocation in the worker: with the annotator's memory capped
// (?memory-limit-mb), a text too large for it fails with an error in the
// status line, the worker survives, and the next article annotates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, annotated } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

async function annotateText(page, text) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.waitForFunction(() => document.getElementById('status').dataset.state !== 'working');
  return annotated(page);
}

test('running out of memory reports an error, then the page annotates again', async () => {
  const { page, problems } = await openPage(env.browser, new URL('?memory-limit-mb=32', env.url).href);
  assert.equal((await annotated(page)).state, 'done');   // the sample article fits
  // About 2 MB of ordinary sentences: its buffer fits, its annotation does not.
  const sentence = 'The committee said on Tuesday that “the figures are final,” according to a statement. ';
  const big = sentence.repeat(Math.ceil((2 * 2 ** 20) / sentence.length));
  const failed = await annotateText(page, big);
  assert.equal(failed.state, 'error', failed.text);
  assert.match(failed.text, /not enough memory/);

  const fine = await annotateText(page, 'Budget talks resume\n\n“We are close,” the minister said on Monday.');
  assert.equal(fine.state, 'done', fine.text);
  assert.equal(await page.locator('article [data-paragraph]').count(), 2);
  assert.deepEqual(problems, []);
  await page.close();
});
