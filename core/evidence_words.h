// The small word lexer of the evidence finder: words (letters/digits with
// inner . , : ' - when a word character follows) and single punctuation
// marks, lower-cased into a fixed buffer (no allocation per word).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "document.h"

namespace claimscope {

struct EvidenceWord {
  Span span;
  char32_t mark = 0;        // punctuation/symbol code point; 0 for words
  bool digit_first = false; // starts with an ASCII digit
  bool capitalized = false;
  uint8_t len = 0;          // length of `lower` (long words are cut; they match no table)
  char lower[23] = {};
  std::string_view text() const { return {lower, len}; }
  bool is_word() const { return mark == 0; }
};

/// Words and marks of text[range], appended to `out` (cleared first).
void lex_evidence_words(std::string_view text, Span range, std::vector<EvidenceWord>& out);

}  // namespace claimscope
