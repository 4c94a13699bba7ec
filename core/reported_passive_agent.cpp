// Reported speech: a sentence whose subject "was reported by" a source ("The deal was first
// reported by the Gazette.").
#include "reported_finder.h"

namespace claimscope::reported_detail {

// "The closure was first reported by the Harbour Gazette.", "News of the sale was revealed by
// two dock workers.": the subject is what the agent reported, the agent its source. Only a
// sentence of that shape alone: the subject opens the sentence (no relative "which was
// reported by …"), a passive auxiliary and at most one cue modifier ("first", "previously")
// stand before the cue (kAgentReportCues), and the agent's mention ends the sentence. False
// otherwise.
bool Finder::reported_by_agent(const Sentence& s, size_t k) {
  if (!in_table<rules::kAgentReportCues>(t_[k].lower)) return false;
  size_t aux = k - 1;
  if (aux > s.lo && t_[aux].word && !is_passive_auxiliary(t_[aux].lower) && is_cue_modifier(t_[aux].lower)) --aux;
  if (aux <= s.lo || !t_[aux].word || t_[aux].capitalized || !is_passive_auxiliary(t_[aux].lower)) return false;
  if (aux - s.lo > kMaxSourceTokens) return false;
  for (size_t j = s.lo; j < aux; ++j) {
    const Token& t = t_[j];
    if (!t.word || v_.quote_of[j] != kNone || (!t.capitalized && is_cue_token(t))) return false;
    if (!t.capitalized && (t.lower == "that" || is_relative_pronoun(t.lower))) return false;
  }
  auto agent = mention_starting_at(t_, k + 2, s.end);
  if (!agent) return false;
  for (size_t j = agent->last + 1; j < s.end; ++j) {
    if (t_[j].word || v_.quote_of[j] != kNone) return false;  // more after the agent: not this shape
  }
  emit(s.lo, aux, k, k + 1, agent, false, 1);
  return true;
}

}  // namespace claimscope::reported_detail
