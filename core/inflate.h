// A bounded raw DEFLATE decoder (RFC 1951: stored, fixed and dynamic Huffman
// blocks), for share links that arrive from strangers.
//
//   auto r = claimscope::inflate::inflate_raw(bytes, 8 << 20);
//   if (r.status == claimscope::inflate::Status::ok) use(r.bytes);
//
// Every malformed stream is refused with a status instead of reading out of
// bounds; output stops as soon as it would exceed `max_output`, so a zip bomb
// costs at most that much memory; time is linear in input plus output.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimscope::inflate {

enum class Status : uint8_t {
  ok,
  truncated,   // the input ended before the final block did
  malformed,   // an invalid block type, code, length or distance
  too_large,   // the output would exceed max_output
  trailing,    // bytes, or padding bits that are not zero, follow the final block
};

struct Result {
  std::vector<uint8_t> bytes;  // never longer than max_output
  Status status = Status::ok;
};

/// Decodes a raw DEFLATE stream (no zlib or gzip wrapper) that must end
/// exactly with its final block (the last byte's padding bits must be zero).
Result inflate_raw(std::string_view input, size_t max_output);

/// A short English name of a status, for messages and tests.
const char* status_name(Status status);

}  // namespace claimscope::inflate
