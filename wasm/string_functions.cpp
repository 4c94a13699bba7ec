// memchr, memcmp, memcpy and memmove for the WebAssembly build, in place of
// Emscripten's libc.
//
// Emscripten's (musl's) versions step one byte at a time unless both
// pointers are 4-byte aligned, which words in a text almost never are; the
// core compares words against its tables (memcmp) and scans for line breaks
// and commas (memchr) on every paragraph and sentence. In a profile of the
// module (docs/benchmarks.md) memcmp alone was a tenth of a full annotation,
// against 0.3% natively, where glibc uses vector instructions. These read
// eight bytes per step: a WebAssembly load may be unaligned, and V8 compiles
// it to one x86 or ARM load. Defined here, they are linked instead of libc's
// (a static library's member is only taken for a symbol nobody defines).
// The native build keeps the C library's.
//
// memcpy and memmove are the same story: libc's copy a byte at a time when
// the two pointers differ in alignment (most copies of words, keys and
// spans of the text), and memcpy calls out to JavaScript for every copy of
// 512 bytes or more. Here both copy eight bytes per step, with one last
// word overlapping the one before it instead of a byte loop for the tail.
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "word_copy.h"

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighs = 0x8080808080808080ull;

// The byte order of memory is little-endian: the lowest differing bit is
// in the first differing byte.
inline int first_difference(uint64_t x, uint64_t y) {
  const unsigned shift = unsigned(__builtin_ctzll(x ^ y)) & ~7u;
  return int((x >> shift) & 0xFF) - int((y >> shift) & 0xFF);
}

}  // namespace

extern "C" {

void* memchr(const void* source, int c, size_t n) {
  const auto* s = static_cast<const unsigned char*>(source);
  const auto wanted = static_cast<unsigned char>(c);
  const uint64_t pattern = kOnes * wanted;
  for (; n >= 8; n -= 8, s += 8) {
    const uint64_t x = claimscope_wasm::load_word8(s) ^ pattern;  // a zero byte where `wanted` is
    // The lowest flag is exact: a borrow only reaches bytes above a zero byte.
    const uint64_t zero = (x - kOnes) & ~x & kHighs;
    if (zero) return const_cast<unsigned char*>(s + (__builtin_ctzll(zero) >> 3));
  }
  for (; n > 0; --n, ++s) {
    if (*s == wanted) return const_cast<unsigned char*>(s);
  }
  return nullptr;
}

int memcmp(const void* left, const void* right, size_t n) {
  const auto* a = static_cast<const unsigned char*>(left);
  const auto* b = static_cast<const unsigned char*>(right);
  for (; n >= 8; n -= 8, a += 8, b += 8) {
    const uint64_t x = claimscope_wasm::load_word8(a), y = claimscope_wasm::load_word8(b);
    if (x != y) return first_difference(x, y);
  }
  if (n >= 4) {
    // The first four bytes, then the last four (overlapping them): if the
    // first four are equal, the first difference is in the last four.
    uint32_t x = claimscope_wasm::load_word4(a), y = claimscope_wasm::load_word4(b);
    if (x != y) return first_difference(x, y);
    x = claimscope_wasm::load_word4(a + n - 4);
    y = claimscope_wasm::load_word4(b + n - 4);
    return x == y ? 0 : first_difference(x, y);
  }
  for (; n > 0; --n, ++a, ++b) {
    if (*a != *b) return int(*a) - int(*b);
  }
  return 0;
}

void* memcpy(void* __restrict destination, const void* __restrict source, size_t n) {
  auto* d = static_cast<unsigned char*>(destination);
  const auto* s = static_cast<const unsigned char*>(source);
  if (n < 8) {
    claimscope_wasm::copy_short(d, s, n);
  } else {
    claimscope_wasm::copy_forward(d, s, n);
  }
  return destination;
}

void* memmove(void* destination, const void* source, size_t n) {
  claimscope_wasm::move_bytes(static_cast<unsigned char*>(destination), static_cast<const unsigned char*>(source), n);
  return destination;
}

}  // extern "C"
