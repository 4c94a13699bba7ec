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

/// Maps byte offsets of one text to `unit`. Lookups cost O(kStride) bytes
/// of scanning after an O(1) checkpoint jump; memory is 4 bytes per kStride
/// bytes of text. Offsets inside a code point round down to its start.
class OffsetMap {
 public:
  OffsetMap(std::string_view text, Unit unit);
  uint32_t operator()(uint32_t byte_offset) const;

 private:
  static constexpr uint32_t kStride = 64;
  std::string_view text_;
  Unit unit_;
  std::vector<uint32_t> checkpoints_;  // unit offset at every kStride-th byte (or the next code point start)
  std::vector<uint32_t> checkpoint_bytes_;
};

}  // namespace claimscope
