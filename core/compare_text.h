// The comparable content of a stretch of text: normalised content terms,
// number anchors and character n-grams. Built once per claim, then scored
// against other claims by compare.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace claimscope {

/// One word of a claim as compare sees it.
struct CompareWord {
  Span span;          // bytes in the article text
  std::string term;   // lower case, possessive and light suffixes stripped
  bool stop = false;  // a function word (rules/compare_words.h)
};

struct ClaimContent {
  std::vector<CompareWord> words;    // text order, at most kMaxCompareWords
  std::vector<std::string> terms;    // sorted, unique content terms (no stop words)
  std::vector<std::string> plain;    // the terms of words written in lower case, and numbers: what
                                     // is said, where capitalised names say whom and where about
  std::vector<std::string> numbers;  // sorted, unique digit strings ("1,000" and "thousand" -> "1000")
  std::vector<uint32_t> grams;       // sorted, unique hashes of character 4-grams of content words
  /// The claim passes a verdict on its subject: a verdict word (rules/cues.h,
  /// kJudgementWords: "wrong", "baseless", ...) after a copula ("the plan is
  /// wrong") or ending the claim ("called the plan wrong" gives "the plan wrong").
  bool verdict = false;
  bool verdict_negated = false;  // "the plan is not wrong"
  std::string verdict_term;      // the verdict word's term ("wrong")
};

/// Claims longer than this are compared on their first words only, which
/// bounds the cost of a pair (a whole paragraph can be one claim).
constexpr size_t kMaxCompareWords = 160;
/// ...and on their first this many bytes, however few words those hold (junk).
constexpr size_t kMaxCompareBytes = 4096;

/// Normalises one lower-case word: strips a possessive and one light suffix.
std::string stem_word(std::string_view lower_word);

/// Extracts the comparable content of text[span], leaving out the words
/// inside `skip` (sorted spans: statements reported within this one).
ClaimContent claim_content(std::string_view text, Span span, const std::vector<Span>& skip = {});

}  // namespace claimscope
