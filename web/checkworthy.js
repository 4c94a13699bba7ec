// Which sentences the page marks check-worthy, and how it says why.
// The core scores every sentence 0–1 (docs/checkworthy.md); the page marks
// those at or above a threshold and explains the mark with the features that
// fired, in words a reader understands.

// Default threshold. On the CLEF-2019 training sentences the positive-class
// F1 is highest around 0.3 and flat from 0.25 to 0.4 (docs/checkworthy.md,
// "Where the page draws the line"); a news article then gets roughly one
// sentence in four or five marked.
export const CHECKWORTHY_THRESHOLD = 0.3;

// Feature id (core/rules/checkworthy.h) -> what it means, for the tooltip.
// `for` features raise the score, the others lower it.
const FEATURE_TEXT = Object.freeze({
  number: { for: true, text: 'has a number' },
  money_or_percent: { for: true, text: 'an amount or a rate' },
  date_time: { for: true, text: 'a date or time' },
  comparison: { for: true, text: 'a comparison or superlative' },
  named_entity: { for: true, text: 'names a person, place or organisation' },
  attribution: { for: true, text: 'attributed to someone' },
  past_event: { for: true, text: 'a past event' },
  statistic_word: { for: true, text: 'a statistic (rate, total, share…)' },
  policy_topic: { for: true, text: 'a policy topic' },
  long: { for: true, text: 'long enough to state a fact' },
  quotation: { for: false, text: 'a direct quotation' },
  hedge: { for: false, text: 'hedged' },
  first_person_opinion: { for: false, text: 'a first-person opinion' },
  question: { for: false, text: 'a question' },
  short: { for: false, text: 'very short' },
  future: { for: false, text: 'about the future' },
  second_person: { for: false, text: 'addresses the reader' },
});

/** True when sentence s (from annotate()) is marked check-worthy. */
export function isCheckworthy(s, threshold = CHECKWORTHY_THRESHOLD) {
  if (s?.checkworthy === true) return true;
  return typeof s?.checkworthy === 'number' && s.checkworthy >= threshold;
}

/** The tooltip of a check-worthy sentence: its score and the reasons. */
export function checkworthyLabel(s) {
  const score = typeof s.checkworthy === 'number' ? ` (score ${s.checkworthy.toFixed(2)})` : '';
  const known = (s.features ?? []).map((f) => FEATURE_TEXT[f]).filter(Boolean);
  const pro = known.filter((f) => f.for).map((f) => f.text);
  const con = known.filter((f) => !f.for).map((f) => f.text);
  let label = `Check-worthy sentence${score}`;
  if (pro.length) label += `: ${pro.join('; ')}`;
  if (con.length) label += `. Against: ${con.join('; ')}`;
  return label;
}
