// Share links in the page (issue 6): a view shared by link opens the same in
// a fresh browser; a cut or altered link shows its message and nothing from
// it; hostile text stays text; annotations-only links re-attach to the same
// article and list what they cannot place. The worker is the fake core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { start, dist, openApp as openAppIn, annotateText as load } from './helpers.mjs';
import { useFakeCore, TEXT, ferryDoc } from './fake-core.mjs';
import { encodeShare } from '../../web/share-codec.js';
import { packState } from '../../web/share-state.js';

let env;
const openApp = ({ options = {} } = {}) => openAppIn(env, { options, prepare: (context) => useFakeCore(context, [[TEXT, ferryDoc()]]) });
// A fresh context opening `url` directly (no sample annotation to wait for first).
async function openLink(url, { options = {} } = {}) {
  const context = await env.browser.newContext(options);
  await useFakeCore(context, [[TEXT, ferryDoc()]]);
  const page = await context.newPage();
  const problems = [];
  const dialogs = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.goto(url);
  return { page, context, problems, dialogs };
}
const finished = (page) => page.waitForFunction(() => {
  const s = document.getElementById('status');
  return s.dataset.state === 'done' && s.textContent.startsWith('Annotated');
});

before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

// Highlights the nth sentence with the keyboard and a note.
async function highlightSentence(page, n, label, note) {
  await page.locator('body').click({ position: { x: 3, y: 3 } });
  for (let i = 0; i <= n; i++) await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add highlight' });
  await dialog.getByLabel('Label').selectOption(label);
  await dialog.getByLabel('Note (optional)').fill(note);
  await dialog.getByRole('button', { name: 'Save' }).click();
}

// What a reader sees of the view: text, marks (kind, text, tooltip), notes, speakers, layers.
async function viewOf(page) {
  return page.evaluate(() => ({
    box: document.getElementById('article-text').value,
    article: document.getElementById('article').textContent,
    marks: [...document.querySelectorAll('#article mark')].map((m) => [m.className, m.textContent, m.title]),
    notes: document.getElementById('notes').textContent,
    speakers: [...document.querySelectorAll('.speaker-name')].map((s) => s.textContent),
    pressed: [...document.querySelectorAll('.speaker[aria-pressed="true"] .speaker-name')].map((s) => s.textContent),
    layers: [...document.querySelectorAll('input[data-layer]')].map((b) => `${b.dataset.layer}:${b.checked}`),
    sentences: document.getElementById('show-sentences').checked,
  }));
}

async function copyLink(page, button = 'Copy share link') {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForFunction(() => /copied|by hand/.test(document.getElementById('share-message').textContent));
  return page.locator('#share-link').inputValue();
}

test('a shared view opens the same in a fresh browser: text, highlights, notes, corrections, layers, speaker', async () => {
  const { page, context, problems } = await openApp({ options: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await load(page, TEXT);
  await highlightSentence(page, 5, 'disputed', 'Which crossings? <b>bold</b>');
  await page.locator('#article mark.quote', { hasText: 'another season' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Correct this highlight' });
  await dialog.getByLabel('Or type a name').fill('Mira Osei');
  await dialog.getByRole('button', { name: 'Save speaker' }).click();
  await page.getByRole('region', { name: 'Legend' }).getByRole('checkbox', { name: /a hedge/ }).uncheck();
  await page.getByLabel('Show sentence boundaries').check();
  await page.locator('.speaker', { hasText: 'Owen Blake' }).click();
  const sent = await viewOf(page);
  assert.deepEqual(sent.pressed, ['Owen Blake']);

  // The meter shows the length and the channels before copying.
  // The meter of the last change: not one drawn for an earlier state.
  await page.waitForFunction(() => {
    const meter = document.getElementById('share-meter');
    return !meter.hasAttribute('aria-busy') && /Share link: [\d,]+ characters/.test(meter.textContent);
  });
  const meter = await page.locator('#share-meter').textContent();
  assert.match(meter, /✓ Email \(safe\) \(up to 2,000\): fits/);
  assert.match(meter, /✓ X \/ Telegram \(up to 4,096\): fits/);
  assert.match(await page.getByRole('region', { name: 'Share' }).textContent(), /never sent to any server/);

  const link = await copyLink(page);
  assert.ok(link.startsWith(`${env.url.replace(/\/$/, '')}/#cs1.`), link.slice(0, 60));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  const length = Number((await page.locator('#share-meter').textContent()).match(/Share link: ([\d,]+)/)[1].replace(/,/g, ''));
  assert.equal(length, link.length);

  const other = await openLink(link);
  await finished(other.page);
  const got = await viewOf(other.page);
  assert.deepEqual(got, sent);
  assert.equal(got.box, TEXT, 'byte-identical text');
  assert.match(got.notes, /disputed.*Which crossings\? <b>bold<\/b>/);
  assert.ok(got.speakers.includes('Mira Osei'));
  assert.equal(await other.page.locator('#notes b').count(), 0, 'a note is text, not markup');
  assert.equal(await other.page.evaluate(() => location.hash), '', 'the link is forgotten once opened');
  assert.deepEqual(other.problems, []);
  assert.deepEqual(other.dialogs, []);
  assert.deepEqual(problems, []);
  await other.context.close();
  await context.close();
});

test('a link too long for the chosen channel is flagged in words and the annotations-only link offered', async () => {
  // Varied words (a fixed pseudo-random sequence), so the text does not compress away.
  const words = ['harbour', 'council', 'ferry', 'budget', 'crossing', 'mayor', 'river', 'landing', 'repairs', 'season', 'vote', 'east', 'bank', 'timetable', 'fares', 'bridge'];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);   // MINSTD
  const lines = [];
  for (let p = 0; p < 60; p++) lines.push(Array.from({ length: 24 }, () => words[next() % words.length] + (next() % 7 === 0 ? `${next() % 100}` : '')).join(' ') + '.');
  const text = lines.join('\n');
  const { page, context } = await openApp();
  await load(page, text);
  await page.getByLabel('I will send it by').selectOption('email');
  await page.waitForFunction(() => /Too long for/.test(document.getElementById('share-meter').textContent));
  const meter = await page.locator('#share-meter').textContent();
  assert.match(meter, /✗ Email \(safe\) \(up to 2,000\): too long by [\d,]+/);
  assert.match(meter, /⚠ Too long for Email \(safe\)\. The annotations-only link is \d+ characters/);

  // Past any channel: the meter says so without packing the whole article.
  await load(page, `${text}\n`.repeat(12));
  await page.waitForFunction(() => /far too long/.test(document.getElementById('share-meter').textContent));
  assert.match(await page.locator('#share-meter').textContent(), /Annotations-only link: \d+ characters/);
  const link = await copyLink(page);
  assert.match(link, /#cs1\./, 'Copy share link still makes the whole link');
  await context.close();
});

test('without clipboard access the link waits in a read-only field to be copied by hand', async () => {
  const { page, context } = await openApp();
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  const link = await copyLink(page);
  const field = page.getByLabel(/copy by hand/);
  assert.ok(await field.isVisible());
  assert.equal(await field.getAttribute('readonly'), '');
  assert.equal(await field.inputValue(), link);
  assert.match(await page.locator('#share-message').textContent(), /did not allow copying/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share-link');
  await context.close();
});

test('a link cut at any position or altered in any character shows its message and nothing from it', async () => {
  const secret = 'Zanzibar harbour reopens.\n“Boats are back,” said Mayor Ines Quayle.';
  const fragment = await encodeShare(packState({ text: secret, annotations: [], corrections: [] }));
  const { page, context, problems } = await openApp();
  const box = await page.getByLabel('Article text').inputValue();
  const results = await page.evaluate(async (fragment) => {
    const message = document.getElementById('link-message');
    const out = [];
    async function attempt(hash) {
      message.hidden = true;
      message.textContent = '';
      location.hash = hash;
      for (let i = 0; i < 500 && message.hidden; i++) await new Promise((r) => setTimeout(r, 2));
      const shown = document.getElementById('article').textContent + document.getElementById('article-text').value + document.getElementById('notes').textContent;
      out.push({ hash: hash.slice(-6), text: message.hidden ? null : message.textContent, leaked: shown.includes('Zanzibar') || shown.includes('Quayle') });
    }
    // Cut at every position after the prefix (a shorter start is no Claimscope link at all).
    for (let cut = 4; cut < fragment.length; cut++) await attempt(fragment.slice(0, cut));
    // Every character of the body replaced by another.
    for (let i = 4; i < fragment.length; i++) {
      const c = fragment[i];
      await attempt(fragment.slice(0, i) + (c === 'A' ? 'B' : c === '-' ? '_' : 'A') + fragment.slice(i + 1));
    }
    return out;
  }, fragment);
  assert.equal(results.length, 2 * (fragment.length - 4));
  for (const r of results) {
    assert.match(r.text ?? 'no message', /^This link (is incomplete|is damaged|was made by a different version)/, JSON.stringify(r));
    assert.equal(r.leaked, false);
  }
  // A cut inside a base64 group can leave stray bits, which reads as damage; most cuts say "incomplete".
  const cuts = results.slice(0, fragment.length - 4);
  assert.ok(cuts.filter((r) => /incomplete/.test(r.text)).length > cuts.length / 2, 'a link cut short mostly says so');
  assert.equal(await page.getByLabel('Article text').inputValue(), box, 'the page kept its own article');
  assert.deepEqual(problems, []);
  // The whole link still opens.
  await page.evaluate((f) => { location.hash = f; }, fragment);
  await page.waitForFunction(() => document.getElementById('article').textContent.includes('Zanzibar'));
  await context.close();
});

test('hostile text in a link is shown as inert text', async () => {
  const text = [
    'Council <script>alert(1)</script> meets',
    '<img src=x onerror=alert(1)> said the clerk.',
    'See javascript:alert(1) and <a href="javascript:alert(1)">this</a>.',
  ].join('\n');
  const fragment = await encodeShare(packState({
    text,
    annotations: [{ start: 0, end: 7, label: '<img src=x onerror=alert(2)>', note: '<script>alert(3)</script>' }],
    corrections: [],
    labels: ['verified', '<svg onload=alert(4)>'],
  }));
  const { page, context, problems, dialogs } = await openLink(`${env.url}#${fragment}`);
  await finished(page);
  await page.waitForTimeout(300);   // time for an onerror or onload to fire, were there any
  assert.equal(await page.getByLabel('Article text').inputValue(), text);
  assert.equal(await page.locator('#article').textContent(), text.replace(/\n/g, ''));
  assert.equal(await page.locator('main script, main img, main a[href^="javascript"], main svg').count(), 0);
  assert.match(await page.locator('#notes').textContent(), /<script>alert\(3\)<\/script>/);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an annotations-only link re-attaches to the same article and lists what an edited one lacks', async () => {
  const { page, context } = await openApp();
  await load(page, TEXT);
  await highlightSentence(page, 5, 'disputed', 'Which crossings?');
  await highlightSentence(page, 8, 'needs source', 'Who are the critics?');
  const link = await copyLink(page, 'Copy annotations-only link');
  assert.match(link, /#csa1\./);
  assert.ok(!link.includes('Natarajan'));
  await context.close();

  // The same article pasted: both notes attach where they were.
  const same = await openLink(link);
  await same.page.waitForFunction(() => /Paste the same article/.test(document.getElementById('link-message').textContent));
  assert.equal(await same.page.getByLabel('Article text').inputValue(), '');
  await load(same.page, TEXT);
  await same.page.waitForFunction(() => /re-attached/.test(document.getElementById('link-message').textContent));
  assert.match(await same.page.locator('#link-message').textContent(), /This is the article the notes were made on\. All 2 re-attached/);
  assert.deepEqual(await same.page.locator('#article mark.own').allTextContents(), [
    'Natarajan said the first crossings could start by May.', 'Critics called the plan a “vanity project”.',
  ]);
  assert.deepEqual(same.problems, []);
  await same.context.close();

  // An edited article: the critics' sentence is gone, its note is kept and listed as an orphan.
  const edited = await openLink(link);
  await edited.page.waitForFunction(() => !document.getElementById('link-message').hidden);
  await load(edited.page, `Update: the vote was close.\n${TEXT.replace('Critics called the plan a “vanity project”.', '')}`);
  await edited.page.waitForFunction(() => /re-attached/.test(document.getElementById('link-message').textContent));
  assert.match(await edited.page.locator('#link-message').textContent(), /differs.*1 of 2 re-attached; 1 could not be found/);
  assert.deepEqual(await edited.page.locator('#article mark.own').allTextContents(), ['Natarajan said the first crossings could start by May.']);
  const notes = await edited.page.locator('#notes').textContent();
  assert.match(notes, /needs source.*Critics called the plan a “vanity project”\..*no longer in the text.*Who are the critics\?/);
  await edited.context.close();
});

test('opening a link over the untouched sample does not ask', async () => {
  const { page, context } = await openApp();
  const fragment = await encodeShare(packState({ text: 'Another article entirely.', annotations: [], corrections: [] }));
  await page.evaluate((f) => { location.hash = f; }, fragment);
  await page.waitForFunction(() => document.getElementById('article').textContent === 'Another article entirely.');
  assert.equal(await page.locator('dialog[open]').count(), 0);
  await context.close();
});

test('opening a link over different local work asks first; keeping it changes nothing', async () => {
  const { page, context } = await openApp();
  await load(page, TEXT);
  await highlightSentence(page, 5, 'verified', 'Mine.');
  await page.waitForTimeout(400);   // the autosave pause
  const fragment = await encodeShare(packState({ text: 'Another article entirely.', annotations: [], corrections: [] }));
  await page.evaluate((f) => { location.hash = f; }, fragment);
  const dialog = page.getByRole('dialog', { name: 'Open the shared view?' });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /the article in the text box, 1 highlight/);
  await dialog.getByRole('button', { name: 'Keep my work' }).click();
  await page.waitForFunction(() => /not opened/.test(document.getElementById('link-message').textContent));
  assert.equal(await page.getByLabel('Article text').inputValue(), TEXT);
  assert.equal(await page.locator('#article mark.own').count(), 1);

  await page.evaluate((f) => { location.hash = f; }, fragment);
  await dialog.getByRole('button', { name: 'Replace my work' }).click();
  await page.waitForFunction(() => document.getElementById('article').textContent === 'Another article entirely.');
  assert.equal(await page.locator('#article mark.own').count(), 0);
  await context.close();
});

test('the offline file (file://) opens a share link and makes links to itself', async () => {
  const file = pathToFileURL(`${dist}/claimscope.html`).href;
  const text = 'Harbour Fees Rise Again\nThe port raised its fees on Monday. Officials said the rise was small.';
  const start = text.indexOf('The port');
  const fragment = await encodeShare(packState({ text, annotations: [{ start, end: start + 35, label: 'verified', note: 'From the minutes.' }], corrections: [] }));
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${file}#${fragment}`);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Annotated') && document.querySelector('#article mark.own'));
  assert.equal(await page.getByLabel('Article text').inputValue(), text);
  assert.equal(await page.locator('#article mark.own').textContent(), 'The port raised its fees on Monday.');
  assert.match(await page.locator('#notes').textContent(), /From the minutes\./);
  const link = await copyLink(page);
  assert.ok(link.startsWith(`${file}#cs1.`), link.slice(0, 80));
  assert.deepEqual(problems, []);
  await context.close();
});
