#pragma once
// Spelling tests on a single word, shared by the cue and attribution rules.

#include <string_view>

namespace claimscope {

// A regular past form or participle: "-ed" on a word of at least four bytes ("sued",
// "mused", "stayed"). Three-byte words are left out ("red", "bed"; "led" and "fed" are
// irregular and belong in kIrregularPastTenses). checkworthy.cpp has its own branch-free
// copy with a five-byte rule on a hot path.
constexpr size_t kMinEdWord = 4;

constexpr bool has_ed_ending(std::string_view w) {
  return w.size() >= kMinEdWord && w[w.size() - 2] == 'e' && w[w.size() - 1] == 'd';
}

}  // namespace claimscope
