#include "hedges.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "lexicon.h"
#include "utf8.h"
#include "word_classes.h"

namespace claimscope {

HedgeIndex::HedgeIndex(const ParagraphView& v) {
  // The tokens' pointer and count in locals: read through v, they were
  // loaded again after every token (the push_back below might have changed
  // them, as far as the compiler knew): ~5 instructions a token.
  const Token* const t = v.toks.data();
  const size_t n = v.toks.size();
  std::string phrase;  // "word next", one buffer for every two-word lookup
  auto two_words = [&](size_t k) -> std::string_view {
    phrase.assign(t[k].lower);
    phrase += ' ';
    phrase.append(t[k + 1].lower);
    return phrase;
  };
  const WordSet& hedge_words = hedge_words_and_starts();
  for (size_t k = 0; k < n; ++k) {
    // The table's masks first, joined to the word test in one branch: most words
    // are in no hedge table, and "a word?" alone was a coin toss between words
    // and marks (a mark's one code point is never a hedge). A test on capitals
    // would be one too, on text the predictor has not seen.
    if (t[k].lower.empty()) continue;  // (tokenize makes none; a view put together by hand might)
    if (!(int(t[k].word) & int(hedge_words.may_contain_word(t[k].lower)))) continue;
    if (!hedge_words.probe(t[k].lower)) continue;  // starts no hedge phrase and is no hedge word
    // "May 5" is a date, not a modal.
    if (t[k].capitalized && t[k].lower == "may" && k + 1 < n && utf8::is_digit(t[k + 1].first)) continue;
    if (k + 1 < n && t[k + 1].word && may_start_hedge_phrase(t[k].lower) && hedge_id(two_words(k))) {
      hedges_.push_back({t[k].span.start, t[k + 1].span.end});
      ++k;
    } else if (hedge_id(t[k].lower)) {
      hedges_.push_back(t[k].span);
    }
  }
}

void HedgeIndex::mark(Claim& claim) {
  // Claims come in text order: the first hedge at or after this claim's start
  // is at or after the last answer, a short walk away (the walks of one
  // paragraph add up to its hedges); a claim that starts earlier searches.
  const uint32_t pos = claim.span.start;
  size_t i = cursor_;
  if (i > 0 && hedges_[i - 1].start >= pos) {
    i = size_t(std::lower_bound(hedges_.begin(), hedges_.end(), pos,
                                [](const Span& h, uint32_t p) { return h.start < p; }) -
               hedges_.begin());
  } else {
    while (i < hedges_.size() && hedges_[i].start < pos) ++i;
  }
  cursor_ = i;
  if (i < hedges_.size() && hedges_[i].end <= claim.span.end) {
    claim.hedged = true;
    claim.hedge = hedges_[i];
  }
}

}  // namespace claimscope
