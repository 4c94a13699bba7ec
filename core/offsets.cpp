#include "offsets.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimscope {

const char* unit_name(Unit unit) {
  switch (unit) {
    case Unit::byte: return "utf8-byte";
    case Unit::code_point: return "code-point";
    case Unit::utf16: return "utf16-code-unit";
  }
  return "utf8-byte";
}

namespace {
static_assert(std::endian::native == std::endian::little, "a word's first byte is its lowest");
constexpr uint64_t kHigh = 0x8080808080808080ull;  // bit 7 of each of eight bytes
constexpr uint64_t kOnes = 0x0101010101010101ull;
bool is_continuation(uint8_t b) { return (b & 0xC0) == 0x80; }

uint64_t load_word(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
// Per byte, in bit 7: 10xxxxxx (a continuation) and 11110xxx (a 4-byte lead).
uint64_t continuation_bits(uint64_t w) { return w & ~(w << 1) & kHigh; }
uint64_t four_byte_lead_bits(uint64_t w) { return w & (w << 1) & (w << 2) & (w << 3) & kHigh; }
// How many bytes of `bits` (only bit 7 of each byte set) are set: the sum of
// the eight 0/1 bytes lands in the top byte. No popcount instruction is
// assumed (the build targets plain x86-64 and wasm) and no branch is taken.
uint32_t count_bytes(uint64_t bits) { return uint32_t(((bits >> 7) * kOnes) >> 56); }

// Units of the code points that start in the bytes of w that `keep` keeps
// (bit 7 of each kept byte set).
uint32_t units_in_word(uint64_t w, uint64_t keep, bool pairs) {
  uint32_t units = count_bytes(keep) - count_bytes(continuation_bits(w) & keep);
  if (pairs) units += count_bytes(four_byte_lead_bits(w) & keep);
  return units;
}

// Units of the code points that start in text[from, to): one per byte that
// starts a code point, plus for UTF-16 (`pairs`) one per 4-byte lead.
uint32_t count_units(std::string_view text, size_t from, size_t to, bool pairs) {
  uint32_t units = 0;
  for (; from + 8 <= to; from += 8) {
    const uint64_t w = load_word(text.data() + from);
    units += (w & kHigh) == 0 ? 8 : units_in_word(w, kHigh, pairs);
  }
  for (; from < to; ++from) {
    const uint8_t b = uint8_t(text[from]);
    units += (is_continuation(b) ? 0 : 1) + (pairs && b >= 0xF0 ? 1 : 0);
  }
  return units;
}
}  // namespace

uint32_t utf16_length(std::string_view text) { return count_units(text, 0, text.size(), true); }

namespace {
// OffsetMap's counts of the text's whole words (all but the last, partial
// one): the units before each word from its stretch's start, and before each
// stretch. Returns the units of those words.
template <bool kPairs>
uint32_t count_word_units(std::string_view text, size_t whole_words, size_t words_per_stretch, uint16_t* word,
                     uint32_t* stretch) {
  uint32_t base = 0;
  for (size_t i = 0; i < whole_words; ++stretch) {
    *stretch = base;
    const size_t stretch_end = std::min(whole_words, i + words_per_stretch);
    uint32_t within = 0;
    for (; i < stretch_end; ++i) {
      word[i] = uint16_t(within);
      const uint64_t w = load_word(text.data() + i * 8);
      within += 8 - count_bytes(continuation_bits(w));
      if constexpr (kPairs) within += count_bytes(four_byte_lead_bits(w));
    }
    base += within;
  }
  return base;
}
}  // namespace

OffsetMap::OffsetMap(std::string_view text, Unit unit) : text_(text), unit_(unit) {
  if (unit == Unit::byte) return;
  if (list_starts()) return;
  listed_ = false;
  std::vector<Start>().swap(starts_);
  count_words();
}

// The characters beyond ASCII, by their lead bytes (0xC0 and above: the
// text is valid UTF-8). False as soon as they are more than one per
// kBytesPerStart bytes.
bool OffsetMap::list_starts() {
  const char* s = text_.data();
  const size_t n = text_.size();
  const size_t most = n / kBytesPerStart + 1;
  const bool pairs = unit_ == Unit::utf16;
  uint32_t surplus = 0;
  auto add = [&](size_t pos) {
    if (starts_.empty()) {
      starts_.reserve(std::min(most, n / 128 + 8) + 1);  // about one in a hundred bytes or fewer; more grow
      starts_.push_back({0, 0});
    }
    const uint8_t lead = uint8_t(s[pos]);
    surplus += lead < 0xE0 ? 1 : (lead < 0xF0 || pairs) ? 2 : 3;  // 2 bytes: 1 unit; 3: 1; 4: 1 code point, 2 UTF-16 units
    starts_.push_back({uint32_t(pos), surplus});
    return starts_.size() <= most;
  };
  size_t pos = 0;
#if defined(__SSE2__)
  const __m128i below_lead = _mm_set1_epi8(char(0xBF));  // signed: -65; a lead byte (-64..-1) is greater
  for (; pos + 32 <= n; pos += 32) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos + 16));
    if ((_mm_movemask_epi8(a) | _mm_movemask_epi8(b)) == 0) continue;  // ASCII: most steps
    // Bit 7 of a byte of 0x80 and above, kept where the byte is above 0xBF.
    uint32_t leads = uint32_t(_mm_movemask_epi8(_mm_and_si128(a, _mm_cmpgt_epi8(a, below_lead)))) |
                     uint32_t(_mm_movemask_epi8(_mm_and_si128(b, _mm_cmpgt_epi8(b, below_lead)))) << 16;
    for (; leads != 0; leads &= leads - 1) {
      if (!add(pos + size_t(std::countr_zero(leads)))) return false;
    }
  }
#endif
  for (; pos + 8 <= n; pos += 8) {
    const uint64_t w = load_word(s + pos);
    for (uint64_t leads = w & (w << 1) & kHigh; leads != 0; leads &= leads - 1) {  // bits 7 and 6 set
      if (!add(pos + size_t(std::countr_zero(leads)) / 8)) return false;
    }
  }
  for (; pos < n; ++pos) {
    if (uint8_t(s[pos]) >= 0xC0 && !add(pos)) return false;
  }
  total_ = uint32_t(n) - surplus;
  return true;
}

void OffsetMap::count_words() {
  const std::string_view text = text_;
  const bool pairs = unit_ == Unit::utf16;
  const size_t whole = text.size() / 8;  // and the last word, partial (or empty)
  constexpr size_t kWordsPerStretch = kStretch / 8;
  word_.resize(whole + 1);
  stretch_.resize(whole / kWordsPerStretch + 1);
  const uint32_t before_last = pairs ? count_word_units<true>(text, whole, kWordsPerStretch, word_.data(), stretch_.data())
                                     : count_word_units<false>(text, whole, kWordsPerStretch, word_.data(), stretch_.data());
  // The last word's place: a stretch's first word, or the next of its stretch.
  const uint32_t last_stretch_start = whole % kWordsPerStretch == 0 ? before_last : stretch_[whole / kWordsPerStretch];
  stretch_[whole / kWordsPerStretch] = last_stretch_start;
  word_[whole] = uint16_t(before_last - last_stretch_start);
  const size_t tail = text.size() % 8;
  if (tail != 0) std::memcpy(&last_word_, text.data() + whole * 8, tail);
  const uint64_t keep = tail == 0 ? 0 : kHigh >> (64 - 8 * tail);
  total_ = before_last + units_in_word(last_word_, keep, pairs);
}

uint32_t OffsetMap::operator()(uint32_t byte_offset) const {
  if (unit_ == Unit::byte) return byte_offset;
  if (byte_offset >= text_.size()) return total_ + (byte_offset - uint32_t(text_.size()));
  return listed_ ? listed(byte_offset) : counted(byte_offset);
}

uint32_t OffsetMap::listed(uint32_t byte_offset) const {
  if (starts_.empty()) return byte_offset;  // ASCII only
  while (byte_offset > 0 && is_continuation(uint8_t(text_[byte_offset]))) --byte_offset;
  // k: how many of the characters start before the offset (starts_[1..k]).
  const Start* s = starts_.data();
  const size_t count = starts_.size() - 1;
  constexpr int kSteps = 8;
  size_t k = next_;
  int steps = 0;
  while (k > 0 && s[k].byte >= byte_offset && ++steps <= kSteps) --k;
  while (k < count && s[k + 1].byte < byte_offset && ++steps <= kSteps) ++k;
  if (steps > kSteps) {
    k = size_t(std::lower_bound(s + 1, s + 1 + count, byte_offset,
                                [](const Start& a, uint32_t b) { return a.byte < b; }) -
               (s + 1));
  }
  next_ = k;
  return byte_offset - s[k].surplus;
}

uint32_t OffsetMap::counted(uint32_t byte_offset) const {
  while (byte_offset > 0 && is_continuation(uint8_t(text_[byte_offset]))) --byte_offset;
  const size_t word = byte_offset / 8;
  const uint64_t w = word + 1 < word_.size() ? load_word(text_.data() + word * 8) : last_word_;
  // The bytes of the word before the offset: bit 7 of the first (offset % 8).
  const uint64_t keep = kHigh & ((uint64_t(1) << (8 * (byte_offset % 8))) - 1);
  return stretch_[word / (kStretch / 8)] + word_[word] + units_in_word(w, keep, unit_ == Unit::utf16);
}

NonAsciiStarts::NonAsciiStarts(size_t text_bytes) : complete(true) { starts.reserve(text_bytes / kBytesPerEntry + 1); }

}  // namespace claimscope
