// Fuzz target: the share-link decoder and the inflater under it. The first
// byte picks what the rest is:
//   'c' or '#'  the whole input is a link fragment ("cs1....", as pasted)
//   0x00        the rest is a link's decoded bytes (header + payload); it is
//               base64url-encoded here so the fuzzer reaches the header checks
//   0x01        byte 1 sets an output cap, the rest is a raw DEFLATE stream
//   otherwise   the whole input is a link fragment
// Invariants: no crash; output never above the cap; a decoded link's state
// has the declared length and CRC and is valid UTF-8; an inflated stream
// decodes the same under a cap of exactly its size and is refused one below.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base64url.h"
#include "crc32.h"
#include "inflate.h"
#include "share_link.h"
#include "utf8.h"

using namespace claimscope;

namespace {

constexpr size_t kCap = 1u << 20;  // smaller than the page's 8 MB, to keep runs fast

uint32_t u32_at(std::string_view b, size_t at) {
  auto byte = [&](size_t i) { return uint32_t(static_cast<unsigned char>(b[at + i])); };
  return byte(0) | byte(1) << 8 | byte(2) << 16 | byte(3) << 24;
}

void check_link(std::string_view fragment) {
  auto d = share::decode_link(fragment, kCap);
  if (!d.ok()) {
    if (!d.json.empty() || d.message.empty()) std::abort();
    return;
  }
  if (d.json.size() > kCap) std::abort();
  // Re-read the header the link declared and hold the output to it.
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  auto bytes = base64url::decode(fragment.substr(share::kPrefix.size()));
  if (bytes.status != base64url::Status::ok || bytes.bytes.size() < share::kHeaderBytes) std::abort();
  if (base64url::encode(bytes.bytes) != fragment.substr(share::kPrefix.size())) std::abort();
  if (d.json.size() != u32_at(bytes.bytes, 8) || crc32(d.json) != u32_at(bytes.bytes, 12)) std::abort();
  if (utf8::repair(d.json).replaced != 0) std::abort();
}

void check_inflate(std::string_view stream, size_t cap) {
  auto r = inflate::inflate_raw(stream, cap);
  if (r.bytes.size() > cap) std::abort();
  if (r.status != inflate::Status::ok) return;
  auto exact = inflate::inflate_raw(stream, r.bytes.size());
  if (exact.status != inflate::Status::ok || exact.bytes != r.bytes) std::abort();
  if (!r.bytes.empty()) {
    auto below = inflate::inflate_raw(stream, r.bytes.size() - 1);
    if (below.status != inflate::Status::too_large || below.bytes.size() >= r.bytes.size()) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (data[0] == 0x00) {
    check_link(std::string(share::kPrefix) + base64url::encode(input.substr(1)));
  } else if (data[0] == 0x01) {
    if (size < 2) return 0;
    check_inflate(input.substr(2), size_t(data[1] + 1) * 1024);
  } else {
    check_link(input);
  }
  return 0;
}
