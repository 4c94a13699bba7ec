// How many tokens a huge paragraph can hold at most, in one cheap pass, so
// the token and evidence arrays can be reserved once instead of growing by
// doubling (which copies them and, for blocks the allocator maps fresh,
// touches twice the memory).
//
// Both lexers start a token only at a mark (an ASCII character that is no
// letter, digit or space), at the first byte of a non-ASCII character, or at
// an ASCII letter or digit that follows something else. Counting those bytes
// over-counts (joined words like "don't", accented letters inside a word,
// runs of one mark) but never under-counts.
#pragma once

#include <cstddef>
#include <string_view>

#include "utf8.h"

namespace claimscope {

inline size_t token_upper_bound(std::string_view text, size_t begin, size_t end) {
  size_t n = 0;
  bool after_word_byte = false;  // the previous byte was an ASCII letter or digit
  for (size_t i = begin; i < end; ++i) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      const uint8_t k = utf8::ascii::kClasses[b];
      const bool word = k & utf8::ascii::kWord;
      n += word ? !after_word_byte : !(k & utf8::ascii::kSpace);
      after_word_byte = word;
    } else {
      n += b >= 0xC0;  // the lead byte of a character; continuation bytes start nothing
      after_word_byte = false;
    }
  }
  return n;
}

/// The number of tokens to reserve for text[begin, end): the cheap bound when
/// it is at most a token per two bytes, else `exact()`, a counting pass of the
/// lexer (text where the bound could be many times the real count: a run of a
/// million dots is one token). Prose has a token per four or five bytes; text
/// of quotation marks, where each mark is a token and the bound is exact, has
/// one per two or three, and a counting pass there would lex it twice. A
/// reserve beyond the real count costs address space only: the unused tail of
/// the block is never written, so its pages are never touched.
/// The first kBoundProbeBytes decide early: text of marks shows it at once,
/// and then the cheap pass is not run over the rest in vain.
template <typename ExactCount>
size_t tokens_to_reserve(std::string_view text, size_t begin, size_t end, ExactCount exact) {
  constexpr size_t kBoundProbeBytes = 64 * 1024;
  auto close_enough = [](size_t bound, size_t bytes) { return bound <= bytes / 2 + 16; };
  const size_t probe_end = end - begin > kBoundProbeBytes ? begin + kBoundProbeBytes : end;
  if (!close_enough(token_upper_bound(text, begin, probe_end), probe_end - begin)) return exact();
  const size_t bound = token_upper_bound(text, begin, end);
  return close_enough(bound, end - begin) ? bound : exact();
}

}  // namespace claimscope
