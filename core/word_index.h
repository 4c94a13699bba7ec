// A Lexicon (lexicon.h) for hot paths: same tables, same find/contains, but
// a flat open-addressed table keyed by the word's first eight bytes, so a
// lookup is one multiply, one or two probes and an integer compare. The
// segmenter looks a word up at every period; std::unordered_map's hash,
// modulo and node chasing made "Mr. Mr. Mr. ..." three times slower per MB
// than prose.
#pragma once

#include <cstdint>
#include <cstring>
#include <iterator>
#include <string_view>
#include <vector>

namespace claimscope {

template <typename Entry>
class WordIndex {
 public:
  template <typename Table>
  explicit WordIndex(const Table& table) {
    size_t n = std::size(table);
    while (size_t(1) << bits_ < n * 2 + 2) ++bits_;
    slots_.resize(size_t(1) << bits_);
    for (const Entry& e : table) insert(&e);
  }

  /// The entry for `key` exactly as stored, or nullptr.
  const Entry* find(std::string_view key) const {
    uint64_t head = pack(key);
    for (size_t i = slot_of(head, key.size());; i = (i + 1) & mask()) {
      const Slot& s = slots_[i];
      if (!s.entry) return nullptr;
      if (s.head == head && s.key.size() == key.size() &&
          (key.size() <= 8 || std::memcmp(s.key.data() + 8, key.data() + 8, key.size() - 8) == 0))
        return s.entry;
    }
  }
  bool contains(std::string_view key) const { return find(key) != nullptr; }

  /// find() for a key of at most eight bytes already packed little-endian
  /// into `head` (zero-padded), as pack() would.
  const Entry* find_packed(uint64_t head, size_t len) const {
    for (size_t i = slot_of(head, len);; i = (i + 1) & mask()) {
      const Slot& s = slots_[i];
      if (!s.entry) return nullptr;
      if (s.head == head && s.key.size() == len) return s.entry;
    }
  }

 private:
  struct Slot {
    uint64_t head = 0;  // first eight bytes of the key, zero-padded
    std::string_view key;
    const Entry* entry = nullptr;
  };

  // Fixed-size loads only (a variable-length memcpy is a library call):
  // two overlapping loads cover 4..8 bytes (the overlap holds the same
  // bytes), three byte loads 1..3. One branch on the length, not three: on
  // running text the length is a coin toss, and each branch on it a
  // mispredict every few words. Assumes a little-endian target, as x86 and
  // WebAssembly are.
  static uint64_t pack(std::string_view key) {
    const char* p = key.data();
    const size_t n = key.size();
    if (n >= 4) {
      const size_t m = n < 8 ? n : 8;  // 8: the two loads are the first eight bytes
      return uint64_t(load<uint32_t>(p)) | (uint64_t(load<uint32_t>(p + m - 4)) << (8 * (m - 4)));
    }
    if (n == 0) return 0;
    const size_t mid = n / 2;  // 1 byte: all three are p[0]; 2: p[1] twice
    return uint64_t(byte(p[0])) | (uint64_t(byte(p[mid])) << (8 * mid)) | (uint64_t(byte(p[n - 1])) << (8 * (n - 1)));
  }
  static unsigned char byte(char c) { return static_cast<unsigned char>(c); }
  template <typename T>
  static T load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  size_t mask() const { return slots_.size() - 1; }
  size_t slot_of(uint64_t head, size_t len) const {
    return static_cast<size_t>(((head ^ (len * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull) >> (64 - bits_));
  }
  void insert(const Entry* e) {
    std::string_view key(e->text);
    if (find(key)) return;  // first entry wins, as in Lexicon
    uint64_t head = pack(key);
    size_t i = slot_of(head, key.size());
    while (slots_[i].entry) i = (i + 1) & mask();
    slots_[i] = Slot{head, key, e};
  }

  unsigned bits_ = 3;
  std::vector<Slot> slots_;
};

}  // namespace claimscope
