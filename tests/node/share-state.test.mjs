// The share link's content (share-state.js) and the annotations-only link
// (share-anchors.js): round trips, and refusal of anything malformed. From
// dist/, where decodeShare finds the core's module next to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeShare, decodeShare, ShareLinkError } from '../../dist/share-codec.js';
import { packState, unpackState, sameWork } from '../../dist/share-state.js';
import { encodeAnchors, decodeAnchors, textHash } from '../../dist/share-anchors.js';
import { describe, anchor } from '../../dist/anchoring.js';
import { claimscopeState, ImportError } from '../../dist/file-import.js';
import { claimscopeFile } from '../../dist/file-export.js';

const TEXT = 'Mayor Ana Ruiz said the bridge “will open in May”.\nCritics said it would not. 🌉 Ruiz said so twice.';
const span = (needle) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const STATE = {
  text: TEXT,
  annotations: [{ id: 'x', ...describe(TEXT, span('bridge').start, span('bridge').end), label: 'disputed', note: 'Which bridge? <b>' }],
  corrections: [
    { kind: 'quote', ...describe(TEXT, span('“will open in May”').start, span('“will open in May”').end), speaker: 'Ana Ruiz' },
    { kind: 'reported', ...describe(TEXT, span('it would not').start, span('it would not').end), dismissed: true },
  ],
  labels: ['verified', 'disputed', 'needs source', 'odd'],
  view: { layers: { quote: true, hedge: false }, sentences: true, speaker: 'Ana Ruiz' },
};

test('a packed view survives the link and comes back the same', async () => {
  const back = unpackState(await decodeShare(await encodeShare(packState(STATE))));
  assert.equal(back.text, TEXT);
  assert.ok(sameWork(back, STATE));
  assert.deepEqual(back.annotations.map(({ id, ...a }) => a), STATE.annotations.map(({ id, ...a }) => a));
  assert.deepEqual(back.corrections, STATE.corrections);
  assert.deepEqual(back.labels, STATE.labels);
  assert.equal(back.view.layers.hedge, false);
  assert.equal(back.view.layers.quote, true);
  assert.equal(back.view.sentences, true);
  assert.equal(back.view.speaker, 'Ana Ruiz');
});

test('malformed content is refused as a whole', () => {
  const good = packState(STATE);
  const cases = [
    null, [], { ...good, v: 2 }, { ...good, t: 5 }, { ...good, a: [[0, 999, 'x', '']] }, { ...good, a: [[3, 3, 'x', '']] },
    { ...good, a: [[0, 2, '', '']] }, { ...good, a: [[0, 2, 'x']] }, { ...good, c: [['claim', 0, 2, 'A']] },
    { ...good, c: [['quote', 0, 2, '  ']] }, { ...good, l: [] }, { ...good, w: { h: ['nope'] } }, { ...good, w: [] },
    { ...good, a: [[-1, 2, 'x', '']] }, { ...good, a: [[0.5, 2, 'x', '']] },
  ];
  for (const c of cases) assert.throws(() => unpackState(c), ShareLinkError, JSON.stringify(c));
});

test('an annotations-only link carries anchors and the text hash, not the text', async () => {
  const fragment = await encodeAnchors(STATE);
  assert.ok(fragment.startsWith('csa1.'));
  const back = await decodeAnchors(fragment);
  assert.equal(back.hash, await textHash(TEXT));
  assert.equal(back.annotations.length, 1);
  assert.deepEqual(anchor(TEXT, back.annotations[0]), span('bridge'));
  assert.equal(back.annotations[0].note, 'Which bridge? <b>');
  assert.deepEqual(back.corrections.map((c) => [c.kind, c.speaker ?? null, c.dismissed ?? false]), [['quote', 'Ana Ruiz', false], ['reported', null, true]]);
  assert.equal(back.view.layers.hedge, false);
  // An edited article: the quote is found where it moved to.
  const edited = `Update: new times.\n${TEXT}`;
  assert.deepEqual(anchor(edited, back.annotations[0]), { start: span('bridge').start + 19, end: span('bridge').end + 19 });
  // Cut anywhere or altered: refused.
  for (let cut = 0; cut < fragment.length; cut++) await assert.rejects(decodeAnchors(fragment.slice(0, cut)), ShareLinkError);
  for (let i = 5; i < fragment.length; i++) {
    const ch = fragment[i] === 'A' ? 'B' : 'A';
    await assert.rejects(decodeAnchors(fragment.slice(0, i) + ch + fragment.slice(i + 1)), ShareLinkError, `byte ${i}`);
  }
});

// Values of every JSON type, some of them plausible, some hostile.
function randomValue(rand, depth = 0) {
  const pick = Math.floor(rand() * (depth > 2 ? 6 : 8));
  switch (pick) {
    case 0: return null;
    case 1: return rand() < 0.5;
    case 2: return Math.floor(rand() * 200) - 20;
    case 3: return rand() * 1e9;
    case 4: return ['quote', 'scare', 'reported', '', 'x', '<script>', 'hedge'][Math.floor(rand() * 7)];
    case 5: return 'ab\u{1F600}'.repeat(Math.floor(rand() * 4));
    case 6: return Array.from({ length: Math.floor(rand() * 5) }, () => randomValue(rand, depth + 1));
    default: return Object.fromEntries(['v', 't', 'a', 'c', 'l', 'w', 'h', 's', 'p'].filter(() => rand() < 0.4).map((k) => [k, randomValue(rand, depth + 1)]));
  }
}

test('random and mutated content is either a sound state or a ShareLinkError, never another exception', () => {
  let seed = 12345;
  const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const good = packState(STATE);
  let accepted = 0;
  for (let i = 0; i < 5000; i++) {
    const value = i % 2 ? randomValue(rand) : { ...good, [['t', 'a', 'c', 'l', 'w'][i % 5]]: randomValue(rand) };
    let state;
    try {
      state = unpackState(value);
    } catch (err) {
      assert.ok(err instanceof ShareLinkError, `${err.name}: ${err.message} for ${JSON.stringify(value)}`);
      continue;
    }
    accepted++;
    assert.equal(typeof state.text, 'string');
    for (const a of state.annotations.filter((x) => !x.orphan)) {
      assert.ok(a.start < a.end && a.end <= state.text.length);
      assert.equal(state.text.slice(a.start, a.end), a.exact);
    }
    for (const c of state.corrections) assert.ok(c.dismissed === true || (typeof c.speaker === 'string' && c.speaker.trim() !== ''));
  }
  assert.ok(accepted > 0, 'some mutations are still valid views');
});

test('a Claimscope file comes back as the same view; anything else is an ImportError', () => {
  const back = claimscopeState(JSON.parse(JSON.stringify(claimscopeFile(STATE))));
  assert.ok(sameWork(back, STATE));
  assert.deepEqual(back.labels, STATE.labels);
  assert.equal(back.view.speaker, 'Ana Ruiz');
  let seed = 99;
  const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const bads = [null, 5, 'x', [], { format: 'claimscope' }, { format: 'claimscope', v: 2, text: '' }];
  for (let i = 0; i < 2000; i++) {
    const file = claimscopeFile(STATE);
    const key = ['text', 'annotations', 'corrections', 'labels', 'view'][i % 5];
    bads.push({ ...file, [key]: randomValue(rand) });
  }
  for (const b of bads) {
    try {
      claimscopeState(b);
    } catch (err) {
      assert.ok(err instanceof ImportError, `${err.name}: ${err.message}`);
    }
  }
});
