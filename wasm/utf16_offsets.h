// UTF-8 byte offsets to UTF-16 code units, for wasm/bindings.cpp's records.
// A header of its own, with no Emscripten in it, so that the native unit
// tests check it against the core's OffsetMap (tests/unit/test_utf16_offsets.cpp).
#pragma once
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "document.h"
#include "offsets.h"

namespace claimscope_wasm {
// Internal to the file that includes it, as when it lived in bindings.cpp:
// with external linkage the module's wasm compressed 187 bytes worse.
namespace {

// Byte offsets to UTF-16 units for offsets asked in any order (the bindings'
// record kinds one after another, compare()'s members), by where the text's
// multi-byte characters start: an offset's units are its bytes less the
// surplus bytes (beyond their units) of the characters before it, kept as a
// running sum per character. News text has about one such character in a
// hundred bytes, and the core lists them as it splits lines (`listed`); when
// its list is incomplete (text mostly in another script) the map lists them
// itself. Each record kind asks in text order, so a lookup steps on a few
// characters from the last one's place and searches the list only after a
// long or backward jump. Offsets inside a character round down to its start;
// offsets past the end keep their distance from it (as OffsetMap's do). The
// text must be valid UTF-8 (the core's text, or the facade's encodeInto).
class Utf16Offsets {
 public:
  // Takes the core's list (moved in: the map may outlive the result).
  Utf16Offsets(std::string_view text, claimscope::NonAsciiStarts&& listed) : text_(text), starts_(std::move(listed.starts)) {
    if (!listed.complete) {
      starts_.clear();
      for (size_t i = 0; i < text.size(); ++i) {
        if (uint8_t(text[i]) >= 0xC0) starts_.push_back(uint32_t(i));  // a lead byte (valid UTF-8)
      }
    }
    surplus_.resize(starts_.size() + 1);
    uint32_t sum = 0;
    for (size_t k = 0; k < starts_.size(); ++k) {
      sum += uint8_t(text[starts_[k]]) < 0xE0 ? 1 : 2;  // 2 bytes: one unit; 3: one; 4: a surrogate pair
      surplus_[k + 1] = sum;
    }
  }

  [[gnu::noinline]] uint32_t operator()(uint32_t byte) {
    if (byte >= text_.size()) return byte - surplus_.back();
    while (byte > 0 && (uint8_t(text_[byte]) & 0xC0) == 0x80) --byte;  // inside a character: its start
    const size_t count = starts_.size();
    size_t k = next_;
    int steps = 0;
    while (k < count && starts_[k] < byte && steps++ < kSteps) ++k;
    if (steps > kSteps || (k > 0 && starts_[k - 1] >= byte)) {
      k = size_t(std::lower_bound(starts_.begin(), starts_.end(), byte) - starts_.begin());
    }
    next_ = k;  // the characters starting before `byte`
    return byte - surplus_[k];
  }

  void span(std::vector<uint32_t>& out, const claimscope::Span& s) {
    out.push_back((*this)(s.start));
    out.push_back((*this)(s.end));
  }

 private:
  static constexpr int kSteps = 8;
  std::string_view text_;
  std::vector<uint32_t> starts_;   // where the multi-byte characters start
  std::vector<uint32_t> surplus_;  // [k]: surplus bytes of the first k of them
  size_t next_ = 0;
};

}  // namespace
}  // namespace claimscope_wasm
