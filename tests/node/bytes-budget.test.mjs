// The page's weight: every script, stylesheet and module dist/index.html
// loads, the worker, the scripts they import and the wasm, gzip level 9,
// stay within the budget of issue 8 (250 KB). Run after a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const BUDGET_BYTES = 250_000;

// Files named by the HTML's script, stylesheet and preload links, by a
// `new Worker(new URL('x.js'…` and by static imports, followed from each.
function loadedFiles() {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    if (!/\.m?js$/.test(name)) return;
    const source = readFileSync(dist + name, 'utf8');
    // Either quote, with or without spaces: dist/'s scripts are minified.
    for (const [, dep] of source.matchAll(/(?:^|[;}\s])import\s*[^'";]*?from\s*['"]\.\/([\w./-]+)['"]/gm)) visit(dep);
    for (const [, dep] of source.matchAll(/new URL\(\s*['"]\.\/([\w./-]+\.m?js)['"]/g)) visit(dep);
  };
  const html = readFileSync(dist + 'index.html', 'utf8');
  for (const [, name] of html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([\w./-]+\.(?:m?js|css|wasm))"/g)) visit(name);
  return ['index.html', ...seen];
}

test('wasm + JS + CSS + HTML the page loads stay within 250 KB gzip', { skip: !existsSync(dist + 'index.html') && 'no dist/ (build first)' }, (t) => {
  const files = loadedFiles();
  for (const must of ['app.js', 'worker.js', 'claimscope-core.wasm']) assert.ok(files.includes(must), `${must} is counted`);
  const sizes = files.map((f) => [f, gzipSync(readFileSync(dist + f), { level: 9 }).length]);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  t.diagnostic(`${total} of ${BUDGET_BYTES} bytes gzip (${BUDGET_BYTES - total} left)`);
  assert.ok(total <= BUDGET_BYTES, `${total} bytes gzip: ${sizes.map(([f, n]) => `${f} ${n}`).join(', ')}`);
});

// dist/index.html leaves out the indentation of the page's markup (bytes of
// the budget), never its text: the words between the tags read the same.
test('dist/index.html drops indentation, not text', { skip: !existsSync(dist + 'index.html') && 'no dist/ (build first)' }, () => {
  const html = readFileSync(dist + 'index.html', 'utf8');
  const source = readFileSync(fileURLToPath(new URL('../../web/index.html', import.meta.url)), 'utf8');
  const words = (page) => page.replace(/<(style|template)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean);
  assert.deepEqual(words(html), words(source));
  const markup = html.replace(/<template\b[\s\S]*?<\/template>/, '');
  assert.doesNotMatch(markup, /\n[ \t]/, 'no line of the markup starts with white space');
});
