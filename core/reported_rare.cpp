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

size_t named_object_end(const ParagraphView& v, size_t verb, size_t end) {
  if (is_that_cue(v.toks[verb].lower)) return end;
  size_t j = verb + 1;
  while (j < end && v.toks[j].word && v.toks[j].capitalized && v.quote_of[j] == kNone) ++j;
  if (j == verb + 1 || j + 1 >= end || !v.toks[j].word || v.quote_of[j] != kNone) return end;
  return in_table<rules::kObjectSettingOpeners>(v.toks[j].lower) ? j : end;
}

bool opens_pronoun_clause(const ParagraphView& v, size_t k, size_t end) {
  if (k + 3 >= end || v.quote_of[k + 1] != kNone || v.toks[k + 1].lower != "and") return false;
  return v.toks[k + 2].word && is_speaker_pronoun(v.toks[k + 2].lower) && v.toks[k + 3].word &&
         v.quote_of[k + 2] == kNone;
}

}  // namespace claimscope
