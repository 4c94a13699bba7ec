// UTF-8 decoding, repair and character classes used by every stage.
//
// The core works on UTF-8 byte offsets. Text reaching the stages has been
// repaired (repair_utf8), so decode() never sees an invalid sequence; it still
// returns U+FFFD with length 1 for one, so it is safe on any bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimscope::utf8 {

struct Decoded {
  char32_t cp;
  uint32_t len;  // bytes consumed, 1..4
};

/// Decodes a multi-byte sequence (or returns U+FFFD, length 1); see decode().
Decoded decode_multibyte(std::string_view text, size_t pos);

/// Decodes the code point starting at byte `pos` (pos < text.size()).
/// Inline for ASCII, which is most of any text.
inline Decoded decode(std::string_view text, size_t pos) {
  unsigned char b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return {b0, 1};
  return decode_multibyte(text, pos);
}

/// Start of the code point that ends just before byte `pos` (pos > 0).
size_t prev_start(std::string_view text, size_t pos);

/// Appends the UTF-8 encoding of `cp`.
void append(std::string& out, char32_t cp);

struct RepairResult {
  std::string text;
  size_t replaced = 0;  // invalid bytes, each now U+FFFD
};

/// Copies `input`, turning each byte of an invalid, overlong, surrogate or
/// truncated sequence into U+FFFD. Valid input comes back unchanged.
RepairResult repair(std::string_view input);

/// Unicode white space, including NBSP, the line/paragraph separators and
/// zero-width space (which pasted web text uses as invisible padding).
bool is_space(char32_t cp);
/// Line breaks: LF, CR, VT, FF, NEL, U+2028. (U+2029 is a paragraph break.)
bool is_line_break(char32_t cp);
/// ASCII white space: space, tab and the ASCII line breaks (a wrapped
/// paragraph keeps its line breaks inside it).
inline bool is_ascii_space(unsigned char b) { return b == ' ' || (b >= '\t' && b <= '\r'); }
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
bool is_letter(char32_t cp);  // cased letters plus common uncased scripts (CJK, Arabic, Hebrew, ...)
bool is_digit(char32_t cp);   // ASCII digits only; enough for numbers in news text
/// Letters, digits, apostrophes inside words and combining marks.
bool is_word(char32_t cp);
/// Sentence-final punctuation in any script: . ! ? … 。 ！ ？ ‼ ⁇ etc.
bool is_terminal(char32_t cp);
/// Closing punctuation that may follow a terminal mark: quotes and brackets.
bool is_closing(char32_t cp);
/// Simple lower-casing for ASCII and Latin-1/Latin Extended-A, Greek and Cyrillic.
char32_t to_lower(char32_t cp);

/// Lower-cases a UTF-8 string (same rules as to_lower).
std::string lower(std::string_view s);

}  // namespace claimscope::utf8
