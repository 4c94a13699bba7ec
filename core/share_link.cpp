// The checks run in the order of web/share-codec.js's old decoder, so each
// damage gets the same kind and message as before.
#include "share_link.h"

#include "base64url.h"
#include "crc32.h"
#include "inflate.h"
#include "utf8.h"

namespace claimscope::share {
namespace {

constexpr uint8_t kMagic0 = 'C', kMagic1 = 'S', kVersion = 1, kFlagDeflate = 1;

constexpr const char* kCutMessage = "This link is incomplete: it was probably cut short when it was copied.";

Decoded fail(ErrorKind kind, std::string message) {
  Decoded d;
  d.error = kind;
  d.message = std::move(message);
  return d;
}

uint32_t u32_at(std::string_view b, size_t at) {
  auto byte = [&](size_t i) { return uint32_t(static_cast<unsigned char>(b[at + i])); };
  return byte(0) | byte(1) << 8 | byte(2) << 16 | byte(3) << 24;
}

bool valid_utf8(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    // decode() reads an invalid sequence as one byte; valid ones are ASCII
    // when one byte long.
    auto d = utf8::decode(s, pos);
    if (d.len == 1 && static_cast<unsigned char>(s[pos]) >= 0x80) return false;
    pos += d.len;
  }
  return true;
}

}  // namespace

Decoded decode_link(std::string_view fragment, size_t max_state_bytes) {
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  if (fragment.substr(0, kPrefix.size()) != kPrefix) {
    return fail(ErrorKind::unsupported, "This is not a Claimscope link, or it comes from a newer version.");
  }
  // No valid link is longer than its largest state stored uncompressed.
  size_t longest = ((kHeaderBytes + max_state_bytes) * 4 + 2) / 3;
  if (fragment.size() - kPrefix.size() > longest) {
    return fail(ErrorKind::too_large, "This link claims to hold more than Claimscope accepts.");
  }
  auto decoded = base64url::decode(fragment.substr(kPrefix.size()));
  switch (decoded.status) {
    case base64url::Status::ok: break;
    case base64url::Status::bad_character:
      return fail(ErrorKind::damaged, "This link is damaged: it contains characters a Claimscope link never has.");
    case base64url::Status::bad_length: return fail(ErrorKind::incomplete, kCutMessage);
    case base64url::Status::not_canonical:
      // Unused low bits of the last character could change without changing
      // the bytes: only the canonical spelling counts as undamaged.
      return fail(ErrorKind::damaged, "This link is damaged: it was altered after it was made.");
  }
  std::string_view bytes = decoded.bytes;
  if (bytes.size() < kHeaderBytes) return fail(ErrorKind::incomplete, kCutMessage);
  if (uint8_t(bytes[0]) != kMagic0 || uint8_t(bytes[1]) != kMagic1) {
    return fail(ErrorKind::damaged, "This link is damaged: it does not start like a Claimscope link.");
  }
  uint8_t version = uint8_t(bytes[2]);
  if (version != kVersion) {
    return fail(ErrorKind::unsupported, "This link was made by a different version of Claimscope (format " +
                                            std::to_string(version) + ").");
  }
  uint8_t flags = uint8_t(bytes[3]);
  if (flags & ~kFlagDeflate) return fail(ErrorKind::damaged, "This link is damaged: unknown flags.");
  uint32_t payload_length = u32_at(bytes, 4);
  uint32_t state_length = u32_at(bytes, 8);
  uint32_t checksum = u32_at(bytes, 12);
  if (state_length > max_state_bytes) {
    return fail(ErrorKind::too_large, "This link claims to hold more than Claimscope accepts.");
  }
  size_t available = bytes.size() - kHeaderBytes;
  if (available < payload_length) {
    return fail(ErrorKind::incomplete, "This link is incomplete: " + std::to_string(available) + " of " +
                                           std::to_string(payload_length) +
                                           " bytes arrived. It was probably cut short when it was copied.");
  }
  if (available > payload_length) {
    return fail(ErrorKind::damaged, "This link is damaged: it carries more data than it declares.");
  }
  std::string_view payload = bytes.substr(kHeaderBytes);

  Decoded d;
  if (flags & kFlagDeflate) {
    // Inflation stops at the declared size: a bomb costs at most that much.
    auto inflated = inflate::inflate_raw(payload, state_length);
    if (inflated.status != inflate::Status::ok) {
      return fail(ErrorKind::damaged, "This link is damaged: its content cannot be unpacked.");
    }
    d.json.assign(inflated.bytes.begin(), inflated.bytes.end());
  } else {
    d.json.assign(payload);
  }
  if (d.json.size() != state_length || crc32(d.json) != checksum) {
    return fail(ErrorKind::damaged, "This link is damaged: its checksum does not match, so nothing from it is shown.");
  }
  if (!valid_utf8(d.json)) return fail(ErrorKind::damaged, "This link is damaged: its content is not readable.");
  return d;
}

const char* error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::none: return "";
    case ErrorKind::incomplete: return "incomplete";
    case ErrorKind::damaged: return "damaged";
    case ErrorKind::unsupported: return "unsupported";
    case ErrorKind::too_large: return "too-large";
  }
  return "";
}

}  // namespace claimscope::share
