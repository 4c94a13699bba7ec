// Base64url without padding (RFC 4648 section 5), as share links spell it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimscope::base64url {

enum class Status : uint8_t {
  ok,
  bad_character,  // anything but A-Z a-z 0-9 - _
  bad_length,     // a length no encoding has (4k + 1): the text was cut
  not_canonical,  // unused low bits of the last character are not zero
};

struct Decoded {
  std::string bytes;
  Status status = Status::ok;
};

/// Decodes `text`; on any status but ok, `bytes` is empty.
Decoded decode(std::string_view text);

/// Encodes `bytes` without '=' padding.
std::string encode(std::string_view bytes);

}  // namespace claimscope::base64url
