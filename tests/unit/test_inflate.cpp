#include <doctest/doctest.h>

#include <string>

#include "inflate.h"
#include "inflate_vectors.h"

using claimscope::inflate::inflate_raw;
using claimscope::inflate::Status;
namespace v = inflate_vectors;

namespace {
std::string as_text(const claimscope::inflate::Result& r) { return std::string(r.bytes.begin(), r.bytes.end()); }
constexpr size_t kBig = 1u << 24;
}  // namespace

TEST_CASE("inflate decodes stored, fixed and dynamic blocks") {
  for (auto [stream, plain] : {std::pair{v::stored, v::stored_plain}, {v::fixed, v::fixed_plain},
                               {v::dynamic, v::dynamic_plain}, {v::long_match, v::long_match_plain},
                               {v::three_blocks, v::three_blocks_plain}, {v::empty, v::empty_plain}}) {
    auto r = inflate_raw(stream, kBig);
    CHECK(r.status == Status::ok);
    CHECK(as_text(r) == plain);
  }
}

TEST_CASE("inflate stops at the cap: exactly enough passes, one byte less is refused") {
  for (auto [stream, plain] : {std::pair{v::stored, v::stored_plain}, {v::fixed, v::fixed_plain},
                               {v::dynamic, v::dynamic_plain}, {v::long_match, v::long_match_plain}}) {
    CHECK(inflate_raw(stream, plain.size()).status == Status::ok);
    auto r = inflate_raw(stream, plain.size() - 1);
    CHECK(r.status == Status::too_large);
    CHECK(r.bytes.size() <= plain.size() - 1);
  }
}

TEST_CASE("a zip bomb costs at most the cap") {
  CHECK(v::bomb.size() < 300);
  auto r = inflate_raw(v::bomb, 1000);
  CHECK(r.status == Status::too_large);
  CHECK(r.bytes.size() <= 1000);
  auto whole = inflate_raw(v::bomb, v::bomb_plain_size);
  CHECK(whole.status == Status::ok);
  CHECK(whole.bytes == std::vector<uint8_t>(v::bomb_plain_size, 0));
}

TEST_CASE("every proper prefix of a stream is refused") {
  for (auto stream : {v::stored, v::fixed, v::dynamic, v::long_match, v::three_blocks}) {
    for (size_t cut = 0; cut < stream.size(); ++cut) {
      auto r = inflate_raw(stream.substr(0, cut), kBig);
      CHECK_MESSAGE(r.status != Status::ok, "cut at ", cut);
    }
    CHECK(inflate_raw(stream.substr(0, stream.size() / 2), kBig).status == Status::truncated);
  }
}

TEST_CASE("malformed streams are refused with a reason") {
  CHECK(inflate_raw(v::bad_distance, kBig).status == Status::malformed);
  CHECK(inflate_raw(v::bad_symbol, kBig).status == Status::malformed);
  CHECK(inflate_raw(v::bad_distance_code, kBig).status == Status::malformed);
  CHECK(inflate_raw(v::bad_block_type, kBig).status == Status::malformed);
  CHECK(inflate_raw(v::bad_stored_length, kBig).status == Status::malformed);
  CHECK(inflate_raw(v::bad_code_lengths, kBig).status == Status::malformed);
  CHECK(inflate_raw(v::bad_repeat_first, kBig).status == Status::malformed);
  CHECK(inflate_raw(v::bad_hlit, kBig).status == Status::malformed);
  CHECK(inflate_raw(v::trailing, kBig).status == Status::trailing);
  CHECK(inflate_raw("", kBig).status == Status::truncated);
}

TEST_CASE("flipping any bit of a stream never reads out of bounds or passes the cap") {
  std::string s(v::dynamic);
  for (size_t i = 0; i < s.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      s[i] = char(s[i] ^ (1 << bit));
      auto r = inflate_raw(s, v::dynamic_plain.size());
      CHECK(r.bytes.size() <= v::dynamic_plain.size());
      s[i] = char(s[i] ^ (1 << bit));
    }
  }
}
