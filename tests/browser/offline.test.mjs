// dist/claimscope.html: the single-file app, opened from file:// with no server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { dist, start, openPage, annotated } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test('the offline file annotates a pasted article from file://', async () => {
  const url = pathToFileURL(`${dist}/claimscope.html`).href;
  const { page, problems, dialogs } = await openPage(env.browser, url);
  const first = await annotated(page);
  assert.equal(first.state, 'done', first.text);
  const text = 'Harbour Fees Rise Again\n\nBy Lena Ortiz\n\nThe port raised its fees on Monday. Officials said the rise was small.\n\n“We had no choice,” the director said.';
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.waitForFunction(() => document.querySelector('article')?.textContent.includes('Harbour Fees Rise Again'));
  const status = await annotated(page);
  assert.equal(status.state, 'done', status.text);
  const paragraphs = await page.locator('article [data-paragraph]').allTextContents();
  assert.deepEqual(paragraphs, text.split('\n\n'));
  assert.deepEqual(problems, []);
  assert.deepEqual(dialogs, []);
  await page.close();
});
