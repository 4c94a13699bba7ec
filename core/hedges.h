// Hedges: marks a claim hedged when a hedge cue (rules/hedges.h) sits inside
// its content ("could", "reportedly", "it was not clear") or is its cue
// ("estimated that", "suggested").
#pragma once

#include <span>
#include <vector>

#include "document.h"
#include "paragraph_view.h"

namespace claimscope {

/// Whether a capitalised "May" is the month or a name, not the modal: before
/// a number ("May 5"), or after a word ("in May", "since May", "Theresa May")
/// unless a capitalised word follows ("Fares May Rise": a title-case
/// headline's modal). The modal in running text is capitalised only where
/// its sentence or quotation opens, after a mark or at the paragraph's start.
/// The hedge finder and the check-worthiness "hedge" feature both ask this.
constexpr bool is_month_or_name_may(bool after_word, bool next_is_digit, bool next_is_capitalised_word) {
  return next_is_digit || (after_word && !next_is_capitalised_word);
}

/// Appends the hedge cues of the paragraph to `out`, in text order.
void find_hedges(const ParagraphView& v, std::vector<Span>& out);

/// Sets claim.hedged and claim.hedge to the first hedge cue of `hedges` (one
/// paragraph's, in text order) inside claim.span, else to claim.cue when the
/// cue is a hedge word in this paragraph (the claim must start in this
/// paragraph). `cursor` is the last answer (0 before the first): claims in
/// text order cost a step each on average; one that starts before the last a
/// binary search.
void mark_hedge(std::span<const Span> hedges, size_t& cursor, Claim& claim);

}  // namespace claimscope
