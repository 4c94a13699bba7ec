// The compare page's pure parts: the word diff behind the side-by-side marks
// and the matrix / summary model (web/compare/word-diff.js, model.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffWords, MAX_DIFF_WORDS } from '../../web/compare/word-diff.js';
import { matrixRows, sourceSummary } from '../../web/compare/model.js';

test('diffWords marks added and missing words, ignoring case and punctuation', () => {
  const segs = diffWords('“We still see small boats leaving,” she said', 'we still see many boats leaving, she said.');
  assert.deepEqual(segs, [
    { kind: 'same', text: 'we still see' },
    { kind: 'del', text: 'small' },
    { kind: 'ins', text: 'many' },
    { kind: 'same', text: 'boats leaving, she said.' },
  ]);
  assert.deepEqual(diffWords('a b', 'a b'), [{ kind: 'same', text: 'a b' }]);
  assert.deepEqual(diffWords('', 'new words'), [{ kind: 'ins', text: 'new words' }]);
});

test('diffWords leaves very long variants unmarked instead of building a huge table', () => {
  const long = Array.from({ length: MAX_DIFF_WORDS + 1 }, (_, i) => `w${i}`).join(' ');
  assert.deepEqual(diffWords(long, 'short text'), [{ kind: 'same', text: 'short text' }]);
});

test('matrix rows: present, altered, absent per source; summary counts', () => {
  const articles = [
    { name: 'A', text: 'Mayor said the bridge will close. Shops said sales fell.' },
    { name: 'B', text: 'The bridge will shut, the mayor said.' },
    { name: 'C', text: 'Nothing here.' },
  ];
  const result = {
    articles: [{ claims: 2, speakers: [0, 1] }, { claims: 1, speakers: [0] }, { claims: 0, speakers: [] }],
    speakers: [{ name: 'Mayor', aliases: [], articles: [0, 1] }, { name: 'Shops', aliases: [], articles: [0] }],
    clusters: [
      { members: [{ article: 0, claim: 0, start: 11, end: 32, speaker: 0 }, { article: 1, claim: 0, start: 0, end: 20, speaker: 0 }],
        score: 0.6, unique: false, speaker: 0, diff: [{ removed: [], added: [] }, { removed: ['close'], added: ['shut'] }] },
      { members: [{ article: 0, claim: 1, start: 34, end: 55, speaker: 1 }], score: 0, unique: true, speaker: 1, diff: [{ removed: [], added: [] }] },
    ],
  };
  const rows = matrixRows(result, articles);
  assert.deepEqual(rows[0].cells.map((c) => c.state), ['present', 'altered', 'absent']);
  assert.equal(rows[0].speaker, 'Mayor');
  assert.equal(rows[0].text, 'the bridge will close');
  assert.equal(rows[1].unique, true);
  assert.deepEqual(rows[1].cells.map((c) => c.state), ['present', 'absent', 'absent']);
  const summary = sourceSummary(result, articles);
  assert.deepEqual(summary.map((s) => [s.name, s.claims, s.corroborated, s.only]), [['A', 2, 1, 1], ['B', 1, 1, 0], ['C', 0, 0, 0]]);
  assert.deepEqual(summary[0].speakers, ['Mayor', 'Shops']);
});
