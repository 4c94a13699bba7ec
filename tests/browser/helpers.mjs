// Shared set-up for the browser tests: the dist/ server and Debian's Chromium.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = `${root}dist`;

/** The five sample articles: $CLAIMSCOPE_SHARED/samples, else <repo>/../shared/samples. */
export function samplesDir() {
  const shared = process.env.CLAIMSCOPE_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url));
  return `${shared}/samples`;
}

/** Starts the server on a free port and the browser; returns {url, browser, close()}. */
export async function start() {
  if (!existsSync(`${dist}/index.html`)) throw new Error('dist/ is missing: run `bash scripts/build.sh` first');
  const { server, url } = await serve(dist, 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** Opens a page that records console errors, page errors, failed requests and dialogs. */
export async function openPage(browser, url, options = {}) {
  const page = await browser.newPage(options);
  const problems = [];
  const dialogs = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`requestfailed: ${req.url()}`));
  page.problems = problems;   // read by annotated() when it times out
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await page.goto(url);
  return { page, problems, dialogs };
}

/** Waits until the status line says the newest annotation is done (or failed);
 *  `timeout` in ms (Playwright's default, 30 s, unless given). */
export async function annotated(page, { timeout } = {}) {
  try {
    await page.waitForFunction(() => {
      const s = document.getElementById('status');
      return s && (s.dataset.state === 'done' || s.dataset.state === 'error');
    }, null, timeout === undefined ? {} : { timeout });
  } catch (err) {
    // Say why: the status line and any page errors (a module that failed to link shows only here).
    const status = await page.locator('#status').textContent().catch(() => '(no status line)');
    throw new Error(`the page never finished annotating; status: "${status}"; problems: ${JSON.stringify(page.problems ?? [])}`, { cause: err });
  }
  return page.locator('#status').evaluate((s) => ({ state: s.dataset.state, text: s.textContent }));
}

/** WCAG 2 contrast ratio of two CSS rgb()/rgba() colours. */
export function contrast(fg, bg) {
  const lum = (c) => {
    const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

/**
 * Opens the page in a fresh context (its own storage) and waits for the
 * sample's annotation. `prepare(context)` runs first (e.g. to fake the core);
 * `init` is an init script. Returns {page, context, problems}.
 */
export async function openApp(env, { options = {}, init = null, prepare = null } = {}) {
  const context = await env.browser.newContext(options);
  if (prepare) await prepare(context);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems = [];
  page.problems = problems;
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(env.url);
  await annotated(page);
  return { page, context, problems };
}

/** Puts `text` in the box, presses Annotate and waits until that text is rendered. */
export async function annotateText(page, text) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.waitForFunction((t) => {
    const s = document.getElementById('status');
    return s.dataset.state === 'done' && s.textContent.startsWith('Annotated') && document.getElementById('article-text').value === t;
  }, text);
}
