// A document's text lower-cased once for the two lexers that read every
// paragraph (tokenize for attribution, lex_evidence_words for evidence and
// check-worthiness), instead of once per lexer and paragraph.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

namespace claimscope {

class LoweredText {
 public:
  /// Bytes before the text: a word's last four bytes can be read whatever
  /// its length (tokens.cpp's possessive test).
  static constexpr size_t kPad = 4;

  /// `text` with its ASCII letters lower-cased and, after it, the map of where
  /// its ASCII words stop (utf8::copy_ascii_lower_with_stops, one pass over
  /// the whole text).
  void build(std::string_view text);
  /// A stop at text offset `end` (at most the text's size): set at every
  /// paragraph's end, a lexer of one paragraph finds the word ends a map of
  /// that paragraph alone gives. (Paragraph spans are trimmed, so the byte
  /// after one is white space, a stop already; the lexers rely on it.)
  void stop_at(size_t end) {
    char& byte = bytes_[kPad + size_ + end / 8];
    byte = static_cast<char>(static_cast<unsigned char>(byte) | (1u << (end % 8)));
  }
  /// The lowered byte of text offset 0, for reading (the evidence lexer).
  const char* lower() const { return bytes_.get() + kPad; }
  /// The same, writable, for tokenize alone: it lower-cases a word's letters
  /// beyond ASCII in place, each time to the same bytes of the same length.
  /// The order of the two lexers does not matter: lower-casing leaves every
  /// ASCII byte as it was, and whatever reads an evidence word's bytes
  /// compares them with ASCII only (tables, digits, suffixes), so an
  /// evidence word gives the same answers with its other letters either way.
  char* lower_for_tokens() { return bytes_.get() + kPad; }
  const unsigned char* stops() const { return reinterpret_cast<const unsigned char*>(lower() + size_); }
  /// Bytes after the map that may be read, not meant: paragraph_features
  /// copies a word from lower() sixteen bytes a step.
  static constexpr size_t kTailSlack = 16;

 private:
  std::unique_ptr<char[]> bytes_;  // pad, the lowered text, its word-stop map; no zero fill
  size_t size_ = 0;
};

}  // namespace claimscope
