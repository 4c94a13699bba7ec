// A cheap pre-check before a hash lookup: which (first letter, length) pairs
// occur in a word table. Most words of running text fail it, so the hot
// loops of the evidence and check-worthiness passes skip their lookups.
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
    if (!w.empty() && w.size() < 32) mask_[uint8_t(w[0])] |= 1u << w.size();
  }
  /// False when no table word has this first byte and length.
  bool may_contain(std::string_view w) const {
    return !w.empty() && w.size() < 32 && (mask_[uint8_t(w[0])] >> w.size() & 1u);
  }

 private:
  uint32_t mask_[256] = {};
};

}  // namespace claimscope
