// Word and punctuation tokens of a stretch of text, for the attribution
// stage's small phrase grammars (speaker mentions, cue verbs).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "lowered_text.h"

namespace claimscope {

// 24 bytes, not 32: a token vector (written by the lexer, read by every
// grammar) takes a quarter fewer cache lines. The span's end is not stored:
// lower-casing keeps UTF-8 lengths, so `lower` is exactly as long as the
// span. The first code point and the four flags share one 32-bit word as
// bit-fields (a code point needs 21 bits), so readers still write `t.word`,
// `t.first`; the lexer writes the whole word at once (one aggregate, no
// read-modify-write of single bits). A 32-bit start is safe: annotate()
// refuses input of kHardLimit (~1.4 GB) or more, and Span is 32-bit too.
struct Token {
  std::string_view lower;  // lower-cased text, for table lookups (a view into the buffer tokenize() fills)
  uint32_t start = 0;      // byte offset of the token's first byte in the text
  // First code point (punctuation tokens are one code point). A code point
  // needs 21 bits; 28 make the five fields fill the word exactly: with bits
  // left over, GCC read the old word to keep them at every token's store.
  char32_t first : 28 = 0;
  bool word : 1 = false;       // letters/digits (with inner apostrophes, dots, hyphens)
  bool capitalized : 1 = false;
  bool possessive : 1 = false;  // ends in 's / ’s
  bool hyphenated : 1 = false;  // an ASCII '-' inside the word ("vice-president"): only these need a compound's parts looked up

  /// The token's bytes in the text: [start, start + the lowered length).
  Span span() const { return {start, start + uint32_t(lower.size())}; }
};
// 24 bytes natively; 16 in WebAssembly, whose string_view is two 32-bit words.
static_assert(sizeof(Token) == sizeof(std::string_view) + 8, "a token vector's cache lines: see above");

/// Tokens of text[range] into `out` (cleared first): words, and every other
/// non-space code point as a one-character token. A word keeps inner ' ’ - . &
/// ("Russia's", "U.S.", "al-Assad") and a final dot after an initialism or a
/// known abbreviation. `lowered` receives a few bytes of padding (so a
/// word's last bytes can be read without a length test), then text[range]
/// lower-cased (lower-casing keeps UTF-8 lengths, utf8.h), then the lexer's
/// map of where ASCII words stop; each token's `lower` is a view into it, so
/// tokens stay valid while `lowered` is not changed. Both buffers are reused
/// from paragraph to paragraph: no allocation per token or per paragraph.
void tokenize(std::string_view text, Span range, std::vector<Token>& out, std::string& lowered);
/// The same with the document's lower-cased text (`lowered`, built from
/// `text` with a stop at the range's end): no copy of the range is made, and
/// words with letters beyond ASCII are lower-cased in `lowered` in place
/// (hence not const; LoweredText::lower_for_tokens says why the evidence
/// lexer may read it before or after). Tokens stay valid while `lowered` is
/// not rebuilt.
void tokenize(std::string_view text, Span range, std::vector<Token>& out, LoweredText& lowered);

}  // namespace claimscope
