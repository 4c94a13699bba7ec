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
  if (aux > s.lo && is_punct(t_[aux], ',')) return reported_by_agent_aside(s, k, aux);
  if (aux <= s.lo || !t_[aux].word || t_[aux].capitalized || !is_passive_auxiliary(t_[aux].lower)) return false;
  if (!reported_subject_words(s.lo, aux)) return false;
  auto agent = mention_starting_at(t_, k + 2, s.end);
  if (!agent) return false;
  for (size_t j = agent->last + 1; j < s.end; ++j) {
    if (t_[j].word || v_.quote_of[j] != kNone) return false;  // more after the agent: not this shape
  }
  emit(s.lo, aux, k, k + 1, agent, false, 1);
  return true;
}

// The subject of "X was reported by Y" (tokens from..to): at most kMaxSourceTokens words and
// nothing else, no quotation, no cue and no "that" or relative pronoun of a clause of its own.
bool Finder::reported_subject_words(size_t from, size_t to) const {
  if (to - from > kMaxSourceTokens) return false;
  for (size_t j = from; j < to; ++j) {
    const Token& t = t_[j];
    if (!t.word || v_.quote_of[j] != kNone || (!t.capitalized && is_cue_token(t))) return false;
    if (!t.capitalized && (t.lower == "that" || is_relative_pronoun(t.lower))) return false;
  }
  return true;
}

// "The pier plan, first reported by the Gazette on Tuesday, would close the north berths.":
// the same report as an aside between commas on the sentence's subject (comma is the aside's
// opening comma). The agent reported the subject and what the sentence says of it: two
// pieces in the agent's name, the subject and the predicate after the aside (PolNeAR marks
// them as two parts of one attribution). The subject is words alone from the sentence's start
// (no "which", no cue, no comma), the agent ends the aside, maybe with a closing time phrase
// ("on Tuesday"), and a lower-case word after the closing comma opens the predicate; a
// relative pronoun there ("…, which found …") is the agent's own clause, not this shape.
bool Finder::reported_by_agent_aside(const Sentence& s, size_t k, size_t comma) {
  if (!reported_subject_words(s.lo, comma)) return false;
  auto agent = mention_starting_at(t_, k + 2, s.end);
  if (!agent) return false;
  size_t close = agent->last + 1;
  while (close < s.end && close <= agent->last + kMaxAgentAdjunctTokens && t_[close].word) ++close;
  if (close + 1 >= s.end || !is_punct(t_[close], ',')) return false;
  if (close > agent->last + 1 && closing_time_phrase(agent->last, close) != agent->last + 1) return false;
  const Token& next = t_[close + 1];
  if (!next.word || next.capitalized || v_.quote_of[close + 1] != kNone || is_relative_pronoun(next.lower)) {
    return false;
  }
  emit(s.lo, comma, k, k + 1, agent, false, 1);
  emit(close + 1, content_end(close + 1, s.end), k, k + 1, agent, false, kMinContentWords);
  return true;
}

}  // namespace claimscope::reported_detail
