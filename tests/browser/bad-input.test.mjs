// Hostile and odd input reaching the page: nothing crashes, no text is lost,
// and a refused input leaves the page able to annotate again.
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

// The text box normalises line ends (CR LF and CR become LF) and may keep or
// replace lone surrogates, so wait on the answer to this click, not on the text.
async function annotateText(page, text) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.waitForFunction(() => document.getElementById('status').dataset.state !== 'working');
  return annotated(page);
}

const paragraphTexts = (page) => page.locator('article [data-paragraph]').evaluateAll((els) => els.map((e) => e.textContent));

// Each case: the text as pasted, and the paragraphs it must show (exactly).
const CASES = [
  { name: 'BOM, CRLF and lone CR', text: '\uFEFFTitle line\r\nSecond line.\rThird line.', paragraphs: ['Title line', 'Second line.', 'Third line.'] },
  { name: 'U+2028 and U+2029', text: 'One.\u2028Two.\u2029Three.', paragraphs: ['One.', 'Two.', 'Three.'] },
  { name: 'NUL and control characters', text: 'A\u0000B said “yes\u0007.”\nNext.', paragraphs: ['A\u0000B said “yes\u0007.”', 'Next.'] },
  { name: 'soft hyphens and zero-width characters', text: 'Inter\u00ADnational talks\u200B resumed\u200D today.', paragraphs: ['Inter\u00ADnational talks\u200B resumed\u200D today.'] },
  { name: 'right-to-left and CJK', text: 'שלום עולם. מה שלומך?\n北京今天下雨。明天晴！\nمرحبا بالعالم؟ نعم.', paragraphs: ['שלום עולם. מה שלומך?', '北京今天下雨。明天晴！', 'مرحبا بالعالم؟ نعم.'] },
  { name: 'lone surrogates', text: 'Broken \uD800 pair.\nAnd \uDC00 another 😀.', paragraphs: ['Broken \uFFFD pair.', 'And \uFFFD another 😀.'] },
  { name: 'only white space', text: ' \n\t\n   ', paragraphs: [] },
];

for (const c of CASES) {
  test(`odd input renders without loss: ${c.name}`, async () => {
    const { page, problems } = await openPage(env.browser, env.url);
    await annotated(page);
    const status = await annotateText(page, c.text);
    assert.equal(status.state, 'done', status.text);
    const shown = await paragraphTexts(page);
    // The page may show lone surrogates as typed or as U+FFFD; compare well-formed.
    assert.deepEqual(shown.map((s) => s.toWellFormed()), c.paragraphs);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('binary junk and a run of 20,000 quote marks annotate without errors', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  let junk = '';
  for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 0xd7ff);
  for (const text of [junk, '“'.repeat(10000) + '"'.repeat(10000)]) {
    const status = await annotateText(page, text);
    assert.equal(status.state, 'done', status.text);
  }
  assert.deepEqual(problems, []);
  await page.close();
});
