#include "offsets.h"

#include <algorithm>
#include <bit>
#include <cstring>

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

// Units of the code points that start in the eight bytes of w.
uint32_t units_in_word(uint64_t w, bool pairs) {
  uint32_t units = 8 - count_bytes(continuation_bits(w));
  if (pairs) units += count_bytes(four_byte_lead_bits(w));
  return units;
}

// Units of the code points that start in text[from, to): one per byte that
// starts a code point, plus for UTF-16 (`pairs`) one per 4-byte lead.
uint32_t count_units(std::string_view text, size_t from, size_t to, bool pairs) {
  uint32_t units = 0;
  for (; from + 8 <= to; from += 8) {
    const uint64_t w = load_word(text.data() + from);
    units += (w & kHigh) == 0 ? 8 : units_in_word(w, pairs);
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
// Where the text's characters beyond ASCII start, by their lead bytes (0xC0
// and above: the text is valid UTF-8), eight bytes a step; incomplete as
// soon as they are more than one per NonAsciiStarts::kBytesPerEntry bytes.
// For a map asked without the core's list (a single document, compare).
NonAsciiStarts list_leads(std::string_view text) {
  NonAsciiStarts out(text.size());
  const char* s = text.data();
  const size_t n = text.size();
  size_t pos = 0;
  for (; pos + 8 <= n; pos += 8) {
    const uint64_t w = load_word(s + pos);
    for (uint64_t leads = w & (w << 1) & kHigh; leads != 0; leads &= leads - 1) {  // bits 7 and 6 set
      out.add(uint32_t(pos + size_t(std::countr_zero(leads)) / 8));
    }
    if (!out.complete) break;
  }
  for (; pos < n && out.complete; ++pos) {
    if (uint8_t(s[pos]) >= 0xC0) out.add(uint32_t(pos));
  }
  out.finish();
  return out;
}
}  // namespace

OffsetMap::OffsetMap(std::string_view text, Unit unit)
    : OffsetMap(text, unit, unit == Unit::byte ? NonAsciiStarts{} : list_leads(text)) {}

OffsetMap::OffsetMap(std::string_view text, Unit unit, NonAsciiStarts&& listed)
    : text_(text), pairs_(unit == Unit::utf16), plain_(unit == Unit::byte) {
  if (plain_) return;
  if (listed.complete) {
    starts_ = std::move(listed.starts);
    listed.complete = false;  // taken over: the list left behind is empty, not a text all ASCII
    listed.listed = 0;
    plain_ = starts_.empty();
    if (!plain_) sum_surplus();
  } else {
    count_blocks();
  }
}

void OffsetMap::sum_surplus() {
  const size_t count = starts_.size();
  sums_.resize(count + 1);
  uint32_t sum = 0;
  sums_[0] = 0;
  for (size_t k = 0; k < count; ++k) {
    const uint8_t lead = uint8_t(text_[starts_[k]]);
    sum += lead < 0xE0 ? 1 : (lead < 0xF0 || pairs_) ? 2 : 3;  // 2 bytes: 1 unit; 3: 1; 4: 1 code point, 2 UTF-16 units
    sums_[k + 1] = sum;
  }
  total_ = uint32_t(text_.size()) - sum;
  // The spans' counts, by one walk of the list; a sentinel past its end
  // stops every step (no offset asked here is at or past the text's end).
  const size_t spans = (text_.size() >> kSpanShift) + 1;
  before_.resize(spans);
  starts_.resize(count + 1);  // resize, not push_back: no second growth path in the page's module
  starts_[count] = UINT32_MAX;
  const uint32_t* s = starts_.data();
  size_t k = 0;
  for (size_t j = 0; j < spans; ++j) {
    const uint64_t first = uint64_t(j) << kSpanShift;
    while (s[k] < first) ++k;
    before_[j] = uint32_t(k);
  }
}

void OffsetMap::count_blocks() {
  counted_ = true;
  const size_t n = text_.size();
  sums_.resize(n / kBlock + 1);
  uint32_t units = 0;
  for (size_t b = 0; b < sums_.size(); ++b) {
    sums_[b] = units;
    units += count_units(text_, b * kBlock, std::min(n, (b + 1) * kBlock), pairs_);
  }
  total_ = units;
}

uint32_t OffsetMap::counted(uint32_t byte_offset) const {
  while (byte_offset > 0 && is_continuation(uint8_t(text_[byte_offset]))) --byte_offset;  // a character's start
  const uint32_t block = byte_offset / kBlock;
  return sums_[block] + count_units(text_, block * kBlock, byte_offset, pairs_);
}

uint32_t OffsetMap::listed(uint32_t byte_offset) const {
  while (byte_offset > 0 && is_continuation(uint8_t(text_[byte_offset]))) --byte_offset;  // a character's start
  // k: how many of the characters start before the offset: those before its
  // span, then each of its span's before it.
  const uint32_t* s = starts_.data();
  size_t k = before_[byte_offset >> kSpanShift];
  while (s[k] < byte_offset) ++k;
  return byte_offset - sums_[k];
}

NonAsciiStarts::NonAsciiStarts(size_t text_bytes) : starts(text_bytes / kBytesPerEntry + 1), complete(true) {}

}  // namespace claimscope
