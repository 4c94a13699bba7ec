// Check-worthiness: a 0..1 score per sentence from explainable features
// (numbers, comparisons, names, attribution, hedges, questions ...), weighted
// by the table in core/rules/checkworthy.h. Runs after attribution and
// find_evidence, which it reads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document.h"

namespace claimscope {

/// Sets checkworthy and features of every sentence of doc.
void score_checkworthiness(Document& doc);

/// find_evidence followed by score_checkworthiness, with each paragraph
/// lexed once for both (what annotate() runs).
void find_evidence_and_score(Document& doc);

/// The same in two steps, as annotate() runs them: the evidence and the
/// sentences' word features (before attribution: they read no claim, and
/// they lex from doc.lowered, when built, before tokenize changes it), then
/// the features that come from evidence and claims, and the scores.
void find_evidence_and_word_features(Document& doc);
void score_sentences(Document& doc);

/// Number of features; ids of feature bit i.
size_t checkworthy_feature_count();
const char* checkworthy_feature_name(size_t bit);

/// The one lookup word_features makes per word: the feature bits a
/// lower-cased word fires (numbered as checkworthy_feature_name), plus the
/// flags below; 0 for a word of no table. For tests.
constexpr uint32_t kCheckworthyFirstPerson = 1u << 30;  // "i", "we"
constexpr uint32_t kCheckworthyOpinionVerb = 1u << 31;  // "think" after a first-person word
/// Natively the same lookup answers where evidence may start (evidence.cpp's
/// first tests), so the evidence finder visits only those words: a number
/// word ("two", "million"), and a month or weekday, which starts a date when
/// capitalised ("May", "Tuesday"). Not in WebAssembly (the page's bytes).
constexpr uint32_t kEvidenceNumberWord = 1u << 28;
constexpr uint32_t kEvidenceDateWord = 1u << 29;
uint32_t checkworthy_word_flags(std::string_view lower);

}  // namespace claimscope
