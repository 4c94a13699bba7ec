// The WebAssembly module through its JS facade, as `import('claimscope')`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { load, annotate, memoryBytes, FORMAT_VERSION } from 'claimscope';

before(async () => {
  await load();
});

const slice = (text, s) => text.slice(s.start, s.end);

test('returns plain objects in the documented shape', () => {
  const doc = annotate('A title\n\nFirst paragraph. Second sentence.');
  assert.equal(doc.version, FORMAT_VERSION);
  assert.equal(doc.unit, 'utf16-code-unit');
  for (const key of ['paragraphs', 'sentences', 'quotes', 'claims', 'speakers', 'warnings']) {
    assert.ok(Array.isArray(doc[key]), key);
  }
  assert.equal(doc.paragraphs.length, 2);
  assert.equal(Object.getPrototypeOf(doc.paragraphs[0]), Object.prototype);
});

test('paragraph offsets are JS string indices, with emoji and non-Latin text', () => {
  const lines = ['Über 😀 die Brücke', 'Москва заявила, что войска уходят.', '北京表示欢迎。', 'שלום עולם 👋🏽 again', '🇺🇦 flag first'];
  const text = lines.join('\n\n');
  const doc = annotate(text);
  assert.deepEqual(doc.paragraphs.map((p) => slice(text, p)), lines);
  assert.equal(doc.length, text.length);
  for (const s of doc.sentences) {
    const t = slice(text, s);
    assert.equal(t, t.trim());
    assert.ok(t.length > 0);
  }
});

test('lone surrogates count as one unit each, so later offsets stay exact', () => {
  const text = 'Bad \uD800 here.\n\nNext \uDC00 one 😀.\n\nLast line.';
  const doc = annotate(text);
  assert.equal(doc.length, text.length);
  assert.equal(slice(text, doc.paragraphs[2]), 'Last line.');
});

test('empty and white-space-only input give an empty document', () => {
  for (const text of ['', '   \n\n\t  ', '\u2028\u2029']) {
    const doc = annotate(text);
    assert.equal(doc.paragraphs.length, 0);
    assert.equal(doc.sentences.length, 0);
    assert.equal(doc.quotes.length, 0);
  }
});

test('the segment stage finds no quotes or claims', () => {
  const doc = annotate('“We will go,” she said.', { stage: 'segment' });
  assert.equal(doc.sentences.length >= 1, true);
  assert.equal(doc.quotes.length, 0);
  assert.equal(doc.claims.length, 0);
});

test('the segment stage maps offsets like the other stages across astral characters, CRLF and blank lines', () => {
  // The segment stage's records travel by their own path (pack_segments in
  // wasm/bindings.cpp); structure goes through the general one.
  const text = '🌧️ Rain Warning for Lowvale\r\n\r\n“Stay home,” said Mr. Orrin Falk. The river rose 2.5 m 😮.\n\n\nŽana Petrović left at 6 p.m. on Tuesday. 𝒜ll roads closed!\n'.repeat(40);
  const segment = annotate(text, { stage: 'segment' });
  const structure = annotate(text, { stage: 'structure' });
  assert.equal(segment.length, text.length);
  assert.deepEqual(segment.sentences, structure.sentences);
  assert.deepEqual(segment.paragraphs.map(({ start, end }) => [start, end]), structure.paragraphs.map(({ start, end }) => [start, end]));
  assert.deepEqual(segment.paragraphs[0], { start: 0, end: text.indexOf('\r'), role: 'body', confidence: 0.5, reasons: [], dateline: null });
  for (const s of segment.sentences) assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
  assert.deepEqual(Object.keys(segment), Object.keys(structure));
});

test('input over the size limit is refused with a clear error', () => {
  assert.throws(() => annotate('x'.repeat(2000), { maxBytes: 1000 }), /limit is 1000 bytes/);
});

test('non-string input is a TypeError', () => {
  assert.throws(() => annotate(42), TypeError);
});

test('a thousand calls in one instance keep working', () => {
  const text = 'One sentence here. Another one there.\n\n“Quoted words,” she said.';
  const first = JSON.stringify(annotate(text));
  for (let i = 0; i < 1000; i++) annotate(text);
  assert.equal(JSON.stringify(annotate(text)), first);
});

test('10,000 calls in one instance keep the heap bounded', () => {
  const text = 'Title\n\n“Quoted words,” she said. Officials said it could rain 😀.\n\n'.repeat(20);
  for (let i = 0; i < 100; i++) annotate(text);  // let the allocator reach its steady state
  const before = memoryBytes();
  for (let i = 0; i < 10_000; i++) annotate(text);
  assert.equal(memoryBytes(), before, 'the heap grew: something leaks per call');
});

test('the structure stage adds roles to the segment stage and nothing else', () => {
  const text = 'Storm Closes Harbour Road\n\nBy Ines Carvalho\n\n“We will reopen soon,” the mayor said.';
  const segment = annotate(text, { stage: 'segment' });
  const structure = annotate(text, { stage: 'structure' });
  assert.deepEqual(segment.paragraphs.map((p) => p.role), ['body', 'body', 'body']);
  assert.deepEqual(structure.paragraphs.map((p) => p.role), ['title', 'byline', 'body']);
  assert.deepEqual(structure.sentences, segment.sentences);
  assert.equal(structure.quotes.length, 0);
  assert.ok(annotate(text).quotes.length > 0);
});

test('the segment stage shares one frozen empty array for every reasons and features; the other stages give arrays of their own', () => {
  const text = 'The ferry left at noon. It came back late.\n\nA second paragraph here. And one more sentence.';
  const segment = annotate(text, { stage: 'segment' });
  const lists = [...segment.paragraphs.map((p) => p.reasons), ...segment.sentences.map((s) => s.features)];
  assert.ok(lists.length >= 6);
  for (const list of lists) {
    assert.equal(list, lists[0]);
    assert.deepEqual(list, []);
    assert.ok(Object.isFrozen(list));
  }
  assert.throws(() => segment.sentences[0].features.push('number'), TypeError);
  assert.deepEqual(annotate(text, { stage: 'segment' }).sentences[1].features, []);
  // The trap: a structure-stage document's empty lists are its own, and writable.
  const structure = annotate(text, { stage: 'structure' });
  assert.notEqual(structure.sentences[0].features, structure.sentences[1].features);
  structure.sentences[0].features.push('mine');
  assert.deepEqual(structure.sentences[1].features, []);
});
