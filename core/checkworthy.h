// Check-worthiness: a 0..1 score per sentence from explainable features
// (numbers, comparisons, names, attribution, hedges, questions ...), weighted
// by the table in core/rules/checkworthy.h. Runs after attribution and
// find_evidence, which it reads.
#pragma once

#include <cstddef>

#include "document.h"

namespace claimscope {

/// Sets checkworthy and features of every sentence of doc.
void score_checkworthiness(Document& doc);

/// find_evidence followed by score_checkworthiness, with each paragraph
/// lexed once for both (what annotate() runs).
void find_evidence_and_score(Document& doc);

/// Number of features; ids of feature bit i.
size_t checkworthy_feature_count();
const char* checkworthy_feature_name(size_t bit);

}  // namespace claimscope
