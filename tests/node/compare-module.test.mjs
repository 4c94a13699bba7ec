// The two modules behind the facade: load() makes the index page's, which
// has no compare(); load({ compare: true }) makes the compare page's, which
// has compare() and everything else. Each test imports a fresh copy of the
// facade: load() makes one instance per copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const fresh = () => import(`../../dist/claimscope.js?fresh=${Date.now()}-${Math.random()}`);
const ARTICLES = [
  { name: 'Gazette', text: 'Ferry Fares Rise\n\n"Fuel costs doubled," said Tomas Berg, the ferry operator.' },
  { name: 'Courier', text: 'Ferry Fares Up\n\nFuel costs had doubled, the operator Tomas Berg said on Friday.' },
];

test('the default module annotates; compare() on it says which load() it needs', async () => {
  const m = await fresh();
  await m.load();
  assert.equal(m.annotate('"We sail at noon," said the captain.').quotes.length, 1);
  assert.throws(() => m.compare(ARTICLES), /compare\(\) needs the compare module: call load\(\{ compare: true \}\) first/);
  // Argument errors come first, as before the split.
  assert.throws(() => m.compare('not an array'), TypeError);
});

test('load({ compare: true }) after load() replaces the instance; both calls then work', async () => {
  const m = await fresh();
  await m.load();
  await m.load({ compare: true });
  const result = m.compare(ARTICLES);
  assert.equal(result.articles.length, 2);
  assert.ok(result.clusters.length > 0);
  assert.equal(m.annotate('"We sail at noon," said the captain.').quotes.length, 1);
  assert.equal(m.decodeShareLink('cs1.').ok, false);
});

test('once asked for, the compare module stays: a later load() keeps it', async () => {
  const m = await fresh();
  const first = m.load({ compare: true });
  assert.equal(m.load(), first, 'the same promise');
  await first;
  assert.equal(m.compare(ARTICLES).articles.length, 2);
});

test('asked for while the default module is still loading, the compare module wins', async () => {
  const m = await fresh();
  const plain = m.load();
  const withCompare = m.load({ compare: true });
  assert.notEqual(plain, withCompare);
  await Promise.all([plain, withCompare]);
  assert.equal(m.compare(ARTICLES).articles.length, 2);
});
