// nestSpans (web/layout.js): overlapping spans become a properly nested tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nestSpans, MAX_OPEN } from '../../web/layout.js';

// Compact picture of a tree: text runs as "a-b", span pieces as name[children].
function draw(nodes) {
  return nodes.map((n) => (n.span ? `${n.span.name}${n.part ? `'${n.part}` : ''}[${draw(n.children)}]` : `${n.start}-${n.end}`)).join(' ');
}

function runs(nodes, out = []) {
  for (const n of nodes) n.span ? runs(n.children, out) : out.push([n.start, n.end]);
  return out;
}

test('no spans: one run of text', () => {
  assert.equal(draw(nestSpans(0, 10, [])), '0-10');
  assert.deepEqual(nestSpans(5, 5, []), []);
});

test('nested spans follow their rank, whatever their order in the input', () => {
  const q = { name: 'q', start: 4, end: 8, rank: 2 };
  const r = { name: 'r', start: 2, end: 9, rank: 1 };
  const s = { name: 's', start: 0, end: 10, rank: 0 };
  assert.equal(draw(nestSpans(0, 10, [q, r, s])), 's[0-2 r[2-4 q[4-8] 8-9] 9-10]');
});

test('a claim crossing a sentence end is split into two pieces', () => {
  const s1 = { name: 's1', start: 0, end: 5, rank: 0 };
  const s2 = { name: 's2', start: 6, end: 12, rank: 0 };
  const c = { name: 'c', start: 3, end: 9, rank: 1 };
  assert.equal(draw(nestSpans(0, 12, [s1, s2, c])), "s1[0-3 c[3-5]] c'1[5-6] s2[c'2[6-9] 9-12]");
});

test('an inner span that starts inside an outer-ranked one is reopened inside it', () => {
  const q = { name: 'q', start: 0, end: 6, rank: 2 };
  const r = { name: 'r', start: 3, end: 9, rank: 1 };
  assert.equal(draw(nestSpans(0, 10, [q, r])), "q[0-3] r[q'1[3-6] 6-9] 9-10");
});

test('spans are clipped to the range; empty, reversed and non-numeric spans are dropped', () => {
  const spans = [
    { name: 'a', start: -5, end: 2, rank: 1 },
    { name: 'b', start: 8, end: 50, rank: 1 },
    { name: 'e', start: 4, end: 4, rank: 1 },
    { name: 'x', start: 6, end: 5, rank: 1 },
    { name: 'n', start: NaN, end: 3, rank: 1 },
  ];
  assert.equal(draw(nestSpans(0, 10, spans)), 'a[0-2] 2-8 b[8-10]');
});

test('text runs always cover the range exactly once, in order (random spans)', () => {
  let seed = 12345;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  for (let round = 0; round < 300; round++) {
    const from = rand(20);
    const to = from + rand(60);
    const spans = Array.from({ length: rand(12) }, (_, i) => {
      const a = rand(100) - 10;
      return { name: `s${i}`, start: a, end: a + rand(40) - 5, rank: rand(4) };
    });
    const covered = runs(nestSpans(from, to, spans));
    let pos = from;
    for (const [a, b] of covered) {
      assert.equal(a, pos);
      assert.ok(b > a);
      pos = b;
    }
    assert.equal(pos, from === to ? from : to);
  }
});

test('thousands of spans over the same text nest at most MAX_OPEN deep', () => {
  const spans = Array.from({ length: 5000 }, (_, i) => ({ name: `s${i}`, start: i % 7, end: 100 - (i % 5), rank: i % 3 }));
  const depth = (nodes) => Math.max(0, ...nodes.map((n) => (n.span ? 1 + depth(n.children) : 0)));
  const tree = nestSpans(0, 100, spans);
  assert.ok(depth(tree) <= MAX_OPEN);
  assert.deepEqual(runs(tree).flat()[0], 0);
  assert.equal(runs(tree).at(-1)[1], 100);
});
