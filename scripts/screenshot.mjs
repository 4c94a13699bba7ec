// Regenerates docs/screenshot.png (the README's picture) from dist/.
//   node scripts/screenshot.mjs
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { server, url } = await serve(`${root}dist`, 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('status')?.dataset.state === 'done');
  await page.locator('article').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.querySelector('article').getBoundingClientRect().top + window.scrollY - 120));
  await page.screenshot({ path: `${root}docs/screenshot.png` });
} finally {
  await browser.close();
  server.close();
}
