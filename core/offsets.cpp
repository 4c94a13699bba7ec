#include "offsets.h"

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
constexpr uint64_t kHigh = 0x8080808080808080ull;  // bit 7 of each of eight bytes
bool is_continuation(uint8_t b) { return (b & 0xC0) == 0x80; }

uint64_t load_word(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
// Per byte, in bit 7: 10xxxxxx (a continuation) and 11110xxx (a 4-byte lead).
uint64_t continuation_bits(uint64_t w) { return w & ~(w << 1) & kHigh; }
uint64_t four_byte_lead_bits(uint64_t w) { return w & (w << 1) & (w << 2) & (w << 3) & kHigh; }

// Units of the code points that start in the eight bytes of w.
uint32_t units_in_word(uint64_t w, bool pairs) {
  if ((w & kHigh) == 0) return 8;  // ASCII: one unit per byte
  uint32_t units = 8 - uint32_t(__builtin_popcountll(continuation_bits(w)));
  if (pairs) units += uint32_t(__builtin_popcountll(four_byte_lead_bits(w)));
  return units;
}

// Units of the code points that start in text[from, to): one per byte that
// starts a code point, plus for UTF-16 (`pairs`) one per 4-byte lead.
uint32_t count_units(std::string_view text, size_t from, size_t to, bool pairs) {
  uint32_t units = 0;
  for (; from + 8 <= to; from += 8) units += units_in_word(load_word(text.data() + from), pairs);
  for (; from < to; ++from) {
    const uint8_t b = uint8_t(text[from]);
    units += (is_continuation(b) ? 0 : 1) + (pairs && b >= 0xF0 ? 1 : 0);
  }
  return units;
}
}  // namespace

uint32_t utf16_length(std::string_view text) { return count_units(text, 0, text.size(), true); }

OffsetMap::OffsetMap(std::string_view text, Unit unit) : text_(text), unit_(unit) {
  if (unit == Unit::byte) return;
  before_.reserve(text.size() / kBlock + 1);
  uint32_t units = 0;
  size_t pos = 0;
  for (; pos + kBlock <= text.size(); pos += kBlock) {
    before_.push_back(units);
    units += count(pos, pos + kBlock);
  }
  before_.push_back(units);
  total_ = units + count(pos, text.size());
}

uint32_t OffsetMap::operator()(uint32_t byte_offset) const {
  if (unit_ == Unit::byte) return byte_offset;
  if (byte_offset >= text_.size()) return total_ + (byte_offset - uint32_t(text_.size()));
  while (byte_offset > 0 && is_continuation(uint8_t(text_[byte_offset]))) --byte_offset;
  const size_t block = byte_offset / kBlock;
  return before_[block] + count(block * kBlock, byte_offset);
}

uint32_t OffsetMap::count(size_t from, size_t to) const {
  return count_units(text_, from, to, unit_ == Unit::utf16);
}

NonAsciiStarts::NonAsciiStarts(size_t text_bytes) : complete(true) { starts.reserve(text_bytes / kBytesPerEntry + 1); }

}  // namespace claimscope
