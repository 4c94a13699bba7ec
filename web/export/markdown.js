// Markdown of an annotated article: the reader's highlights and notes, then
// who says what. Text from the article is quoted so Markdown in it stays inert.

/** Escapes characters that Markdown would read as formatting. */
export function mdEscape(s) {
  return String(s).replace(/([\\`*_{}\[\]()#+\-.!|<>~])/g, '\\$1');
}

function quoteBlock(s) {
  return s.split(/\r?\n/).map((line) => `> ${mdEscape(line)}`).join('\n');
}

/** input: {text, title, annotations: [{start, end, label, note}], doc} */
export function toMarkdown({ text, title = '', annotations = [], doc = null }) {
  const out = [`# ${mdEscape(title || 'Annotated article')}`, ''];
  if (annotations.length) {
    out.push('## Highlights and notes', '');
    for (const a of [...annotations].sort((x, y) => x.start - y.start)) {
      out.push(quoteBlock(text.slice(a.start, a.end)), '');
      if (a.label) out.push(`**${mdEscape(a.label)}**`, '');
      if (a.note) out.push(mdEscape(a.note), '');
    }
  }
  if (doc && doc.claims.length) {
    out.push('## Who says what', '');
    for (const c of doc.claims) {
      const who = c.speaker === null ? 'unattributed' : doc.speakers[c.speaker]?.name ?? 'unattributed';
      const kind = c.kind === 'quote' ? 'quote' : 'reported';
      out.push(`- **${mdEscape(who)}** (${kind}${c.hedged ? ', hedged' : ''}): ${mdEscape(text.slice(c.start, c.end).replace(/\s+/g, ' '))}`);
    }
    out.push('');
  }
  return out.join('\n');
}
