// The page must put article text in through text nodes only: no API that
// parses a string as HTML may appear anywhere in web/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('../../web/', import.meta.url));
const FORBIDDEN = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'createContextualFragment', 'DOMParser', 'srcdoc'];

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}${e.name}/`) : [`${dir}${e.name}`]));
}

test('no file in web/ parses strings as HTML', () => {
  const found = [];
  const checked = files(web).filter((f) => /\.(m?js|html|svg)$/.test(f));
  assert.ok(checked.some((f) => f.endsWith('render.js')), 'web/render.js is among the checked files');
  for (const file of checked) {
    const text = readFileSync(file, 'utf8');
    for (const word of FORBIDDEN) if (text.includes(word)) found.push(`${file.slice(web.length)}: ${word}`);
  }
  assert.deepEqual(found, []);
});

test('no inline script or style in web/index.html (the CSP forbids them)', () => {
  const html = readFileSync(`${web}index.html`, 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'every <script> has a src');
  assert.doesNotMatch(html, /\sstyle\s*=/i, 'no style attribute');
  assert.doesNotMatch(html, /<style/i, 'no <style> element');
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handler');
});
