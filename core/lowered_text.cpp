#include "lowered_text.h"

#include <cstring>

#include "utf8.h"

namespace claimscope {

void LoweredText::build(std::string_view text) {
  size_ = text.size();
  bytes_.reset(new char[kPad + size_ + utf8::word_stops_size(size_)]);
  std::memcpy(bytes_.get(), "    ", kPad);
  unsigned char* map = reinterpret_cast<unsigned char*>(lower() + size_);
  utf8::copy_ascii_lower_with_stops(lower(), text.data(), size_, map);
}

}  // namespace claimscope
