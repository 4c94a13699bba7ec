// The compare page's files in dist/ as scripts/assemble-dist.mjs ships them:
// its stylesheets compacted (the rules of web/'s, without comments) and its
// scripts minified without rewriting (the same exports, the same answers).
// Run after a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const web = fileURLToPath(new URL('../../web/', import.meta.url));
const skip = !existsSync(`${dist}compare.html`) && 'no dist/ (build first)';

// Rules and values only: comments and layout whitespace left out.
const cssRules = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');

// style.css without its runs marked as the index page's only.
const sharedPart = (text) => text.replace(/\/\* \[index page only\] \*\/[\s\S]*?\/\* \[\/index page only\] \*\//g, '');

test('the compare page\'s stylesheets are web/\'s rules without their comments, style.css without the index page\'s', { skip }, () => {
  const source = readFileSync(`${web}style.css`, 'utf8');
  for (const [sheet, want] of [['style.css', sharedPart(source)], ['compare/compare.css', readFileSync(`${web}compare/compare.css`, 'utf8')]]) {
    const shipped = readFileSync(`${dist}${sheet}`, 'utf8');
    assert.equal(cssRules(shipped), cssRules(want), sheet);
    assert.doesNotMatch(shipped, /\/\*/, `${sheet}: no comment shipped`);
  }
  const shipped = cssRules(readFileSync(`${dist}style.css`, 'utf8'));
  // What the compare page uses stays; what only the index page has goes.
  for (const rule of ['.masthead{', '.toggle{', 'textarea{', '.source{', '#share-link[hidden],#share-link-label[hidden]{']) assert.ok(shipped.includes(rule), rule);
  for (const rule of ['article{', '.card{', 'dialog{', '.claim-list,.note-list{', '#annotate{']) assert.ok(!shipped.includes(rule), rule);
  // The index page inlines the whole sheet.
  assert.ok(cssRules(source).length > 2 * shipped.length);
});

test('the compare page\'s scripts are minified with their exports kept', { skip }, () => {
  const scripts = [...readdirSync(`${dist}compare`).filter((f) => f.endsWith('.js')).map((f) => `compare/${f}`), 'share-codec.js'];
  const exported = (text) => [...text.matchAll(/(?:^|[;}\s])export\s+(?:async\s+)?(?:function|const|class)\s+([\w$]+)/g)].map((m) => m[1]).sort();
  for (const script of scripts) {
    const source = readFileSync(`${web}${script}`, 'utf8');
    const shipped = readFileSync(`${dist}${script}`, 'utf8');
    assert.ok(shipped.length < source.length, `${script} is smaller`);
    assert.doesNotMatch(shipped, /^\s*\/\//m, `${script}: no comment line shipped`);
    assert.deepEqual(exported(shipped), exported(source), `${script}: the same exports`);
  }
});

test('a minified compare script answers as its source does', { skip }, async () => {
  const [shipped, source] = await Promise.all([import(`${dist}compare/word-diff.js`), import(`${web}compare/word-diff.js`)]);
  const pairs = [
    ['The mayor said the bridge would reopen on Monday.', 'The mayor said on Friday the bridge would reopen Monday.'],
    ['Officials declined to comment.', 'Officials, reached by phone, declined to comment!'],
    ['', 'A new sentence only the second version has.'],
  ];
  for (const [a, b] of pairs) assert.deepEqual(shipped.diffWords(a, b), source.diffWords(a, b));
});
