// The cue and speaker next to a direct quotation:
//   “…,” X said   “…,” said X   X said: “…”   X told reporters, “…”
//   according to X, “…”   “…,” according to X
#pragma once

#include <cstddef>
#include <optional>

#include "paragraph_view.h"
#include "speaker_phrases.h"

namespace claimscope {

struct QuoteCue {
  size_t cue_first = 0;  // cue tokens, inclusive ("according to" is two)
  size_t cue_last = 0;
  std::optional<MentionRange> mention;  // empty: a cue without its own subject ("…, stating “…”")
};

/// Looks at the tokens right after and right before the quote whose tokens
/// are [first, end) in the view.
std::optional<QuoteCue> find_quote_cue(const ParagraphView& v, size_t first, size_t end);

/// "Sam Lau said in a statement. “…”": a sentence that is only a subject, a
/// cue and an adjunct introduces the quotation that opens the next sentence
/// (token `first`) of the same paragraph.
std::optional<QuoteCue> find_lead_in_sentence(const ParagraphView& v, size_t first);

/// A paragraph that ends "X said:" introduces a quotation in the next one.
std::optional<QuoteCue> find_lead_in_cue(const ParagraphView& v);

/// A paragraph that is one quotation, signed by the next one: "— Ana Ruiz, mayor." or
/// "-Ana Ruiz, speaking on Monday.". `next` is the view of the next paragraph; the cue is
/// its dash, the mention the name after it.
std::optional<QuoteCue> find_signature_line(const ParagraphView& next);

/// "in Ruiz's words", "in her own words", "in the words of the mayor": an aside of wording
/// in tokens [lo, end) that ends at `end` (the comma after it). The cue runs from "in" to
/// "words" (or "of"); the owner speaks.
std::optional<QuoteCue> words_aside_before(const std::vector<Token>& t, size_t lo, size_t end);

/// "As Ruiz put it", "as the report phrased it bluntly": "as" at `as`, a mention, a verb of
/// wording (kWordingVerbs) and its "it", then at most two adverbs, ending at `end`.
std::optional<QuoteCue> as_wording_aside(const std::vector<Token>& t, size_t as, size_t end);

}  // namespace claimscope
