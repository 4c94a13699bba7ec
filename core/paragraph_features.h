// Surface features of one paragraph, computed in a single pass, that the
// role classifier (roles.cpp) and the dateline finder read.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace claimscope {

/// Up to N offsets: the first `Inline` in the object, the rest in one heap
/// block reserved once. Features are built for every paragraph; short ones
/// (titles, credits, one-word lines) then need no heap block at all, and long
/// ones one instead of a vector's seven growth steps to 48.
template <size_t N, size_t Inline>
class WordEnds {
 public:
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  uint32_t operator[](size_t i) const { return i < Inline ? inline_[i] : spill_[i - Inline]; }
  void push_back(uint32_t v) {  // callers keep size() < N
    if (count_ < Inline) {
      inline_[count_] = v;
    } else {
      if (spill_.empty()) spill_.reserve(N - Inline);
      spill_.push_back(v);
    }
    ++count_;
  }

 private:
  uint32_t inline_[Inline];
  uint32_t count_ = 0;
  std::vector<uint32_t> spill_;
};

struct ParagraphFeatures {
  /// Normalised text: lower case, words joined by single spaces, punctuation
  /// dropped except a colon written right after a word; ’ becomes '.
  std::string key;
  static constexpr size_t kMaxIndexedWords = 48;
  /// End offset in `key` of each of the first kMaxIndexedWords words.
  WordEnds<kMaxIndexedWords, 8> word_ends;

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
