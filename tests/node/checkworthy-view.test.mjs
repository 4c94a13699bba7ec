// web/checkworthy.js: which sentences the page marks, and the words of the tooltip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCheckworthy, checkworthyLabel, CHECKWORTHY_THRESHOLD } from '../../web/checkworthy.js';

test('a sentence is marked from the threshold up, and never without a score', () => {
  assert.equal(isCheckworthy({ checkworthy: CHECKWORTHY_THRESHOLD }), true);
  assert.equal(isCheckworthy({ checkworthy: CHECKWORTHY_THRESHOLD - 0.01 }), false);
  assert.equal(isCheckworthy({ checkworthy: 0 }), false);
  assert.equal(isCheckworthy({}), false);
  assert.equal(isCheckworthy(null), false);
  assert.equal(isCheckworthy({ checkworthy: true }), true);
  assert.equal(isCheckworthy({ checkworthy: 0.5 }, 0.6), false);
});

test('the tooltip gives the score and the features for and against, in words', () => {
  const label = checkworthyLabel({ checkworthy: 0.6, features: ['number', 'named_entity', 'hedge', 'no_such_feature'] });
  assert.equal(label, 'Check-worthy sentence (score 0.60): has a number; names a person, place or organisation. Against: hedged');
  assert.equal(checkworthyLabel({ checkworthy: 0.35 }), 'Check-worthy sentence (score 0.35)');
});
