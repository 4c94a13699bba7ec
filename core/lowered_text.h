// A document's text lower-cased once for the roles pass's paragraph features
// and the two lexers that read every paragraph (tokenize for attribution,
// lex_evidence_words for evidence and check-worthiness), instead of once per
// pass and paragraph.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "document.h"
#include "utf8.h"

namespace claimscope {

class LoweredText {
 public:
  /// Bytes before the text: a word's last four bytes can be read whatever
  /// its length (tokens.cpp's possessive test).
  static constexpr size_t kPad = 4;

  /// `text` with its ASCII letters lower-cased and, after it, the map of where
  /// its ASCII words stop, then the maps of its ASCII capitals and digits
  /// (utf8::copy_ascii_lower_with_maps, one pass over the whole text). The
  /// maps are at least 18 bytes: sixteen bytes may be read from any offset of
  /// the lowered text (paragraph_features copies a word sixteen bytes a step).
  void build(std::string_view text);
  /// build(text) where `text` is first made a copy of `input`, in the same
  /// pass (annotate()'s copy of its input): a block at a time, the input's
  /// block is lowered and mapped, then appended to `text` while it is still
  /// in L1, so the input is read once from memory and the copy not again.
  /// Unless `input_is_valid`, each block is checked first (utf8::valid_through);
  /// at the first invalid sequence it returns false, leaving `text` and this
  /// copy to be made again from utf8::repair's text.
  bool build_copying(std::string_view input, std::string& text, bool input_is_valid);
  /// A stop at text offset `end` (at most the text's size): set at every
  /// paragraph's end, a lexer of one paragraph finds the word ends a map of
  /// that paragraph alone gives. (Paragraph spans are trimmed, so the byte
  /// after one is white space, a stop already; the lexers rely on it, and so
  /// do ascii_counts: no stop set here falls on a word byte.)
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
  /// The ASCII letters and digits, capitals and digits of text[span]
  /// (paragraph_features): counts of bits of the three maps.
  utf8::AsciiWordCounts ascii_counts(Span span) const;
  /// The same, 64 bits a step (WebAssembly; also tested on its own).
  utf8::AsciiWordCounts ascii_counts_portable(Span span) const;
  /// The heap memory it holds: a later build of a text no larger reuses it.
  size_t bytes() const { return room_; }

 private:
  const unsigned char* capitals() const { return stops() + utf8::word_stops_size(size_); }
  const unsigned char* digits() const { return capitals() + utf8::word_stops_size(size_); }

  /// Room for the text's bytes, its maps and the slack; the lowered bytes' address.
  char* allocate(size_t size);

  static constexpr size_t kMapSlack = 8;
  /// build_copying's block: a multiple of 16 (the SSE2 loop's step, so that
  /// each block's maps start at a map byte and end as one pass's would), and
  /// under glibc's 4 KB threshold for a `rep movsb` copy, which callgrind
  /// counts as an instruction per byte.
  static constexpr size_t kCopyBlock = 2048;
  std::unique_ptr<char[]> bytes_;  // pad, the lowered text, its three maps, slack; no zero fill
  size_t size_ = 0;
  size_t room_ = 0;  // bytes_'s size
};

}  // namespace claimscope
