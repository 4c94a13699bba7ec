// The worker's way of sending a document: the facade's flat records
// (annotateRecords) and their unpacking (unpack, unpacker), and the message
// that carries them (doc-chunks.js). The page must get the same objects
// annotate() gives, whole or a slice at a time.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { load, annotate, annotateRecords, unpack, unpacker } from 'claimscope';
import { sendRecords, receive } from '../../dist/doc-chunks.js';

before(async () => {
  await load();
});

const ARTICLE = [
  'Harbour Plan Splits the Town',
  'By Ines Carvalho',
  'PORTVALE — The harbour board voted on Monday to spend 4.5 million euros on a new sea wall.',
  '“We cannot wait for the next storm,” said board chair Maren Holt. “The old wall is failing.”',
  'Holt said the work could start in April. Fishermen Ade Okafor and Lena Brandt said that the plan ignored their moorings.',
  'Über 😀 die Brücke 👋🏽 gehen wir. Москва заявила, что войска уходят. 北京表示欢迎。 שלום עולם',
  'The council’s spokesman told reporters the vote was “premature” and that 30% of residents opposed it.',
].join('\n\n');

const CASES = [
  ['a news article with emoji and non-Latin text', ARTICLE, {}],
  ['the same at the structure stage', ARTICLE, { stage: 'structure' }],
  ['the same at the segment stage', ARTICLE, { stage: 'segment' }],
  ['an empty text', '', {}],
  ['an empty text at the segment stage', '', { stage: 'segment' }],
  ['emoji only, no sentence end', '🇺🇦👩🏽‍⚖️😀', {}],
  ['a lone surrogate', 'Bad \uD800 here. “Fine,” he said.', {}],
];

test('unpack(annotateRecords()) gives the objects annotate() gives', () => {
  for (const [what, text, options] of CASES) {
    assert.deepEqual(unpack(annotateRecords(text, options)), annotate(text, options), what);
  }
  const doc = annotate(ARTICLE);
  assert.ok(doc.quotes.length >= 2 && doc.claims.length >= 3 && doc.speakers.length >= 2, 'the article exercises every record kind');
});

test('the records are the caller\'s own: later calls leave them as they were', () => {
  const segments = annotateRecords(ARTICLE, { stage: 'segment' });
  const full = annotateRecords(ARTICLE);
  const want = [annotate(ARTICLE, { stage: 'segment' }), annotate(ARTICLE)];
  annotate('Something else entirely, to reuse the module\'s memory.\n\nA second paragraph.', { stage: 'segment' });
  annotate('And another text. “Words,” she said.');
  assert.deepEqual([unpack(segments), unpack(full)], want);
  assert.ok(full.featureNames.length > 0, 'the records name the sentence features: no module needed to unpack');
});

test('annotateRecords refuses what annotate() refuses, with the same error', () => {
  assert.throws(() => annotateRecords('Too long for the limit.', { maxBytes: 5 }), (err) => {
    assert.throws(() => annotate('Too long for the limit.', { maxBytes: 5 }), { message: err.message });
    return true;
  });
  assert.throws(() => annotateRecords(42), TypeError);
});

test('a slice at a time, the unpacker builds the same document', () => {
  const text = ARTICLE.repeat(3);
  const want = annotate(text);
  for (const units of [1, 5, 64]) {
    const next = unpacker(annotateRecords(text));
    let doc = null;
    let slices = 0;
    while (!(doc = next(units))) slices++;
    assert.ok(slices > 1, `${units} numbers a slice takes several slices`);
    assert.deepEqual(doc, want, `${units} numbers a slice`);
  }
  const next = unpacker(annotateRecords(''));
  assert.deepEqual(next(1), annotate(''), 'an empty document is whole at once');
});

/** A port that delivers what the worker posts as a browser would: cloned, its transfer list moved. */
function port() {
  const sent = [];
  return { sent, postMessage: (msg, transfer) => sent.push(structuredClone(msg, { transfer })) };
}

test('the worker\'s message moves the records\' buffers, and the page unpacks them', async () => {
  const records = annotateRecords(ARTICLE);
  const p = port();
  sendRecords(p, 3, records, 12);
  assert.equal(p.sent.length, 1);
  assert.equal(records.sentences.byteLength, 0, 'transferred, not copied');
  const answer = await receive(p.sent[0], () => 3);
  assert.deepEqual(answer, { id: 3, doc: annotate(ARTICLE), ms: 12 });

  const segments = port();
  sendRecords(segments, 4, annotateRecords(ARTICLE, { stage: 'segment' }), 1);
  assert.deepEqual((await receive(segments.sent[0], () => 4)).doc, annotate(ARTICLE, { stage: 'segment' }));

  // Errors and whole documents (a stand-in worker's) pass as they are.
  assert.deepEqual(await receive({ id: 5, error: 'no' }, () => 5), { id: 5, error: 'no' });
  const whole = { id: 6, doc: { paragraphs: [] }, ms: 1 };
  assert.equal(await receive(whole, () => 6), whole);
});

test('a long document is unpacked over several tasks, and dropped once a newer request is made', async () => {
  const text = ARTICLE.repeat(2000);   // ~1 MB
  const want = annotate(text);
  const p = port();
  sendRecords(p, 7, annotateRecords(text), 1);
  sendRecords(p, 8, annotateRecords(text), 1);
  let latest = 8;
  let tasks = 0;
  const counting = setInterval(() => tasks++, 0);
  const answer = await receive(p.sent[1], () => latest);
  clearInterval(counting);
  assert.ok(tasks >= 1, 'other tasks ran between the slices');
  assert.deepEqual(answer.doc, want);

  latest = 7;
  const stale = receive(p.sent[0], () => latest);
  latest = 9;
  assert.equal(await stale, null, 'a newer request was made meanwhile');
});
