// statement_owner: one reader of a statement noun's owner for the quote context and the Finder.
#include "statement_owner.h"

#include "speakers.h"
#include "utf8.h"
#include "word_classes.h"

namespace claimscope {

std::optional<MentionRange> statement_owner(const std::vector<Token>& toks, size_t noun, size_t lo,
                                            size_t max_adjectives) {
  size_t o = noun;
  for (size_t adjectives = 0; o > lo; ++adjectives) {
    const Token& t = toks[o - 1];
    if (!t.word || t.capitalized || t.possessive || is_determiner(t.lower) || adjectives == max_adjectives) break;
    --o;
  }
  if (o == lo) return std::nullopt;
  const Token& owner = toks[o - 1];
  if (!owner.word) {
    // "Gates’ claim", "in Gates’ own words": a name in -s takes the apostrophe alone, a token of
    // its own right after the name.
    if (o - 1 == lo || !utf8::is_apostrophe(owner.first)) return std::nullopt;
    const Token& name = toks[o - 2];
    if (name.span.end != owner.span.start || name.possessive || !is_name_word(name) || name.lower.back() != 's') {
      return std::nullopt;
    }
    size_t f = o - 2;
    while (f > lo && is_name_word(toks[f - 1]) && !toks[f - 1].possessive) --f;
    return MentionRange{f, o - 2, false, o - 2};
  }
  if (owner.possessive && owner.capitalized) {
    size_t f = o - 1;
    while (f > lo && is_name_word(toks[f - 1]) && !toks[f - 1].possessive) --f;
    return MentionRange{f, o - 1, false, o - 1};
  }
  if (!subject_of_possessive(owner.lower).empty()) return MentionRange{o - 1, o - 1, true, o - 1};
  return std::nullopt;
}

}  // namespace claimscope
