// Evidence spans: numbers with what they measure (money, percentages,
// quantities, dates, times), found in one left-to-right pass per paragraph.
#pragma once

#include "document.h"

namespace claimscope {

/// Fills doc.evidence from doc.text and doc.paragraphs (text order, no overlaps).
void find_evidence(Document& doc);

}  // namespace claimscope
