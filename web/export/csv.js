// CSV of claims, safe to open in a spreadsheet: a cell that starts with
// = + - @ or a control character is prefixed with ' so it is never run as a formula.

export function csvCell(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r\n]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per claim: kind, speaker, hedged, text, cue, source, start, end (UTF-16). */
export function claimsToCsv(text, doc) {
  const rows = [['kind', 'speaker', 'hedged', 'text', 'cue', 'source', 'start', 'end']];
  for (const c of doc.claims) {
    rows.push([
      c.kind,
      c.speaker === null ? '' : doc.speakers[c.speaker]?.name ?? '',
      c.hedged ? 'yes' : 'no',
      text.slice(c.start, c.end),
      c.cue ? text.slice(c.cue.start, c.cue.end) : '',
      c.source ? text.slice(c.source.start, c.source.end) : '',
      c.start,
      c.end,
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
