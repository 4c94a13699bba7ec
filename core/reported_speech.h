// Reported speech (indirect and mixed quotes), PolNeAR style: the content
// is the whole attributed clause.
//   X said (that) Y.      Y, X said.      Y, said X.
//   According to X, Y.    Y, according to X.    …, adding that Y.
#pragma once

#include <optional>
#include <vector>

#include "paragraph_view.h"
#include "speaker_phrases.h"

namespace claimscope {

struct ReportedClause {
  Span content;
  Span cue;
  std::optional<MentionRange> mention;  // tokens of the view
  bool continues_previous = false;      // ", adding that …": the speaker of the clause before
  bool stance_only = false;             // "X say otherwise": a speaker, no content to report
};

/// Reported clauses of one paragraph, in text order. Cues inside quotation
/// marks are the speaker's own words and are skipped, and so are clauses
/// that are exactly one direct quotation (quote attribution handles those).
/// "X say otherwise", "X disagree" come back as stance-only clauses: no claim,
/// but X is a speaker a later pronoun can refer to.
std::vector<ReportedClause> find_reported_speech(const ParagraphView& v);
/// The same into `out` (cleared first), so a caller can reuse one buffer.
void find_reported_speech(const ParagraphView& v, std::vector<ReportedClause>& out);

}  // namespace claimscope
