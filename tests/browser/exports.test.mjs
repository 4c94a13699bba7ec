// Exports, imports and print (issue 6): every export downloads; the W3C file
// has the Web Annotation Data Model's shape (code-point positions) and
// re-imports to the same highlights; the Claimscope file restores the whole
// view in a fresh browser; the HTML file reads offline with no script; a bad
// file changes nothing; printing hides the controls. Fake core throughout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { start, root, openApp as openAppIn, annotateText as load } from './helpers.mjs';
import { useFakeCore, TEXT, ferryDoc } from './fake-core.mjs';

let env;
const openApp = (options = {}) => openAppIn(env, { options, prepare: (context) => useFakeCore(context, [[TEXT, ferryDoc()]]) });
const out = `${root}test-results`;

before(async () => {
  env = await start();
  mkdirSync(out, { recursive: true });
});
after(async () => {
  await env?.close();
});

async function highlightSentence(page, n, label, note) {
  await page.locator('body').click({ position: { x: 3, y: 3 } });
  for (let i = 0; i <= n; i++) await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add highlight' });
  await dialog.getByLabel('Label').selectOption(label);
  await dialog.getByLabel('Note (optional)').fill(note);
  await dialog.getByRole('button', { name: 'Save' }).click();
}

// The ferry article with an emoji in front (so code points and UTF-16 differ), two highlights and a correction.
const EMOJI_TEXT = `🚢 ${TEXT}`;
async function preparedView() {
  const { page, context, problems } = await openAppIn(env, { prepare: (c) => useFakeCore(c, [[TEXT, ferryDoc()]]) });
  await load(page, TEXT);
  await highlightSentence(page, 5, 'disputed', 'Which crossings?');
  await highlightSentence(page, 8, 'needs source', '=HYPERLINK("http://x")');
  await page.locator('#article mark.quote', { hasText: 'another season' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Correct this highlight' });
  await dialog.getByLabel('Or type a name').fill('Mira Osei');
  await dialog.getByRole('button', { name: 'Save speaker' }).click();
  return { page, context, problems };
}

async function exportFile(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Export and import' }).getByRole('button', { name }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const ownMarks = (page) => page.locator('#article mark.own').evaluateAll((ms) => ms.map((m) => [m.textContent, m.title]));

test('every export downloads; W3C has the data model shape and re-imports', async () => {
  const { page, context, problems } = await preparedView();
  const before = await ownMarks(page);
  assert.equal(before.length, 2);

  const w3c = await exportFile(page, 'W3C annotations (.jsonld)');
  assert.equal(w3c.name, 'river-council-votes-to-reopen-the-old-ferry.annotations.jsonld');
  const json = JSON.parse(w3c.text);
  assert.equal(json['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(json.type, 'AnnotationCollection');
  const items = json.first.items;
  assert.equal(json.total, items.length);
  const mine = items.filter((a) => a.motivation !== 'classifying');
  assert.equal(mine.length, 2);
  for (const a of items) {
    assert.equal(a.type, 'Annotation');
    assert.match(a.id, /^urn:/);
    assert.match(a.target.source, /^urn:sha256:[0-9a-f]{64}$/);
    const types = a.target.selector.map((s) => s.type).sort();
    assert.deepEqual(types, ['TextPositionSelector', 'TextQuoteSelector']);
    const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector');
    // Positions count code points: slicing the code-point array gives the quote.
    assert.equal([...TEXT].slice(pos.start, pos.end).join(''), quote.exact);
    for (const b of a.body ?? []) assert.equal(b.type, 'TextualBody');
  }
  assert.deepEqual(mine.map((a) => a.body.find((b) => b.purpose === 'tagging').value), ['disputed', 'needs source']);
  assert.equal(mine[0].body.find((b) => b.purpose === 'commenting').value, 'Which crossings?');

  const md = await exportFile(page, 'Markdown (.md)');
  assert.match(md.name, /\.md$/);
  assert.match(md.text, /^# River Council Votes to Reopen the Old Ferry/);
  assert.match(md.text, /\*\*disputed\*\*\n\nWhich crossings\?/);
  assert.match(md.text, /\*\*Mira Osei\*\* \(quote\)/);

  const csv = await exportFile(page, 'Claims (.csv)');
  assert.match(csv.name, /\.csv$/);
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines[0], 'kind,speaker,hedged,text,cue,source,start,end');
  assert.equal(lines.length, 7);
  assert.ok(lines.some((l) => l.startsWith('quote,Mira Osei,')));

  const file = await exportFile(page, 'Claimscope file (.json)');
  const saved = JSON.parse(file.text);
  assert.equal(saved.format, 'claimscope');
  assert.equal(saved.text, TEXT);
  assert.equal(saved.annotations.length, 2);
  assert.equal(saved.corrections[0].speaker, 'Mira Osei');

  // Re-import the W3C file after deleting the highlights: they come back, labels and notes too.
  for (let i = 0; i < 2; i++) await page.locator('#notes').getByRole('button', { name: /^Delete highlight/ }).first().click();
  assert.equal(await page.locator('#article mark.own').count(), 0);
  const w3cPath = `${out}/export.annotations.jsonld`;
  writeFileSync(w3cPath, w3c.text);
  await page.getByLabel('Open a Claimscope file or W3C annotations').setInputFiles(w3cPath);
  await page.waitForFunction(() => /Imported 2 highlights/.test(document.getElementById('share-message').textContent));
  assert.match(await page.locator('#share-message').textContent(), /made on this article/);
  await page.waitForFunction(() => document.querySelectorAll('#article mark.own').length === 2);
  assert.deepEqual(await ownMarks(page), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the CSV of claims never starts a cell with a formula', async () => {
  const text = '=1+1 is the answer, said Bob.';
  const span = (w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const claim = { ...span('=1+1 is the answer'), kind: 'reported', speaker: 0, hedged: false, source: span('Bob'), cue: span('said'), hedge: null, quote: null };
  const doc = {
    version: 1, unit: 'utf16-code-unit', length: text.length, warnings: [],
    paragraphs: [{ start: 0, end: text.length, role: 'body', confidence: 0.9, reasons: [], dateline: null }],
    sentences: [{ start: 0, end: text.length, paragraph: 0 }],
    quotes: [], claims: [claim], speakers: [{ name: '@Bob', aliases: [], mentions: [span('Bob')] }],
  };
  const { page, context } = await openAppIn(env, { prepare: (c) => useFakeCore(c, [[text, doc]]) });
  await load(page, text);
  const csv = await exportFile(page, 'Claims (.csv)');
  assert.equal(csv.text.split('\r\n')[1], "reported,'@Bob,no,'=1+1 is the answer,said,Bob,0,18");
  await context.close();
});

test('W3C positions are code points: an emoji before the highlight shifts UTF-16 but not the export', async () => {
  const { page, context } = await openApp();
  await load(page, EMOJI_TEXT);
  await highlightSentence(page, 1, 'verified', '');
  const json = JSON.parse((await exportFile(page, 'W3C annotations (.jsonld)')).text);
  const a = json.first.items[0];
  const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
  const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector');
  assert.equal(quote.exact, 'By Tomas Lindqvist');
  assert.equal(pos.start, [...'🚢 '].length + TEXT.indexOf('By Tomas'));
  assert.equal(EMOJI_TEXT.indexOf('By Tomas'), pos.start + 1, 'UTF-16 counts the emoji twice');
  await context.close();
});

test('a Claimscope file restores the whole view in a fresh browser', async () => {
  const { page, context } = await preparedView();
  const file = await exportFile(page, 'Claimscope file (.json)');
  const marks = await page.locator('#article mark').evaluateAll((ms) => ms.map((m) => [m.className, m.textContent, m.title]));
  await context.close();
  const path = `${out}/export.claimscope.json`;
  writeFileSync(path, file.text);

  const fresh = await openApp();
  await fresh.page.getByLabel('Open a Claimscope file or W3C annotations').setInputFiles(path);
  await fresh.page.waitForFunction(() => document.getElementById('article-text').value.startsWith('River Council') && document.getElementById('status').textContent.startsWith('Annotated') && document.querySelectorAll('#article mark.own').length === 2);
  assert.equal(await fresh.page.getByLabel('Article text').inputValue(), TEXT);
  assert.deepEqual(await fresh.page.locator('#article mark').evaluateAll((ms) => ms.map((m) => [m.className, m.textContent, m.title])), marks);
  assert.match(await fresh.page.locator('#notes').textContent(), /Which crossings\?/);
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();
});

test('a bad file changes nothing and says why', async () => {
  const { page, context, problems } = await openApp();
  const box = await page.getByLabel('Article text').inputValue();
  const cases = [
    ['not-json.json', 'hello {', /not JSON/],
    ['other.json', '{"hello": 1}', /neither a Claimscope file nor W3C/],
    ['bad.json', JSON.stringify({ format: 'claimscope', v: 1, text: 'abc', annotations: [{ start: 0, end: 99, label: 'x', note: '' }] }), /damaged: a highlight points outside the article/],
    ['version.json', JSON.stringify({ format: 'claimscope', v: 7, text: 'abc' }), /not a Claimscope file/],
  ];
  for (const [name, body, message] of cases) {
    const path = `${out}/${name}`;
    writeFileSync(path, body);
    await page.getByLabel('Open a Claimscope file or W3C annotations').setInputFiles(path);
    await page.waitForFunction((n) => document.getElementById('share-message').dataset.state === 'error' && document.getElementById('share-message').dataset.file !== n, name);
    assert.match(await page.locator('#share-message').textContent(), message);
    await page.locator('#share-message').evaluate((m, n) => { m.dataset.state = ''; m.dataset.file = n; }, name);
  }
  assert.equal(await page.getByLabel('Article text').inputValue(), box);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the HTML export is one file that reads with scripts off: strict CSP, article, marks, speakers, notes', async () => {
  const { page, context } = await preparedView();
  const html = await exportFile(page, 'Web page (.html)');
  assert.match(html.name, /\.html$/);
  assert.doesNotMatch(html.text, /<script/i);
  assert.doesNotMatch(html.text, /\son\w+=/i);
  const path = `${out}/export.html`;
  writeFileSync(path, html.text);
  await context.close();

  const offline = await env.browser.newContext({ javaScriptEnabled: false, offline: true });
  const view = await offline.newPage();
  const requests = [];
  view.on('request', (r) => !r.url().startsWith('file:') && requests.push(r.url()));
  await view.goto(`file://${path}`);
  assert.equal(await view.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
  assert.equal(await view.locator('article').textContent(), TEXT.replace(/\n/g, ''));
  assert.equal(await view.locator('article [data-role="title"]').count(), 1);
  assert.equal(await view.locator('article mark.own').count(), 2);
  assert.ok(await view.locator('article mark.quote').count() >= 4);
  assert.equal(await view.locator('article mark.quote', { hasText: 'another season' }).getAttribute('data-who'), 'Mira Osei');
  // Highlights are painted by the file's own style.
  assert.notEqual(await view.locator('article mark.quote').first().evaluate((m) => getComputedStyle(m).textDecorationLine), 'none');
  assert.match(await view.getByRole('region', { name: 'Speakers' }).textContent(), /Mira Osei/);
  assert.match(await view.getByRole('region', { name: 'Notes' }).textContent(), /disputed.*Which crossings\?/);
  assert.equal(await view.locator('button, [tabindex], [aria-describedby]').count(), 0, 'no controls of the live page');
  assert.deepEqual(requests, []);
  await view.screenshot({ path: `${out}/export-html.png`, fullPage: true });
  await offline.close();
});

test('print shows the article, speakers and notes, and hides the controls', async () => {
  const { page, context } = await preparedView();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['#article-text', '#annotate', '.toolbar', '.legend-box', '#copy-share', '.export-buttons', '#claims', '.note-actions']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, hidden);
  }
  for (const shown of ['#article', '#speakers', '#notes']) assert.ok(await page.locator(shown).isVisible(), shown);
  // Black and white: the kinds differ by line style, not colour.
  const lines = await page.evaluate(() => ['mark.quote:not(.unattributed)', 'mark.reported', 'mark.own'].map((s) => {
    const st = getComputedStyle(document.querySelector(`#article ${s}`));
    return `${st.textDecorationLine} ${st.textDecorationStyle} ${st.textDecorationColor}`;
  }));
  assert.deepEqual(lines, ['underline solid rgb(0, 0, 0)', 'underline dashed rgb(0, 0, 0)', 'underline double rgb(0, 0, 0)']);
  await page.pdf?.({ path: `${out}/print.pdf` }).catch(() => {});
  await context.close();
});
