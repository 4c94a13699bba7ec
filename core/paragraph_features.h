// Surface features of one paragraph, computed in a single pass, that the
// role classifier (roles.cpp) and the dateline finder read.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace claimscope {

/// Up to N offsets held inline: the paragraph features are built for every
/// paragraph, and a heap block per paragraph cost more than the features
/// themselves on inputs made of many short lines.
template <size_t N>
class InlineOffsets {
 public:
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  uint32_t operator[](size_t i) const { return items_[i]; }
  void push_back(uint32_t v) { items_[count_++] = v; }  // callers keep size() < N

 private:
  uint32_t items_[N];
  uint32_t count_ = 0;
};

struct ParagraphFeatures {
  /// Normalised text: lower case, words joined by single spaces, punctuation
  /// dropped except a colon written right after a word; ’ becomes '.
  std::string key;
  static constexpr size_t kMaxIndexedWords = 48;
  /// End offset in `key` of each of the first kMaxIndexedWords words.
  InlineOffsets<kMaxIndexedWords> word_ends;

  uint64_t capitalised_mask = 0; // bit i: indexed word i starts with an upper-case letter
  uint32_t words = 0;            // all words
  uint32_t capitalised = 0;      // words that start with an upper-case letter
  uint32_t lowercase_start = 0;  // words that start with a lower-case letter
  uint32_t long_words = 0;       // words of 4+ letters
  uint32_t long_capitalised = 0; // ... of which capitalised
  uint32_t letters = 0;
  uint32_t upper_letters = 0;
  uint32_t digits = 0;
  bool has_quote_mark = false;   // any quotation mark character
  char32_t first = 0;            // first code point
  char32_t last = 0;             // last code point before closing quotes/brackets
  bool terminal_end = false;     // `last` is sentence-final punctuation
  bool has_time = false;         // "10:42" style digits:digits

  /// The first `n` words of `key` (n <= word_ends.size()), or "" if fewer.
  std::string_view first_words(size_t n) const;
  /// Words [from, from + n) of `key`, or "" if out of range.
  std::string_view words_at(size_t from, size_t n) const;
  bool all_caps() const { return letters >= 8 && upper_letters * 10 >= letters * 9; }
  bool word_capitalised(size_t i) const { return i < 64 && ((capitalised_mask >> i) & 1u); }
  bool title_case() const { return long_words >= 2 && long_capitalised * 4 >= long_words * 3; }
};

ParagraphFeatures paragraph_features(std::string_view text, Span span);

/// Quotation marks of any style ("", “”, ‘’, «», „, 「」).
bool is_quote_mark(char32_t cp);

}  // namespace claimscope
