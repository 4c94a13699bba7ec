// Converting UTF-8 byte offsets to the unit a caller reports in.
//
// The CLI reports Unicode code points (W3C Web Annotation convention); the JS
// API reports UTF-16 code units (JS string indices). This is the one place
// that conversion is done.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimscope {

enum class Unit : uint8_t { byte, code_point, utf16 };
const char* unit_name(Unit unit);

/// Length in UTF-16 code units (JS string length) of valid UTF-8 (the core's
/// repaired text and the strings cut from it).
uint32_t utf16_length(std::string_view text);

/// Maps byte offsets of one text to `unit`. The text must be valid UTF-8
/// (the core's repaired text), so a range's length in either unit is a
/// count of bytes: one per byte that starts a code point, and for UTF-16 one
/// more per 4-byte lead (a surrogate pair). The map keeps the units before
/// every eight-byte word (16 bits relative to its kStretch-byte stretch, plus
/// 32 bits per stretch: a quarter of the text's size), so a lookup is two
/// loads and the masked count of one word, with no loop: a document's output
/// asks for thousands of offsets, and counting up to a 64-byte block's worth
/// of bytes for each was a fifth of writing it. Offsets inside a code point
/// round down to its start; offsets past the end keep their distance from it.
class OffsetMap {
 public:
  OffsetMap(std::string_view text, Unit unit);
  uint32_t operator()(uint32_t byte_offset) const;

 private:
  static constexpr size_t kStretch = 512;  // bytes per 32-bit count: 64 words, so a word's count fits 16 bits

  std::string_view text_;
  Unit unit_;
  std::vector<uint32_t> stretch_;  // units before each kStretch-byte stretch
  std::vector<uint16_t> word_;   // units before each word, from its stretch's start
  uint64_t last_word_ = 0;       // the text's last, partial word, zero-padded (a lookup reads no byte past the end)
  uint32_t total_ = 0;
};

/// Where a text's non-ASCII characters start (byte offsets, ascending), as
/// split_paragraphs lists them while it reads the text, when they are few:
/// news text has about one in a hundred characters (curly quotes, dashes).
/// Listing stops past one character per kBytesPerEntry bytes (complete turns
/// false): a text mostly in another script is cheaper to count byte by byte,
/// and the room for the list is reserved once. The WebAssembly module maps
/// its UTF-16 offsets by this list (wasm/utf16_offsets.h).
struct NonAsciiStarts {
  NonAsciiStarts() = default;                   // nothing listed: complete is false
  explicit NonAsciiStarts(size_t text_bytes);  // to be filled: room for one entry per kBytesPerEntry bytes
  void add(uint32_t byte_offset) {
    if (starts.size() < starts.capacity()) starts.push_back(byte_offset);
    else complete = false;
  }
  static constexpr size_t kBytesPerEntry = 16;
  std::vector<uint32_t> starts;
  bool complete = false;
};

}  // namespace claimscope
