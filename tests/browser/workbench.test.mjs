// The reading and annotating page (issue 5), driven as a user would: layers
// and legend, boilerplate toggles, speakers and claims, the explain card,
// corrections, the user's own highlights with undo, saving across reloads,
// the New article dialog, storage errors. The worker is replaced by a fake
// core answering hand-written documents (fake-core.mjs), so these tests do
// not depend on what the real core finds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, annotated, openApp as openAppIn, annotateText as load } from './helpers.mjs';
import { useFakeCore, TEXT, LINES, ferryDoc } from './fake-core.mjs';

let env;
// A page in its own context (so its own storage) whose core answers `docs`.
const openApp = ({ docs = [[TEXT, ferryDoc()]], options = {}, init = null } = {}) =>
  openAppIn(env, { options, init, prepare: (context) => useFakeCore(context, docs) });
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

// Selects text[start, end) of paragraph `p` with the DOM selection API (as a mouse drag would).
async function selectInParagraph(page, p, needle) {
  await page.evaluate(({ p, needle }) => {
    const para = document.querySelector(`#article [data-paragraph="${p}"]`);
    const from = para.textContent.indexOf(needle);
    const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    const range = new Range();
    let pos = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.data.length;
      if (from >= pos && from < pos + len) range.setStart(n, from - pos);
      if (from + needle.length > pos && from + needle.length <= pos + len) range.setEnd(n, from + needle.length - pos);
      pos += len;
    }
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
  }, { p, needle });
}

const status = (page) => page.locator('#status').textContent();

test('colour layers use the CSS Custom Highlight API; the marks stay for focus and screen readers', async () => {
  const { page, context, problems } = await openApp();
  await load(page, TEXT);
  const sizes = await page.evaluate(() => Object.fromEntries(['cs-quote', 'cs-reported', 'cs-scare', 'cs-hedge'].map((n) => [n, CSS.highlights.get(n)?.size ?? 0])));
  assert.deepEqual(sizes, { 'cs-quote': 4, 'cs-reported': 2, 'cs-scare': 1, 'cs-hedge': 1 });
  // The ranges cover their marks' text (a range made before its node was placed would be empty).
  const quoted = await page.evaluate(() => [...CSS.highlights.get('cs-quote')].map((r) => r.toString()).sort());
  assert.deepEqual(quoted, ['“People on the east bank have waited long enough,”', '“This fixes it.”', '“We need another season of repairs,”', '“not ready”']);
  assert.equal(await page.locator('#article').getAttribute('class'), 'hl-api');
  assert.equal(await page.locator('#article mark.quote').count(), 4);
  assert.equal(await page.locator('#article mark.quote').first().getAttribute('tabindex'), '0');
  // Every kind keeps a second channel besides colour: its underline style.
  const lines = await page.evaluate(() => {
    const probe = (name) => {
      const el = document.createElement('span');
      document.body.append(el);
      const style = getComputedStyle(el, `::highlight(${name})`);
      const out = `${style.textDecorationLine} ${style.textDecorationStyle}`;
      el.remove();
      return out;
    };
    return ['cs-quote', 'cs-reported', 'cs-scare', 'cs-hedge', 'cs-own'].map(probe);
  });
  assert.equal(new Set(lines).size, 5, `distinct line styles: ${lines}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Legend turns each layer off and on; optional layers appear only with their data', async () => {
  const { page, context } = await openApp({ docs: [[TEXT, ferryDoc()]] });
  await load(page, TEXT);
  const legend = page.getByRole('region', { name: 'Legend' });
  assert.equal(await legend.getByRole('checkbox').count(), 5, 'numbers/dates and check-worthy are hidden without data');
  await legend.getByRole('checkbox', { name: /direct quotation/ }).uncheck();
  assert.equal(await page.evaluate(() => CSS.highlights.has('cs-quote')), false);
  assert.match(await page.locator('#article').getAttribute('class'), /hide-quote/);
  assert.equal(await page.evaluate(() => CSS.highlights.has('cs-reported')), true);
  await legend.getByRole('checkbox', { name: /direct quotation/ }).check();
  assert.equal(await page.evaluate(() => CSS.highlights.has('cs-quote')), true);
  await context.close();

  // A core that finds numbers, dates and check-worthy sentences gets those layers.
  const rich = await openApp({ docs: [[TEXT, ferryDoc({ evidence: true, checkworthy: true })]] });
  await load(rich.page, TEXT);
  const richLegend = rich.page.getByRole('region', { name: 'Legend' });
  assert.equal(await richLegend.getByRole('checkbox').count(), 7);
  assert.deepEqual(await rich.page.locator('#article .evidence').allTextContents(), ['Tuesday', '2009']);
  assert.equal(await rich.page.locator('#article .sentence.checkworthy').count(), 1);
  await richLegend.getByRole('checkbox', { name: /numbers and dates/ }).uncheck();
  assert.equal(await rich.page.evaluate(() => CSS.highlights.has('cs-evidence')), false);
  await rich.context.close();
});

test('a long boilerplate run is dimmed and collapsed behind a toggle that keeps the text', async () => {
  const { page, context } = await openApp();
  await load(page, TEXT);
  const toggle = page.locator('#article .boilerplate-toggle');
  assert.equal(await toggle.count(), 1, 'one toggle for the run of four');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await toggle.getAttribute('aria-label'), 'Show 4 boilerplate paragraphs');
  const last = page.locator('#article [data-paragraph="9"]');
  assert.equal(await last.isVisible(), false);
  await toggle.click();
  assert.equal(await last.isVisible(), true);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  // The article's text is still exactly the text: the toggle's words come from CSS.
  const texts = await page.locator('#article [data-paragraph]').allTextContents();
  assert.deepEqual(texts, LINES);

  // A single short boilerplate line stays open.
  const short = `${LINES[0]}\n${LINES[6]}`;
  const doc = { version: 1, unit: 'utf16-code-unit', length: short.length, warnings: [], quotes: [], claims: [], speakers: [],
    paragraphs: [{ start: 0, end: LINES[0].length, role: 'title', confidence: 1, reasons: [], dateline: null }, { start: LINES[0].length + 1, end: short.length, role: 'boilerplate', confidence: 1, reasons: [], dateline: null }],
    sentences: [{ start: 0, end: LINES[0].length, paragraph: 0 }, { start: LINES[0].length + 1, end: short.length, paragraph: 1 }] };
  await context.close();
  const second = await openApp({ docs: [[short, doc]] });
  await load(second.page, short);
  assert.equal(await second.page.locator('#article .boilerplate-toggle').getAttribute('aria-expanded'), 'true');
  assert.equal(await second.page.locator('#article [data-paragraph="1"]').isVisible(), true);
  await second.context.close();
});

test('Speakers lists everyone with counts; choosing one shows only their claims and scrolls to the first', async () => {
  const { page, context } = await openApp({ options: { viewport: { width: 1280, height: 500 } } });
  await load(page, TEXT);
  const panel = page.getByRole('complementary', { name: 'Speakers' });
  const items = panel.locator('.speaker-list li');
  // Most quoted first.
  assert.deepEqual(await items.locator('.speaker-name').allTextContents(), ['Owen Blake', 'Priya Natarajan']);
  assert.deepEqual(await items.locator('.speaker-counts').allTextContents(), ['2 quotes · 1 reported claim', '1 quote · 1 reported claim']);
  assert.equal(await items.nth(1).getByRole('button').getAttribute('title'), 'Priya Natarajan, also: Natarajan');

  const claims = page.getByRole('region', { name: 'Claims' });
  assert.equal(await claims.getByRole('button').count(), 6);
  await page.evaluate(() => window.scrollTo(0, 0));
  await items.nth(0).getByRole('button').click();
  assert.equal(await claims.getByRole('button').filter({ visible: true }).count(), 3, 'only Owen Blake’s claims');
  assert.ok(await page.locator('#article mark.lit').count() >= 3);
  assert.equal(await page.locator('#article mark.lit[data-speaker="0"]').count(), 0);
  // The others are dimmed: covered by the top "cs-dim" layer (Priya Natarajan's 3 marks and the scare quote).
  assert.equal(await page.evaluate(() => CSS.highlights.get('cs-dim').size), 4);
  assert.ok(await page.locator('#article mark.lit').first().isVisible());
  assert.ok(await page.evaluate(() => window.scrollY) > 0, 'scrolled to the first claim');
  // Pressing again shows everyone.
  await items.nth(0).getByRole('button').click();
  assert.equal(await claims.getByRole('button').filter({ visible: true }).count(), 6);
  assert.equal(await page.evaluate(() => CSS.highlights.get('cs-dim').size), 0);
  await context.close();
});

test('the Claims list is in reading order with speaker, kind, hedge and score; a click focuses the claim', async () => {
  const { page, context } = await openApp();
  await load(page, TEXT);
  const claims = page.getByRole('region', { name: 'Claims' });
  const metas = await claims.locator('.claim-meta').allTextContents();
  assert.deepEqual(metas, [
    'Priya Natarajan · direct quote', 'Priya Natarajan · direct quote',
    'Priya Natarajan · reported · hedged: “could” · score 0.7',
    'Owen Blake · reported', 'Owen Blake · direct quote', 'Owen Blake · direct quote',
  ]);
  // Keyboard users can skip the article's highlights.
  await page.getByLabel('Show sentence boundaries').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip past the article to the Claims list' });
  assert.equal(await skip.evaluate((a) => a === document.activeElement), true);
  assert.ok(await skip.isVisible());
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement.className), /^claim$/);
  await claims.getByRole('button', { name: /first crossings/ }).click();
  const focused = await page.evaluate(() => [document.activeElement.tagName, document.activeElement.textContent]);
  assert.deepEqual(focused, ['MARK', 'the first crossings could start by May']);
  assert.equal(await page.locator('#card').isVisible(), true);
  await context.close();
});

test('the explain card says kind, speaker, cue, source, pronoun resolution and hedge', async () => {
  const { page, context } = await openApp();
  await load(page, TEXT);
  const card = page.locator('#card');
  await page.mouse.move(0, 0);   // hover would take the card over
  await page.locator('#article mark.reported').first().focus();
  const reported = await card.textContent();
  assert.match(reported, /Kind: Reported claim/);
  assert.match(reported, /Speaker: Priya Natarajan/);
  assert.match(reported, /cue “said”; source “Natarajan”/);
  assert.match(reported, /Hedge: “could”/);
  assert.match(reported, /Score: 0.7/);
  await page.locator('#article mark.quote', { hasText: 'another season' }).focus();
  assert.match(await card.textContent(), /source “he”; pronoun resolved to Owen Blake/);
  await page.locator('#article mark.scare').hover();
  assert.match(await card.textContent(), /Kind: Scare quote/);
  await context.close();
});

test('a speaker can be corrected and a highlight dismissed; both survive a reload and re-annotation', async () => {
  const { page, context, problems } = await openApp();
  await load(page, TEXT);
  // Keyboard: focus the quote, Enter opens the correction dialog.
  await page.locator('#article mark.quote', { hasText: 'another season' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Correct this highlight' });
  assert.ok(await dialog.isVisible());
  assert.equal(await dialog.getByLabel('Speaker').inputValue(), 'Owen Blake');
  await dialog.getByLabel('Or type a name').fill('Mira Osei');
  await dialog.getByRole('button', { name: 'Save speaker' }).click();
  assert.equal(await dialog.isVisible(), false);
  const names = () => page.locator('.speaker-name').allTextContents();
  assert.deepEqual(await names(), ['Priya Natarajan', 'Owen Blake', 'Mira Osei']);
  assert.match(await page.locator('#article mark.quote', { hasText: 'another season' }).getAttribute('title'), /Mira Osei/);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '“We need another season of repairs,”', 'focus returns to the highlight');

  // Choose a listed speaker for the scare quote; dismiss Owen Blake's reported claim.
  await page.locator('#article mark.scare').click();
  await dialog.getByLabel('Speaker').selectOption('Priya Natarajan');
  await dialog.getByRole('button', { name: 'Save speaker' }).click();
  assert.equal(await page.locator('#article mark.scare').count(), 0, 'now an attributed quote');
  await page.locator('#article mark.reported', { hasText: 'landing stage' }).focus();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Dismiss highlight' }).click();
  assert.equal(await page.locator('#article mark.reported').count(), 1);
  assert.equal(await page.locator('.claim-list li').count(), 6, 'one claim gone, the scare quote became one');

  const check = async () => {
    assert.deepEqual(await names(), ['Priya Natarajan', 'Owen Blake', 'Mira Osei']);
    assert.equal(await page.locator('#article mark.reported').count(), 1);
    assert.equal(await page.locator('#article mark.quote', { hasText: 'another season' }).getAttribute('data-speaker'), '2');
    assert.equal(await page.locator('#article mark.scare').count(), 0);
  };
  await page.waitForTimeout(400);   // the autosave pause
  await page.reload();
  await annotated(page);
  await check();
  // Re-annotating the same text re-applies them too.
  await page.getByRole('button', { name: 'Annotate' }).click();
  await annotated(page);
  await check();
  // Restoring the machine result is a correction too.
  await page.locator('#article mark.quote', { hasText: 'another season' }).click();
  await dialog.getByRole('button', { name: 'Restore machine result' }).click();
  assert.match(await page.locator('#article mark.quote', { hasText: 'another season' }).getAttribute('title'), /Owen Blake/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('own highlights: select text, label and note; edit, delete, undo and redo', async () => {
  const { page, context, problems } = await openApp();
  await load(page, TEXT);
  await selectInParagraph(page, 2, 'bring back the ferry');
  await page.getByRole('button', { name: 'Highlight…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add highlight' });
  assert.equal(await dialog.locator('blockquote').textContent(), 'bring back the ferry');
  assert.deepEqual(await dialog.getByLabel('Label').locator('option').allTextContents(), ['verified', 'disputed', 'needs source']);
  await dialog.getByLabel('Label').selectOption('disputed');
  await dialog.getByLabel('Note (optional)').fill('The vote was on Wednesday.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const own = page.locator('#article mark.own');
  assert.equal(await own.textContent(), 'bring back the ferry');
  assert.equal(await page.evaluate(() => CSS.highlights.get('cs-own').size), 1);
  const notes = page.getByRole('region', { name: 'Notes' });
  assert.match(await notes.locator('.note-list li').textContent(), /disputed.*bring back the ferry.*The vote was on Wednesday\./);

  // Edit from the Notes panel.
  await notes.getByRole('button', { name: /^Edit highlight/ }).click();
  const edit = page.getByRole('dialog', { name: 'Edit highlight' });
  assert.equal(await edit.getByLabel('Note (optional)').inputValue(), 'The vote was on Wednesday.');
  await edit.getByLabel('Label').selectOption('verified');
  await edit.getByRole('button', { name: 'Save' }).click();
  assert.match(await notes.locator('.note-label').textContent(), /verified/);

  // Delete, then undo and redo with the keyboard and the buttons.
  await notes.getByRole('button', { name: /^Delete highlight/ }).click();
  assert.equal(await own.count(), 0);
  await page.locator('body').press('Control+z');
  assert.equal(await own.count(), 1);
  assert.match(await notes.locator('.note-label').textContent(), /verified/);
  await page.locator('body').press('Control+Shift+Z');
  assert.equal(await own.count(), 0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.match(await notes.locator('.note-label').textContent(), /disputed/);
  await page.getByRole('button', { name: 'Redo' }).click();
  assert.match(await notes.locator('.note-label').textContent(), /verified/);

  // A click on a sentence, then Highlight…, highlights the whole sentence.
  await page.locator('#article .sentence', { hasText: 'Critics called' }).click({ position: { x: 60, y: 5 } });
  await page.getByRole('button', { name: 'Highlight…' }).click();
  assert.equal(await dialog.locator('blockquote').textContent(), 'Critics called the plan a “vanity project”.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await own.count(), 1, 'cancel adds nothing');

  // An own highlight across a claim boundary nests properly and keeps the text.
  await selectInParagraph(page, 4, 'start by May. Harbour master');
  await page.getByRole('button', { name: 'Highlight…' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  assert.equal((await own.allTextContents()).join('|'), 'bring back the ferry|start by May.| |Harbour master');
  assert.equal(await page.locator('#article [data-paragraph="4"]').textContent(), LINES[4]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: j/k move between sentences, Enter highlights one, labels are editable', async () => {
  const { page, context } = await openApp();
  await load(page, TEXT);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), LINES[1]);
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add highlight' });
  assert.ok(await dialog.isVisible());
  assert.equal(await page.evaluate(() => document.activeElement.id), 'note-label', 'the label list has the focus');
  await page.keyboard.press('ArrowDown');   // disputed
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ferry stopped in 2008, says the archive.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');   // Save
  assert.equal(await dialog.isVisible(), false);
  const own = page.locator('#article mark.own');
  assert.equal(await own.textContent(), LINES[2]);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'own', 'focus lands on the new highlight');
  assert.match(await page.locator('#card').textContent(), /My highlight: disputed.*Note: Ferry stopped in 2008/);
  // Enter on it edits it.
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit highlight' });
  assert.ok(await edit.isVisible());
  await page.keyboard.press('Escape');
  assert.equal(await edit.isVisible(), false);

  // A new label, added with the keyboard, is offered next time.
  await page.getByText('Labels', { exact: true }).press('Enter');
  await page.getByLabel('New label').fill('misleading');
  await page.getByLabel('New label').press('Enter');
  await page.keyboard.press('Escape');
  await page.locator('#article mark.own').focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await edit.getByLabel('Label').locator('option').allTextContents(), ['verified', 'disputed', 'needs source', 'misleading']);
  await page.keyboard.press('Escape');
  await context.close();
});
