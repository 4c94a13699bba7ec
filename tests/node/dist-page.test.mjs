// dist/index.html as scripts/assemble-dist.mjs writes it: the stylesheet
// inline (without its comments) and allowed by its hash alone, no inline script, the sample's text
// in an inert <template> exactly as in sample-article.txt, and the facade
// joined with its Emscripten glue into one module. Run after a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const web = fileURLToPath(new URL('../../web/', import.meta.url));
const built = existsSync(`${dist}index.html`);
const skip = !built && 'no dist/ (build first)';
const html = built ? readFileSync(`${dist}index.html`, 'utf8') : '';
const csp = () => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)[1];
const directive = (name) => csp().split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
const unescapeText = (s) => s.replace(/&lt;/g, '<').replace(/&amp;/g, '&');

// Rules and values only: comments and layout whitespace left out.
const cssRules = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');

test('the inline stylesheet is the whole of style.css but its comments, and the CSP allows it by its hash only', { skip }, () => {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(styles.length, 1);
  assert.equal(cssRules(styles[0]), cssRules(readFileSync(`${web}style.css`, 'utf8')));
  assert.doesNotMatch(styles[0], /\/\*/, 'no comment shipped inline');
  assert.match(styles[0], /content: "The annotated article appears here\.";/, 'strings and their spaces kept');
  const hash = `'sha256-${createHash('sha256').update(styles[0], 'utf8').digest('base64')}'`;
  assert.equal(directive('style-src'), `style-src 'self' ${hash}`);
  assert.doesNotMatch(csp(), /unsafe-inline/);
  assert.doesNotMatch(html, /<link rel="stylesheet"/, 'no second request for the stylesheet');
});

test('no inline script: every <script> has a src, and script-src allows no hash or inline code', { skip }, () => {
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i);
  assert.equal(directive('script-src'), "script-src 'self' 'wasm-unsafe-eval'");
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handler');
});

test('the sample ships in a <template> whose text is sample-article.txt, byte for byte', { skip }, () => {
  const templates = [...html.matchAll(/<template id="sample-article">([\s\S]*?)<\/template>/g)];
  assert.equal(templates.length, 1);
  assert.doesNotMatch(templates[0][1], /</, 'only text inside (a < is escaped)');
  assert.equal(unescapeText(templates[0][1]), readFileSync(`${web}sample-article.txt`, 'utf8'));
  assert.doesNotMatch(html, /href="sample-article\.txt"/, 'no preload of the file any more');
});

test('the facade carries the Emscripten glue: the page and the worker import one file, not two', { skip }, () => {
  const facade = readFileSync(`${dist}claimscope.js`, 'utf8');
  assert.doesNotMatch(facade, /(?:^|[;}])\s*import\s*[{*\w]/m, 'no import left in dist/claimscope.js');
  assert.match(facade, /(?:^|[;}])\s*export\s*const\s*\{[^}]*\bload\b[^}]*\bannotate\b[^}]*\}\s*=/m);
  assert.doesNotMatch(html, /claimscope-core\.mjs/);
});

test('the page\'s bundle imports the facade only when it is needed, not at start-up', { skip }, () => {
  // boot.js imports it at once only where the page opens on the sample; the
  // page's unpacking of the worker's records (doc-chunks.js) imports it on
  // the first records. A static import would run it at every start.
  const app = readFileSync(`${dist}app.js`, 'utf8');
  assert.doesNotMatch(app, /(?:^|[;}])\s*import\s*\{[^}]*\}\s*from\s*["']\.\/claimscope\.js["']/m);
  assert.match(app, /import\(\s*["']\.\/claimscope\.js["']\s*\)/);
});

test("boot.js looks for saved work under store.js's key", () => {
  const storeKey = readFileSync(`${web}store.js`, 'utf8').match(/const KEY = '([^']+)'/)[1];
  const bootKey = readFileSync(`${web}boot.js`, 'utf8').match(/const SAVED_STATE_KEY = '([^']+)'/)[1];
  assert.equal(bootKey, storeKey);
});
