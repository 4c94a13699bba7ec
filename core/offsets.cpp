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

// Where a cursor looks up `byte_offset`: the start of the character it falls
// in, or the text's end for an offset past it, with the distance beyond the
// end kept (as OffsetMap keeps it).
struct CharStart {
  size_t target;
  uint32_t beyond;
};
CharStart char_start(std::string_view text, uint32_t byte_offset) {
  const size_t n = text.size();
  if (byte_offset > n) return {n, uint32_t(byte_offset - n)};
  size_t target = byte_offset;
  while (target > 0 && target < n && is_continuation(uint8_t(text[target]))) --target;
  return {target, 0};
}

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

void OffsetCursor::load_window(size_t start, uint32_t units_before) {
  const bool pairs = unit_ == Unit::utf16;
  const size_t n = text_.size();
  loaded_ = true;
  window_ = start;
  window_end_ = start + 8 * kWindowWords < n ? start + 8 * kWindowWords : n;
  before_.resize((window_end_ - start + 7) / 8);
  const size_t whole = (window_end_ - start) / 8;  // words that lie entirely in the text
  uint32_t units = units_before;
  const char* p = text_.data() + start;
  for (size_t k = 0; k < whole; ++k, p += 8) {
    before_[k] = units;
    units += units_in_word(load_word(p), pairs);
  }
  if (whole < before_.size()) {  // the text's last, partial word
    before_[whole] = units;
    units += count_units(text_, start + 8 * whole, n, pairs);
  }
  after_ = units;
}

uint32_t OffsetCursor::operator()(uint32_t byte_offset) {
  if (unit_ == Unit::byte) return byte_offset;
  const size_t n = text_.size();
  const auto [target, beyond] = char_start(text_, byte_offset);
  if (!loaded_ || target < window_) load_window(0, 0);
  while (target >= window_end_ && window_end_ < n) load_window(window_end_, after_);
  if (target >= window_end_) return after_ + beyond;  // the text's end
  const size_t word = (target - window_) / 8;
  const size_t base = window_ + 8 * word;
  const size_t r = target - base;  // bytes of the word before the target: 0-7
  if (base + 8 > n) return before_[word] + count_units(text_, base, target, unit_ == Unit::utf16) + beyond;
  const uint64_t w = load_word(text_.data() + base);
  const uint64_t mask = (uint64_t(1) << (8 * r)) - 1;  // the first r bytes' bits
  uint32_t units = uint32_t(r) - uint32_t(__builtin_popcountll(continuation_bits(w) & mask));
  if (unit_ == Unit::utf16) units += uint32_t(__builtin_popcountll(four_byte_lead_bits(w) & mask));
  return before_[word] + units + beyond;
}

NonAsciiStarts::NonAsciiStarts(size_t text_bytes) : complete(true) { starts.reserve(text_bytes / kBytesPerEntry + 1); }

uint32_t ListedOffsetCursor::operator()(uint32_t byte_offset) {
  if (unit_ == Unit::byte) return byte_offset;
  const auto [target, beyond] = char_start(text_, byte_offset);
  if (next_ > 0 && starts_[next_ - 1] >= target) {  // a step back: from the start again
    next_ = 0;
    surplus_ = 0;
  }
  // A character of 2 bytes is one unit, of 3 one, of 4 one code point or
  // two UTF-16 units (a surrogate pair).
  const uint32_t four_byte_surplus = unit_ == Unit::utf16 ? 2 : 3;
  for (; next_ < starts_.size() && starts_[next_] < target; ++next_) {
    const uint8_t lead = uint8_t(text_[starts_[next_]]);
    surplus_ += lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : four_byte_surplus;
  }
  return uint32_t(target) - surplus_ + beyond;
}

}  // namespace claimscope
