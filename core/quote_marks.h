// Classifies quotation-mark characters using the table in rules/quote_marks.h.
#pragma once

#include <array>
#include <cstdint>

#include "rules/quote_marks.h"

namespace claimscope {

enum class MarkRole : unsigned char { none, opens, closes, both };

struct MarkInfo {
  bool is_mark = false;
  bool is_double = false;
  MarkRole role = MarkRole::none;  // what the character does in its pair
};

namespace detail {

// What the table says about `cp` (a scan over the few pairs).
constexpr MarkInfo scan_mark_table(char32_t cp) {
  MarkInfo info;
  for (const auto& r : rules::kQuoteMarks) {
    bool o = r.open == cp, c = r.close == cp;
    if (!o && !c) continue;
    info.is_mark = true;
    info.is_double = r.kind == rules::MarkKind::double_mark;
    MarkRole role = (o && c) ? MarkRole::both : o ? MarkRole::opens : MarkRole::closes;
    // “ opens English quotes but closes German „ ones: it counts as both.
    if (info.role != MarkRole::none && info.role != role) role = MarkRole::both;
    info.role = role;
  }
  return info;
}

// classify_mark runs on every code point of every paragraph: ASCII answers
// come from a table, and non-ASCII below the lowest table mark is no mark.
constexpr std::array<MarkInfo, 128> make_ascii_marks() {
  std::array<MarkInfo, 128> t{};
  for (char32_t c = 0; c < 128; ++c) t[c] = scan_mark_table(c);
  return t;
}
inline constexpr std::array<MarkInfo, 128> kAsciiMarks = make_ascii_marks();

constexpr char32_t lowest_non_ascii_mark() {
  char32_t low = 0x110000;
  for (const auto& r : rules::kQuoteMarks) {
    if (r.open >= 0x80 && r.open < low) low = r.open;
    if (r.close >= 0x80 && r.close < low) low = r.close;
  }
  return low;
}
inline constexpr char32_t kLowestNonAsciiMark = lowest_non_ascii_mark();

// One bit per code point of [base, base + 64) that is a quotation mark, paired or not:
// is_quote_mark runs on every non-ASCII code point of a paragraph's features.
// A quotation mark by the tables alone, paired or not (the slow answer the bitmaps hold).
constexpr bool in_quote_mark_tables(char32_t c) {
  if (scan_mark_table(c).is_mark) return true;
  for (char32_t m : rules::kUnpairedQuoteMarks) {
    if (m == c) return true;
  }
  return false;
}
constexpr uint64_t quote_mark_bits(char32_t base) {
  uint64_t bits = 0;
  for (char32_t c = base; c < base + 64; ++c) {
    if (in_quote_mark_tables(c)) bits |= uint64_t{1} << (c - base);
  }
  return bits;
}
inline constexpr char32_t kLatin1Base = 0x80, kPunctuationBase = 0x2000;
inline constexpr uint64_t kLatin1Marks[2] = {quote_mark_bits(kLatin1Base), quote_mark_bits(kLatin1Base + 64)};
inline constexpr uint64_t kPunctuationMarks = quote_mark_bits(kPunctuationBase);

}  // namespace detail

inline MarkInfo classify_mark(char32_t cp) {
  if (cp < 0x80) return detail::kAsciiMarks[cp];
  if (cp < detail::kLowestNonAsciiMark) return {};
  return detail::scan_mark_table(cp);
}

/// A quotation mark of any style ("", “”, ‘’, «», „, 「」), paired or not. The
/// ASCII apostrophe is left out: in running text it is mostly an apostrophe
/// (`don't`); a caller that has it alone between tokens asks for it itself.
inline bool is_quote_mark(char32_t cp) {
  if (cp < 0x80) return cp != U'\'' && detail::kAsciiMarks[cp].is_mark;
  if (cp < 0x100) return (detail::kLatin1Marks[(cp - 0x80) >> 6] >> (cp & 63)) & 1;
  if (cp - detail::kPunctuationBase < 64) return (detail::kPunctuationMarks >> (cp - detail::kPunctuationBase)) & 1;
  if (cp < detail::kLowestNonAsciiMark) return false;
  return detail::in_quote_mark_tables(cp);
}

/// True if `close` is the closing partner of `open` in the table.
bool marks_pair(char32_t open, char32_t close);

}  // namespace claimscope
