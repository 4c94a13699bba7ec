// Share links: the page's whole view packed into a URL fragment. The encoder
// lives in web/share-codec.js (CompressionStream); this is the one decoder.
//
// Fragment: "cs1." + base64url (no padding) of
//   magic "CS" | version 1 (1 byte) | flags (1 byte; bit 0: deflate-raw)
//   | payload length (u32) | state length (u32) | CRC-32 of the state (u32)
//   | payload
// with little-endian integers. The state is JSON in UTF-8; the payload is
// that state, raw-DEFLATE compressed when flags & 1.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimscope::share {

/// Largest state a link may carry once decompressed (bytes).
constexpr size_t kMaxStateBytes = 8u * 1024u * 1024u;
constexpr size_t kHeaderBytes = 16;
constexpr std::string_view kPrefix = "cs1.";

enum class ErrorKind : uint8_t {
  none,
  incomplete,   // cut short when it was copied
  damaged,      // altered, or not made by Claimscope
  unsupported,  // not a Claimscope link, or another format version
  too_large,    // declares more than the cap
};

struct Decoded {
  std::string json;  // the state's JSON, valid UTF-8 (empty on error)
  ErrorKind error = ErrorKind::none;
  std::string message;  // a sentence for the reader (empty on success)
  bool ok() const { return error == ErrorKind::none; }
};

/// Decodes a link fragment, with or without its leading '#'. Any cut or
/// altered link gives an error; memory use is bounded by the link's size
/// plus `max_state_bytes`.
Decoded decode_link(std::string_view fragment, size_t max_state_bytes = kMaxStateBytes);

/// "incomplete", "damaged", "unsupported", "too-large" (or "" for none).
const char* error_kind_name(ErrorKind kind);

}  // namespace claimscope::share
