// UTF-8 byte offsets to UTF-16 code units, for handing spans to JavaScript.
//
// The core's OffsetMap decodes every code point, which made it half of the
// segment stage's time in the browser (a lookup per span end, tens of
// thousands per MB). Here the text is already valid UTF-8 (the core repairs
// its input), so a byte range's UTF-16 length is a count: one unit per byte
// that starts a code point, plus one more per 4-byte lead (a surrogate
// pair). Eight bytes are counted at once, and a table holds the count
// before every 64-byte block, so a lookup counts at most 63 bytes.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace claimscope_wasm {

class Utf16Offsets {
 public:
  explicit Utf16Offsets(std::string_view text) : text_(text) {
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

  // Offsets inside a code point round down to its start, as OffsetMap's do;
  // offsets past the end keep their distance from it.
  uint32_t operator()(uint32_t byte) const {
    if (byte >= text_.size()) return total_ + (byte - uint32_t(text_.size()));
    while (byte > 0 && is_continuation(uint8_t(text_[byte]))) --byte;
    const size_t block = byte / kBlock;
    return before_[block] + count(block * kBlock, byte);
  }

 private:
  static constexpr size_t kBlock = 64;
  static constexpr uint64_t kHigh = 0x8080808080808080ull;

  static bool is_continuation(uint8_t b) { return (b & 0xC0) == 0x80; }

  // UTF-16 units of the code points starting in [from, to).
  uint32_t count(size_t from, size_t to) const {
    uint32_t units = 0;
    for (; from + 8 <= to; from += 8) {
      uint64_t w;
      std::memcpy(&w, text_.data() + from, 8);
      if ((w & kHigh) == 0) {  // ASCII: one unit per byte
        units += 8;
        continue;
      }
      // Bit 7 of each byte, after masking: 10xxxxxx (continuation) and 11110xxx (4-byte lead).
      const uint64_t continuation = w & ~(w << 1) & kHigh;
      const uint64_t lead4 = w & (w << 1) & (w << 2) & (w << 3) & kHigh;
      units += 8 - uint32_t(__builtin_popcountll(continuation)) + uint32_t(__builtin_popcountll(lead4));
    }
    for (; from < to; ++from) {
      const uint8_t b = uint8_t(text_[from]);
      units += (is_continuation(b) ? 0 : 1) + (b >= 0xF0 ? 1 : 0);
    }
    return units;
  }

  std::string_view text_;
  std::vector<uint32_t> before_;  // units before each whole block
  uint32_t total_ = 0;
};

}  // namespace claimscope_wasm
