// The pages' weight: every script, stylesheet and module dist/index.html
// (and, on its own, dist/compare.html) loads, the workers, the scripts they
// import and the wasm, gzip level 9, stay within the budget of issue 8
// (250 KB each). Run after a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const BUDGET_BYTES = 250_000;
const noDist = !existsSync(dist + 'index.html') && 'no dist/ (build first)';

// Files named by the HTML's script, stylesheet and preload links, by a
// `new Worker(new URL('x.js'…` and by static imports, followed from each
// (paths relative to the file that names them), and `also`: files a page
// loads in a way these patterns do not see.
export function loadedFiles(html, also = []) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    if (!/\.m?js$/.test(name)) return;
    const source = readFileSync(dist + name, 'utf8');
    const near = (dep) => posix.normalize(posix.join(posix.dirname(name), dep));
    // Either quote, with or without spaces: dist/'s scripts are minified.
    for (const [, dep] of source.matchAll(/(?:^|[;}\s])import\s*[^'";]*?from\s*['"](\.{1,2}\/[\w./-]+)['"]/gm)) visit(near(dep));
    for (const [, dep] of source.matchAll(/new URL\(\s*['"](\.{1,2}\/[\w./-]+\.m?js)['"]/g)) visit(near(dep));
  };
  for (const [, name] of readFileSync(dist + html, 'utf8').matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([\w./-]+\.(?:m?js|css|wasm))"/g)) visit(name);
  for (const name of also) visit(name);
  return [html, ...seen];
}

function gzipTotal(t, files) {
  const sizes = files.map((f) => [f, gzipSync(readFileSync(dist + f), { level: 9 }).length]);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  t.diagnostic(`${total} of ${BUDGET_BYTES} bytes gzip (${BUDGET_BYTES - total} left)`);
  assert.ok(total <= BUDGET_BYTES, `${total} bytes gzip: ${sizes.map(([f, n]) => `${f} ${n}`).join(', ')}`);
}

test('wasm + JS + CSS + HTML the page loads stay within 250 KB gzip', { skip: noDist }, (t) => {
  const files = loadedFiles('index.html');
  for (const must of ['app.js', 'worker.js', 'claimscope-core.wasm']) assert.ok(files.includes(must), `${must} is counted`);
  // The comparison is the compare page's (its own module, below).
  assert.ok(!files.some((f) => f.startsWith('claimscope-compare')), 'the index page loads no compare module');
  gzipTotal(t, files);
});

// The compare page's worker and its share-link decoding load the module with
// compare() (load({ compare: true }) in the facade, whose one Emscripten glue
// makes either module): its wasm, and never the index page's.
test('wasm + JS + CSS + HTML the compare page loads stay within 250 KB gzip', { skip: noDist }, (t) => {
  const facade = readFileSync(dist + 'claimscope.js', 'utf8');
  assert.match(facade, /['"]\.\/claimscope-compare\.wasm['"]/, 'the facade names the compare module');
  assert.ok(!existsSync(dist + 'claimscope-compare.mjs'), 'no second glue in dist/');
  const files = loadedFiles('compare.html', ['claimscope-compare.wasm']);
  for (const must of ['compare/app.js', 'compare/worker.js', 'claimscope.js', 'share-codec.js']) assert.ok(files.includes(must), `${must} is counted`);
  assert.ok(!files.includes('claimscope-core.wasm'), 'the compare page loads only its own wasm');
  gzipTotal(t, files);
});

// dist/index.html leaves out the indentation of the page's markup (bytes of
// the budget), never its text: the words between the tags read the same.
test('dist/index.html drops indentation, not text', { skip: noDist }, () => {
  const html = readFileSync(dist + 'index.html', 'utf8');
  const source = readFileSync(fileURLToPath(new URL('../../web/index.html', import.meta.url)), 'utf8');
  const words = (page) => page.replace(/<(style|template)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean);
  assert.deepEqual(words(html), words(source));
  const markup = html.replace(/<template\b[\s\S]*?<\/template>/, '');
  assert.doesNotMatch(markup, /\n[ \t]/, 'no line of the markup starts with white space');
});
