// A set of words or phrases built once from a rule table (core/rules/).
//
// Rule tables are arrays of entries with a `text` field (plus an id and a
// reason); a Lexicon indexes them for O(1) lookups. Build each Lexicon once
// (a function-local static) and share it: it is immutable after construction.
//
// Lookups sit in the hottest loops (several per token of every paragraph),
// and most words of running text are in no table. So a lookup first asks three
// 256-entry masks which (first byte, length), (second byte, length) and (last
// byte, length) pairs occur, and only then probes
// a flat open-addressed table (word_index.h): no std::hash over the bytes, no
// node chasing. This was a fifth of all instructions with std::unordered_map.
#pragma once

#include <atomic>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "packed_rules.h"
#include "word_index.h"

namespace claimscope {

template <typename Entry>
class Lexicon {
 public:
  // One constructor per entry type, not one per table size: a rule table's
  // array or a vector converts to the span (32 copies cost the page 9.9 KB
  // of raw wasm, wasm23).
  [[gnu::noinline]] explicit Lexicon(std::span<const Entry> table) : index_(table) { note_lengths(table); }
  /// With an index made before (natively, a rule table's, at compile time:
  /// lexicon<Table>), the masks made here.
  constexpr Lexicon(std::span<const Entry> table, WordIndex<Entry> index) : index_(std::move(index)) {
    note_lengths(table);
  }
  /// The entry for `key` exactly as stored (tables store lower case unless noted), or nullptr.
  /// Inline, the probe not: a miss (most words) costs the caller the two
  /// loads and one test, without a call's saved registers.
  [[gnu::always_inline]] const Entry* find(std::string_view key) const {
    if (key.empty()) return has_empty_ ? probe(key) : nullptr;
    if (!may_contain_word(key)) return nullptr;
    return probe(key);
  }
  /// False when no entry has the first, second and last byte of `key` (not
  /// empty) with its length, so find() is nullptr: find()'s first step.
  [[gnu::always_inline]] bool may_contain_word(std::string_view key) const {
    // First, second and last byte with the length, in one test: the first byte
    // alone let about half the words of running text through to the probe, and
    // whether it did was a mispredict every other word (the second byte took
    // the probes on distinct news from 140 K to 106 K mispredicts per MB).
    // The length's bit is taken by a shift of the joined masks (one bt on
    // x86), not made first and AND-ed in (a compare, a select and a shift).
    const uint32_t joined = lengths_[uint8_t(key[0])] & second_lengths_[uint8_t(key[second(key.size())])] &
                            last_lengths_[uint8_t(key.back())];
    return (joined >> length_slot(key.size())) & 1u;
  }
  /// find() without the masks' test, for a caller that made it.
  [[gnu::noinline]] const Entry* probe(std::string_view key) const { return index_.find(key); }
  // Natively inline as find: out of line, every table's mask test shared one
  // branch, and the predictor lost what each call site had learned. Not
  // forced in WebAssembly, where the bytes are the bar.
#if !defined(__wasm__)
  [[gnu::always_inline]]
#endif
  bool contains(std::string_view key) const { return find(key) != nullptr; }

 private:
  // Lengths 1..31 have a bit each; longer ones share them modulo 32 (a
  // 33-byte word is looked up past the filter only if some entry of 1 or 33
  // bytes has its bytes): no clamp, and x86's shift takes the count modulo 32.
  static constexpr unsigned length_slot(size_t n) { return unsigned(n) & 31u; }
  static constexpr uint32_t length_bit(size_t n) { return uint32_t(1) << length_slot(n); }
  // The second byte of a word of two or more, the first of a one-byte word (no branch).
  static constexpr size_t second(size_t n) { return size_t(n > 1); }
  constexpr void note_lengths(std::span<const Entry> table) {
    for (const Entry& e : table) {
      std::string_view w(e.text);
      if (w.empty()) {
        has_empty_ = true;
        continue;
      }
      lengths_[uint8_t(w[0])] |= length_bit(w.size());
      second_lengths_[uint8_t(w[second(w.size())])] |= length_bit(w.size());
      last_lengths_[uint8_t(w.back())] |= length_bit(w.size());
    }
  }

  WordIndex<Entry> index_;
  uint32_t lengths_[256] = {};       // by first byte: the lengths of the entries
  uint32_t second_lengths_[256] = {};  // by second byte
  uint32_t last_lengths_[256] = {};  // by last byte
  bool has_empty_ = false;
};

/// A set of words that live as long as the program (views into a rule
/// table's static strings, e.g. the first word of every phrase), with the
/// same fast lookup. Holds views, not copies: never build one from
/// temporaries.
class WordSet {
 public:
  struct Entry {
    std::string_view text;
  };
  template <typename Words>
  explicit WordSet(const Words& words) {
    for (std::string_view w : words) entries_.push_back({w});
    lexicon_.emplace(entries_);
  }
  bool contains(std::string_view w) const { return lexicon_->contains(w); }
  /// Lexicon::probe: contains() without its first screening step.
  bool probe(std::string_view w) const { return lexicon_->probe(w) != nullptr; }
  /// The entry of `w` (for a word listed twice, the first), or nullptr.
  const Entry* find(std::string_view w) const { return lexicon_->find(w); }
  /// The words in the order given, repeats included.
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  std::vector<Entry> entries_;  // not resized after the lexicon is built: it points into them
  std::optional<Lexicon<Entry>> lexicon_;
};

#if defined(__wasm__)
// WebAssembly: the page's byte budget is the bar there (tests/node/bytes-budget),
// and the cached pointer's test at every call site plus a cold function per
// table cost 5.4 KB of gzip (251.3 KB, over the 250 KB budget). There the
// tables stay plain function-local statics, as before this speed work.
template <typename T, const T& (*Build)()>
inline const T& built_once() {
  return Build();
}
template <typename T, const T& (*Build)()>
inline bool built_contains(std::string_view w) {
  return Build().contains(w);
}
template <const auto& Table>
const Lexicon<WordRule>& lexicon() {
  static const Lexicon<WordRule> lex(Table);
  return lex;
}
template <const auto& Table>
inline bool in_table(std::string_view w) {
  return lexicon<Table>().contains(w);
}
#else
/// A value built on first use by `Build` (which keeps it in a function-local
/// static, thread-safe), reached through a pointer cached here. Lookups run a
/// few times per word: with the static's construction inlined into them, each
/// saved six registers and opened a stack frame on every call (~20
/// instructions around a lookup of ~15), and an out-of-line getter cost as
/// much in its own prologue. Here the hot path is one load and one test; the
/// cold path is a call.
template <typename T, const T& (*Build)()>
struct BuiltOnce {
  static inline std::atomic<const T*> cached{nullptr};  // constant-initialised: no guard of its own
  [[gnu::always_inline]] static const T& get() {
    const T* p = cached.load(std::memory_order_acquire);
    if (__builtin_expect(p == nullptr, 0)) {
      p = &Build();
      cached.store(p, std::memory_order_release);
    }
    return *p;
  }
};
template <typename T, const T& (*Build)()>
[[gnu::always_inline]] inline const T& built_once() {
  return BuiltOnce<T, Build>::get();
}

namespace detail {
// One recipe for every index made at compile time (in the binary's read-only
// data): a rule table's, and word_classes.cpp's joined lists (ClassedWord).
// Built at start-up, the ~117 tables' masks were ~350 KB written, all but a
// few lines of each only to zero them (0.4% of the CLI's cost on PolNeAR dev,
// cli109), and their indexes hashed every entry several times and wrote their
// slots before the first document (cli112). `List` is a constant array of
// entries with a `text` field; the slots are a constant of their own, and the
// Lexicon over them a prvalue, so that a named object (word_classes.h's hot
// tables) and table_lexicon below are both initialised from it in place.
template <const auto& List>
using ListEntry = std::remove_cvref_t<decltype(*std::data(List))>;
template <const auto& List>
inline constexpr unsigned kIndexBits = WordIndex<ListEntry<List>>::bits_for(List);
template <const auto& List>
inline constexpr auto kIndexSlots =
    WordIndex<ListEntry<List>>::template slots_for<(size_t(1) << kIndexBits<List>)>(List, kIndexBits<List>);
template <const auto& List>
constexpr Lexicon<ListEntry<List>> compiled_lexicon() {
  return Lexicon<ListEntry<List>>(List, WordIndex<ListEntry<List>>(List, kIndexSlots<List>.data(), kIndexBits<List>));
}

// A rule table's Lexicon, one per table: a rule table is an inline variable
// (packed_rules.h's CLAIMSCOPE_WORD_RULES), one object in every file, so each
// file's instantiation is the same one (before the thirty-seventh round, a
// file-local array each, ten tables' slots were there twice). The tables asked
// in the hottest loops are named objects of word_classes.cpp (word_classes.h).
template <const auto& Table>
constinit inline Lexicon<WordRule> table_lexicon = compiled_lexicon<Table>();
}  // namespace detail

/// The Lexicon of one WordRule table, made at compile time:
/// `lexicon<rules::kCueVerbs>().contains(w)`.
template <const auto& Table>
[[gnu::always_inline]] inline const Lexicon<WordRule>& lexicon() {
  return detail::table_lexicon<Table>;
}

namespace detail {
template <typename T, const T& (*Build)()>
[[gnu::noinline, gnu::cold]] bool contains_first_time(std::string_view w) {
  return BuiltOnce<T, Build>::get().contains(w);
}
}  // namespace detail

/// built_once<T, Build>().contains(w) for a function that does nothing else:
/// the first call, which builds the set, is a tail call of its own, so the
/// usual call keeps nothing across a call (no saved registers, no frame).
template <typename T, const T& (*Build)()>
[[gnu::always_inline]] inline bool built_contains(std::string_view w) {
  const T* set = BuiltOnce<T, Build>::cached.load(std::memory_order_acquire);
  if (__builtin_expect(set == nullptr, 0)) return detail::contains_first_time<T, Build>(w);
  return set->contains(w);
}

/// lexicon<Table>().contains(w), on the compile-time object (a constant
/// address: no pointer to load and test first).
template <const auto& Table>
[[gnu::always_inline]] inline bool in_table(std::string_view w) {
  return detail::table_lexicon<Table>.contains(w);
}
#endif  // __wasm__

}  // namespace claimscope
