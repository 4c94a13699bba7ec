// A cheap pre-check before a hash lookup: which (first byte, length) and
// (last byte, length) pairs occur in a word table. Most words of running text
// fail it, so the hot loops of the evidence and check-worthiness passes skip
// their lookups.
#pragma once

#include <cstdint>
#include <string_view>

namespace claimscope {

class WordFilter {
 public:
  template <typename Table>
  void add(const Table& table) {
    for (const auto& e : table) add(std::string_view(e.text));
  }
  void add(std::string_view w) {
    if (w.empty() || w.size() >= 32) return;
    first_[uint8_t(w[0])] |= 1u << w.size();
    last_[uint8_t(w.back())] |= 1u << w.size();
  }
  /// False when no table word has this first byte and length, or this last
  /// byte and length. Both in one test: the first byte alone let about half
  /// the words of running text through, and whether it did was a mispredict
  /// every other word (the same filter as Lexicon's, lexicon.h).
  bool may_contain(std::string_view w) const {
    return !w.empty() && w.size() < 32 && (first_[uint8_t(w[0])] & last_[uint8_t(w.back())]) >> w.size() & 1u;
  }

 private:
  uint32_t first_[256] = {};
  uint32_t last_[256] = {};
};

}  // namespace claimscope
