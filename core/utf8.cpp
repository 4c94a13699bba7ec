#include "utf8.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimscope::utf8 {

namespace {
constexpr char32_t kReplacement = 0xFFFD;

// The first byte at or after `pos` that is not ASCII, or a position at most
// eight bytes before `n` from which the caller goes on byte by byte (or `n`).
// Thirty-two bytes a step with SSE2 (most of any text is ASCII, and the
// eight-byte step was a branch per eight bytes), then eight. A step that
// holds such a byte answers with its place (the lowest set bit of its mask):
// a byte loop after it, up to the character, exited at a place the
// predictor could not know (repair() on distinct news: ~2 of its 3
// mispredicts per character beyond ASCII, curly quotes and dashes).
size_t skip_ascii(const char* s, size_t pos, size_t n) {
#if defined(__SSE2__)
  for (; pos + 32 <= n; pos += 32) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos + 16));
    const uint32_t high = uint32_t(_mm_movemask_epi8(a)) | uint32_t(_mm_movemask_epi8(b)) << 16;
    if (high != 0) return pos + size_t(std::countr_zero(high));
  }
#endif
  for (; pos + 8 <= n; pos += 8) {
    uint64_t x;
    std::memcpy(&x, s + pos, 8);
    const uint64_t high = x & 0x8080808080808080ull;  // little-endian: byte k is bits 8k..8k+7
    if (high != 0) return pos + size_t(std::countr_zero(high)) / 8;
  }
  return pos;
}

// Whether any byte of `s` is 0x80 or above: the bytes OR-ed together, eight
// at a time, the last 1-7 by loads that overlap bytes already read.
bool has_byte_beyond_ascii(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t acc = 0;
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t x;
    std::memcpy(&x, p + k, 8);
    acc |= x;
  }
  if (k < n) {
    if (n >= 8) {
      uint64_t x;
      std::memcpy(&x, p + n - 8, 8);
      acc |= x;
    } else if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      acc |= a | b;
    } else {
      acc |= uint64_t(static_cast<unsigned char>(p[0])) | static_cast<unsigned char>(p[n / 2]) |
             static_cast<unsigned char>(p[n - 1]);
    }
  }
  return (acc & 0x8080808080808080ull) != 0;
}

}  // namespace

uint32_t valid_length(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  unsigned char b0 = s[pos];
  if (b0 < 0x80) return 1;
  if (b0 >= 0xE1 && b0 <= 0xEC && pos + 3 <= n) {  // most of the BMP: no overlong or surrogate to rule out
    return ((s[pos + 1] & 0xC0) == 0x80 && (s[pos + 2] & 0xC0) == 0x80) ? 3 : 0;
  }
  auto cont = [&](size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(pos + 1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(pos + 1) || !cont(pos + 2)) return 0;
    unsigned char b1 = s[pos + 1];
    if (b0 == 0xE0 && b1 < 0xA0) return 0;  // overlong
    if (b0 == 0xED && b1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(pos + 1) || !cont(pos + 2) || !cont(pos + 3)) return 0;
    unsigned char b1 = s[pos + 1];
    if (b0 == 0xF0 && b1 < 0x90) return 0;  // overlong
    if (b0 == 0xF4 && b1 >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

Decoded decode_multibyte(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  unsigned char b0 = s[pos];
  if (b0 < 0x80) return {b0, 1};
  uint32_t len = valid_length(text, pos);
  switch (len) {
    case 2: return {char32_t((b0 & 0x1F) << 6 | (s[pos + 1] & 0x3F)), 2};
    case 3: return {char32_t((b0 & 0x0F) << 12 | (s[pos + 1] & 0x3F) << 6 | (s[pos + 2] & 0x3F)), 3};
    case 4:
      return {char32_t((b0 & 0x07) << 18 | (s[pos + 1] & 0x3F) << 12 | (s[pos + 2] & 0x3F) << 6 |
                       (s[pos + 3] & 0x3F)),
              4};
    default: return {kReplacement, 1};
  }
}

size_t prev_start(std::string_view text, size_t pos) {
  size_t p = pos - 1;
  // Step back over at most three continuation bytes.
  for (int i = 0; i < 3 && p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80; ++i) --p;
  if (p + decode(text, p).len != pos) return pos - 1;  // not one sequence: treat the byte alone
  return p;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

size_t encode(char* out, char32_t cp) {
  if (cp < 0x80) {
    out[0] = char(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = char(0xC0 | (cp >> 6));
    out[1] = char(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = char(0xE0 | (cp >> 12));
    out[1] = char(0x80 | ((cp >> 6) & 0x3F));
    out[2] = char(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (cp >> 18));
  out[1] = char(0x80 | ((cp >> 12) & 0x3F));
  out[2] = char(0x80 | ((cp >> 6) & 0x3F));
  out[3] = char(0x80 | (cp & 0x3F));
  return 4;
}

RepairResult repair(std::string_view input) {
  RepairResult r;
  r.text.reserve(input.size());
  const size_t n = input.size();
  size_t pos = 0;
  size_t copied = 0;  // input[copied, pos) is valid and not yet appended
  while (pos < n) {
    // Skip valid text, many ASCII bytes at a time, and copy it in one piece.
    pos = skip_ascii(input.data(), pos, n);
    while (pos < n && static_cast<unsigned char>(input[pos]) < 0x80) ++pos;  // up to 8 bytes
    if (pos == n) break;
    uint32_t len = valid_length(input, pos);
    if (len != 0) {
      pos += len;
      continue;
    }
    r.text.append(input.data() + copied, pos - copied);
    append(r.text, kReplacement);
    ++r.replaced;
    copied = ++pos;
  }
  r.text.append(input.data() + copied, n - copied);
  return r;
}

bool is_valid(std::string_view input) { return valid_through(input, 0, input.size()) != kInvalid; }

size_t valid_through(std::string_view input, size_t pos, size_t to) {
  while (pos < to) {
    pos = skip_ascii(input.data(), pos, to);
    while (pos < to && static_cast<unsigned char>(input[pos]) < 0x80) ++pos;  // up to 8 bytes
    if (pos >= to) break;
    if (uint32_t len = valid_length(input, pos)) {  // may end past `to`: the character is whole
      pos += len;
    } else {
      return kInvalid;
    }
  }
  return pos;
}

namespace full {

bool is_space(char32_t cp) {
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case 0x0B: case 0x0C:
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000: case 0x200B: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool is_line_break(char32_t cp) {
  return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028;
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp % 2) == 0 && cp != 0x138;  // Latin Extended-A alternates
  if (cp >= 0x391 && cp <= 0x3AB) return true;  // Greek capitals
  if (cp >= 0x400 && cp <= 0x42F) return true;  // Cyrillic capitals
  return false;
}

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp % 2) == 1 || cp == 0x138;
  if (cp >= 0x3AC && cp <= 0x3CE) return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return false;
}

bool is_letter(char32_t cp) {
  // General Punctuation (curly quotation marks, dashes, ellipsis): the
  // commonest non-ASCII of news text, and no letter; answered first.
  if (cp >= 0x2000 && cp <= 0x206F) return false;
  if (is_upper(cp) || is_lower(cp)) return true;
  if (cp < 0x80) return false;
  return (cp >= 0x180 && cp <= 0x24F) ||    // Latin Extended-B
         (cp >= 0x370 && cp <= 0x3FF) ||    // Greek
         (cp >= 0x400 && cp <= 0x52F) ||    // Cyrillic
         (cp >= 0x530 && cp <= 0x58F) ||    // Armenian
         (cp >= 0x5D0 && cp <= 0x5EA) ||    // Hebrew
         (cp >= 0x620 && cp <= 0x64A) ||    // Arabic
         (cp >= 0x900 && cp <= 0xDFF) ||    // Indic scripts
         (cp >= 0xE00 && cp <= 0xE7F) ||    // Thai
         (cp >= 0x1E00 && cp <= 0x1FFF) ||  // Latin/Greek extended
         (cp >= 0x3040 && cp <= 0x30FF) ||  // Kana
         (cp >= 0x3400 && cp <= 0x9FFF) ||  // CJK
         (cp >= 0xAC00 && cp <= 0xD7AF);    // Hangul
}


bool is_word(char32_t cp) {
  return is_letter(cp) || is_digit(cp) || (cp >= 0x300 && cp <= 0x36F);
}

// The list in utf8.h is the one definition (tables of marks are built from
// it). A code point whose low six bits no mark has (curly quotes, most
// dashes) is answered by one bit test instead of the walk over the list.
constexpr uint64_t kTerminalLowBits = [] {
  uint64_t bits = 0;
  for (char32_t mark : kTerminalMarks) bits |= uint64_t(1) << (mark & 63);
  return bits;
}();

bool is_terminal(char32_t cp) {
  if (!(kTerminalLowBits >> (cp & 63) & 1)) return false;
  for (char32_t mark : kTerminalMarks) {
    if (cp == mark) return true;
  }
  return false;
}

bool is_closing(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case ')': case ']': case '}': case 0x2019: case 0x201D: case 0x00BB:
    case 0x203A: case 0x300D: case 0x300F: case 0xFF09:
      return true;
    default:
      return false;
  }
}

char32_t to_lower(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x17F && is_upper(cp)) return cp + 1;
  if (cp >= 0x391 && cp <= 0x3AB) return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

}  // namespace full

const uint8_t* general_punctuation_classes() {
  struct Table {
    uint8_t of[kPunctEnd - kPunctFirst] = {};
    Table() {
      for (char32_t cp = kPunctFirst; cp < kPunctEnd; ++cp) {
        uint8_t k = 0;
        if (full::is_space(cp)) k |= kPunctSpace;
        if (full::is_letter(cp)) k |= kPunctLetter;
        if (full::is_upper(cp)) k |= kPunctUpper;
        if (full::is_lower(cp)) k |= kPunctLower;
        if (full::is_word(cp)) k |= kPunctWord;
        if (full::is_terminal(cp)) k |= kPunctTerminal;
        if (full::is_closing(cp)) k |= kPunctClosing;
        of[cp - kPunctFirst] = k;
      }
    }
  };
  static const Table table;
  return table.of;
}

void lower_into(std::string& out, std::string_view s) {
  if (has_byte_beyond_ascii(s)) {
    out = lower(s);
    return;
  }
  out.assign(s);
  copy_ascii_lower(out.data(), s.data(), s.size());
}

std::string lower(std::string_view s) {
  // Most strings lowered here (speaker names) are ASCII: that is found by OR-ing
  // all their bytes, eight at a time and the last 1-7 with loads that overlap,
  // without a branch at the first byte beyond ASCII (a byte loop that stopped
  // there cost ~150 instructions and 1.5 mispredicts a name); then the whole
  // string is lowered eight bytes at a time. Other strings are copied as far
  // as their first byte beyond ASCII and decoded from there.
  if (!has_byte_beyond_ascii(s)) {
    std::string out(s);
    copy_ascii_lower(out.data(), s.data(), s.size());
    return out;
  }
  size_t k = 0;
  while (static_cast<unsigned char>(s[k]) < 0x80) ++k;
  std::string out(s.substr(0, k));
  copy_ascii_lower(out.data(), s.data(), k);
  out.reserve(s.size());
  for (size_t i = k; i < s.size();) {
    auto d = decode(s, i);
    if (d.cp < 0x80) {
      out += char(to_lower(d.cp));
    } else {
      append(out, to_lower(d.cp));
    }
    i += d.len;
  }
  return out;
}

namespace {

// The classes of eight bytes (read little-endian), as bit 7 of each byte:
// ASCII letters and digits, capitals, digits. Carry-free bytewise compares as
// in non_word_bytes8; a byte >= 0x80 is none of them.
struct Classes8 {
  uint64_t word, upper, digit;
};
Classes8 classes8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t low7 = x & ~kHigh;
  const uint64_t folded = low7 | 0x20 * kOnes;
  const uint64_t digit = (low7 + (0x80 - '0') * kOnes) & ~(low7 + (0x80 - '9' - 1) * kOnes) & ~x & kHigh;
  const uint64_t letter = (folded + (0x80 - 'a') * kOnes) & ~(folded + (0x80 - 'z' - 1) * kOnes) & ~x & kHigh;
  return {letter | digit, letter & ~(x << 2), digit};  // a capital's 0x20 bit (moved to bit 7) is clear
}

// copy_ascii_lower_with_stops_portable; with kCaseMaps also the maps of
// capitals and digits (copy_ascii_lower_with_maps).
template <bool kCaseMaps>
void copy_lower_portable(char* dst, const char* src, size_t n, unsigned char* stops, unsigned char* capitals,
                         unsigned char* digits) {
  // The case maps' byte `at` from eight bytes read as x, of which the first
  // `drop` were mapped already (the tail's step over the last eight bytes).
  auto put_case_maps = [&](size_t at, uint64_t x, unsigned drop) {
    if constexpr (kCaseMaps) {
      const Classes8 c = classes8(x);
      capitals[at] = uint8_t(high_bits8(c.upper) >> drop);
      digits[at] = uint8_t(high_bits8(c.digit) >> drop);
    }
  };
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t x;
    std::memcpy(&x, src + k, 8);
    const uint64_t lowered = lower_ascii8(x);
    std::memcpy(dst + k, &lowered, 8);
    stops[k / 8] = high_bits8(non_word_bytes8(x));
    put_case_maps(k / 8, x, 0);
  }
  // The last 1-7 bytes with fixed-size loads only (a variable-length memcpy
  // is a library call, and text of one-word lines has a stretch every few
  // bytes). Overlapping bytes are read and written twice, the same both times.
  const size_t rest = n - k;
  const uint8_t past_end = uint8_t(0xFF << rest);  // bits from n on
  if (rest == 0) {
    stops[k / 8] = 0xFF;
    put_case_maps(k / 8, 0, 0);
  } else if (n >= 8) {
    // One step over the last eight bytes: bit i is byte n - 8 + i.
    uint64_t x;
    std::memcpy(&x, src + n - 8, 8);
    const uint64_t lowered = lower_ascii8(x);
    std::memcpy(dst + n - 8, &lowered, 8);
    stops[k / 8] = uint8_t(high_bits8(non_word_bytes8(x)) >> (8 - rest)) | past_end;
    put_case_maps(k / 8, x, unsigned(8 - rest));
  } else if (n >= 4) {
    // Two four-byte loads, the second shifted into place.
    uint32_t a, b;
    std::memcpy(&a, src, 4);
    std::memcpy(&b, src + n - 4, 4);
    const uint64_t x = uint64_t(a) | (uint64_t(b) << (8 * (n - 4)));
    const uint32_t lower_a = uint32_t(lower_ascii8(a)), lower_b = uint32_t(lower_ascii8(b));
    std::memcpy(dst, &lower_a, 4);
    std::memcpy(dst + n - 4, &lower_b, 4);
    stops[0] = high_bits8(non_word_bytes8(x)) | past_end;
    put_case_maps(0, x, 0);
  } else {
    uint64_t x = 0;
    for (size_t i = 0; i < n; ++i) x |= uint64_t(static_cast<unsigned char>(src[i])) << (8 * i);
    const uint64_t lowered = lower_ascii8(x);
    for (size_t i = 0; i < n; ++i) dst[i] = char(lowered >> (8 * i));
    stops[0] = high_bits8(non_word_bytes8(x)) | past_end;
    put_case_maps(0, x, 0);
  }
  std::memset(stops + k / 8 + 1, 0xFF, 8);
  if constexpr (kCaseMaps) {
    std::memset(capitals + k / 8 + 1, 0, 8);
    std::memset(digits + k / 8 + 1, 0, 8);
  }
}

// copy_ascii_lower_with_stops; with kCaseMaps copy_ascii_lower_with_maps.
template <bool kCaseMaps>
void copy_lower(char* dst, const char* src, size_t n, unsigned char* stops, unsigned char* capitals,
                unsigned char* digits) {
  size_t k = 0;
#if defined(__SSE2__)
  // A range test by one add and one signed compare: the add takes the range's first byte to -128, so the range is what lands
  // below -128 + its size (a byte >= 0x80 lands in none of them, as the
  // one-byte rule says). Two instructions a test where two compares and an AND were three.
  const __m128i from_a = _mm_set1_epi8(char(0x80 - 'a')), from_A = _mm_set1_epi8(char(0x80 - 'A'));
  const __m128i from_0 = _mm_set1_epi8(char(0x80 - '0'));
  const __m128i below_letters = _mm_set1_epi8(char(-128 + 26)), below_digits = _mm_set1_epi8(char(-128 + 10));
  const __m128i case_bit = _mm_set1_epi8(0x20);
  for (; k + 16 <= n; k += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + k));
    const __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(x, from_A), below_letters);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + k), _mm_or_si128(x, _mm_and_si128(upper, case_bit)));
    // With the case bit set, every letter is in a..z (and nothing else is).
    const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(x, case_bit), from_a), below_letters);
    const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(x, from_0), below_digits);
    const uint16_t stop = uint16_t(~_mm_movemask_epi8(_mm_or_si128(letter, digit)));
    std::memcpy(stops + k / 8, &stop, 2);  // little-endian: bytes k..k+7 in the first
    if constexpr (kCaseMaps) {
      const uint16_t capital_bits = uint16_t(_mm_movemask_epi8(upper));
      const uint16_t digit_bits = uint16_t(_mm_movemask_epi8(digit));
      std::memcpy(capitals + k / 8, &capital_bits, 2);
      std::memcpy(digits + k / 8, &digit_bits, 2);
    }
  }
#endif
  // (No offset is added to the case maps' null pointers when they are not written.)
  copy_lower_portable<kCaseMaps>(dst + k, src + k, n - k, stops + k / 8, kCaseMaps ? capitals + k / 8 : nullptr,
                                 kCaseMaps ? digits + k / 8 : nullptr);
}

}  // namespace

void copy_ascii_lower_with_stops_portable(char* dst, const char* src, size_t n, unsigned char* stops) {
  copy_lower_portable<false>(dst, src, n, stops, nullptr, nullptr);
}

void copy_ascii_lower_with_stops(char* dst, const char* src, size_t n, unsigned char* stops) {
  copy_lower<false>(dst, src, n, stops, nullptr, nullptr);
}

void copy_ascii_lower_with_maps_portable(char* dst, const char* src, size_t n, unsigned char* stops,
                                         unsigned char* capitals, unsigned char* digits) {
  copy_lower_portable<true>(dst, src, n, stops, capitals, digits);
}

void copy_ascii_lower_with_maps(char* dst, const char* src, size_t n, unsigned char* stops, unsigned char* capitals,
                                unsigned char* digits) {
  copy_lower<true>(dst, src, n, stops, capitals, digits);
}

}  // namespace claimscope::utf8
