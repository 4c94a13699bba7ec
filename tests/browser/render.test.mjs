// web/render.js in a real browser, fed hand-written documents (so these tests
// do not depend on what the core finds): structure, nesting of overlapping
// spans, highlights with their speaker, the Speakers panel, the focus card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, annotated, root, contrast } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

// Span of the `nth` occurrence of `needle` in `text`.
function at(text, needle, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not in text`);
  }
  return { start: i, end: i + needle.length };
}

const LINES = [
  'Town Library Extends Its Opening Hours',
  'By Sam Ortega',
  'BRIDGEFORD — The town library will stay open until 9 p.m. on weekdays from next month, officials said on Monday.',
  '“Students asked us for quiet evening space, and we listened,” said head librarian Ruth Kamau. “It costs little.”',
  'Kamau said the change was “a small step” that might bring in new readers. Some called it a “luxury” in a tight year.',
  'Read more: Bridgeford parks to get new benches',
];
const TEXT = LINES.join('\n');

function libraryDoc() {
  const t = TEXT;
  const lineSpan = (i) => at(t, LINES[i]);
  const sent = (s) => at(t, s);
  const para = (i, role, extra = {}) => ({ ...lineSpan(i), role, confidence: 0.9, reasons: [`test.${role}`], dateline: null, ...extra });
  const q0 = at(t, '“Students asked us for quiet evening space, and we listened,”');
  const q1 = at(t, '“It costs little.”');
  const q2 = at(t, '“a small step”');
  const q3 = at(t, '“luxury”');
  const source0 = at(t, 'head librarian Ruth Kamau');
  const cue0 = at(t, 'said', 1);
  const reported = at(t, 'the change was “a small step” that might bring in new readers');
  return {
    version: 1, unit: 'utf16-code-unit', length: t.length, warnings: [],
    paragraphs: [
      para(0, 'title'), para(1, 'byline'), para(2, 'body', { dateline: at(t, 'BRIDGEFORD —') }),
      para(3, 'body'), para(4, 'body'), para(5, 'boilerplate'),
    ],
    sentences: [
      { ...lineSpan(0), paragraph: 0 }, { ...lineSpan(1), paragraph: 1 }, { ...lineSpan(2), paragraph: 2 },
      { ...sent('“Students asked us for quiet evening space, and we listened,” said head librarian Ruth Kamau.'), paragraph: 3 },
      { ...sent('“It costs little.”'), paragraph: 3 },
      { ...sent('Kamau said the change was “a small step” that might bring in new readers.'), paragraph: 4 },
      { ...sent('Some called it a “luxury” in a tight year.'), paragraph: 4 },
      { ...lineSpan(5), paragraph: 5 },
    ],
    quotes: [
      { ...q0, speaker: 0, source: source0, cue: cue0, paragraph: 3, group: 0, scare: false, unclosed: false },
      { ...q1, speaker: 0, source: source0, cue: cue0, paragraph: 3, group: 0, scare: false, unclosed: false },
      { ...q2, speaker: 0, source: at(t, 'Kamau', 1), cue: at(t, 'said', 2), paragraph: 4, group: null, scare: false, unclosed: false },
      { ...q3, speaker: null, source: null, cue: null, paragraph: 4, group: null, scare: true, unclosed: false },
    ],
    claims: [
      { ...q0, kind: 'quote', speaker: 0, hedged: false, source: source0, cue: cue0, hedge: null, quote: 0 },
      { ...q1, kind: 'quote', speaker: 0, hedged: false, source: source0, cue: cue0, hedge: null, quote: 1 },
      { ...reported, kind: 'reported', speaker: 0, hedged: true, source: at(t, 'Kamau', 1), cue: at(t, 'said', 2), hedge: at(t, 'might'), quote: null },
      { ...q2, kind: 'quote', speaker: 0, hedged: false, source: at(t, 'Kamau', 1), cue: at(t, 'said', 2), hedge: null, quote: 2 },
    ],
    speakers: [{ name: 'Ruth Kamau', aliases: ['Kamau'], mentions: [source0, at(t, 'Kamau', 1)] }],
  };
}

// Renders (text, doc) into the live page's article and Speakers panel.
async function renderInPage(page, text, doc) {
  await page.evaluate(async ({ text, doc }) => {
    const { renderArticle, renderSpeakers } = await import(new URL('render.js', location.href).href);
    const { article, descriptions } = renderArticle(text, doc);
    document.getElementById('article').replaceChildren(article);
    document.getElementById('descriptions').replaceChildren(descriptions);
    document.getElementById('speakers').replaceChildren(renderSpeakers(doc));
    document.getElementById('article-text').value = text;
  }, { text, doc });
}

async function freshPage(options) {
  const opened = await openPage(env.browser, env.url, options);
  await annotated(opened.page);
  return opened;
}

test('paragraphs keep their text exactly, with their role and sentences', async () => {
  const { page, problems } = await freshPage();
  await renderInPage(page, TEXT, libraryDoc());
  const paras = await page.locator('#article [data-paragraph]').evaluateAll((els) => els.map((e) => ({ tag: e.tagName, role: e.dataset.role, text: e.textContent })));
  assert.deepEqual(paras.map((p) => p.text), LINES);
  assert.deepEqual(paras.map((p) => p.role), ['title', 'byline', 'body', 'body', 'body', 'boilerplate']);
  assert.equal(paras[0].tag, 'H2', 'the title is a heading');
  const sentences = await page.locator('#article .sentence').evaluateAll((els) => els.map((e) => e.textContent));
  assert.equal(sentences.length, 8);
  assert.equal(sentences[4], '“It costs little.”');
  assert.equal(await page.locator('#article .dateline').textContent(), 'BRIDGEFORD —');
  assert.deepEqual(problems, []);
  await page.close();
});

test('preparing in slices gives the same article as preparing at once, and stops when told', async () => {
  const { page, problems } = await freshPage();
  const result = await page.evaluate(async ({ text, doc }) => {
    const { prepareArticle, prepareArticleSliced } = await import(new URL('render.js', location.href).href);
    const html = (prepared) => prepared.blocks.map((b) => (b.kind === 'paragraph' ? prepared.paragraphElement(b.index) : prepared.strayElement(b)).outerHTML);
    const whole = prepareArticle(text, doc, { descriptions: document.createElement('div') });
    // A zero budget pauses at every step the preparation offers.
    let pauses = 0;
    const sliced = await prepareArticleSliced(text, doc, { descriptions: document.createElement('div') }, 0, async () => {
      pauses++;
      return true;
    });
    const stopped = await prepareArticleSliced(text, doc, { descriptions: document.createElement('div') }, 0, async () => false);
    return { same: JSON.stringify(html(whole)) === JSON.stringify(html(sliced)), blocks: sliced.blocks.length, pauses, stopped };
  }, { text: TEXT, doc: libraryDoc() });
  assert.ok(result.same, 'the same paragraphs, element for element');
  assert.equal(result.blocks, LINES.length);
  assert.ok(result.pauses > 0, 'it paused between steps');
  assert.equal(result.stopped, null, 'a pause answering false ends the preparation');
  assert.deepEqual(problems, []);
  await page.close();
});

test('quotes, reported claims and scare quotes: distinct marks with their speaker', async () => {
  const { page, problems } = await freshPage();
  await renderInPage(page, TEXT, libraryDoc());
  const quotes = page.locator('#article mark.quote');
  assert.equal(await quotes.count(), 3);
  assert.equal(await quotes.first().textContent(), '“Students asked us for quiet evening space, and we listened,”');
  assert.match(await quotes.first().getAttribute('title'), /Ruth Kamau/);
  assert.equal(await quotes.first().getAttribute('tabindex'), '0');
  // The accessible description names the speaker.
  const description = await quotes.first().evaluate((m) => document.getElementById(m.getAttribute('aria-describedby')).textContent);
  assert.match(description, /Quote: Ruth Kamau/);

  // The partial quote sits inside the reported claim, which is marked hedged.
  const reported = page.locator('#article mark.reported');
  assert.equal(await reported.count(), 1);
  assert.equal(await reported.textContent(), 'the change was “a small step” that might bring in new readers');
  assert.equal(await reported.locator('mark.quote').textContent(), '“a small step”');
  assert.match(await reported.getAttribute('title'), /Reported claim \(hedged\): Ruth Kamau/);
  assert.equal(await reported.locator('.hedge').textContent(), 'might');

  const scare = page.locator('#article mark.scare');
  assert.equal(await scare.textContent(), '“luxury”');
  assert.equal(await scare.getAttribute('data-speaker'), null);
  assert.match(await scare.getAttribute('title'), /not attributed/);

  assert.equal(await page.locator('#article .source').first().textContent(), 'head librarian Ruth Kamau');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the Speakers panel counts a split quotation once, plus reported claims', async () => {
  const { page } = await freshPage();
  await renderInPage(page, TEXT, libraryDoc());
  const panel = page.getByRole('complementary', { name: 'Speakers' });
  assert.equal(await panel.getByRole('heading', { name: 'Speakers' }).count(), 1);
  const items = panel.locator('.speaker-list li');
  assert.equal(await items.count(), 1);
  assert.equal(await items.locator('.speaker-name').textContent(), 'Ruth Kamau');
  // Quotes 0 and 1 are one quotation (group 0); quote 2 is another.
  assert.equal(await items.locator('.speaker-counts').textContent(), '2 quotes · 1 reported claim');
  assert.equal(await items.locator('.speaker-aliases').textContent(), 'also: Kamau');

  // Pressing a speaker spotlights their highlights.
  await items.getByRole('button').click();
  assert.equal(await items.getByRole('button').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#article .lit').count() > 0, true);
  assert.equal(await page.locator('#article mark.scare.lit').count(), 0);
  await page.close();
});

test('focusing a highlight shows a card with the speaker', async () => {
  const { page, problems } = await freshPage();
  await renderInPage(page, TEXT, libraryDoc());
  const card = page.locator('#card');
  assert.equal(await card.isVisible(), false);
  await page.locator('#article mark.quote').first().focus();
  assert.equal(await card.isVisible(), true);
  assert.match(await card.textContent(), /Ruth Kamau/);
  await page.keyboard.press('Tab');   // the next highlight
  assert.match(await card.textContent(), /Ruth Kamau/);
  await page.locator('#annotate').focus();
  assert.equal(await card.isVisible(), false);
  await page.locator('#article mark.scare').hover();
  assert.match(await card.textContent(), /Scare quote/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('sentence boundaries can be shown', async () => {
  const { page } = await freshPage();
  await renderInPage(page, TEXT, libraryDoc());
  const bar = () => page.locator('#article .sentence').nth(4).evaluate((e) => getComputedStyle(e).borderLeftWidth);
  assert.equal(await bar(), '0px');
  await page.getByLabel('Show sentence boundaries').check();
  assert.equal(await bar(), '2px');
  await page.close();
});

test('crossing spans are split into properly nested pieces', async () => {
  const { page, problems } = await freshPage();
  const text = 'Ana said prices will rise. They will fall later, said Bo.';
  const claim = at(text, 'prices will rise. They will fall');
  const quote = at(text, 'rise. They');
  const doc = {
    version: 1, unit: 'utf16-code-unit', length: text.length, warnings: [],
    paragraphs: [{ start: 0, end: text.length, role: 'body', confidence: 0.5, reasons: [], dateline: null }],
    sentences: [{ ...at(text, 'Ana said prices will rise.'), paragraph: 0 }, { ...at(text, 'They will fall later, said Bo.'), paragraph: 0 }],
    quotes: [{ ...quote, speaker: 1, source: null, cue: null, paragraph: 0, group: null, scare: false, unclosed: true }],
    claims: [{ ...claim, kind: 'reported', speaker: 0, hedged: false, source: at(text, 'Ana'), cue: at(text, 'said'), hedge: null, quote: null }],
    speakers: [{ name: 'Ana', aliases: [], mentions: [] }, { name: 'Bo', aliases: [], mentions: [] }],
  };
  await renderInPage(page, text, doc);
  assert.equal(await page.locator('#article [data-paragraph]').textContent(), text);
  const reportedPieces = await page.locator('#article mark.reported').evaluateAll((els) => els.map((e) => [e.textContent, e.dataset.part ?? '0', e.getAttribute('tabindex')]));
  // Split at the sentence end; only the first piece is a tab stop.
  assert.deepEqual(reportedPieces.map((p) => p[0]).join(''), 'prices will rise. They will fall');
  assert.ok(reportedPieces.length >= 2);
  assert.equal(reportedPieces[0][2], '0');
  assert.ok(reportedPieces.slice(1).every((p) => p[2] === null && p[1] !== '0'));
  const quotePieces = await page.locator('#article mark.quote').evaluateAll((els) => els.map((e) => e.textContent));
  assert.equal(quotePieces.join(''), 'rise. They');
  // Every quote piece is inside a piece of the reported claim: proper nesting.
  assert.equal(await page.locator('#article mark.reported > mark.quote').count(), quotePieces.length);
  assert.equal(await page.locator('#article .sentence mark.reported').count(), 2);
  assert.match(await page.locator('#article mark.quote').first().getAttribute('title'), /no closing mark.*Bo/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('malformed documents never lose text or throw', async () => {
  const { page, problems } = await freshPage();
  const text = 'First line here.\n\nSecond “line” there.\nstray';
  const doc = {
    version: 1, unit: 'utf16-code-unit', length: text.length, warnings: [],
    paragraphs: [
      { start: 0, end: 16, role: 'title', confidence: 1, reasons: [], dateline: null },
      { start: 18, end: 38, role: 'no-such-role', confidence: 1, reasons: [], dateline: { start: 30, end: 2 } },
      { start: 99, end: 120, role: 'body', confidence: 1, reasons: [], dateline: null },
    ],
    sentences: [{ start: 10, end: 30, paragraph: 0 }, { start: -3, end: 5, paragraph: 0 }, null],
    quotes: [{ start: 25, end: 400, speaker: 7, source: null, cue: null, paragraph: 1, group: null, scare: false, unclosed: false }],
    claims: [{ start: 12, end: 22, kind: 'reported', speaker: null, hedged: false, source: { start: 0, end: 5 }, cue: null, hedge: null, quote: null }],
    speakers: [],
  };
  await renderInPage(page, text, doc);
  const paras = await page.locator('#article .para').evaluateAll((els) => els.map((e) => e.textContent));
  assert.deepEqual(paras, ['First line here.', 'Second “line” there.', 'stray']);
  assert.equal(await page.locator('#speakers').textContent(), 'No speakers found.');
  assert.deepEqual(problems, []);
  await page.close();
});

test('text in every highlight and paragraph role meets AA contrast, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page } = await freshPage({ colorScheme });
    await renderInPage(page, TEXT, libraryDoc());
    const pairs = await page.evaluate(() => {
      const background = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
        }
        return getComputedStyle(document.body).backgroundColor;
      };
      const sel = '#article mark, #article .para, #article .source, #article .cue, .speaker-counts, .panel h2, #status, .legend li, .hint';
      return [...document.querySelectorAll(sel)].map((el) => ({
        what: `${el.tagName.toLowerCase()}.${el.className}`,
        fg: getComputedStyle(el).color,
        bg: background(el),
        opacity: getComputedStyle(el).opacity,
      }));
    });
    assert.ok(pairs.length > 10);
    for (const { what, fg, bg, opacity } of pairs) {
      assert.equal(opacity, '1', `${colorScheme} ${what} is not faded`);
      const ratio = contrast(fg, bg);
      assert.ok(ratio >= 4.5, `${colorScheme} ${what}: contrast ${ratio.toFixed(2)} (${fg} on ${bg})`);
    }
    await page.close();
  }
});

test('the design at 360 px and in dark mode: screenshots for a human look', async () => {
  for (const [name, options] of [
    ['render-light.png', { viewport: { width: 1280, height: 900 } }],
    ['render-narrow-dark.png', { viewport: { width: 360, height: 740 }, colorScheme: 'dark' }],
  ]) {
    const { page, problems } = await freshPage(options);
    await renderInPage(page, TEXT, libraryDoc());
    await page.locator('#article mark.reported').focus();
    // Nothing sticks out sideways at phone width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: page scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: `${root}test-results/${name}`, fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  }
});
