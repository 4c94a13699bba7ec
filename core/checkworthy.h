// Check-worthiness: a 0..1 score per sentence from explainable features
// (numbers, comparisons, names, attribution, hedges, questions ...), weighted
// by the table in core/rules/checkworthy.h. Runs after attribution and
// find_evidence, which it reads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "attribution.h"
#include "document.h"

namespace claimscope {

/// Sets checkworthy and features of every sentence of doc.
void score_checkworthiness(Document& doc);

/// find_evidence followed by score_checkworthiness, with each paragraph
/// lexed once for both.
void find_evidence_and_score(Document& doc);

/// The same in two steps, as annotate() runs them in WebAssembly: the
/// evidence and the sentences' word features (before attribution: they read
/// no claim; they lex from doc.lowered when built), then the features that
/// come from evidence and claims, and the scores.
void find_evidence_and_word_features(Document& doc);
void score_sentences(Document& doc);

/// find_evidence_and_word_features told one paragraph at a time, in order,
/// by attribution (annotate() natively): a paragraph comes with the
/// evidence words tokenize lexed in the tokens' walk, so the text is walked
/// once for both lexers; skipped paragraphs (and any without) are lexed here. Clears
/// doc.evidence when made.
class EvidenceListener final : public ParagraphListener {
 public:
  explicit EvidenceListener(Document& doc);
  ~EvidenceListener();
  void paragraph(uint32_t p, const std::vector<EvidenceWord>* lexed) override;
  void skipped(uint32_t first, uint32_t end) override;

 private:
  struct Pass;
  // Paragraph p's evidence and word features from words lexed here.
  void lex_and_read(uint32_t p);
  Document& doc_;
  std::unique_ptr<Pass> pass_;
};

/// Number of features; ids of feature bit i.
size_t checkworthy_feature_count();
const char* checkworthy_feature_name(size_t bit);

/// The one lookup word_features makes per word: the feature bits a
/// lower-cased word fires (numbered as checkworthy_feature_name), plus the
/// flags below; 0 for a word of no table. For tests.
constexpr uint32_t kCheckworthyFirstPerson = 1u << 30;  // "i", "we"
constexpr uint32_t kCheckworthyOpinionVerb = 1u << 31;  // "think" after a first-person word
/// "may": a hedge only where the hedge finder reads the modal, not the month
/// or a name ("in May", "Theresa May": hedges.h's is_month_or_name_may).
constexpr uint32_t kCheckworthyMayWord = 1u << 27;
/// Natively the same lookup answers where evidence may start (evidence.cpp's
/// first tests), so the evidence finder visits only those words: a number
/// word ("two", "million"), and a month or weekday, which starts a date when
/// capitalised ("May", "Tuesday"). Not in WebAssembly (the page's bytes).
constexpr uint32_t kEvidenceNumberWord = 1u << 28;
constexpr uint32_t kEvidenceDateWord = 1u << 29;
uint32_t checkworthy_word_flags(std::string_view lower);

}  // namespace claimscope
