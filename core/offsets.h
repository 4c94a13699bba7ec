// Converting UTF-8 byte offsets to the unit a caller reports in.
//
// The CLI reports Unicode code points (W3C Web Annotation convention); the JS
// API reports UTF-16 code units (JS string indices). This is the one place
// that conversion is done, for both.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "no_fill_vector.h"

namespace claimscope {

enum class Unit : uint8_t { byte, code_point, utf16 };
const char* unit_name(Unit unit);

/// Length in UTF-16 code units (JS string length) of valid UTF-8 (the core's
/// repaired text and the strings cut from it).
uint32_t utf16_length(std::string_view text);

/// Where a text's non-ASCII characters start (byte offsets, ascending), as
/// split_paragraphs lists them while it reads the text, when they are few:
/// news text has about one in a hundred characters (curly quotes, dashes).
/// Listing stops past one character per kBytesPerEntry bytes (complete turns
/// false): a text mostly in another script is cheaper to count. The room for
/// the list is made once, so that adding to it is a store and never a call
/// (split_lines' SSE2 scan keeps its vectors in registers), and is not
/// filled (NoFillVector: every entry read is written first); finish() cuts
/// it to the entries listed. OffsetMap maps offsets by it.
struct NonAsciiStarts {
  NonAsciiStarts() = default;                   // nothing listed: complete is false
  explicit NonAsciiStarts(size_t text_bytes);  // to be filled: room for one entry per kBytesPerEntry bytes
  void add(uint32_t byte_offset) {
    if (listed < starts.size()) starts[listed++] = byte_offset;
    else complete = false;
  }
  void finish() { starts.resize(complete ? listed : 0); }  // after the last add()
  static constexpr size_t kBytesPerEntry = 16;
  NoFillVector<uint32_t> starts;
  size_t listed = 0;  // while adding: the entries of `starts` in use
  bool complete = false;
};

/// Maps byte offsets of one text to `unit`: the CLI's code points and the
/// WebAssembly module's UTF-16 units alike. The text must be valid UTF-8
/// (the core's repaired text), so a range's length in either unit is a
/// count of bytes: one per byte that starts a code point, and for UTF-16 one
/// more per 4-byte lead (a surrogate pair). Offsets inside a code point
/// round down to its start; offsets past the end keep their distance from it.
///
/// News text has about one character beyond ASCII in a hundred bytes or
/// more (curly quotes, dashes, accented names), and many articles none. So
/// the map goes by the list of where those characters start (annotate()
/// makes it while it splits lines: Options::list_non_ascii), with the
/// surplus bytes (beyond their units) of all up to each: an offset's units
/// are its bytes less the surplus before it. How many of the characters
/// start before an offset is found from a table of that count at each
/// 64-byte span of the text (built from the list, not the text: a step per
/// span and per character), then a step over each character of the
/// offset's own span that starts before it: a few steps at most, whatever
/// the order of the offsets asked, and no state kept between lookups. A text
/// with no such character answers with the offset itself. A text dense with
/// them (another script: the list is incomplete) is counted instead: the
/// units before each kBlock-byte block (an eighth of the text's size), and a
/// lookup counts those of its block's bytes before it.
class OffsetMap {
 public:
  /// Lists the text's characters beyond ASCII itself: a pass over the text.
  OffsetMap(std::string_view text, Unit unit);
  /// By the core's list of `text`, taken over when it is complete; when it
  /// is not (a text mostly in another script, or no list), counted.
  OffsetMap(std::string_view text, Unit unit, NonAsciiStarts&& listed);
  uint32_t operator()(uint32_t byte_offset) const {
    if (plain_) return byte_offset;  // bytes, or a text all ASCII
    if (byte_offset >= text_.size()) return total_ + (byte_offset - uint32_t(text_.size()));
    return counted_ ? counted(byte_offset) : listed(byte_offset);
  }

 private:
  static constexpr uint32_t kBlock = 32;  // counted: bytes per sum
  static constexpr uint32_t kSpanShift = 6;  // listed: a span of 64 bytes per entry of before_

  void sum_surplus();
  void count_blocks();
  uint32_t listed(uint32_t byte_offset) const;
  uint32_t counted(uint32_t byte_offset) const;

  std::string_view text_;
  bool pairs_;           // UTF-16: a 4-byte character is two units
  bool plain_ = false;   // an offset is its own unit
  bool counted_ = false;
  NoFillVector<uint32_t> starts_;  // listed: where the characters beyond ASCII start, then a sentinel above all
  std::vector<uint32_t> sums_;     // listed: [k] the surplus bytes of the first k; counted: units before each block
  NoFillVector<uint32_t> before_;  // listed: [j] how many start before span j's first byte
  uint32_t total_ = 0;            // the text's units
};

}  // namespace claimscope
