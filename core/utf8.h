// UTF-8 decoding, repair and character classes used by every stage.
//
// The core works on UTF-8 byte offsets. Text reaching the stages has been
// repaired (repair_utf8), so decode() never sees an invalid sequence; it still
// returns U+FFFD with length 1 for one, so it is safe on any bytes.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace claimscope::utf8 {

struct Decoded {
  char32_t cp;
  uint32_t len;  // bytes consumed, 1..4
};

/// Length of the well-formed sequence that starts at byte `pos` (pos <
/// text.size()): 1 for ASCII, 2 to 4, or 0 for an invalid, overlong,
/// surrogate or truncated one.
uint32_t valid_length(std::string_view text, size_t pos);

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
/// Writes the UTF-8 encoding of `cp` to out (room for 4 bytes); returns its length.
size_t encode(char* out, char32_t cp);

struct RepairResult {
  std::string text;
  size_t replaced = 0;  // invalid bytes, each now U+FFFD
};

/// Copies `input`, turning each byte of an invalid, overlong, surrogate or
/// truncated sequence into U+FFFD. Valid input comes back unchanged.
RepairResult repair(std::string_view input);

/// Whether `input` is well-formed UTF-8, i.e. repair() would change nothing
/// (a caller with valid text can skip repair's copy).
bool is_valid(std::string_view input);

/// is_valid for a stretch of `input`, one block of a pass at a time: from
/// `pos` (a character's start) to the first character start at or after
/// `to`, which it returns (at most input.size()); kInvalid at the first
/// invalid, overlong, surrogate or truncated sequence. A character that
/// starts before `to` is checked whole, so the next call starts at a
/// character again.
constexpr size_t kInvalid = ~size_t(0);
size_t valid_through(std::string_view input, size_t pos, size_t to);

// The character classes below run on nearly every code point of every pass:
// ASCII (most of any news text) is answered inline from one table; the rest
// goes to the out-of-line versions in namespace full (utf8.cpp).
/// Every code point is_terminal() accepts: full::is_terminal reads this
/// list, and tables of sentence marks are built from it.
inline constexpr char32_t kTerminalMarks[] = {'.',    '!',    '?',    0x2026, 0x3002, 0xFF01, 0xFF1F, 0xFF0E,
                                              0x203C, 0x2047, 0x2048, 0x2049, 0x061F, 0x06D4, 0x0964, 0x0965};

namespace full {
bool is_space(char32_t cp);
bool is_line_break(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
bool is_letter(char32_t cp);
bool is_word(char32_t cp);
bool is_terminal(char32_t cp);
bool is_closing(char32_t cp);
char32_t to_lower(char32_t cp);
}  // namespace full

namespace ascii {
enum Class : uint8_t {
  kSpace = 1, kLineBreak = 2, kUpper = 4, kLower = 8, kDigit = 16, kTerminal = 32, kClosing = 64
};
constexpr uint8_t kLetter = kUpper | kLower;
constexpr uint8_t kWord = kUpper | kLower | kDigit;
constexpr std::array<uint8_t, 128> make_classes() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    uint8_t k = 0;
    if (c == ' ' || (c >= '\t' && c <= '\r')) k |= kSpace;
    if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C) k |= kLineBreak;
    if (c >= 'A' && c <= 'Z') k |= kUpper;
    if (c >= 'a' && c <= 'z') k |= kLower;
    if (c >= '0' && c <= '9') k |= kDigit;
    if (c == '.' || c == '!' || c == '?') k |= kTerminal;
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') k |= kClosing;
    t[size_t(c)] = k;
  }
  return t;
}
inline constexpr std::array<uint8_t, 128> kClasses = make_classes();
inline bool has(char32_t cp, uint8_t k) { return kClasses[cp] & k; }

/// Indexed by any byte: 1 for an ASCII letter or digit, 0 otherwise (every
/// byte >= 0x80 included). Word loops test one load instead of a range
/// check and a class lookup.
constexpr std::array<uint8_t, 256> make_word_bytes() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) t[size_t(c)] = (kClasses[size_t(c)] & kWord) ? 1 : 0;
  return t;
}
inline constexpr std::array<uint8_t, 256> kWordByte = make_word_bytes();
}  // namespace ascii

/// General Punctuation (U+2000..U+206F: curly quotes, dashes, the ellipsis,
/// typographic spaces) holds most non-ASCII characters of news text. Its
/// classes come from one table built on first use from the full::
/// predicates, so a lexer asks one load instead of a call per class. Only
/// for cp in [kPunctFirst, kPunctEnd).
constexpr char32_t kPunctFirst = 0x2000, kPunctEnd = 0x2070;
enum PunctClass : uint8_t {
  kPunctSpace = 1, kPunctLetter = 2, kPunctUpper = 4, kPunctLower = 8, kPunctWord = 16, kPunctTerminal = 32,
  kPunctClosing = 64
};
const uint8_t* general_punctuation_classes();
inline bool in_general_punctuation(char32_t cp) { return cp - kPunctFirst < kPunctEnd - kPunctFirst; }

/// Bit 7 of each byte of `x` (eight bytes read little-endian: byte 0 lowest)
/// that is no ASCII letter or digit. Same carry-free bytewise compares as
/// lower_ascii8: a byte is a digit if its low seven bits are in '0'..'9', a
/// letter if they are in 'a'..'z' once the 0x20 bit is set (only 'A'..'Z'
/// and 'a'..'z' land there); a byte >= 0x80 is neither.
inline uint64_t non_word_bytes8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t low7 = x & ~kHigh;
  const uint64_t folded = low7 | 0x20 * kOnes;
  const uint64_t digit = (low7 + (0x80 - '0') * kOnes) & ~(low7 + (0x80 - '9' - 1) * kOnes);
  const uint64_t letter = (folded + (0x80 - 'a') * kOnes) & ~(folded + (0x80 - 'z' - 1) * kOnes);
  return ~((digit | letter) & ~x) & kHigh;
}

/// Eight bytes lower-cased at once: in each byte, bit 7 of (b & 0x7F) + 0x3F
/// is set for b & 0x7F >= 'A', of (b & 0x7F) + 0x25 for > 'Z'; the first
/// without the second, in a byte below 0x80, marks a capital, which gets its
/// 0x20 bit. No carry crosses a byte: 0x7F + 0x3F < 0x100.
inline uint64_t lower_ascii8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t low7 = x & ~kHigh;
  const uint64_t from_a = low7 + (0x80 - 'A') * kOnes;  // bit 7: >= 'A'
  const uint64_t past_z = low7 + (0x7F - 'Z') * kOnes;  // bit 7: > 'Z'
  const uint64_t upper = (from_a & ~past_z & ~x) & kHigh;
  return x | (upper >> 2);
}

/// Copies n bytes, lower-casing ASCII letters (other bytes unchanged), eight
/// bytes at a time. The tail is one more step over the last eight bytes (or
/// two over the first and last four of a stretch of 4-7 bytes): the overlap
/// is lower-cased twice from the same source bytes, which gives the same
/// bytes, and a short line costs a step or two instead of a loop.
inline void copy_ascii_lower(char* dst, const char* src, size_t n) {
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t x;
    std::memcpy(&x, src + k, 8);
    x = lower_ascii8(x);
    std::memcpy(dst + k, &x, 8);
  }
  if (k == n) return;
  if (n >= 8) {
    uint64_t x;
    std::memcpy(&x, src + n - 8, 8);
    x = lower_ascii8(x);
    std::memcpy(dst + n - 8, &x, 8);
    return;
  }
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, src, 4);
    std::memcpy(&b, src + n - 4, 4);
    a = uint32_t(lower_ascii8(a));
    b = uint32_t(lower_ascii8(b));
    std::memcpy(dst, &a, 4);
    std::memcpy(dst + n - 4, &b, 4);
    return;
  }
  for (; k < n; ++k) {
    unsigned char c = static_cast<unsigned char>(src[k]);
    dst[k] = char(unsigned(c - 'A') < 26u ? c + 32 : c);
  }
}

/// Bit k of the result is bit 7 of byte k of `high` (only bit 7 of each
/// byte may be set): one multiply gathers the eight bits into the top byte.
inline uint8_t high_bits8(uint64_t high) { return uint8_t(((high >> 7) * 0x0102040810204080ull) >> 56); }

/// Bytes of the word-stop map for a stretch of n bytes (copy_ascii_lower_with_stops).
constexpr size_t word_stops_size(size_t n) { return n / 8 + 9; }

/// copy_ascii_lower, and in the same pass a map of where ASCII words stop:
/// bit k % 8 of stops[k / 8] is set when src[k] is no ASCII letter or digit,
/// and every bit from n on is set (word_stops_size(n) bytes written). The
/// lexers then find each word's end with a load and a count of trailing
/// zeros (next_word_stop) instead of classifying the word's bytes again:
/// the classifying is done here, many bytes a step, off the chain from one
/// word to the next. Sixteen bytes a step where SSE2 is there (x86-64),
/// else eight (copy_ascii_lower_with_stops_portable). Not inline: called once
/// per stretch, and its constants would crowd the lexers' registers.
void copy_ascii_lower_with_stops(char* dst, const char* src, size_t n, unsigned char* stops);
/// The same, eight bytes a step with 64-bit integers only (WebAssembly; the
/// tail of the SSE2 version; also tested on its own).
void copy_ascii_lower_with_stops_portable(char* dst, const char* src, size_t n, unsigned char* stops);
/// copy_ascii_lower_with_stops, and in the same pass two more maps laid out
/// as its map: where the ASCII capitals are and where the digits are (bit
/// k % 8 of byte k / 8 set when src[k] is one; every bit from n on clear;
/// word_stops_size(n) bytes each). The document's lowered copy (LoweredText)
/// writes them so that a paragraph's counts of capitals and digits are
/// counts of bits, not a pass over its bytes.
void copy_ascii_lower_with_maps(char* dst, const char* src, size_t n, unsigned char* stops, unsigned char* capitals,
                                unsigned char* digits);
/// The same, eight bytes a step (WebAssembly; the SSE2 version's tail).
void copy_ascii_lower_with_maps_portable(char* dst, const char* src, size_t n, unsigned char* stops,
                                         unsigned char* capitals, unsigned char* digits);

/// The first byte at or after `r` that is no ASCII letter or digit, by the
/// map of copy_ascii_lower_with_stops (r at most its n; so is the answer).
inline size_t next_word_stop(const unsigned char* stops, size_t r) {
  for (;;) {
    uint64_t w;
    std::memcpy(&w, stops + r / 8, 8);  // little-endian: bit k % 8 of byte k / 8 is bit k of the load
    w >>= (r & 7);
    if (w) return r + size_t(std::countr_zero(w));
    r = (r & ~size_t(7)) + 64;  // 57+ word bytes in a row: the next eight bytes of the map
  }
}

/// A paragraph's ASCII letters and digits, capitals and digits
/// (LoweredText::ascii_counts).
struct AsciiWordCounts {
  uint32_t word_bytes = 0;
  uint32_t upper = 0;
  uint32_t digits = 0;
};

/// A stretch's word-stop map (copy_ascii_lower_with_stops) with the text
/// offset of its first byte: from(j) is the first text offset at or after j
/// (j inside the stretch) whose byte is no ASCII letter or digit. The lexers
/// take a word's ASCII bytes in one step with it.
struct WordStops {
  const unsigned char* map;
  size_t base;
  size_t from(size_t j) const { return base + next_word_stop(map, j - base); }
};

/// Unicode white space, including NBSP, the line/paragraph separators and
/// zero-width space (which pasted web text uses as invisible padding).
inline bool is_space(char32_t cp) { return cp < 0x80 ? ascii::has(cp, ascii::kSpace) : full::is_space(cp); }
/// Line breaks: LF, CR, VT, FF, NEL, U+2028. (U+2029 is a paragraph break.)
inline bool is_line_break(char32_t cp) {
  return cp < 0x80 ? ascii::has(cp, ascii::kLineBreak) : full::is_line_break(cp);
}
/// ASCII white space: space, tab and the ASCII line breaks (a wrapped
/// paragraph keeps its line breaks inside it).
inline bool is_ascii_space(unsigned char b) { return b == ' ' || (b >= '\t' && b <= '\r'); }
inline bool is_upper(char32_t cp) { return cp < 0x80 ? ascii::has(cp, ascii::kUpper) : full::is_upper(cp); }
inline bool is_lower(char32_t cp) { return cp < 0x80 ? ascii::has(cp, ascii::kLower) : full::is_lower(cp); }
/// Cased letters plus common uncased scripts (CJK, Arabic, Hebrew, ...).
inline bool is_letter(char32_t cp) { return cp < 0x80 ? ascii::has(cp, ascii::kLetter) : full::is_letter(cp); }
/// ASCII digits only; enough for numbers in news text.
inline bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
/// Letters, digits, apostrophes inside words and combining marks.
inline bool is_word(char32_t cp) { return cp < 0x80 ? ascii::has(cp, ascii::kWord) : full::is_word(cp); }
/// The apostrophes a word may hold inside it: ' and ’ (U+2019), as in "she’s", "who'd".
inline bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }
/// Sentence-final punctuation in any script: . ! ? … 。 ！ ？ ‼ ⁇ etc.
inline bool is_terminal(char32_t cp) { return cp < 0x80 ? ascii::has(cp, ascii::kTerminal) : full::is_terminal(cp); }
/// Closing punctuation that may follow a terminal mark: quotes and brackets.
inline bool is_closing(char32_t cp) { return cp < 0x80 ? ascii::has(cp, ascii::kClosing) : full::is_closing(cp); }
/// Simple lower-casing for ASCII and Latin-1/Latin Extended-A, Greek and Cyrillic.
inline char32_t to_lower(char32_t cp) {
  if (cp < 0x80) return ascii::has(cp, ascii::kUpper) ? cp + 32 : cp;
  return full::to_lower(cp);
}

/// Lower-cases a UTF-8 string (same rules as to_lower).
std::string lower(std::string_view s);
/// lower() into `out`, whose memory is reused: an ASCII string is lowered in place, without an allocation
/// once `out` is large enough.
void lower_into(std::string& out, std::string_view s);

}  // namespace claimscope::utf8
