// Copying bytes eight at a time, for wasm/string_functions.cpp's memcpy and
// memmove. A header of its own so that the native unit tests can check it
// against the C library's memmove (tests/unit/test_word_copy.cpp).
#pragma once
#include <cstddef>
#include <cstdint>

namespace claimscope_wasm {

inline uint64_t load_word8(const unsigned char* p) {
  uint64_t w;
  __builtin_memcpy(&w, p, 8);
  return w;
}

inline uint32_t load_word4(const unsigned char* p) {
  uint32_t w;
  __builtin_memcpy(&w, p, 4);
  return w;
}

inline void store8(unsigned char* p, uint64_t w) { __builtin_memcpy(p, &w, 8); }
inline void store4(unsigned char* p, uint32_t w) { __builtin_memcpy(p, &w, 4); }

// Fewer than eight bytes: two overlapping halves, both read before either is
// written, so the ranges may overlap (memmove uses it too).
inline void copy_short(unsigned char* d, const unsigned char* s, size_t n) {
  if (n >= 4) {
    const uint32_t head = load_word4(s), tail = load_word4(s + n - 4);
    store4(d, head);
    store4(d + n - 4, tail);
  } else if (n > 0) {
    const unsigned char first = s[0], middle = s[n / 2], last = s[n - 1];
    d[0] = first;
    d[n / 2] = middle;
    d[n - 1] = last;
  }
}

// Eight bytes or more, front to back: safe when `d` is below `s` even if they
// overlap, since every word is read before any write can reach it. The last
// word is read first for the same reason.
inline void copy_forward(unsigned char* d, const unsigned char* s, size_t n) {
  const uint64_t tail = load_word8(s + n - 8);
  for (size_t i = 0; i + 8 <= n; i += 8) store8(d + i, load_word8(s + i));
  store8(d + n - 8, tail);
}

// The mirror image, back to front, for `d` above an overlapping `s`.
inline void copy_backward(unsigned char* d, const unsigned char* s, size_t n) {
  const uint64_t head = load_word8(s);
  for (size_t i = n; i >= 8; i -= 8) store8(d + i - 8, load_word8(s + i - 8));
  store8(d, head);
}

// memmove's choice: a short copy, or the direction that reads every byte of
// an overlap before writing it.
inline void move_bytes(unsigned char* d, const unsigned char* s, size_t n) {
  if (n < 8) {
    copy_short(d, s, n);
  } else if (d <= s || d >= s + n) {
    copy_forward(d, s, n);
  } else {
    copy_backward(d, s, n);
  }
}

}  // namespace claimscope_wasm
