// Offsets, anchoring and the W3C / CSV / Markdown exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offsetConverter } from '../../web/text-offsets.js';
import { anchor, describe } from '../../web/anchoring.js';
import { toW3C, fromW3C, textUrn } from '../../web/export/w3c.js';
import { claimsToCsv, csvCell } from '../../web/export/csv.js';
import { toMarkdown } from '../../web/export/markdown.js';

test('UTF-16 and code-point offsets convert both ways', () => {
  const text = 'a😀b👩🏽‍⚖️c中🇺🇦';
  const conv = offsetConverter(text);
  const cps = [...text];
  let u16 = 0;
  for (let cp = 0; cp <= cps.length; cp++) {
    assert.equal(conv.toUtf16(cp), u16, `cp ${cp}`);
    assert.equal(conv.toCodePoint(u16), cp, `u16 ${u16}`);
    if (cp < cps.length) u16 += cps[cp].length;
  }
});

test('anchoring prefers the exact position, then context, then nearness', () => {
  const text = 'He said no. Later he said no again. Finally she said no.';
  const second = text.indexOf('no', 20);
  const sel = describe(text, second, second + 2);
  assert.deepEqual(anchor(text, sel), { start: second, end: second + 2 });
  // The text moved by five characters: context finds the same occurrence.
  const moved = 'Intro' + text;
  assert.deepEqual(anchor(moved, sel), { start: second + 5, end: second + 7 });
  assert.equal(anchor(text, { exact: 'absent words', start: 0 }), null);
  assert.equal(anchor(text, { exact: '' }), null);
});

const text = 'Storm 🌧 hits Lakeside\n\n“We are ready,” Mayor Ana Ruiz said. Officials said the levee could hold.';
const doc = {
  claims: [
    { start: text.indexOf('“'), end: text.indexOf('”') + 1, kind: 'quote', speaker: 0, hedged: false, cue: null, source: null },
    { start: text.indexOf('the levee'), end: text.length - 1, kind: 'reported', speaker: null, hedged: true, cue: null, source: null },
  ],
  speakers: [{ name: 'Ana Ruiz', aliases: [], mentions: [] }],
};
const annotations = [
  { id: 'a1', start: 6, end: 8, label: 'needs source', note: 'Which storm?' },
  { id: 'a2', start: text.indexOf('“'), end: text.indexOf('”') + 1, label: 'verified', note: '' },
];

test('W3C export has the data model shape, with code-point positions', async () => {
  const w3c = await toW3C({ text, title: 'Storm', annotations, doc });
  assert.equal(w3c['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(w3c.type, 'AnnotationCollection');
  assert.equal(w3c.total, 4);
  const [first] = w3c.first.items;
  assert.equal(first.type, 'Annotation');
  assert.equal(first.motivation, 'commenting');
  assert.equal(first.target.source, await textUrn(text));
  const [quote, position] = first.target.selector;
  assert.equal(quote.type, 'TextQuoteSelector');
  assert.equal(quote.exact, '🌧');
  assert.deepEqual([position.type, position.start, position.end], ['TextPositionSelector', 6, 7]);
  assert.ok(first.body.some((b) => b.purpose === 'tagging' && b.value === 'needs source'));
  assert.equal(w3c.first.items[3].motivation, 'classifying');
});

test('W3C export re-imports to the same annotations; missing quotes become orphans', async () => {
  const w3c = await toW3C({ text, title: 'Storm', annotations, doc });
  const back = fromW3C(JSON.parse(JSON.stringify(w3c)), text);
  assert.deepEqual(back.annotations.map(({ id, start, end, label, note }) => ({ id, start, end, label, note })), annotations);
  assert.equal(back.orphans.length, 0);
  const other = fromW3C(w3c, 'A different article entirely.');
  assert.equal(other.annotations.length, 0);
  assert.equal(other.orphans.length, 2);
  assert.throws(() => fromW3C({ hello: 1 }, text), /Not a W3C Web Annotation file/);
});

test('CSV cells cannot become formulas', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell('-2'), "'-2");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('plain'), 'plain');
  const csv = claimsToCsv(text, doc);
  assert.match(csv, /^kind,speaker,hedged,text,cue,source,start,end\r\n/);
  assert.match(csv, /quote,Ana Ruiz,no,"“We are ready,”",/);
});

test('Markdown lists highlights and who says what, with article text escaped', () => {
  const md = toMarkdown({ text: '*bold* [link](javascript:x)', title: 'T', annotations: [{ start: 0, end: 27, label: 'odd', note: 'n' }], doc: null });
  assert.match(md, /^# T/);
  assert.match(md, /> \\\*bold\\\* \\\[link\\\]\\\(javascript:x\\\)/);
  const md2 = toMarkdown({ text, title: 'Storm', annotations: [], doc });
  assert.match(md2, /\*\*Ana Ruiz\*\* \(quote\)/);
  assert.match(md2, /\*\*unattributed\*\* \(reported, hedged\)/);
});
