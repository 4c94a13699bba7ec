// A Lexicon (lexicon.h) for hot paths: same tables, same find/contains, but
// a flat table keyed by the word's bytes packed into integers, so a lookup is
// a multiply and a comparison of two slots. The segmenter looks a word up at
// every period; std::unordered_map's hash, modulo and node chasing made
// "Mr. Mr. Mr. ..." three times slower per MB than prose.
//
// No probe loop: every entry sits in one of its two slots (cuckoo hashing,
// both slot numbers from one multiply; the table is built once, growing
// until every entry fits), and a lookup compares both and selects by masks.
// Probes reach here for words that passed a filter and are mostly in the
// table, so each branch of a linear probe's loop (first slot empty? key
// differs? next slot?) was a coin toss: 0.6 of the 0.9 mispredicts per probe
// on distinct news (native22).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace claimscope {

// Byte access both indexes below pack keys with.
namespace word_bytes {
inline unsigned char byte(char c) { return static_cast<unsigned char>(c); }
template <typename T>
inline T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
// The first byte of an entry's text, whichever type the table stores it as.
inline const char* text_of(const char* text) { return text; }
inline const char* text_of(std::string_view text) { return text.data(); }
}  // namespace word_bytes

#if defined(__wasm__)
// WebAssembly keeps the linear-probing index of before native22: the cuckoo
// index below cost the page 4.4 KB of gzip (one build and one select per
// entry type and call site; 248.6 KB of 250 with its lookup out of line),
// more than the budget's room. The segmenter's speed in the page is as it was.
template <typename Entry>
class WordIndex {
 public:
  // One build per entry type, not per table size (the page's bytes).
  [[gnu::noinline]] explicit WordIndex(std::span<const Entry> entries) {
    while (size_t(1) << bits_ < entries.size() * 2 + 2) ++bits_;
    slots_.resize(size_t(1) << bits_);
    for (const Entry& e : entries) insert(&e);
  }

  /// The entry for `key` exactly as stored, or nullptr.
  const Entry* find(std::string_view key) const {
    uint64_t head = pack(key);
    for (size_t i = slot_of(head, key.size());; i = (i + 1) & mask()) {
      const Slot& s = slots_[i];
      if (!s.entry) return nullptr;
      if (s.head == head && s.len == key.size() &&
          (key.size() <= 8 || std::memcmp(word_bytes::text_of(s.entry->text) + 8, key.data() + 8, key.size() - 8) == 0))
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
      if (s.head == head && s.len == len) return s.entry;
    }
  }

 private:
  // 16 bytes: the rest of a key of nine bytes or more is read from the entry.
  struct Slot {
    uint64_t head = 0;  // first eight bytes of the key, zero-padded
    size_t len = 0;
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
      return uint64_t(word_bytes::load<uint32_t>(p)) |
             (uint64_t(word_bytes::load<uint32_t>(p + m - 4)) << (8 * (m - 4)));
    }
    if (n == 0) return 0;
    const size_t mid = n / 2;  // 1 byte: all three are p[0]; 2: p[1] twice
    return uint64_t(word_bytes::byte(p[0])) | (uint64_t(word_bytes::byte(p[mid])) << (8 * mid)) |
           (uint64_t(word_bytes::byte(p[n - 1])) << (8 * (n - 1)));
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
    slots_[i] = Slot{head, key.size(), e};
  }

  unsigned bits_ = 3;
  std::vector<Slot> slots_;
};

#else
// 16-byte slots: the first eight bytes of the key, and the key's length with
// the entry's address in one word. Four slots share a cache line (two with the
// 32-byte slots of before, whose tail field only keys of nine bytes or more
// used): the speaker index is 32 KB instead of 64. The tail of a 9..16-byte
// key is checked against the entry's own text, read only when head and length
// already match.
template <typename Entry>
class WordIndex {
 public:
  /// No slots: never searched before one built from entries is assigned
  /// (constexpr, for a Lexicon whose masks are made at compile time).
  constexpr WordIndex() = default;
  // One build per entry type, not per table size (the page's bytes): a rule
  // table's array or a vector converts to the span.
  [[gnu::noinline]] explicit WordIndex(std::span<const Entry> entries) {
    while (size_t(1) << bits_ < entries.size() * 2 + 2) ++bits_;
    // An eviction chain too long: more room. The table starts at most half
    // full, where cuckoo hashing with two slots per key fails now and then;
    // each doubling halves the load, and at a quarter and below a failure
    // takes keys whose slots happen to crowd into a few. Three doublings
    // (an eighth full at most, 8x the memory) are enough: over 40,000 builds
    // of random word sets of 1 to 50,000 keys none needed more than two, and
    // one in a hundred needed one. Past three it is no matter of room but
    // keys that share a pair of slots at every size (one 64-bit hash), which
    // no growth separates: an abort, not a table that grows 256x first. The
    // tables are the rules' (built once, the same keys every run), so a set
    // that needed more would abort every test run at once, never one user's.
    for (const unsigned enough = bits_ + 3; !build(entries);) {
      if (++bits_ > enough) std::abort();
    }
  }

  /// The entry for `key` exactly as stored, or nullptr.
  const Entry* find(std::string_view key) const {
    const size_t n = key.size();
    if (__builtin_expect(n - 1 > 7, 0)) return find_rare(key);  // empty, or nine bytes or more
    return find_packed(pack(key.data(), n), n);
  }
  bool contains(std::string_view key) const { return find(key) != nullptr; }

  /// find() for a key of one to eight bytes already packed little-endian
  /// into `head` (zero-padded), as pack() would.
  const Entry* find_packed(uint64_t head, size_t len) const {
    // A key of this length has no tail: head and length are the whole key.
    const Pair s = slots_of(head, 0, len);
    return pick(s, (s.a->head == head) & (length_of(*s.a) == len), (s.b->head == head) & (length_of(*s.b) == len));
  }

 private:
  // Addresses of user space fit in 48 bits on x86-64 and AArch64; the top 16
  // bits hold the key's length, 0xFFFF for any of 65,535 bytes or more.
  static_assert(sizeof(void*) == 8, "the slot packs a 64-bit address into 48 bits");
  static constexpr unsigned kLengthShift = 48;
  static constexpr uint64_t kEntryMask = (uint64_t(1) << kLengthShift) - 1;
  static constexpr size_t kLongest = 0xFFFF;
  struct Slot {
    uint64_t head = 0;       // first eight bytes of the key, zero-padded
    uint64_t len_entry = 0;  // length << 48 | the entry's address; 0: empty (no entry)
  };
  struct Pair {
    const Slot* a;
    const Slot* b;
  };
  // The length's two bytes loaded alone (little-endian: the word's top two),
  // compared from memory, not shifted out of the word.
  static uint64_t length_of(const Slot& s) {
    return word_bytes::load<uint16_t>(reinterpret_cast<const char*>(&s.len_entry) + kLengthShift / 8);
  }
  static const Entry* entry_of(const Slot& s) { return reinterpret_cast<const Entry*>(s.len_entry & kEntryMask); }

  // The entry of whichever slot matched, by masks: at most one entry does
  // (keys are unique; both slots may be the same one; an empty slot adds
  // nothing), a miss gives nullptr.
  static const Entry* pick(Pair s, bool in_a, bool in_b) {
    const uint64_t ma = uint64_t(0) - uint64_t(in_a), mb = uint64_t(0) - uint64_t(in_b);
    return reinterpret_cast<const Entry*>(((s.a->len_entry & ma) | (s.b->len_entry & mb)) & kEntryMask);
  }
  // Keys of nine bytes or more (one in sixteen of the words that reach a
  // probe) and the empty key. Up to sixteen bytes, head, tail and length are
  // the whole key: the tail is the entry's last eight bytes, loaded only for
  // a slot whose head and length match (a miss, most long words, reads no
  // entry).
  [[gnu::noinline]] const Entry* find_rare(std::string_view key) const {
    const size_t n = key.size();
    if (n - 9 > 7) return find_longest(key);
    const uint64_t head = word_bytes::load<uint64_t>(key.data()), tl = word_bytes::load<uint64_t>(key.data() + n - 8);
    const Pair s = slots_of(head, tl, n);
    for (const Slot* slot : {s.a, s.b}) {
      if (slot->head != head || length_of(*slot) != n) continue;
      const Entry* e = entry_of(*slot);
      if (word_bytes::load<uint64_t>(word_bytes::text_of(e->text) + n - 8) == tl) return e;
    }
    return nullptr;
  }
  // Past sixteen bytes two entries may share head, folded tail and length,
  // and the empty key matches an empty slot's zeros: each entry's text is compared.
  [[gnu::noinline]] const Entry* find_longest(std::string_view key) const {
    const Pair s = slots_of(head_of(key), tail_of(key), key.size());
    const uint64_t len = key.size() < kLongest ? key.size() : kLongest;
    for (const Slot* slot : {s.a, s.b}) {
      const Entry* e = entry_of(*slot);
      if (e && length_of(*slot) == len && std::string_view(e->text) == key) return e;
    }
    return nullptr;
  }

  // Fixed-size loads only (a variable-length memcpy is a library call):
  // two overlapping loads cover 4..8 bytes (the overlap holds the same
  // bytes), three byte loads 1..3. One branch on the length, not three: on
  // running text the length is a coin toss, and each branch on it a
  // mispredict every few words. Assumes a little-endian target, as x86 and
  // WebAssembly are. 1 <= n <= 8.
  static uint64_t pack(const char* p, size_t n) {
    if (n >= 4)
      return uint64_t(word_bytes::load<uint32_t>(p)) |
             (uint64_t(word_bytes::load<uint32_t>(p + n - 4)) << (8 * (n - 4)));
    const size_t mid = n / 2;  // 1 byte: all three are p[0]; 2: p[1] twice
    return uint64_t(word_bytes::byte(p[0])) | (uint64_t(word_bytes::byte(p[mid])) << (8 * mid)) |
           (uint64_t(word_bytes::byte(p[n - 1])) << (8 * (n - 1)));
  }
  static uint64_t head_of(std::string_view key) {
    return key.empty() ? 0 : pack(key.data(), key.size() < 8 ? key.size() : 8);
  }
  // The last eight bytes of a key of nine to sixteen; past sixteen, every
  // eight bytes folded together: keys that share head, tail and length
  // ("headline 1001 tail", "headline 1002 tail") would otherwise share both
  // slots, and a third such key made the build grow the table without end.
  static uint64_t tail_of(std::string_view key) {
    const size_t n = key.size();
    if (n <= 16) return n > 8 ? word_bytes::load<uint64_t>(key.data() + n - 8) : 0;
    uint64_t x = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) x = ((x << 29 | x >> 35) ^ word_bytes::load<uint64_t>(key.data() + i)) * 0x94D049BB133111EBull;
    if (i < n) x = ((x << 29 | x >> 35) ^ word_bytes::load<uint64_t>(key.data() + n - 8)) * 0x94D049BB133111EBull;
    return x;
  }
  // A key's two slots: the top bits of one product and the bits below them.
  Pair slots_of(uint64_t head, uint64_t tl, size_t len) const {
    const uint64_t h = (head ^ (tl * 0xD6E8FEB86659FD93ull) ^ (len * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    const Slot* base = slots_.data();
    return {base + (h >> shift_a_), base + ((h >> shift_b_) & mask_)};
  }
  Pair slots_of(const Entry* e) const {
    const std::string_view key(e->text);
    return slots_of(head_of(key), tail_of(key), key.size());
  }
  // Cuckoo insertion into 2^bits_ slots: a key whose slots are both taken
  // moves one occupant to its other slot, and so on; false when a chain runs
  // past 100 moves (the caller grows the table and starts again).
  bool build(std::span<const Entry> entries) {
    slots_.assign(size_t(1) << bits_, Slot{});
    shift_a_ = 64 - bits_, shift_b_ = 64 - 2 * bits_, mask_ = (size_t(1) << bits_) - 1;
    for (const Entry& entry : entries) {
      const std::string_view key(entry.text);
      if (find(key)) continue;  // first entry wins, as in Lexicon
      const uint64_t address = reinterpret_cast<uintptr_t>(&entry);
      if (address > kEntryMask) std::abort();  // not a user-space address of x86-64 or AArch64
      const uint64_t len = key.size() < kLongest ? key.size() : kLongest;
      Slot moving{head_of(key), len << kLengthShift | address};
      Slot* at = const_cast<Slot*>(slots_of(&entry).a);
      for (int moves = 0; entry_of(*at); ++moves) {
        if (moves == 100) return false;
        std::swap(moving, *at);
        const Pair s = slots_of(entry_of(moving));
        at = const_cast<Slot*>(s.a == at ? s.b : s.a);
      }
      *at = moving;
    }
    return true;
  }

  unsigned bits_ = 3;
  unsigned shift_a_ = 0, shift_b_ = 0;  // from bits_, kept for the lookups
  size_t mask_ = 0;
  std::vector<Slot> slots_;
};

#endif  // __wasm__

}  // namespace claimscope
