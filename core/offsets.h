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
/// more per 4-byte lead (a surrogate pair). Bytes are counted eight at a
/// time, and the count before every kBlock-byte block is kept (4 bytes per
/// block), so a lookup counts fewer than kBlock bytes. Offsets inside a code
/// point round down to its start; offsets past the end keep their distance
/// from it.
class OffsetMap {
 public:
  OffsetMap(std::string_view text, Unit unit);
  uint32_t operator()(uint32_t byte_offset) const;

 private:
  static constexpr size_t kBlock = 64;
  uint32_t count(size_t from, size_t to) const;  // units of the code points starting in [from, to)

  std::string_view text_;
  Unit unit_;
  std::vector<uint32_t> before_;  // units before each whole block
  uint32_t total_ = 0;
};

/// The same conversion for offsets asked in ascending order (a document's
/// paragraphs, then its sentences). The text is read once, a window of
/// kWindowWords eight-byte words at a time: the units before each word of
/// the window go into a table, so a lookup is one table read plus one masked
/// word, with no loop whose length varies from call to call. (Counting each
/// step from the previous offset, as this class did, cost a loop exit
/// mispredicted per offset: a paragraph start, a sentence's start and end
/// every ~40 bytes of news text.) The WebAssembly module's segment stage maps
/// every boundary this way. An offset below the window starts the count
/// again from the beginning (correct, only slower).
class OffsetCursor {
 public:
  OffsetCursor(std::string_view text, Unit unit) : text_(text), unit_(unit) {}
  uint32_t operator()(uint32_t byte_offset);

 private:
  static constexpr size_t kWindowWords = 2048;  // 16 KB of text per window, an 8 KB table
  void load_window(size_t start, uint32_t units_before);

  std::string_view text_;
  Unit unit_;
  bool loaded_ = false;
  size_t window_ = 0;      // the window's first byte: a multiple of 8
  size_t window_end_ = 0;  // past its last byte (the text's end for the last window)
  uint32_t after_ = 0;     // units before window_end_
  std::vector<uint32_t> before_;  // units before each word of the window
};

/// Where a text's non-ASCII characters start (byte offsets, ascending), as
/// split_paragraphs lists them while it reads the text, when they are few:
/// news text has about one in a hundred characters (curly quotes, dashes).
/// Listing stops past one character per kBytesPerEntry bytes (complete turns
/// false): a text mostly in another script is cheaper to count byte by byte
/// (OffsetCursor), and the room for the list is reserved once.
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

/// OffsetCursor's conversion (ascending offsets, a step back starts again)
/// from a complete NonAsciiStarts of the text: an offset's units are its
/// bytes less the bytes beyond each unit of the non-ASCII characters before
/// it, so a lookup walks the short list from where the last one stopped
/// instead of reading the text (no table of the text's eight-byte words).
class ListedOffsetCursor {
 public:
  ListedOffsetCursor(std::string_view text, Unit unit, const std::vector<uint32_t>& non_ascii_starts)
      : text_(text), unit_(unit), starts_(non_ascii_starts) {}
  uint32_t operator()(uint32_t byte_offset);

 private:
  std::string_view text_;
  Unit unit_;
  const std::vector<uint32_t>& starts_;
  size_t next_ = 0;        // the first listed character not yet passed
  uint32_t surplus_ = 0;   // bytes beyond the units of the characters passed
};

}  // namespace claimscope
