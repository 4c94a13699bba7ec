// WordRule, the common rule-table entry, and the packed form the WebAssembly
// module keeps of a table of them.
//
// A table is written as before, one entry per braced triple; only the line that
// names it differs:
//
//   CLAIMSCOPE_WORD_RULES(kCueVerbs) = {
//       {"say", "cue.say", "reporting verb"}, ...
//   };
//
// Natively that line is `inline constexpr WordRule kCueVerbs[]`: one array for the
// whole program, not one per file that includes the header, so a template keyed
// on the table (lexicon.h's compile-time index, in_table) is one instantiation too.
// In the module an array of entries was two 4-byte pointers per entry (text,
// id): ~5,900 words of its data section that gzip could not shrink. There the
// same initialiser defines a source array that is read only at compile time,
// and `kCueVerbs` is an empty object whose table is one string,
// "say\0cue.say\0says\0\0said\0\0...", built from the source by constant
// evaluation (-6.8 KB gzip of each page: bench/speed-history.md, bytes89). The
// entries are made from the string on first use (a heap array that lives as
// long as the program) and handed out as before: range-for, std::size,
// indexing, and a std::span<const WordRule> (what Lexicon and the other
// builders take); in constant evaluation the source's entries. The texts stay
// static strings (inside the packed one), so views into them stay valid. A
// table written the old way (`inline constexpr WordRule kX[] = {`) still works
// everywhere, unpacked. tests/unit/test_rule_tables*.cpp compile the rules
// headers packed, natively, and check every table's entries.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <type_traits>

#include "rule_reason.h"

namespace claimscope {

/// The common shape of a rule-table entry: the word or phrase, a stable id
/// and the reason it is there.
struct WordRule {
  const char* text;
  const char* id;
  [[no_unique_address]] RuleReason reason;
};

namespace packed_rules {

constexpr size_t length(const char* s) {
  size_t n = 0;
  while (s[n] != '\0') ++n;
  return n;
}

// The packed string: each entry's text, a NUL, then its id and a NUL; an id
// the same as the entry before's is left out (its NUL alone: "said\0\0"), and
// an empty id is written as kEmptyId ("\x01\0"). Within a table a verb's
// forms mostly share one id ("say", "says", "said": cue.say); a repeated id
// costs gzip a back-reference of two or three bytes, an empty field one NUL.
// An id that is a prefix and the entry's text (spaces as '_': "wrong",
// "judge.wrong"; "made up", "judge.made_up"), as 1,771 of 3,060 entries' are,
// is written as its prefix and kTextId ("judge.\x02\0"), and as kTextId alone
// when its prefix is the last one so written ("\x02\0"): the id is built
// from the text when the table is unpacked (-4 KB gzip of each page,
// bench/speed-history.md, bytes132).
inline constexpr char kEmptyId = '\x01';
inline constexpr char kTextId = '\x02';

// Not constexpr: called in constant evaluation it stops the build there.
inline void a_rule_id_holds_the_empty_id_mark() {}

// The length of the prefix that `id` adds to `text` (spaces as '_'), if it is
// one: not empty, or 0.
constexpr size_t text_id_prefix(const char* text, const char* id) {
  const size_t t = length(text);
  const size_t n = length(id);
  if (n <= t) return 0;
  for (size_t k = 0; k < t; ++k) {
    if (id[n - t + k] != (text[k] == ' ' ? '_' : text[k])) return 0;
  }
  return n - t;
}

/// What a table packs to: the packed string's bytes, and the bytes the ids
/// written as prefix and text take once built (with their NULs), so that the
/// table is unpacked in one walk into room sized at compile time.
struct PackedSizes {
  size_t chars = 0;
  size_t built_ids = 0;
};

/// Writes `table` packed into `out` (nullptr: only counts); its sizes.
template <size_t N>
constexpr PackedSizes encode(const WordRule (&table)[N], char* out) {
  size_t at = 0;
  auto put = [&](char c) {
    if (out) out[at] = c;
    ++at;
  };
  const char* previous_id = nullptr;
  const char* previous_prefix = nullptr;  // of the last id written as prefix and text
  size_t previous_prefix_size = 0;
  size_t built_ids = 0;
  for (const WordRule& e : table) {
    for (size_t i = 0, n = length(e.text); i < n; ++i) put(e.text[i]);
    put('\0');
    const size_t n = length(e.id);
    bool same = previous_id != nullptr && length(previous_id) == n;
    for (size_t i = 0; same && i < n; ++i) same = previous_id[i] == e.id[i];
    for (size_t i = 0; i < n; ++i) {
      if (e.id[i] == kEmptyId || e.id[i] == kTextId) a_rule_id_holds_the_empty_id_mark();
    }
    const size_t prefix = same ? 0 : text_id_prefix(e.text, e.id);
    if (!same && n == 0) {
      put(kEmptyId);
    } else if (prefix > 0) {
      bool again = previous_prefix != nullptr && previous_prefix_size == prefix;
      for (size_t i = 0; again && i < prefix; ++i) again = previous_prefix[i] == e.id[i];
      for (size_t i = 0; !again && i < prefix; ++i) put(e.id[i]);
      put(kTextId);
      previous_prefix = e.id;
      previous_prefix_size = prefix;
      built_ids += n + 1;
    } else if (!same) {
      for (size_t i = 0; i < n; ++i) put(e.id[i]);
    }
    put('\0');
    previous_id = e.id;
  }
  return {at, built_ids};
}

template <size_t N>
constexpr size_t packed_size(const WordRule (&table)[N]) {
  return encode(table, nullptr).chars;
}

/// The packed string of `table` (compile time).
template <size_t Bytes, size_t N>
constexpr std::array<char, Bytes> pack(const WordRule (&table)[N]) {
  std::array<char, Bytes> out{};
  encode(table, out.data());
  return out;
}

/// The `count` entries of a packed string, in order, into `out`: texts and ids
/// point into `chars`, but an id written as prefix and text, which is built
/// into `built` (room for encode()'s built_ids). Returns the bytes so built.
inline size_t unpack(const char* chars, size_t count, WordRule* out, char* built = nullptr) {
  const char* id = chars;  // (never read for the first entry: its id field is not empty)
  const char* prefix = nullptr;
  size_t prefix_size = 0;
  size_t built_size = 0;
  for (size_t i = 0; i < count; ++i) {
    const char* text = chars;
    const size_t text_size = std::strlen(text);
    chars += text_size + 1;
    if (*chars != '\0') {
      const size_t n = std::strlen(chars);
      if (chars[n - 1] == kTextId) {
        if (n > 1) {  // a new prefix (kTextId alone: the last one again)
          prefix = chars;
          prefix_size = n - 1;
        }
        char* made = built + built_size;
        std::memcpy(made, prefix, prefix_size);
        for (size_t k = 0; k < text_size; ++k) made[prefix_size + k] = text[k] == ' ' ? '_' : text[k];
        made[prefix_size + text_size] = '\0';
        id = made;
        built_size += prefix_size + text_size + 1;
      } else {
        id = chars + (*chars == kEmptyId);  // kEmptyId: the NUL after it
      }
      chars += n;
    }
    out[i].text = text;
    out[i].id = id;
    ++chars;
  }
  return built_size;
}

/// What the module keeps of one packed table: its string, its sizes and, once
/// made, its entries. One object per table, so that each place that reads a
/// table passes one address, not three values (hundreds of places in the
/// module: bench/speed-history.md, bytes136).
struct Table {
  const char* chars;
  const WordRule* made;
  uint16_t count;
  uint16_t built_ids;  // encode()'s, at compile time
};

/// The entries of one packed table, made on the first call (one walk of the
/// string) and kept for the program's life. The module is single-threaded.
[[gnu::noinline]] inline const WordRule* unpacked(Table& table) {
  if (table.made == nullptr) {
    WordRule* entries = new WordRule[table.count]();
    unpack(table.chars, table.count, entries, table.built_ids ? new char[table.built_ids] : nullptr);
    table.made = entries;
  }
  return table.made;
}

template <typename Source>
inline constexpr auto kChars = pack<packed_size(Source::all)>(Source::all);

template <typename Source>
inline constexpr size_t kBuiltIdBytes = encode(Source::all, nullptr).built_ids;

}  // namespace packed_rules

/// The table whose entries `Source::all` lists: an empty object that hands out
/// the entries made from the packed string at run time, and the source itself
/// in constant evaluation (a constexpr table built from another: the source is
/// then read at compile time only, as the packed string is made).
template <typename Source>
class PackedWordRules {
 public:
  using value_type = WordRule;  // for std::span's deduction
  using source = Source;
  static constexpr size_t size() { return sizeof(Source::all) / sizeof(WordRule); }
  constexpr const WordRule* data() const {
    static_assert(size() <= UINT16_MAX && packed_rules::kBuiltIdBytes<Source> <= UINT16_MAX);  // table_'s fields
    if (std::is_constant_evaluated()) return Source::all;
    return packed_rules::unpacked(table_);
  }
  constexpr const WordRule* begin() const { return data(); }
  constexpr const WordRule* end() const { return data() + size(); }
  constexpr const WordRule& operator[](size_t i) const { return data()[i]; }
  constexpr operator std::span<const WordRule>() const { return {data(), size()}; }

 private:
  // constinit: in the data section, no start-up code.
  static constinit inline packed_rules::Table table_{packed_rules::kChars<Source>.data(), nullptr, uint16_t(size()),
                                                     uint16_t(packed_rules::kBuiltIdBytes<Source>)};
};

}  // namespace claimscope

#if defined(__wasm__) || defined(CLAIMSCOPE_PACK_WORD_RULES)
// `Name`'s source array is the static member `all` of a class declared here
// and defined by the initialiser that follows the macro: an inline variable,
// one definition across translation units, emitted only if something reads it
// at run time (nothing does), and so are the packed string and the entries
// made from it. The class's name carries the header's line as well, so that two
// tables of one name in one namespace, in headers never included together,
// would get two classes rather than share one packed string (none do now: the
// month and weekday names have one table each, core/rules/dates.h).
#if defined(__wasm__)
#define CLAIMSCOPE_WORD_RULES_LINKAGE inline
#else
// A native file that packs its tables to test them (tests/unit/test_rule_tables.cpp)
// keeps them its own: the program's tables of the same names are inline arrays, and
// one name with two definitions is an ODR violation (GCC's -Wodr at link time).
#define CLAIMSCOPE_WORD_RULES_LINKAGE
#endif
#define CLAIMSCOPE_WORD_RULES(Name) CLAIMSCOPE_WORD_RULES_AT(Name, Name##_source_, __LINE__)
#define CLAIMSCOPE_WORD_RULES_AT(Name, Prefix, Line) CLAIMSCOPE_WORD_RULES_SOURCE(Name, Prefix, Line)
#define CLAIMSCOPE_WORD_RULES_SOURCE(Name, Prefix, Line)                       \
  struct Prefix##Line {                                                        \
    static const ::claimscope::WordRule all[];                                 \
  };                                                                           \
  CLAIMSCOPE_WORD_RULES_LINKAGE constexpr ::claimscope::PackedWordRules<Prefix##Line> Name{}; \
  inline constexpr ::claimscope::WordRule Prefix##Line::all[]
#else
#define CLAIMSCOPE_WORD_RULES(Name) inline constexpr ::claimscope::WordRule Name[]
#endif

// A view of some rows of a packed table (`CLAIMSCOPE_RULE_VIEW kX =
// std::span(kTable).first(3);`): one object in the program, like the table,
// so its index (lexicon<kX>) is one too, not one per file that asks it. In a
// native file that packs its tables to test them the table viewed is that
// file's own, so the view is too (one name, two initialisers, otherwise).
#if defined(CLAIMSCOPE_PACK_WORD_RULES) && !defined(__wasm__)
#define CLAIMSCOPE_RULE_VIEW constexpr std::span<const ::claimscope::WordRule>
#else
#define CLAIMSCOPE_RULE_VIEW inline constexpr std::span<const ::claimscope::WordRule>
#endif
