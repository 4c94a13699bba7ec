#include "lowered_text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimscope {

namespace {

// 64 bits of a map.
inline uint64_t load64(const unsigned char* map, size_t at) {
  uint64_t w;
  std::memcpy(&w, map + at, 8);  // little-endian: bit k % 8 of byte k / 8 is bit k of the load
  return w;
}

}  // namespace

char* LoweredText::allocate(size_t size) {
  size_ = size;
  // kMapSlack more bytes: ascii_counts reads sixteen bytes a step.
  const size_t need = kPad + size_ + 3 * utf8::word_stops_size(size_) + kMapSlack;
  if (need > room_) {  // else the block of an earlier text (annotate() keeps one from document to document)
    bytes_.reset();
    bytes_.reset(new char[need]);
    room_ = need;
  }
  std::memcpy(bytes_.get(), "    ", kPad);
  std::memset(bytes_.get() + kPad + size_ + 3 * utf8::word_stops_size(size_), 0, kMapSlack);
  return bytes_.get() + kPad;
}

void LoweredText::build(std::string_view text) {
  char* lowered = allocate(text.size());
  const size_t map = utf8::word_stops_size(size_);
  unsigned char* stops = reinterpret_cast<unsigned char*>(lowered + size_);
  utf8::copy_ascii_lower_with_maps(lowered, text.data(), size_, stops, stops + map, stops + 2 * map);
}

bool LoweredText::build_copying(std::string_view input, std::string& text, bool input_is_valid) {
  const size_t n = input.size();
  char* lowered = allocate(n);
  const size_t map = utf8::word_stops_size(n);
  unsigned char* stops = reinterpret_cast<unsigned char*>(lowered + n);
  text.clear();
  text.reserve(n);
  size_t checked = 0;  // input[0, checked) is valid and ends at a character's end
  size_t at = 0;
  do {  // once at least: an empty text has its maps' ends too
    const size_t len = std::min(kCopyBlock, n - at);
    if (!input_is_valid && checked < at + len) {
      checked = utf8::valid_through(input, checked, at + len);
      if (checked == utf8::kInvalid) return false;
    }
    // A block's maps end as a whole pass's would (all stops from its end on,
    // no capitals or digits); the next block writes over that end.
    utf8::copy_ascii_lower_with_maps(lowered + at, input.data() + at, len, stops + at / 8, stops + map + at / 8,
                                     stops + 2 * map + at / 8);
    text.append(input.data() + at, len);
    at += len;
  } while (at < n);
  return true;
}

utf8::AsciiWordCounts LoweredText::ascii_counts(Span span) const {
#if !defined(__SSE2__)
  return ascii_counts_portable(span);
#else
  utf8::AsciiWordCounts counts;
  if (span.start >= span.end) return counts;
  // The maps' bits [span.start, span.end), 128 a step from the map byte that
  // holds the first: the bits below it are masked off the first step, the
  // bits past the span's end off the last (a load reads at most seven bytes
  // past byte end / 8 + 8 of a map: the slack build() leaves after the last).
  size_t at = span.start / 8;
  size_t bits = span.size() + span.start % 8;  // from bit 0 of byte `at`
  const unsigned char* const stop_map = stops();
  const unsigned char* const capital_map = capitals();
  const unsigned char* const digit_map = digits();
  // Each byte's bits counted by adding them in ever wider fields (no
  // popcount instruction in x86-64's baseline), then the bytes summed by one
  // psadbw into the two halves.
  const __m128i ones = _mm_set1_epi8(0x55), twos = _mm_set1_epi8(0x33), nibbles = _mm_set1_epi8(0x0F);
  const __m128i zero = _mm_setzero_si128();
  auto byte_counts = [&](__m128i v) {
    v = _mm_sub_epi8(v, _mm_and_si128(_mm_srli_epi16(v, 1), ones));
    v = _mm_add_epi8(_mm_and_si128(v, twos), _mm_and_si128(_mm_srli_epi16(v, 2), twos));
    return _mm_sad_epu8(_mm_and_si128(_mm_add_epi8(v, _mm_srli_epi16(v, 4)), nibbles), zero);
  };
  auto load = [](const unsigned char* map, size_t byte) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(map + byte));
  };
  __m128i stop_sum = zero, capital_sum = zero, digit_sum = zero;
  __m128i mask = _mm_set_epi64x(-1, static_cast<long long>(~uint64_t(0) << (span.start % 8)));
  for (; bits > 128; bits -= 128, at += 16, mask = _mm_set1_epi8(-1)) {
    stop_sum = _mm_add_epi64(stop_sum, byte_counts(_mm_and_si128(load(stop_map, at), mask)));
    capital_sum = _mm_add_epi64(capital_sum, byte_counts(_mm_and_si128(load(capital_map, at), mask)));
    digit_sum = _mm_add_epi64(digit_sum, byte_counts(_mm_and_si128(load(digit_map, at), mask)));
  }
  // The last step's 1..128 bits.
  const uint64_t low = bits >= 64 ? ~uint64_t(0) : ~uint64_t(0) >> (64 - bits);
  const uint64_t high = bits > 64 ? ~uint64_t(0) >> (128 - bits) : 0;
  mask = _mm_and_si128(mask, _mm_set_epi64x(static_cast<long long>(high), static_cast<long long>(low)));
  stop_sum = _mm_add_epi64(stop_sum, byte_counts(_mm_and_si128(load(stop_map, at), mask)));
  capital_sum = _mm_add_epi64(capital_sum, byte_counts(_mm_and_si128(load(capital_map, at), mask)));
  digit_sum = _mm_add_epi64(digit_sum, byte_counts(_mm_and_si128(load(digit_map, at), mask)));
  auto total = [](__m128i v) {
    return uint32_t(_mm_cvtsi128_si32(v)) + uint32_t(_mm_cvtsi128_si32(_mm_unpackhi_epi64(v, v)));
  };
  counts.word_bytes = span.size() - total(stop_sum);
  counts.upper = total(capital_sum);
  counts.digits = total(digit_sum);
  return counts;
#endif
}

// 64 bits a step (WebAssembly, whose i64.popcnt counts them in one step).
utf8::AsciiWordCounts LoweredText::ascii_counts_portable(Span span) const {
  utf8::AsciiWordCounts counts;
  if (span.start >= span.end) return counts;
  size_t at = span.start / 8;
  size_t bits = span.size() + span.start % 8;  // from bit 0 of byte `at`
  const unsigned char* const stop_map = stops();
  const unsigned char* const capital_map = capitals();
  const unsigned char* const digit_map = digits();
  uint32_t stop_bits = 0, capital_bits = 0, digit_bits = 0;
  uint64_t mask = ~uint64_t(0) << (span.start % 8);
  for (; bits > 64; bits -= 64, at += 8, mask = ~uint64_t(0)) {
    stop_bits += uint32_t(__builtin_popcountll(load64(stop_map, at) & mask));
    capital_bits += uint32_t(__builtin_popcountll(load64(capital_map, at) & mask));
    digit_bits += uint32_t(__builtin_popcountll(load64(digit_map, at) & mask));
  }
  mask &= ~uint64_t(0) >> (64 - bits);  // 1 <= bits <= 64
  stop_bits += uint32_t(__builtin_popcountll(load64(stop_map, at) & mask));
  capital_bits += uint32_t(__builtin_popcountll(load64(capital_map, at) & mask));
  digit_bits += uint32_t(__builtin_popcountll(load64(digit_map, at) & mask));
  counts.word_bytes = span.size() - stop_bits;
  counts.upper = capital_bits;
  counts.digits = digit_bits;
  return counts;
}

}  // namespace claimscope
