// The whole page in Chromium, with the real WebAssembly core in its worker:
// the sample on load, annotating typed text, untrusted text staying inert,
// the five shared sample articles, errors in the status line, a screenshot.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { start, openPage, annotated, root, dist, samplesDir } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const squeeze = (s) => s.replace(/\s+/g, '');
const lines = (s) => s.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');

// Fills the text box, presses Annotate and waits for the answer.
async function annotateText(page, text) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.waitForFunction((t) => {
    const s = document.getElementById('status');
    return s.dataset.state !== 'working' && document.getElementById('article-text').value === t;
  }, text);
  return annotated(page);
}

const paragraphTexts = (page) => page.locator('article [data-paragraph]').evaluateAll((els) => els.map((e) => e.textContent));

const SEAWALL = [
  'Harbour Town Opens Its New Seawall',
  'By Lena Moravec',
  'PORTHAVEN — A new seawall opened on Friday after two years of building work along the old quay.',
  '“This wall will protect four hundred homes from winter storms,” said Mayor Colin Adair.',
  'Engineer Sofia Brandt said the design had been tested against a once-in-a-century flood. “We built it to last,” she said.',
  'Read more: Porthaven ferry timetable changes',
].join('\n');

test('the page loads with the sample article preloaded and annotated, without errors', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  const status = await annotated(page);
  assert.equal(status.state, 'done', status.text);
  assert.match(status.text, /paragraph/);
  const sample = readFileSync(`${dist}/sample-article.txt`, 'utf8');
  assert.equal(await page.getByLabel('Article text').inputValue(), sample);
  assert.deepEqual(await paragraphTexts(page), lines(sample));
  assert.equal(await page.getByRole('status').count(), 1);
  assert.equal(await page.getByRole('complementary', { name: 'Speakers' }).getByRole('heading', { name: 'Speakers' }).count(), 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the page annotates the sample itself; its worker starts after that answer and takes the next request', async () => {
  const page = await env.browser.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  // Records when the page makes a worker, on the page's clock.
  await page.addInitScript(() => {
    window.workersMade = [];
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(...args) {
        super(...args);
        window.workersMade.push(performance.now());
      }
    };
  });
  await page.goto(env.url);
  assert.equal((await annotated(page)).state, 'done');
  const [rendered, made] = await page.evaluate(() => [performance.getEntriesByName('claimscope:rendered')[0]?.startTime, window.workersMade]);
  assert.ok(rendered > 0, 'the sample was rendered');
  assert.equal(made.length, 1, 'one worker, for later requests');
  assert.ok(made[0] > rendered, `worker made at ${made[0]} ms, after the sample's render at ${rendered} ms`);
  const status = await annotateText(page, SEAWALL);
  assert.equal(status.state, 'done', status.text);
  assert.deepEqual(await paragraphTexts(page), lines(SEAWALL));
  assert.equal((await page.evaluate(() => window.workersMade)).length, 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('typed text is annotated on Annotate, paragraph by paragraph, text exact', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  const status = await annotateText(page, SEAWALL);
  assert.equal(status.state, 'done', status.text);
  assert.deepEqual(await paragraphTexts(page), SEAWALL.split('\n'));
  assert.equal(squeeze(await page.locator('article').textContent()), squeeze(SEAWALL));
  const sentences = await page.locator('article .sentence').evaluateAll((els) => els.map((e) => e.textContent).join(''));
  assert.equal(squeeze(sentences), squeeze(SEAWALL), 'sentences cover all the text');
  assert.deepEqual(problems, []);
  await page.close();
});

// These assertions need the real quote, attribution and role stages of the
// core; with the core stubs they fail (everything is one plain body text).
test('annotates quotes and speakers (needs core)', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  await annotateText(page, SEAWALL);
  const article = page.locator('article');
  const quotes = article.locator('mark.quote');
  assert.ok(await quotes.count() >= 2, 'the two quotations are highlighted');
  assert.equal(await quotes.first().textContent(), '“This wall will protect four hundred homes from winter storms,”');
  assert.match(await quotes.first().getAttribute('title'), /Colin Adair/);
  assert.equal(await quotes.first().getAttribute('tabindex'), '0');
  assert.ok(await article.locator('mark.reported').count() >= 1, 'Brandt’s reported claim is highlighted');
  assert.equal(await article.locator('[data-paragraph="0"]').getAttribute('data-role'), 'title');
  assert.equal(await article.locator('[data-paragraph="1"]').getAttribute('data-role'), 'byline');

  const panel = page.getByRole('complementary', { name: 'Speakers' });
  const names = await panel.locator('.speaker-name').allTextContents();
  assert.ok(names.some((n) => n.includes('Adair')), `speakers: ${names}`);
  assert.ok(names.some((n) => n.includes('Brandt')), `speakers: ${names}`);
  const adair = panel.locator('li', { hasText: 'Adair' });
  assert.match(await adair.locator('.speaker-counts').textContent(), /^1 quote · 0 reported claims$/);
  const brandt = panel.locator('li', { hasText: 'Brandt' });
  assert.match(await brandt.locator('.speaker-counts').textContent(), /^1 quote · 1 reported claim$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('pressing either of two speakers who said one thing spotlights that claim', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  await annotateText(page, 'Talks Stall in Oslo\n\nNorway and Denmark said the fishing talks had failed. Iceland said the talks would resume in March.');
  const panel = page.getByRole('complementary', { name: 'Speakers' });
  const lit = () => page.locator('article mark.lit').allTextContents();
  await panel.getByRole('button', { name: /Denmark/ }).click();
  assert.deepEqual(await lit(), ['the fishing talks had failed']);
  await panel.getByRole('button', { name: /Norway/ }).click();
  assert.deepEqual(await lit(), ['the fishing talks had failed']);
  await panel.getByRole('button', { name: /Iceland/ }).click();
  assert.deepEqual(await lit(), ['the talks would resume in March']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a speaker pressed while a long Claims list is still filling filters the items made after it', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  // Two speakers taking turns, long enough that the list fills over many slices.
  const lines = ['Council Debates the Harbour Budget'];
  for (let i = 0; i < 3000; i++) {
    lines.push(i % 2 === 0
      ? `“Item ${i} of the budget must wait until spring,” said Mayor Ada Finch.`
      : `“Item ${i} of the budget cannot wait at all,” said councillor Tom Reyes.`);
  }
  const text = lines.join('\n\n');
  await page.getByLabel('Article text').evaluate((box, t) => { box.value = t; }, text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  // Press Reyes as soon as the list has its first items: right after the
  // first slice's task (a mutation observer runs at its end).
  const { pressed, atPress } = await page.evaluate(() => new Promise((resolve) => {
    const claims = document.getElementById('claims');
    const seen = new MutationObserver(() => {
      const button = [...document.querySelectorAll('#speakers button[data-speaker]')].find((b) => b.textContent.includes('Reyes'));
      const made = claims.querySelectorAll('.claim-list li').length;
      if (!button || made === 0) return;
      seen.disconnect();
      button.click();
      resolve({ pressed: button.dataset.speaker, atPress: made });
    });
    seen.observe(claims, { childList: true, subtree: true });
  }));
  await annotated(page);
  // The list is done when its item count stops growing.
  let made = -1;
  for (let now = 0; now !== made; await page.waitForTimeout(300)) {
    made = now;
    now = await page.locator('#claims .claim-list li').count();
  }
  assert.ok(atPress < made, `pressed at ${atPress} of ${made} items, while the list was filling`);
  const shown = await page.locator('#claims .claim-list li:not([hidden])').evaluateAll((els) => els.map((li) => li.dataset.speakers));
  assert.ok(shown.length >= 1000, `Reyes's claims are shown: ${shown.length}`);
  assert.deepEqual(shown.filter((s) => !s.split(' ').includes(pressed)), [], 'every item shown is Reyes\'s');
  assert.deepEqual(problems, []);
  await page.close();
});

test('only sentences scoring past the line are marked check-worthy, each saying why', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  await annotateText(page, [
    'Bridge Tolls Rise in Vellmark',
    'The Vellmark Bridge Authority raised tolls by 14% in March, the largest increase since 2009, according to its annual report. Drivers grumbled. Will it last?',
  ].join('\n\n'));
  const marked = page.locator('article .sentence.checkworthy');
  assert.equal(await marked.count(), 1);
  assert.match(await marked.textContent(), /^The Vellmark Bridge Authority raised tolls/);
  const why = await marked.getAttribute('title');
  assert.match(why, /^Check-worthy sentence \(score 0\.\d\d\): /);
  assert.match(why, /has a number/);
  assert.match(why, /an amount or a rate/);
  // Scored but under the line: no mark, no tooltip.
  assert.equal(await page.locator('article .sentence:not(.checkworthy)[title]').count(), 0);
  assert.ok(await page.locator('article .sentence:not(.checkworthy)').count() >= 3);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a link opened after the sample reuses the page\'s module: the wasm is fetched once', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  const { encodeShare } = await import('../../web/share-codec.js');
  const { packState } = await import('../../web/share-state.js');
  const fragment = await encodeShare(packState({ text: 'The ferry ran late on Monday.', annotations: [], corrections: [] }));
  await page.evaluate((f) => { location.hash = f; }, fragment);
  await page.waitForFunction(() => document.getElementById('article').textContent === 'The ferry ran late on Monday.');
  const wasmFetches = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length);
  assert.equal(wasmFetches, 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('emoji, combining accents and no-break spaces keep every offset exact', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  const text = ['Ce\u0301line 🎉 Wins 🏆 Prize', '“Merci 🙏,” said Ce\u0301line\u00a0Roux.', 'Price: 5\u00a0€ 👍🏽 and more.'].join('\n');
  await annotateText(page, text);
  assert.deepEqual(await paragraphTexts(page), text.split('\n'));
  const sentences = await page.locator('article .sentence').allTextContents();
  assert.ok(sentences.every((s) => text.includes(s)), `sentences are slices of the text: ${sentences}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('text is annotated by itself after a pause in typing', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  const box = page.getByLabel('Article text');
  await box.fill('');
  await box.pressSequentially('Short note.\nSecond line', { delay: 5 });
  await page.waitForFunction(() => {
    const a = document.querySelectorAll('article [data-paragraph]');
    return a.length === 2 && a[1].textContent === 'Second line';
  });
  assert.deepEqual(await paragraphTexts(page), ['Short note.', 'Second line']);
  // Ctrl+Enter annotates at once (the value is set without an input event,
  // so only the shortcut can start this annotation).
  await box.evaluate((b) => { b.value = 'Set quietly.'; });
  await box.press('Control+Enter');
  await page.waitForFunction(() => document.querySelector('article [data-paragraph="0"]')?.textContent === 'Set quietly.');
  assert.deepEqual(problems, []);
  await page.close();
});

test('untrusted text renders as inert, literal text', async () => {
  const { page, problems, dialogs } = await openPage(env.browser, env.url);
  await annotated(page);
  const hostile = [
    'Markup <script>alert(1)</script> in a headline',
    '“<img src=x onerror=alert(1)>,” said Eve Mallory.',
    'A link: javascript:alert(1) and <a href="javascript:alert(1)">click</a> &amp; &lt;b&gt;',
  ];
  await annotateText(page, hostile.join('\n'));
  assert.deepEqual(await paragraphTexts(page), hostile);
  const article = page.locator('article');
  assert.equal(await article.locator('script, img, a, b, iframe, object').count(), 0);
  assert.ok(await page.getByText('<script>alert(1)</script>').isVisible());
  assert.ok(await page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first().isVisible());
  await page.waitForTimeout(300);   // room for any deferred onerror to fire
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the five sample articles annotate without errors and without losing text', async () => {
  const dir = samplesDir();
  assert.ok(existsSync(dir), `samples not found in ${dir} (set CLAIMSCOPE_SHARED)`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  assert.equal(files.length, 5);
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  for (const f of files) {
    const text = readFileSync(`${dir}/${f}`, 'utf8');
    const status = await annotateText(page, text);
    assert.equal(status.state, 'done', `${f}: ${status.text}`);
    assert.equal(squeeze(await page.locator('article').textContent()), squeeze(text), `${f}: the article shows all the text`);
    assert.deepEqual(await paragraphTexts(page), lines(text), `${f}: one paragraph per line`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('a stale answer never replaces a newer one', async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await annotated(page);
  // Two requests in one task: the first answer can only arrive after the
  // second request is out, so it is stale and must never be shown.
  await page.evaluate(() => {
    const article = document.getElementById('article');
    window.renders = [];
    new MutationObserver(() => window.renders.push(article.textContent)).observe(article, { childList: true });
    const box = document.getElementById('article-text');
    const button = document.getElementById('annotate');
    box.value = 'An older text, long enough to take a while. '.repeat(2000);
    button.click();
    box.value = 'The final text.';
    button.click();
  });
  await annotated(page);
  await page.waitForTimeout(300);   // room for a misplaced older answer
  assert.deepEqual(await paragraphTexts(page), ['The final text.']);
  assert.deepEqual(await page.evaluate(() => window.renders), ['The final text.'], 'rendered once, the newest text');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a core that fails to load shows an error in the status line', async () => {
  const page = await env.browser.newPage();
  await page.route('**/claimscope-core.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(env.url);
  const status = await annotated(page);
  assert.equal(status.state, 'error');
  assert.match(status.text, /^Error/);
  assert.ok(await page.getByRole('status').isVisible());
  await page.close();
});

test('full-page screenshot of the annotated sample (test-results/page.png)', async () => {
  const { page, problems } = await openPage(env.browser, env.url, { viewport: { width: 1280, height: 900 } });
  await annotated(page);
  await page.screenshot({ path: `${root}test-results/page.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});
