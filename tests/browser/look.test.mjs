// How the page looks and reads: axe-core finds no serious or critical
// accessibility problem (light and dark, with a dialog open too), and
// screenshots of desktop, phone (360 px) and dark theme go to test-results/
// for a human look.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { start, annotated, root, contrast } from './helpers.mjs';
import { useFakeCore, TEXT, ferryDoc } from './fake-core.mjs';

// Waits until the ferry text (not the preloaded sample, whose marks stay on the page until
// it re-renders) is shown with its quote and reported marks, and the status says done.
async function ferryShown(page) {
  await page.waitForFunction(() => {
    const article = document.querySelector('#article');
    return article && article.textContent.includes('Reopen the Old Ferry')
      && article.querySelector('mark.quote') && article.querySelector('mark.reported');
  });
  await annotated(page);
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

async function openApp(options = {}) {
  const context = await env.browser.newContext(options);
  await useFakeCore(context, [[TEXT, ferryDoc({ evidence: true, checkworthy: true })]]);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(env.url);
  await annotated(page);
  await page.getByLabel('Article text').fill(TEXT);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await ferryShown(page);
  // One own highlight, so that layer shows too.
  await page.locator('body').click({ position: { x: 3, y: 3 } });
  for (let i = 0; i < 3; i++) await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Add highlight' }).getByLabel('Note (optional)').fill('Check the council minutes.');
  await page.getByRole('dialog', { name: 'Add highlight' }).getByRole('button', { name: 'Save' }).click();
  return { page, context, problems };
}

async function axeViolations(page) {
  // The page's CSP forbids injected scripts; this context bypasses it for axe alone.
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('axe-core finds no serious or critical violations, light and dark, with and without a dialog', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, problems } = await openApp({ bypassCSP: true, colorScheme });
    assert.deepEqual(await axeViolations(page), [], `${colorScheme}: page`);
    await page.locator('#article mark.quote').first().focus();
    await page.keyboard.press('Enter');
    assert.ok(await page.getByRole('dialog', { name: 'Correct this highlight' }).isVisible());
    assert.deepEqual(await axeViolations(page), [], `${colorScheme}: correction dialog`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('text on every highlight layer meets AA contrast, light and dark, also dimmed by a spotlight', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openApp({ colorScheme });
    const pairs = await page.evaluate(() => {
      const surface = getComputedStyle(document.getElementById('article')).backgroundColor;
      const text = getComputedStyle(document.querySelector('#article .para.role-body')).color;
      const muted = getComputedStyle(document.querySelector('.claim-meta')).color;
      const out = [];
      for (const name of CSS.highlights.keys()) {
        const probe = document.querySelector('#article .sentence');
        const bg = getComputedStyle(probe, `::highlight(${name})`).backgroundColor;
        const paint = bg === 'rgba(0, 0, 0, 0)' ? surface : bg;
        out.push({ name, fg: text, bg: paint }, { name: `${name} dimmed`, fg: muted, bg: paint });
      }
      return out;
    });
    assert.ok(pairs.length >= 16);
    for (const { name, fg, bg } of pairs) {
      const ratio = contrast(fg, bg);
      assert.ok(ratio >= 4.5, `${colorScheme} ${name}: contrast ${ratio.toFixed(2)} (${fg} on ${bg})`);
    }
    await context.close();
  }
});

test('without the Custom Highlight API the marks carry the colours', async () => {
  const context = await env.browser.newContext();
  await useFakeCore(context, [[TEXT, ferryDoc()]]);
  await context.addInitScript(() => { delete CSS.highlights; });
  const page = await context.newPage();
  await page.goto(env.url);
  await annotated(page);
  await page.getByLabel('Article text').fill(TEXT);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await ferryShown(page);
  assert.equal(await page.locator('#article.hl-api').count(), 0);
  const quote = await page.locator('#article mark.quote').first().evaluate((m) => [getComputedStyle(m).backgroundColor, getComputedStyle(m).textDecorationStyle]);
  assert.deepEqual(quote, ['rgb(255, 240, 163)', 'solid']);
  const reported = await page.locator('#article mark.reported').first().evaluate((m) => getComputedStyle(m).textDecorationStyle);
  assert.equal(reported, 'dashed');
  await page.screenshot({ path: `${root}test-results/workbench-no-highlight-api.png` });
  await context.close();
});

test('screenshots: desktop, phone at 360 px, dark theme (test-results/)', async () => {
  for (const [name, options] of [
    ['workbench-desktop.png', { viewport: { width: 1280, height: 900 } }],
    ['workbench-phone.png', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }],
    ['workbench-dark.png', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
  ]) {
    const { page, context, problems } = await openApp(options);
    await page.mouse.move(0, 0);
    await page.locator('#article mark.reported').first().focus();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: page scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: `${root}test-results/${name}`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  }
  // The correction dialog on a phone.
  const { page, context } = await openApp({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
  await page.locator('#article mark.quote').first().focus();
  await page.keyboard.press('Enter');
  await page.screenshot({ path: `${root}test-results/workbench-phone-dialog-dark.png` });
  await context.close();
});
