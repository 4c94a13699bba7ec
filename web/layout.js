// Turns possibly overlapping annotation spans into a properly nested tree,
// ready to become DOM elements. Pure: no DOM, so Node can test it.
//
// A span is an object with {start, end, rank}; offsets are JS string indices.
// rank orders nesting: a lower rank is always the outer element (sentence
// outside claim outside quote...). Where two spans cross, the inner one is
// closed and reopened, so one span may become several tree nodes ("parts").

// At most this many spans are open at once. Real documents need a handful
// (sentence, claim, quote, mention); the cap keeps hostile input linear.
export const MAX_OPEN = 32;

/**
 * Nests `spans` over the text range [from, to).
 * Returns an array of nodes: {start, end} for a run of text, or
 * {span, part, children} for a piece of a span (part 0 is the first piece).
 * Spans are clipped to [from, to); empty or malformed spans are dropped.
 * The text runs, read in order, cover [from, to) exactly once.
 * A span that starts while MAX_OPEN spans are open is left out.
 */
export function nestSpans(from, to, spans) {
  const live = [];
  for (const s of spans) {
    const start = Math.max(from, s.start);
    const end = Math.min(to, s.end);
    if (Number.isFinite(start) && Number.isFinite(end) && start < end) live.push({ s, start, end, seq: live.length, part: 0 });
  }
  const points = [from, to];
  for (const x of live) points.push(x.start, x.end);
  points.sort((a, b) => a - b);

  const byStart = live.slice().sort((a, b) => a.start - b.start);
  const root = { children: [] };
  const stack = [root];   // stack[i + 1] is the node of open[i]
  const open = [];        // spans whose elements are open, outermost first
  // Spans covering the current run, kept in nesting order (outermost first)
  // and changed in place: a 1 MB article has ~80,000 run boundaries, and
  // new arrays at each of them were most of this function's time and garbage.
  const active = [];
  let next = 0;

  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k];
    const b = points[k + 1];
    if (a === b) continue;
    let kept = 0;
    for (const x of active) if (x.end > a) active[kept++] = x;
    active.length = kept;
    while (next < byStart.length && byStart[next].start <= a) {
      const x = byStart[next++];
      if (active.length < MAX_OPEN) insertInOrder(active, x);
    }
    // Keep the open elements that are still wanted in the same place; the
    // first difference closes everything inside it.
    let same = 0;
    while (same < open.length && same < active.length && open[same] === active[same]) same++;
    open.length = same;
    stack.length = same + 1;
    for (let i = same; i < active.length; i++) {
      const x = active[i];
      const node = { span: x.s, part: x.part++, children: [] };
      stack[stack.length - 1].children.push(node);
      stack.push(node);
      open.push(x);
    }
    stack[stack.length - 1].children.push({ start: a, end: b });
  }
  return root.children;
}

// Puts x into a list sorted by nestingOrder (a handful of spans: a linear walk).
function insertInOrder(list, x) {
  let i = list.length;
  while (i > 0 && nestingOrder(list[i - 1], x) > 0) i--;
  list.splice(i, 0, x);
}

// Outer first: lower rank, then the earlier start, then the longer span.
function nestingOrder(x, y) {
  return x.s.rank - y.s.rank || x.start - y.start || y.end - x.end || x.seq - y.seq;
}
