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

/// The number of tokens to reserve for text[begin, end), from the cheap bound
/// of samples: the first kBoundProbeBytes, then kSampleBytes out of every
/// kBoundProbeBytes after them (a sixteenth of the text). The densest sample
/// decides: at most a token per two bytes (prose has one per four or five
/// bytes; text of quotation marks, where each mark is a token and the bound is
/// exact, one per two or three) gives that density over the whole text; more
/// gives `exact()`, a counting pass of the lexer (text where the bound could
/// be many times the real count: a run of a million dots is one token). Past
/// the samples this is a guess, not a bound: text denser than every sample
/// grows the array by doubling, as a short paragraph does. A reserve beyond
/// the real count costs address space only: the unused tail of the block is
/// never written, so its pages are never touched.
template <typename ExactCount>
size_t tokens_to_reserve(std::string_view text, size_t begin, size_t end, ExactCount exact) {
  constexpr size_t kBoundProbeBytes = 64 * 1024;
  constexpr size_t kSampleBytes = 4 * 1024;
  const size_t bytes = end - begin;
  const size_t probe = bytes > kBoundProbeBytes ? kBoundProbeBytes : bytes;
  size_t bound = token_upper_bound(text, begin, begin + probe);
  if (bound > probe / 2 + 16) return exact();  // text of marks shows at once
  double densest = double(bound) / double(probe > 0 ? probe : 1);
  for (size_t at = begin + probe; at + kSampleBytes <= end; at += kBoundProbeBytes) {
    const double density = double(token_upper_bound(text, at, at + kSampleBytes)) / kSampleBytes;
    densest = density > densest ? density : densest;
  }
  if (densest > 0.5) return exact();
  return size_t(densest * double(bytes)) + 16;
}

}  // namespace claimscope
