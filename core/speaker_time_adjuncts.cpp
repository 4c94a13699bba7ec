// Speaker grammar: the time adjuncts that stand between a subject and its verb ("on Tuesday",
// "last week", "two days ago"), read before a cue or after a subject.
#include "speaker_phrases.h"

#include "speaker_phrases_detail.h"
#include "rules/speaker_words.h"

namespace claimscope {

using namespace speaker_detail;  // the helpers the speaker grammar's files share

namespace speaker_detail {

bool is_period_noun(const Token& t) { return t.word && !t.capitalized && lexicon<rules::kPeriodNouns>().contains(t.lower); }

}  // namespace speaker_detail

namespace {

// Token index where a period adjunct ending just before k starts ("last week", "earlier this
// month", "two days ago"), or k when there is none.
size_t before_period_adjunct(const std::vector<Token>& toks, size_t k, size_t lo) {
  if (k < lo + 3 || !toks[k - 1].word || toks[k - 1].capitalized) return k;
  if (toks[k - 1].lower == "ago") {
    size_t j = k - 1;
    if (!is_period_noun(toks[j - 1])) return k;
    --j;
    // "two", "a", "less than two": lower-case words or figures back to the subject.
    const size_t stop = j > lo + rules::kMaxAgoWords ? j - rules::kMaxAgoWords : lo + 1;
    while (j > stop && toks[j - 1].word && !toks[j - 1].capitalized &&
           (is_number_token(toks[j - 1]) || toks[j - 1].lower == "a" || toks[j - 1].lower == "than" ||
            toks[j - 1].lower == "less" || toks[j - 1].lower == "more" || toks[j - 1].lower == "about")) {
      --j;
    }
    return j < k - 2 ? j : k;  // a quantity is needed: "weeks ago" alone is not read
  }
  if (!is_period_noun(toks[k - 1])) return k;
  const Token& opener = toks[k - 2];
  if (!opener.word || opener.capitalized || !lexicon<rules::kPeriodOpeners>().contains(opener.lower)) return k;
  size_t j = k - 2;
  if (opener.lower == "this" && j > lo + 1 && (toks[j - 1].lower == "earlier" || toks[j - 1].lower == "later")) --j;
  // "this past week", "the past year": "past" after its own determiner.
  if (opener.lower == "past" && j > lo + 1 && (toks[j - 1].lower == "this" || toks[j - 1].lower == "the")) --j;
  return j;
}

}  // namespace

namespace speaker_detail {

// Token index where a weekday adjunct ending just before k starts ("on Tuesday",
// "Friday night"), or k when there is none. Also a period adjunct ("last week").
size_t before_day_adjunct(const std::vector<Token>& toks, size_t k, size_t lo) {
  if (size_t p = before_period_adjunct(toks, k, lo); p != k) return p;
  size_t j = k;
  if (j > lo + 1 && toks[j - 1].word && is_part_of_day(toks[j - 1].lower) && is_weekday(toks[j - 2].lower)) --j;
  if (j == lo + 1 || j == lo || !toks[j - 1].word || !toks[j - 1].capitalized || !is_weekday(toks[j - 1].lower)) return k;
  --j;
  if (j > lo + 1 && toks[j - 1].lower == "on") --j;
  return j > lo ? j : k;
}

// One past a weekday adjunct that starts at k ("on Saturday", "Friday night"), or k when
// there is none: "Ruiz on Saturday criticized …" puts it between the subject and its verb.
size_t after_day_adjunct(const std::vector<Token>& toks, size_t k, size_t hi) {
  // "last week", "earlier this month", "two weeks ago": the same period adjuncts as before a cue.
  for (size_t e = k + 2; e <= k + rules::kMaxAgoWords + 2 && e <= hi; ++e) {
    if (k > 0 && before_period_adjunct(toks, e, k - 1) == k) return e;
  }
  size_t j = k;
  if (j + 1 < hi && toks[j].word && !toks[j].capitalized && toks[j].lower == "on") ++j;
  if (j >= hi || !toks[j].word || !toks[j].capitalized || !is_weekday(toks[j].lower)) return k;
  ++j;
  if (j < hi && toks[j].word && !toks[j].capitalized && is_part_of_day(toks[j].lower)) ++j;
  return j;
}

}  // namespace speaker_detail

}  // namespace claimscope
