// The Claims list: every quotation and reported claim in reading order, with
// its speaker, kind, hedge and score. Each entry is a button that takes the
// reader to the highlight. Also the screen-reader outline of the highlights.
const EXCERPT = 90;

// The first words of text.slice(start, end), spaces folded. Only a head of
// the span is folded while it can still give the whole excerpt: a long
// claim's tail never shows, and folding it cost most of the list's time.
function excerpt(text, start, end) {
  for (let head = EXCERPT * 2; ; head *= 4) {
    const whole = start + head >= end;
    const flat = text.slice(start, whole ? end : start + head).replace(/\s+/g, ' ').trimStart();
    // EXCERPT + 1 characters before any cut: the folded whole starts the same and is too long.
    if (whole || flat.length > EXCERPT + 1) return cut(whole ? flat.trimEnd() : flat);
  }
}
const cut = (flat) => (flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat);

/** The selector of the first piece of the mark showing doc.claims[i]. */
export function claimMarkSelector(claim, i) {
  return claim.kind === 'quote' && claim.quote != null
    ? `mark[data-kind="quote"][data-index="${claim.quote}"]:not([data-part])`
    : `mark[data-kind="reported"][data-index="${i}"]:not([data-part])`;
}

const LIST_ITEMS = 400;   // items per numbered list (see fillClaims)
const SLICE_MS = 8;       // work per task: a long article's list never blocks the page
const WHOLE_ITEMS = 100;  // a list this short always comes whole, in one task
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
let filling = 0;
// The speaker each list shows (filterClaims sets it): items made after a
// spotlight changed, while a long list is still filling, obey it too.
const shown = new WeakMap();

/**
 * Fills `container` with the list, a slice per task; resolves when done (or
 * when a newer fill began). `speaker` (an index as a string) shows only that
 * speaker's claims.
 */
export async function fillClaims(container, doc, text, speaker = null, d = document) {
  const mine = ++filling;
  shown.set(container, speaker);
  const claims = (doc.claims ?? []).map((c, i) => ({ c, i })).filter(({ c }) => Number.isInteger(c.start) && c.end <= text.length);
  if (claims.length === 0) {
    const none = d.createElement('p');
    none.className = 'none';
    none.textContent = 'No claims found.';
    container.replaceChildren(none);
    return;
  }
  claims.sort((a, b) => a.c.start - b.c.start || a.i - b.i);
  // A long list comes in numbered lists of LIST_ITEMS items, each skipped by
  // the browser while off screen: one huge list would be laid out whole at
  // every change, which blocks the page for seconds. Items are made for
  // SLICE_MS at a time (a fixed count took 60 ms on a loaded machine).
  container.replaceChildren();
  let list = null;
  let started = performance.now();
  for (let k = 0; k < claims.length; k++) {
    if (k >= WHOLE_ITEMS && performance.now() - started >= SLICE_MS) {
      await nextTask();
      if (mine !== filling) return;
      started = performance.now();
    }
    if (k % LIST_ITEMS === 0) {
      list = d.createElement('ol');
      list.className = 'claim-list';
      if (k > 0) list.start = k + 1;
      container.append(list);
    }
    const { c, i } = claims[k];
    const item = claimItem(d, doc, text, c, i);
    hide(item, shown.get(container));
    list.append(item);
  }
}

// Whether the list item's claim is credited to `speaker` (an index as a string).
function credits(li, speaker) {
  return (li.dataset.speakers ?? li.dataset.speaker ?? '').split(' ').includes(speaker);
}

function claimItem(d, doc, text, c, i) {
  const item = d.createElement('li');
  const who = c.speakers ?? (c.speaker != null ? [c.speaker] : []);
  item.setAttribute('data-speaker', c.speaker ?? '');
  // Every coordinated speaker ("Russia and China said") finds the claim in its spotlight.
  item.setAttribute('data-speakers', who.join(' '));
  const button = d.createElement('button');
  button.type = 'button';
  button.className = 'claim';
  button.setAttribute('data-claim', i);
  const quote = d.createElement('span');
  quote.className = 'claim-text';
  quote.textContent = excerpt(text, c.start, c.end);
  const meta = d.createElement('span');
  meta.className = 'claim-meta';
  const names = who.map((k) => doc.speakers?.[k]?.name).filter(Boolean);
  const speaker = names.length ? names.join(' and ') : null;
  const parts = [speaker ?? 'speaker unknown', c.kind === 'quote' ? 'direct quote' : 'reported'];
  if (c.hedged) parts.push(c.hedge ? `hedged: “${text.slice(c.hedge.start, c.hedge.end)}”` : 'hedged');
  if (typeof c.score === 'number') parts.push(`score ${c.score}`);
  if (c.corrected) parts.push('corrected');
  meta.textContent = parts.join(' · ');
  button.append(quote, meta);
  item.append(button);
  return item;
}

/** Shows only the claims of `speaker` (a speaker index as a string), or all for null. */
export function filterClaims(container, speaker) {
  shown.set(container, speaker);
  for (const li of container.querySelectorAll('.claim-list li')) hide(li, speaker);
}

function hide(li, speaker) {
  li.hidden = speaker != null && !credits(li, speaker);
}
