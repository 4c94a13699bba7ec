// A stand-in for the annotation worker, so page tests can drive the whole
// app with hand-written documents (independent of what the core finds).
// Texts the test knows get their document; any other text gets one body
// paragraph and one sentence per line.

/** Makes the page's worker answer from `docs` (an array of [text, doc]). */
export async function useFakeCore(context, docs) {
  const body = `
    const DOCS = new Map(${JSON.stringify(docs)});
    function plain(text) {
      const paragraphs = [], sentences = [];
      let pos = 0;
      for (const line of text.split('\\n')) {
        const lead = line.length - line.trimStart().length;
        const t = line.trim();
        if (t) {
          const start = pos + lead;
          paragraphs.push({ start, end: start + t.length, role: 'body', confidence: 0.5, reasons: [], dateline: null });
          sentences.push({ start, end: start + t.length, paragraph: paragraphs.length - 1 });
        }
        pos += line.length + 1;
      }
      return { version: 1, unit: 'utf16-code-unit', length: text.length, warnings: [], paragraphs, sentences, quotes: [], claims: [], speakers: [] };
    }
    self.onmessage = (e) => {
      const { id, text } = e.data;
      if (typeof text !== 'string') return;   // the page's warm-up message (boot.js): no answer
      self.postMessage({ id, doc: DOCS.get(text) ?? plain(text), ms: 1 });
    };`;
  await context.route('**/worker.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body }));
}

/** Span of the `nth` occurrence of `needle` in `text`. */
export function at(text, needle, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not in text`);
  }
  return { start: i, end: i + needle.length };
}

export const LINES = [
  'River Council Votes to Reopen the Old Ferry',
  'By Tomas Lindqvist',
  'ELMBRIDGE — The river council voted on Tuesday to bring back the ferry that stopped running in 2009.',
  '“People on the east bank have waited long enough,” said council chair Priya Natarajan. “This fixes it.”',
  'Natarajan said the first crossings could start by May. Harbour master Owen Blake warned that the landing stage was “not ready” for heavy use.',
  '“We need another season of repairs,” he said. Critics called the plan a “vanity project”.',
  'Sign up for our newsletter to get local news every morning.',
  'Follow us on social media for updates from Elmbridge and the valley.',
  'Advertise with us: reach thousands of readers across the river district every week.',
  'Copyright Elmbridge Gazette. All rights reserved. Reproduction without permission is prohibited.',
];
export const TEXT = LINES.join('\n');

/** The document a perfect core would give for TEXT. */
export function ferryDoc({ evidence = false, checkworthy = false } = {}) {
  const t = TEXT;
  const line = (i) => at(t, LINES[i]);
  const para = (i, role, extra = {}) => ({ ...line(i), role, confidence: 0.9, reasons: [`test.${role}`], dateline: null, ...extra });
  const sentence = (s, paragraph, extra = {}) => ({ ...at(t, s), paragraph, ...extra });
  const q0 = at(t, '“People on the east bank have waited long enough,”');
  const q1 = at(t, '“This fixes it.”');
  const q2 = at(t, '“not ready”');
  const q3 = at(t, '“We need another season of repairs,”');
  const q4 = at(t, '“vanity project”');
  const priya = at(t, 'council chair Priya Natarajan');
  const said0 = at(t, 'said', 0);
  const natarajan = at(t, 'Natarajan', 1);
  const said1 = at(t, 'said', 1);
  const owen = at(t, 'Harbour master Owen Blake');
  const warned = at(t, 'warned');
  const he = at(t, 'he said').start;
  const reported0 = at(t, 'the first crossings could start by May');
  const reported1 = at(t, 'the landing stage was “not ready” for heavy use');
  const doc = {
    version: 1, unit: 'utf16-code-unit', length: t.length, warnings: [],
    paragraphs: [
      para(0, 'title'), para(1, 'byline'), para(2, 'body', { dateline: at(t, 'ELMBRIDGE —') }), para(3, 'body'), para(4, 'body'), para(5, 'body'),
      para(6, 'boilerplate'), para(7, 'boilerplate'), para(8, 'boilerplate'), para(9, 'boilerplate'),
    ],
    sentences: [
      sentence(LINES[0], 0), sentence(LINES[1], 1), sentence(LINES[2], 2, checkworthy ? { checkworthy: 0.8 } : {}),
      sentence('“People on the east bank have waited long enough,” said council chair Priya Natarajan.', 3),
      sentence('“This fixes it.”', 3),
      sentence('Natarajan said the first crossings could start by May.', 4),
      sentence('Harbour master Owen Blake warned that the landing stage was “not ready” for heavy use.', 4),
      sentence('“We need another season of repairs,” he said.', 5),
      sentence('Critics called the plan a “vanity project”.', 5),
      ...[6, 7, 8].map((i) => sentence(LINES[i], i)),
      sentence('Copyright Elmbridge Gazette.', 9), sentence('All rights reserved.', 9), sentence('Reproduction without permission is prohibited.', 9),
    ],
    quotes: [
      { ...q0, speaker: 0, source: priya, cue: said0, paragraph: 3, group: 0, scare: false, unclosed: false },
      { ...q1, speaker: 0, source: priya, cue: said0, paragraph: 3, group: 0, scare: false, unclosed: false },
      { ...q2, speaker: 1, source: owen, cue: warned, paragraph: 4, group: null, scare: false, unclosed: false },
      { ...q3, speaker: 1, source: { start: he, end: he + 2 }, cue: { start: he + 3, end: he + 7 }, paragraph: 5, group: null, scare: false, unclosed: false },
      { ...q4, speaker: null, source: null, cue: null, paragraph: 5, group: null, scare: true, unclosed: false },
    ],
    claims: [
      { ...q0, kind: 'quote', speaker: 0, hedged: false, source: priya, cue: said0, hedge: null, quote: 0 },
      { ...q1, kind: 'quote', speaker: 0, hedged: false, source: priya, cue: said0, hedge: null, quote: 1 },
      { ...reported0, kind: 'reported', speaker: 0, hedged: true, source: natarajan, cue: said1, hedge: at(t, 'could'), quote: null, score: 0.7 },
      { ...reported1, kind: 'reported', speaker: 1, hedged: false, source: owen, cue: warned, hedge: null, quote: null },
      { ...q2, kind: 'quote', speaker: 1, hedged: false, source: owen, cue: warned, hedge: null, quote: 2 },
      { ...q3, kind: 'quote', speaker: 1, hedged: false, source: { start: he, end: he + 2 }, cue: { start: he + 3, end: he + 7 }, hedge: null, quote: 3 },
    ],
    speakers: [
      { name: 'Priya Natarajan', aliases: ['Natarajan'], mentions: [priya, natarajan] },
      { name: 'Owen Blake', aliases: ['he'], mentions: [owen] },
    ],
  };
  if (evidence) doc.evidence = [{ ...at(t, '2009'), kind: 'date' }, { ...at(t, 'Tuesday'), kind: 'date' }];
  return doc;
}
