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
/// more per 4-byte lead (a surrogate pair). Offsets inside a code point round
/// down to its start; offsets past the end keep their distance from it.
///
/// News text has about one character beyond ASCII in a hundred bytes or
/// more (curly quotes, dashes, accented names), and many articles none. So
/// the map lists where those characters start, with the surplus bytes
/// (beyond their units) of all up to each: an offset's units are its bytes
/// less the surplus before it. A document's records ask in text order
/// within each array, so a lookup steps from the last one's place over the
/// few characters between, and searches the list only after a long or
/// backward jump; a text with no such character answers with the offset
/// itself. Listing found by 32-byte steps costs a fraction of counting every
/// word. A text dense with them (another script: more than one per
/// kBytesPerStart bytes) is counted instead: the units before every
/// eight-byte word (16 bits relative to its kStretch-byte stretch, plus 32
/// bits per stretch: a quarter of the text's size), so a lookup is two loads
/// and the masked count of one word.
///
/// A lookup moves the map's place in its list: one map serves one thread.
class OffsetMap {
 public:
  OffsetMap(std::string_view text, Unit unit);
  uint32_t operator()(uint32_t byte_offset) const;

 private:
  static constexpr size_t kStretch = 512;  // bytes per 32-bit count: 64 words, so a word's count fits 16 bits
  static constexpr size_t kBytesPerStart = 16;
  struct Start {
    uint32_t byte;     // where a character beyond ASCII starts
    uint32_t surplus;  // surplus bytes of it and of every such character before it
  };

  bool list_starts();
  void count_words();
  uint32_t listed(uint32_t byte_offset) const;
  uint32_t counted(uint32_t byte_offset) const;

  std::string_view text_;
  Unit unit_;
  bool listed_ = true;
  std::vector<Start> starts_;      // a sentinel {0, 0} first, when there is any
  mutable size_t next_ = 0;        // the characters before the last offset asked (an index of starts_)
  std::vector<uint32_t> stretch_;  // counted: units before each kStretch-byte stretch
  std::vector<uint16_t> word_;     // counted: units before each word, from its stretch's start
  uint64_t last_word_ = 0;         // counted: the text's last, partial word, zero-padded
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
