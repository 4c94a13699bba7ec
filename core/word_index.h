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

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <span>
#include <type_traits>
#include <string_view>
#include <utility>
#include <vector>

namespace claimscope {

// Byte access both indexes below pack keys with.
namespace word_bytes {
constexpr unsigned char byte(char c) { return static_cast<unsigned char>(c); }
// Little-endian, as x86, AArch64 and WebAssembly are; byte by byte when the
// compiler runs it (a rule table's index is built at compile time natively).
template <typename T>
constexpr T load(const char* p) {
  if (std::is_constant_evaluated()) {
    T v = 0;
    for (size_t i = 0; i < sizeof(T); ++i) v |= T(byte(p[i])) << (8 * i);
    return v;
  }
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
// The first byte of an entry's text, whichever type the table stores it as.
constexpr const char* text_of(const char* text) { return text; }
constexpr const char* text_of(std::string_view text) { return text.data(); }
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
// the entry's place in the table in one word. Four slots share a cache line
// (two with the 32-byte slots of before, whose tail field only keys of nine
// bytes or more used): the speaker index is 32 KB instead of 64. The tail of a
// 9..16-byte key is checked against the entry's own text, read only when head
// and length already match.
//
// A slot names its entry by place, not address, so that a rule table's index
// can be built at compile time (lexicon.h's table_lexicon): built at start-up,
// the rule tables' indexes hashed every entry several times and wrote their
// slots through the caches before the first document (cli112).
template <typename Entry>
class WordIndex {
 public:
  struct Slot {
    uint64_t head = 0;       // first eight bytes of the key, zero-padded
    uint64_t len_entry = 0;  // length << 48 | (place + 1) * sizeof(Entry); 0: empty (no entry)
  };

  /// No slots: never searched before one built from entries is assigned.
  constexpr WordIndex() = default;
  // One build per entry type, not per table size (the page's bytes): a rule
  // table's array or a vector converts to the span.
  [[gnu::noinline]] explicit WordIndex(std::span<const Entry> entries) : base_(entries.data()) {
    unsigned bits = first_bits(entries.size());
    for (const unsigned enough = bits + 3; !place(entries, bits, owned_);) {
      if (++bits > enough) std::abort();
    }
    slots_ = owned_.data();
    set_shape(bits);
  }
  /// An index over `entries` whose slots were placed before (at compile time:
  /// slots_for), 2^bits of them; they must outlive the index.
  constexpr WordIndex(std::span<const Entry> entries, const Slot* slots, unsigned bits)
      : base_(entries.data()), slots_(slots) {
    set_shape(bits);
  }
  // A copy keeps its own slots; a move takes the buffer, which stays where it is.
  WordIndex(const WordIndex& other) { *this = other; }
  WordIndex& operator=(const WordIndex& other) {
    if (this == &other) return *this;
    base_ = other.base_, owned_ = other.owned_, shift_a_ = other.shift_a_, shift_b_ = other.shift_b_, mask_ = other.mask_;
    slots_ = other.slots_ == other.owned_.data() ? owned_.data() : other.slots_;
    return *this;
  }
  constexpr WordIndex(WordIndex&&) = default;
  constexpr WordIndex& operator=(WordIndex&&) = default;

  /// The size a table's index settles at: 2^bits slots. An eviction chain too
  /// long: more room. The table starts at most half full, where cuckoo hashing
  /// with two slots per key fails now and then; each doubling halves the load,
  /// and at a quarter and below a failure takes keys whose slots happen to
  /// crowd into a few. Three doublings (an eighth full at most, 8x the memory)
  /// are enough: over 40,000 builds of random word sets of 1 to 50,000 keys
  /// none needed more than two, and one in a hundred needed one. Past three it
  /// is no matter of room but keys that share a pair of slots at every size
  /// (one 64-bit hash), which no growth separates: an abort (at compile time,
  /// no build), not a table that grows 256x first. The tables are the rules'
  /// (the same keys every run), so a set that needed more would fail every
  /// test run at once, never one user's.
  static constexpr unsigned bits_for(std::span<const Entry> entries) {
    unsigned bits = first_bits(entries.size());
    std::vector<Slot> slots;
    for (const unsigned enough = bits + 3; !place(entries, bits, slots);) {
      if (++bits > enough) std::abort();
    }
    return bits;
  }
  /// The slots of `entries`' index of 2^bits slots (bits_for), as an array
  /// that a constant can hold.
  template <size_t N>
  static constexpr std::array<Slot, N> slots_for(std::span<const Entry> entries, unsigned bits) {
    std::vector<Slot> placed;
    if (!place(entries, bits, placed) || placed.size() != N) std::abort();
    std::array<Slot, N> slots{};
    for (size_t i = 0; i < N; ++i) slots[i] = placed[i];
    return slots;
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
  // The top 16 bits hold the key's length, 0xFFFF for any of 65,535 bytes or
  // more; the 48 below, the entry's place in bytes (a table far smaller).
  static constexpr unsigned kLengthShift = 48;
  static constexpr uint64_t kEntryMask = (uint64_t(1) << kLengthShift) - 1;
  static constexpr size_t kLongest = 0xFFFF;
  struct Pair {
    const Slot* a;
    const Slot* b;
  };
  // The length's two bytes loaded alone (little-endian: the word's top two),
  // compared from memory, not shifted out of the word.
  static uint64_t length_of(const Slot& s) {
    return word_bytes::load<uint16_t>(reinterpret_cast<const char*>(&s.len_entry) + kLengthShift / 8);
  }
  // The entry at a slot's place (its low bits; 0: none): an add from the
  // table's start, and a mask for the miss, not a branch (whether a probe
  // finds its word is a coin toss: a third of them do not).
  const Entry* entry_at(uint64_t place) const {
    const uintptr_t at = reinterpret_cast<uintptr_t>(base_) + (place - sizeof(Entry));
    return reinterpret_cast<const Entry*>(at & (uintptr_t(0) - uintptr_t(place != 0)));
  }
  const Entry* entry_of(const Slot& s) const { return entry_at(s.len_entry & kEntryMask); }

  // The entry of whichever slot matched, by masks: at most one entry does
  // (keys are unique; both slots may be the same one; an empty slot adds
  // nothing), a miss gives nullptr.
  const Entry* pick(Pair s, bool in_a, bool in_b) const {
    const uint64_t ma = uint64_t(0) - uint64_t(in_a), mb = uint64_t(0) - uint64_t(in_b);
    return entry_at(((s.a->len_entry & ma) | (s.b->len_entry & mb)) & kEntryMask);
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
  static constexpr uint64_t pack(const char* p, size_t n) {
    if (n >= 4)
      return uint64_t(word_bytes::load<uint32_t>(p)) |
             (uint64_t(word_bytes::load<uint32_t>(p + n - 4)) << (8 * (n - 4)));
    const size_t mid = n / 2;  // 1 byte: all three are p[0]; 2: p[1] twice
    return uint64_t(word_bytes::byte(p[0])) | (uint64_t(word_bytes::byte(p[mid])) << (8 * mid)) |
           (uint64_t(word_bytes::byte(p[n - 1])) << (8 * (n - 1)));
  }
  static constexpr uint64_t head_of(std::string_view key) {
    return key.empty() ? 0 : pack(key.data(), key.size() < 8 ? key.size() : 8);
  }
  // The last eight bytes of a key of nine to sixteen; past sixteen, every
  // eight bytes folded together: keys that share head, tail and length
  // ("headline 1001 tail", "headline 1002 tail") would otherwise share both
  // slots, and a third such key made the build grow the table without end.
  static constexpr uint64_t tail_of(std::string_view key) {
    const size_t n = key.size();
    if (n <= 16) return n > 8 ? word_bytes::load<uint64_t>(key.data() + n - 8) : 0;
    uint64_t x = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) x = ((x << 29 | x >> 35) ^ word_bytes::load<uint64_t>(key.data() + i)) * 0x94D049BB133111EBull;
    if (i < n) x = ((x << 29 | x >> 35) ^ word_bytes::load<uint64_t>(key.data() + n - 8)) * 0x94D049BB133111EBull;
    return x;
  }
  // A key's two slots: the top bits of one product and the bits below them.
  static constexpr uint64_t hash(uint64_t head, uint64_t tl, size_t len) {
    return (head ^ (tl * 0xD6E8FEB86659FD93ull) ^ (len * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
  }
  struct Shape {
    unsigned shift_a, shift_b;
    size_t mask;
  };
  // At most half full to start with.
  static constexpr unsigned first_bits(size_t n) {
    unsigned bits = 3;
    while (size_t(1) << bits < n * 2 + 2) ++bits;
    return bits;
  }
  static constexpr Shape shape_of(unsigned bits) { return {64 - bits, 64 - 2 * bits, (size_t(1) << bits) - 1}; }
  constexpr void set_shape(unsigned bits) {
    const Shape s = shape_of(bits);
    shift_a_ = s.shift_a, shift_b_ = s.shift_b, mask_ = s.mask;
  }
  Pair slots_of(uint64_t head, uint64_t tl, size_t len) const {
    const uint64_t h = hash(head, tl, len);
    return {slots_ + (h >> shift_a_), slots_ + ((h >> shift_b_) & mask_)};
  }
  struct Places {
    size_t a, b;
  };
  static constexpr Places places_of(const Shape& shape, std::string_view key) {
    const uint64_t h = hash(head_of(key), tail_of(key), key.size());
    return {size_t(h >> shape.shift_a), size_t((h >> shape.shift_b) & shape.mask)};
  }
  static constexpr std::string_view key_at(std::span<const Entry> entries, const Slot& s) {
    return std::string_view(entries[(s.len_entry & kEntryMask) / sizeof(Entry) - 1].text);
  }
  // Cuckoo insertion into 2^bits slots: a key whose slots are both taken
  // moves one occupant to its other slot, and so on; false when a chain runs
  // past 100 moves (bits_for grows the table and starts again).
  static constexpr bool place(std::span<const Entry> entries, unsigned bits, std::vector<Slot>& slots) {
    slots.assign(size_t(1) << bits, Slot{});
    const Shape shape = shape_of(bits);
    for (size_t i = 0; i < entries.size(); ++i) {
      const std::string_view key(entries[i].text);
      const Places p = places_of(shape, key);
      // First entry wins, as in Lexicon: an earlier equal key sits in one of
      // the same two slots.
      const uint64_t head = head_of(key), len = key.size() < kLongest ? key.size() : kLongest;
      const auto holds = [&](size_t at) {
        const Slot& s = slots[at];
        return s.head == head && (s.len_entry >> kLengthShift) == len && (s.len_entry & kEntryMask) &&
               key_at(entries, s) == key;
      };
      if (holds(p.a) || holds(p.b)) continue;
      Slot moving{head, len << kLengthShift | uint64_t(i + 1) * sizeof(Entry)};
      size_t at = p.a;
      for (int moves = 0; slots[at].len_entry & kEntryMask; ++moves) {
        if (moves == 100) return false;
        std::swap(moving, slots[at]);
        const Places q = places_of(shape, key_at(entries, moving));
        at = q.a == at ? q.b : q.a;
      }
      slots[at] = moving;
    }
    return true;
  }

  const Entry* base_ = nullptr;  // the table's first entry: slots name entries by place
  const Slot* slots_ = nullptr;  // owned_'s, or a constant's
  unsigned shift_a_ = 0, shift_b_ = 0;  // from the size, kept for the lookups
  size_t mask_ = 0;
  std::vector<Slot> owned_;  // the slots of an index built at run time
};

#endif  // __wasm__

}  // namespace claimscope
