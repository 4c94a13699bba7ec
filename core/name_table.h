// A table from short strings (lower-case names) to values for one document
// after another: emptied for each (clear()), it keeps its entries, their
// strings' and values' memory and its index, so a document that names no
// more than the ones before it allocates nothing and sets nothing up.
// What the speaker registry needs of std::unordered_map (find, operator[],
// end), no more: look-ups only, no iteration, no erase. As there, a
// reference to a value stays valid while others are added (until clear()).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace claimscope {

template <class V>
class NameTable {
 public:
  struct Entry {
    std::string first;  // the key
    V second;
    uint32_t slot = 0;  // its place in the index
  };

  /// The key's entry, or null (end()).
  Entry* find(std::string_view key) {
    if (used_ == 0) return nullptr;
    for (size_t s = hash(key) & mask();; s = (s + 1) & mask()) {
      const uint32_t e = index_[s];
      if (e == kEmpty) return nullptr;
      if (entries_[e]->first == key) return entries_[e].get();
    }
  }
  Entry* end() const { return nullptr; }

  /// The key's value, added (value-initialised, or emptied with clear() for
  /// a class) if new.
  V& operator[](std::string_view key) {
    if (2 * (used_ + 1) > index_.size()) grow();
    size_t s = hash(key) & mask();
    for (;; s = (s + 1) & mask()) {
      const uint32_t e = index_[s];
      if (e == kEmpty) break;
      if (entries_[e]->first == key) return entries_[e]->second;
    }
    if (used_ == entries_.size()) entries_.push_back(std::make_unique<Entry>());
    Entry& entry = *entries_[used_];
    entry.first.assign(key);
    if constexpr (std::is_arithmetic_v<V>) entry.second = V{};
    else entry.second.clear();
    entry.slot = uint32_t(s);
    index_[s] = uint32_t(used_++);
    return entry.second;
  }

  /// Empties it: the used index slots only (a table once grown large is not
  /// written in full per document), the entries' memory kept.
  void clear() {
    for (size_t e = 0; e < used_; ++e) index_[entries_[e]->slot] = kEmpty;
    used_ = 0;
  }
  size_t size() const { return used_; }
  /// The heap memory of its index and entries (not of the strings' and values'
  /// own memory beyond the entry).
  size_t bytes() const {
    return index_.capacity() * sizeof(uint32_t) + entries_.capacity() * sizeof(entries_[0]) +
           entries_.size() * sizeof(Entry);
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  size_t mask() const { return index_.size() - 1; }
  // Eight bytes at a time (a name is two or three such words), each mixed
  // by a multiply; the last one to seven bytes as one more word.
  static size_t hash(std::string_view key) {
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
    const char* p = key.data();
    size_t n = key.size();
    uint64_t h = n * kMul;
    for (; n >= 8; p += 8, n -= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      h = (h ^ w) * kMul;
      h ^= h >> 29;
    }
    if (n > 0) {
      uint64_t w = 0;
      for (size_t i = 0; i < n; ++i) w |= uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
      h = (h ^ w) * kMul;
      h ^= h >> 29;
    }
    return size_t(h ^ (h >> 32));
  }
  // Doubles the index (16 slots at first) and places the entries again.
  void grow() {
    const size_t size = index_.empty() ? 16 : 2 * index_.size();
    index_.assign(size, kEmpty);
    for (size_t e = 0; e < used_; ++e) {
      size_t s = hash(entries_[e]->first) & mask();
      while (index_[s] != kEmpty) s = (s + 1) & mask();
      index_[s] = uint32_t(e);
      entries_[e]->slot = uint32_t(s);
    }
  }

  std::vector<uint32_t> index_;  // entry number per slot, or kEmpty; a power of two, at most half full
  // [0, used_) in use; the rest keep their memory. Each on its own, so that
  // adding one moves none.
  std::vector<std::unique_ptr<Entry>> entries_;
  size_t used_ = 0;
};

}  // namespace claimscope
