// The eight-byte copies behind the WebAssembly build's memcpy and memmove
// (wasm/word_copy.h), checked natively against the C library's memmove for
// every length up to a few words, every alignment, and overlaps both ways.
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "../../wasm/word_copy.h"

namespace {

std::string pattern(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += char('a' + (i * 7) % 26);
  return out;
}

}  // namespace

TEST_CASE("word copies match memmove between separate buffers at any length and alignment") {
  const std::string source = pattern(80);
  for (size_t n = 0; n <= 40; ++n) {
    for (size_t from = 0; from < 8; ++from) {
      for (size_t to = 0; to < 8; ++to) {
        std::string got(64, '.'), want(64, '.');
        claimscope_wasm::move_bytes(reinterpret_cast<unsigned char*>(&got[to]), reinterpret_cast<const unsigned char*>(&source[from]), n);
        std::memmove(&want[to], &source[from], n);
        CHECK_MESSAGE(got == want, "n=" << n << " from=" << from << " to=" << to);
      }
    }
  }
}

TEST_CASE("word copies match memmove when the ranges overlap in either direction") {
  for (size_t n = 0; n <= 40; ++n) {
    for (size_t from = 0; from < 20; ++from) {
      for (size_t to = 0; to < 20; ++to) {
        std::string got = pattern(64), want = pattern(64);
        claimscope_wasm::move_bytes(reinterpret_cast<unsigned char*>(&got[to]), reinterpret_cast<const unsigned char*>(&got[from]), n);
        std::memmove(&want[to], &want[from], n);
        CHECK_MESSAGE(got == want, "n=" << n << " from=" << from << " to=" << to);
      }
    }
  }
}

TEST_CASE("a forward word copy of a long run leaves the bytes around it alone") {
  const std::string source = pattern(1000);
  std::string got(1010, '#');
  claimscope_wasm::copy_forward(reinterpret_cast<unsigned char*>(&got[3]), reinterpret_cast<const unsigned char*>(source.data()), 1000);
  CHECK(got.substr(0, 3) == "###");
  CHECK(got.substr(3, 1000) == source);
  CHECK(got.substr(1003) == "#######");
}
