#include "offsets.h"

#include "utf8.h"

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
uint32_t units_of(char32_t cp, uint32_t len, Unit unit) {
  switch (unit) {
    case Unit::byte: return len;
    case Unit::code_point: return 1;
    case Unit::utf16: return cp >= 0x10000 ? 2 : 1;
  }
  return len;
}
}  // namespace

OffsetMap::OffsetMap(std::string_view text, Unit unit) : text_(text), unit_(unit) {
  if (unit == Unit::byte) return;
  checkpoints_.reserve(text.size() / kStride + 2);
  checkpoint_bytes_.reserve(text.size() / kStride + 2);
  uint32_t units = 0;
  size_t pos = 0;
  size_t next_checkpoint = 0;
  while (pos < text.size()) {
    if (pos >= next_checkpoint) {
      checkpoints_.push_back(units);
      checkpoint_bytes_.push_back(uint32_t(pos));
      next_checkpoint = (pos / kStride + 1) * kStride;
    }
    auto d = utf8::decode(text, pos);
    units += units_of(d.cp, d.len, unit);
    pos += d.len;
  }
  checkpoints_.push_back(units);
  checkpoint_bytes_.push_back(uint32_t(pos));
}

uint32_t OffsetMap::operator()(uint32_t byte_offset) const {
  if (unit_ == Unit::byte) return byte_offset;
  if (byte_offset >= text_.size()) {
    return checkpoints_.back() + (byte_offset - uint32_t(text_.size()));
  }
  // Checkpoint i sits at the first code point start at or after i * kStride.
  size_t i = byte_offset / kStride;
  while (i > 0 && checkpoint_bytes_[i] > byte_offset) --i;
  uint32_t units = checkpoints_[i];
  size_t pos = checkpoint_bytes_[i];
  while (pos < byte_offset) {
    auto d = utf8::decode(text_, pos);
    if (pos + d.len > byte_offset) break;  // inside a code point: round down
    units += units_of(d.cp, d.len, unit_);
    pos += d.len;
  }
  return units;
}

}  // namespace claimscope
