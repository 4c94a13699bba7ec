// The small word lexer of the evidence finder: words (letters/digits with
// inner . , : ' - when a word character follows) and single punctuation
// marks, lower-cased into one buffer per stretch (no allocation per word).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "lowered_text.h"

namespace claimscope {

/// Longer words get an empty text (len 0): no table holds one.
constexpr size_t kMaxEvidenceWordBytes = 23;

struct EvidenceWord {
  Span span;
  // The word ASCII-lower-cased, in EvidenceWords::lowered or the document's
  // LoweredText (for a mark, where it starts there); eight bytes can be read
  // from it (the buffer's word-stop map follows the text), and two before it
  // (kLoweredPad, LoweredText::kPad).
  const char* lower = nullptr;
  char32_t mark = 0;            // punctuation/symbol code point; 0 for words
  bool digit_first = false;     // starts with an ASCII digit
  bool capitalized = false;
  bool run = false;             // a run of one mark ("....", mark_runs.h): no single mark
  uint8_t len = 0;              // length of `lower`; 0 for words over 23 bytes (they match no table)
  std::string_view text() const { return {lower, len}; }
  bool is_word() const { return mark == 0; }
};

/// The words of one stretch of text. Both buffers are reused from call to
/// call, so lexing allocates nothing once they have grown.
struct EvidenceWords {
  std::vector<EvidenceWord> words;
  // kLoweredPad bytes, the lexed range with ASCII letters lower-cased, then its word-stop map (utf8.h)
  std::string lowered;
};

/// Bytes before the lowered text in EvidenceWords::lowered (as in
/// LoweredText, kPad): a word's last two bytes can be read whatever its
/// length (check-worthiness's "-ed" test).
constexpr size_t kLoweredPad = 4;

/// Words and marks of text[range] into `out` (cleared first).
void lex_evidence_words(std::string_view text, Span range, EvidenceWords& out);
/// The same from the document's lower-cased text (`lowered`, built from `text`
/// with a stop at the range's end): no copy of the range is made. Words'
/// `lower` point into `lowered` (letters beyond ASCII lower-cased there too
/// once tokenize has read the range: no reader of a word's bytes minds).
void lex_evidence_words(std::string_view text, Span range, const LoweredText& lowered,
                        std::vector<EvidenceWord>& out);

#if !defined(__wasm__)
/// One step of the evidence lexer on the document's lower-cased text
/// (`lowered` its lower(), `stops` its stops()): the white space from `at`
/// and the word or mark after it, appended to `out`; returns where the
/// lexer stands after it (past one space after a word). tokenize lexes the
/// evidence words in its own walk with it where the two lexers may part.
size_t lex_evidence_item(std::string_view text, size_t at, size_t end, const char* lowered, const unsigned char* stops,
                         std::vector<EvidenceWord>& out);
#endif

}  // namespace claimscope
