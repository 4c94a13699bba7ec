// Evidence spans: numbers with what they measure (money, percentages,
// quantities, dates, times), found in one left-to-right pass per paragraph.
#pragma once

#include <string_view>
#include <vector>

#include "document.h"
#include "evidence_words.h"

namespace claimscope {

/// Fills doc.evidence from doc.text and doc.paragraphs (text order, no overlaps).
void find_evidence(Document& doc);

/// The evidence of one paragraph from its words (lex_evidence_words), appended to `out`.
void find_evidence_in(const EvidenceWords& paragraph, std::string_view text, std::vector<Evidence>& out);

}  // namespace claimscope
