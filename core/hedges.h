// Hedges: marks a claim hedged when a hedge cue (rules/hedges.h) sits inside
// its content ("could", "reportedly", "it was not clear").
#pragma once

#include "document.h"
#include "paragraph_view.h"

namespace claimscope {

/// Sets claim.hedged and claim.hedge to the first hedge cue inside claim.span.
/// `v` is the view of the paragraph the claim starts in.
void mark_hedge(const ParagraphView& v, Claim& claim);

}  // namespace claimscope
