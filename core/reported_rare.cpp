#include "reported_rare.h"

#include "lexicon.h"
#include "rules/cues.h"
#include "rules/speaker_words.h"
#include "word_classes.h"

namespace claimscope {

size_t before_subject_verb(const ParagraphView& v, size_t a, size_t b) {
  for (size_t j = a; j < b; ++j) {
    const Token& t = v.toks[j];
    if (!t.word || t.capitalized || v.quote_of[j] != kNone) continue;
    const std::string_view w = t.lower;
    if (w == "that" || w == "who" || is_subordinator(w) || in_table<rules::kRelativeContent>(w)) return b;
    if (in_table<rules::kRelativeClauseVerbs>(w)) return j;
  }
  return b;
}

bool counts_time(const ParagraphView& v, size_t a, size_t b) {
  if (b < a + 3) return false;
  size_t words = 0;
  for (size_t j = a; j < b; ++j) words += v.toks[j].word ? 1 : 0;
  const Token& last = v.toks[b - 1];
  const Token& period = v.toks[b - 2];
  return words <= rules::kMaxTimeCountWords && last.word && in_table<rules::kTimeCountEnds>(last.lower) &&
         period.word && !period.capitalized && in_table<rules::kPeriodNouns>(period.lower);
}

}  // namespace claimscope
