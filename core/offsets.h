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

}  // namespace claimscope
