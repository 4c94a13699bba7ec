// The compare page (compare.html): sources added, renamed and removed; the
// claims x sources matrix; the side-by-side word diff; sharing a comparison
// by link; reload keeps it; a damaged link says so; accessibility and a
// phone-width layout. Screenshots go to test-results/compare-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { start, root, samplesDir } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SAMPLES = ['000_4912a32b5f328577.txt', '001_3f7403a1dab412aa.txt', '004_2ee5587a9b8e6469.txt'];
const haveSamples = SAMPLES.every((f) => existsSync(`${samplesDir()}/${f}`));
const sample = (f) => readFileSync(`${samplesDir()}/${f}`, 'utf8');
const STORY = ['a_wire.txt', 'b_translated.txt', 'c_rewrite.txt'].map((f) => readFileSync(`${root}tests/fixtures/compare/story/${f}`, 'utf8'));

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

async function openCompare(options = {}, hash = '') {
  const context = options.context ?? (await env.browser.newContext(options));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(`${env.url}compare.html${hash}`);
  await page.waitForFunction(() => document.getElementById('compare-status').dataset.state !== 'idle' || document.getElementById('compare-status').textContent !== 'Loading…');
  return { page, context, problems };
}

async function compared(page) {
  await page.waitForFunction(() => {
    const s = document.getElementById('compare-status');
    return s.dataset.state === 'done' || s.dataset.state === 'error';
  });
  return page.locator('#compare-status').textContent();
}

/** Fills source `i` (0-based) with a name and a text. */
async function fillSource(page, i, name, text) {
  await page.getByLabel('Source name').nth(i).fill(name);
  await page.getByLabel(`Text of source ${i + 1}`).fill(text);
}

async function axeViolations(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The matrix as {headers, rows: [{claim, cells: [state]}]}. */
async function matrix(page) {
  return page.locator('#matrix table').evaluate((t) => ({
    headers: [...t.querySelectorAll('thead th')].map((th) => th.textContent),
    rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({
      claim: tr.querySelector('th').textContent,
      cells: [...tr.querySelectorAll('td')].map((td) => td.dataset.state),
      texts: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
    })),
  }));
}

test('sources are added, renamed and removed; the matrix and the word diff show the Blinken quote', { skip: !haveSamples && 'samples missing' }, async () => {
  const { page, context, problems } = await openCompare();
  assert.equal(await page.getByLabel('Source name').count(), 2, 'a new comparison starts with two empty sources');
  await fillSource(page, 0, 'Rosbalt', sample(SAMPLES[0]));
  await fillSource(page, 1, 'Outlet B', sample(SAMPLES[1]));
  await page.getByRole('button', { name: 'Add source' }).click();
  assert.equal(await page.getByLabel('Source name').count(), 3);
  await fillSource(page, 2, 'Outlet C', sample(SAMPLES[2]));
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  assert.match(await compared(page), /^Compared 3 sources/);

  let m = await matrix(page);
  assert.deepEqual(m.headers, ['Claim', 'Rosbalt', 'Outlet B', 'Outlet C']);
  const units = m.rows.find((r) => r.claim.includes('We continue to see critical units moving towards the border'));
  assert.ok(units, 'the Blinken quote has a row');
  assert.deepEqual(units.cells, ['present', 'absent', 'altered']);
  assert.deepEqual(units.texts, ['✓ present', '– absent', '≈ altered'], 'states are written out, not colour alone');
  assert.ok(m.rows.some((r) => r.claim.startsWith('Only one source')), 'claims of one source are flagged');

  // The variants side by side: Outlet C's wording against Rosbalt's.
  const link = page.locator('#matrix tbody tr', { hasText: 'We continue to see critical units' }).getByRole('link');
  const target = (await link.getAttribute('href')).slice(1);
  await link.click();
  const cluster = page.locator(`#${target}`);
  const columns = cluster.locator('figure');
  assert.equal(await columns.count(), 2);
  assert.match(await columns.nth(0).locator('figcaption').textContent(), /Rosbalt/);
  const other = columns.nth(1);
  assert.match(await other.locator('figcaption').textContent(), /Outlet C/);
  // "critical units … away from it" in one, "important units … away from the border" in the other.
  const removed = await other.locator('del').allTextContents();
  const added = await other.locator('ins').allTextContents();
  assert.equal(removed[0], 'critical');
  assert.equal(added[0], 'important');
  assert.ok(added.some((w) => w.includes('the border')));
  assert.ok(!removed.concat(added).some((w) => /units|moving|towards/.test(w)), 'shared words are not marked');
  await page.screenshot({ path: `${root}test-results/compare-desktop.png`, fullPage: false });

  // Per-source summary.
  const summary = await page.locator('#summary tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assert.deepEqual(summary.map((r) => r[0]), ['Rosbalt', 'Outlet B', 'Outlet C']);
  for (const r of summary) assert.equal(Number(r[1]), Number(r[2]) + Number(r[3]), 'claims = corroborated + only here');
  assert.match(summary[0][4], /Blinken/);

  // Rename: the matrix follows without a new run.
  await page.getByLabel('Source name').nth(1).fill('Renamed outlet');
  m = await matrix(page);
  assert.deepEqual(m.headers, ['Claim', 'Rosbalt', 'Renamed outlet', 'Outlet C']);

  // Remove the middle source: two columns remain and the quote is still aligned.
  await page.getByRole('button', { name: 'Remove source 2' }).click();
  assert.equal(await page.getByLabel('Source name').count(), 2);
  await page.waitForFunction(() => document.querySelectorAll('#matrix thead th').length === 3);
  assert.match(await compared(page), /^Compared 2 sources/);
  m = await matrix(page);
  assert.deepEqual(m.headers, ['Claim', 'Rosbalt', 'Outlet C']);
  assert.deepEqual(m.rows.find((r) => r.claim.includes('critical units moving')).cells, ['present', 'altered']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a comparison travels by link and survives a reload; a damaged link says so', async () => {
  const { page, context, problems } = await openCompare();
  await fillSource(page, 0, 'Wire', STORY[0]);
  await fillSource(page, 1, 'Translation', STORY[1]);
  await page.getByRole('button', { name: 'Add source' }).click();
  await fillSource(page, 2, 'Rewrite', STORY[2]);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  assert.match(await compared(page), /^Compared 3 sources/);
  await page.getByRole('button', { name: 'Copy comparison link' }).click();
  await page.waitForFunction(() => document.getElementById('share-link').value.includes('#cs1.'));
  const link = await page.locator('#share-link').inputValue();
  assert.ok(link.startsWith(`${env.url}compare.html#cs1.`));

  // Reload: the same sources come back from local storage.
  await page.reload();
  assert.match(await compared(page), /^Compared 3 sources/);
  assert.deepEqual(await page.getByLabel('Source name').evaluateAll((els) => els.map((e) => e.value)), ['Wire', 'Translation', 'Rewrite']);
  assert.equal(await page.getByLabel('Text of source 2').inputValue(), STORY[1]);
  await context.close();

  // A fresh context (no storage) opens the link with identical texts.
  const fresh = await env.browser.newContext();
  const fetched = [];   // the page's and its worker's requests
  fresh.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const other = await fresh.newPage();
  const otherProblems = [];
  other.on('pageerror', (e) => otherProblems.push(e.message));
  await other.goto(link);
  assert.match(await compared(other), /^Compared 3 sources/);
  // Decoding the link and comparing both use the compare page's own module.
  assert.ok(fetched.includes('/claimscope-compare.wasm'), fetched.join(' '));
  assert.ok(!fetched.includes('/claimscope-core.wasm'), 'the index page\'s module is not downloaded');
  assert.deepEqual(await other.getByLabel('Source name').evaluateAll((els) => els.map((e) => e.value)), ['Wire', 'Translation', 'Rewrite']);
  for (let i = 0; i < 3; i++) assert.equal(await other.getByLabel(`Text of source ${i + 1}`).inputValue(), STORY[i]);
  assert.match(await other.locator('#compare-notice').textContent(), /shared comparison of 3 sources/);
  const rows = await matrix(other);
  const offer = rows.rows.find((r) => r.claim.includes('Every day of this strike hurts'));
  assert.ok(offer);
  assert.deepEqual(offer.cells.map((c) => c !== 'absent'), [true, true, true]);
  await fresh.close();

  // A link cut short: the message, and nothing from it.
  const cut = await env.browser.newContext();
  const broken = await cut.newPage();
  await broken.goto(link.slice(0, link.length - 20));
  await broken.waitForFunction(() => !document.getElementById('compare-notice').hidden);
  assert.match(await broken.locator('#compare-notice').textContent(), /incomplete|damaged/);
  assert.equal(await broken.getByLabel('Text of source 1').inputValue(), '');
  await cut.close();
  assert.deepEqual(problems, []);
  assert.deepEqual(otherProblems, []);
});

test('compare page: axe-clean in light and dark, usable at 360 px and from the keyboard', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openCompare({ bypassCSP: true, colorScheme, viewport: { width: 360, height: 740 } });
    await fillSource(page, 0, 'Wire', STORY[0]);
    await fillSource(page, 1, 'Rewrite', STORY[2]);
    await page.keyboard.press('Control+Enter');
    assert.match(await compared(page), /^Compared 2 sources/);
    assert.deepEqual(await axeViolations(page), [], colorScheme);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no sideways scrolling of the page at 360 px (${overflow}px)`);
    await page.screenshot({ path: `${root}test-results/compare-phone-${colorScheme}.png`, fullPage: true });
    // Keyboard: Tab to "Add source" and press Enter; focus lands in the new source's name.
    await page.getByRole('button', { name: 'Add source' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'source-name-2');
    await context.close();
  }
});
