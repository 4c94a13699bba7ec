// Evidence spans: numbers with what they measure (money, percentages,
// quantities, dates, times), found in one left-to-right pass per paragraph.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "document.h"
#include "evidence_words.h"
#include "lexicon.h"

namespace claimscope {

/// Fills doc.evidence from doc.text and doc.paragraphs (text order, no overlaps).
void find_evidence(Document& doc);

/// The evidence of one paragraph from its words (lex_evidence_words), appended to `out`.
void find_evidence_in(const EvidenceWords& paragraph, std::string_view text, std::vector<Evidence>& out);

/// The same, visiting only `starts`: the words and marks of the paragraph
/// where evidence may start (may_start_evidence), in text order. Every other
/// token starts nothing, so the answer is find_evidence_in's; what it saves is
/// the tests of every token, most of them coin tosses (words and marks
/// alternate, digits come and go).
void find_evidence_at(const std::vector<EvidenceWord>& words, std::span<const EvidenceWord* const> starts,
                      std::string_view text, std::vector<Evidence>& out);

/// The words evidence may start at (its rule tables, rules/evidence.h), for
/// a caller that looks words up once for more than one pass: number words,
/// and months and weekdays, which start a date when capitalised.
struct EvidenceStartWords {
  std::span<const WordRule> numbers, months, weekdays;
};
EvidenceStartWords evidence_start_words();

/// A currency sign before an amount ("$2.4 billion", "€30m").
inline bool is_currency_sign(char32_t cp) {
  // Bitwise ORs: no branch per compare.
  return (cp == '$') | (cp == U'\u20AC') | (cp == U'\u00A3') | (cp == U'\u00A5') | (cp == U'\u20B9');
}

/// Whether evidence may start at word w, from a lookup the caller made of
/// its text: `number_word` (in rules::kNumberWords) and `date_word` (in
/// rules::kMonths or rules::kWeekdays: a date when capitalised), or when it
/// starts with a digit.
inline bool word_may_start_evidence(const EvidenceWord& w, bool number_word, bool date_word) {
  return w.digit_first | number_word | (w.capitalized & date_word);
}
/// Whether evidence may start at mark w: a currency sign that is no run.
inline bool mark_may_start_evidence(const EvidenceWord& w) { return is_currency_sign(w.mark) & !w.run; }
inline bool may_start_evidence(const EvidenceWord& w, bool number_word, bool date_word) {
  return w.is_word() ? word_may_start_evidence(w, number_word, date_word) : mark_may_start_evidence(w);
}

}  // namespace claimscope
