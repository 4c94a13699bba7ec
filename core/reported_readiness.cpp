// Reported speech: an adjective of readiness and its "to" clause ("was eager to …").
#include "reported_finder.h"

namespace claimscope::reported_detail {

// "The mayor was eager to reopen the pier", "Skippers are not willing to pay the fee":
// an adjective of readiness or reluctance (kReadinessAdjectives) after a linking verb
// states the subject's aim or refusal, the way "vowed to" or "refused to" does; the
// content starts at "to". Without a linking verb the adjective describes a noun ("an eager
// crowd", "residents willing to wait"), and with no "to" after it ("ready for the storm",
// "determined by the board") there is no aim. True when a claim was read; false lets the
// word's other readings run ("Auditors determined that …" is a that-cue).
bool Finder::readiness(const Sentence& s, size_t k) {
  const size_t c = k + 1;
  if (c + 1 >= s.end || t_[c].lower != "to" || !t_[c + 1].word) return false;
  // "says it is eager to …": already part of the reported clause of "says".
  if (!out_.empty() && out_.back().content.start <= t_[k].span.start && t_[k].span.end <= out_.back().content.end) {
    return true;
  }
  const Linked linked = linked_subject(s, k);
  if (!linked.link || !linked.subject) return false;
  emit(c, content_end(c, s.end), k, k, linked.subject, false, kMinInfinitiveWords);
  return true;
}

}  // namespace claimscope::reported_detail
