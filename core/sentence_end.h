// Where a sentence of a paragraph view ends: the first token past `from`
// whose sentence_start differs from `first`. The attribution passes ask this
// once per sentence; a loop of one token a step was ~5 instructions a token
// in each of them, so the entries are compared four (SSE2) or two (64-bit
// words, WebAssembly) at a time. Same answer as the one-a-step loop.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimscope {

namespace detail {
// The paragraph's last sentence (news often has one a paragraph) is answered
// at once; any other's end lies before n - 1, so the steps need no bound of
// their own and the short loop at the end runs only when that end is among the
// last entries. Returns true with `k` the answer when it is found here.
inline bool end_of_last_run(const uint32_t* starts, size_t n, size_t from, uint32_t first, size_t& k) {
  k = std::max(from, n);
  return from >= n || starts[n - 1] == first;
}
}  // namespace detail

/// The least k >= from (k <= n) with starts[k] != first, or max(from, n); two entries a step.
inline size_t end_of_run_portable(const uint32_t* starts, size_t n, size_t from, uint32_t first) {
  size_t k;
  if (detail::end_of_last_run(starts, n, from, first, k)) return k;
  const uint64_t want = uint64_t(first) * 0x100000001ull;
  for (k = from; k + 2 <= n; k += 2) {
    uint64_t got;
    std::memcpy(&got, starts + k, sizeof got);
    if (got != want) return k + size_t(starts[k] == first);
  }
  while (starts[k] == first) ++k;  // stops by n - 1 at the latest
  return k;
}

/// The same, four entries a step where SSE2 is there.
inline size_t end_of_run(const uint32_t* starts, size_t n, size_t from, uint32_t first) {
#if defined(__SSE2__)
  size_t k;
  if (detail::end_of_last_run(starts, n, from, first, k)) return k;
  const __m128i want = _mm_set1_epi32(int32_t(first));
  for (k = from; k + 4 <= n; k += 4) {
    const __m128i got = _mm_loadu_si128(reinterpret_cast<const __m128i*>(starts + k));
    const unsigned same = unsigned(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(got, want))));
    if (same != 0xFu) return k + size_t(__builtin_ctz(~same));
  }
  while (starts[k] == first) ++k;  // stops by n - 1 at the latest
  return k;
#else
  return end_of_run_portable(starts, n, from, first);
#endif
}

}  // namespace claimscope
