// Where the quotation scan looks next: the first byte that may start a
// quotation mark. Most of a paragraph is plain ASCII between its marks, so
// the bytes are tested sixteen at a time (SSE2) or eight (64-bit words,
// WebAssembly) and the answer is the first candidate's position in the block.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimscope {

/// A byte that may start a quotation mark: " or ', or any byte of a
/// non-ASCII character (the mark table's other marks are all non-ASCII).
inline bool may_start_quote_mark(unsigned char b) { return b >= 0x80 || b == '"' || b == '\''; }

/// The first i' in [i, end) whose byte may start a mark, or end; eight bytes a step.
inline size_t next_quote_candidate_portable(std::string_view text, size_t i, size_t end) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_byte = [](uint64_t x, unsigned char c) {
    uint64_t y = x ^ (kOnes * c);
    return ((y - kOnes) & ~y & kHigh) != 0;
  };
  while (i + 8 <= end) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    if ((x & kHigh) || has_byte(x, '"') || has_byte(x, '\'')) break;
    i += 8;
  }
  while (i < end && !may_start_quote_mark(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

/// The same, sixteen bytes a step where SSE2 is there. A block may run past
/// `end` while it stays inside the text (the next paragraph's bytes): a
/// candidate there answers `end`. Only the text's last bytes take the
/// portable loop.
inline size_t next_quote_candidate(std::string_view text, size_t i, size_t end) {
#if defined(__SSE2__)
  const __m128i dq = _mm_set1_epi8('"'), sq = _mm_set1_epi8('\'');
  const size_t last_block = text.size() >= 16 ? text.size() - 15 : 0;  // blocks start before it
  const size_t stop = end < last_block ? end : last_block;
  for (; i < stop; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // The sign bit marks non-ASCII bytes; the two compares the ASCII marks.
    const __m128i hits = _mm_or_si128(x, _mm_or_si128(_mm_cmpeq_epi8(x, dq), _mm_cmpeq_epi8(x, sq)));
    const unsigned mask = unsigned(_mm_movemask_epi8(hits));
    if (mask != 0) {
      const size_t at = i + size_t(__builtin_ctz(mask));
      return at < end ? at : end;
    }
  }
  if (i >= end) return end;
#endif
  return next_quote_candidate_portable(text, i, end);
}

}  // namespace claimscope
