// Word and punctuation tokens of a stretch of text, for the attribution
// stage's small phrase grammars (speaker mentions, cue verbs).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "lowered_text.h"

namespace claimscope {

struct EvidenceWord;

struct Token {
  Span span;
  std::string_view lower;  // lower-cased text, for table lookups (a view into the buffer tokenize() fills)
  char32_t first = 0;    // first code point (punctuation tokens are one code point)
  bool word = false;     // letters/digits (with inner apostrophes, dots, hyphens)
  bool capitalized = false;
  bool possessive = false;  // ends in 's / ’s
  bool hyphenated = false;  // an ASCII '-' inside the word ("vice-president"): only these need a compound's parts looked up
};

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
#if !defined(__wasm__)
/// The same, and in the same walk the range's evidence words into
/// `evidence` (cleared first), as lex_evidence_words gives them from
/// `lowered`: a word that is one run of ASCII letters and digits is both
/// lexers' word (most words), and where the lexers may part ("AT&T", "U.S.",
/// "1,000", marks, words beyond ASCII) the evidence lexer takes its own
/// steps. Natively only: the page's module lexes twice (its bytes).
void tokenize(std::string_view text, Span range, std::vector<Token>& out, LoweredText& lowered,
              std::vector<EvidenceWord>& evidence);
#endif

}  // namespace claimscope
