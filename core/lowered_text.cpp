#include "lowered_text.h"

#include <cstring>

#include "utf8.h"

namespace claimscope {

void LoweredText::build(std::string_view text) {
  size_ = text.size();
  bytes_.reset(new char[kPad + size_ + utf8::word_stops_size(size_) + kTailSlack]);
  std::memcpy(bytes_.get(), "    ", kPad);
  char* lowered = bytes_.get() + kPad;
  utf8::copy_ascii_lower_with_stops(lowered, text.data(), size_, reinterpret_cast<unsigned char*>(lowered + size_));
  std::memset(lowered + size_ + utf8::word_stops_size(size_), 0, kTailSlack);
}

}  // namespace claimscope
