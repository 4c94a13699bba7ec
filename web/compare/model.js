// Turns a comparison result (claimscope.js compare()) into what the page
// shows: matrix rows (claims x sources: present / altered / absent) and a
// per-source summary. Pure functions, no DOM.

/** The text of cluster member `m`. */
export function memberText(articles, m) {
  return articles[m.article]?.text.slice(m.start, m.end) ?? '';
}

/**
 * One row per cluster: {index, unique, score, speaker, text, cells}, where
 * cells[a] is {state: 'present' | 'altered' | 'absent', members: [member indices]}.
 * "altered": worded differently from the cluster's first member (the reference).
 */
export function matrixRows(result, articles) {
  return result.clusters.map((c, index) => {
    const cells = articles.map(() => ({ state: 'absent', members: [] }));
    c.members.forEach((m, k) => {
      const cell = cells[m.article];
      if (!cell) return;
      const d = c.diff[k];
      const differs = k > 0 && m.article !== c.members[0].article && d && (d.added.length > 0 || d.removed.length > 0);
      cell.members.push(k);
      if (cell.state === 'absent') cell.state = 'present';
      if (differs) cell.state = 'altered';
    });
    const speaker = c.speaker === null ? null : result.speakers[c.speaker]?.name ?? null;
    return { index, unique: c.unique, score: c.score, speaker, text: memberText(articles, c.members[0]), cells };
  });
}

/** Per source: {name, claims, corroborated, only, speakers: [names]}. */
export function sourceSummary(result, articles) {
  const rows = articles.map((a, i) => ({
    name: a.name,
    claims: result.articles[i]?.claims ?? 0,
    corroborated: 0,
    only: 0,
    speakers: [...new Set((result.articles[i]?.speakers ?? []).filter((s) => s !== null).map((s) => result.speakers[s].name))],
  }));
  for (const c of result.clusters) {
    for (const m of c.members) {
      if (!rows[m.article]) continue;
      if (c.unique) rows[m.article].only++;
      else rows[m.article].corroborated++;
    }
  }
  return rows;
}
