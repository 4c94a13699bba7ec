// Lexicon's pre-filter (first, second and last byte with the length) may only
// turn away words that are not entries: every entry of every length, one- and
// two-byte ones included, is found, and near misses are not.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "lexicon.h"
#include "rules/cues.h"
#include "rules/evidence.h"
#include "rules/speaker_words.h"

using namespace claimscope;

TEST_CASE("Lexicon finds every entry, short ones too, and nothing else") {
  static constexpr WordRule kWords[] = {
      {"a", "t.a", "one byte"},        {"of", "t.of", "two bytes"},   {"said", "t.said", "a word"},
      {"told", "t.told", "a word"},    {"u.s.", "t.us", "dots"},      {"referring", "t.referring", "long"},
  };
  Lexicon<WordRule> lexicon(kWords);
  for (const WordRule& e : kWords) {
    INFO(e.text);
    const WordRule* found = lexicon.find(e.text);
    REQUIRE(found != nullptr);
    CHECK(std::string_view(found->id) == std::string_view(e.id));
  }
  // Same first and last byte and length as an entry, another second byte; and the reverse.
  for (std::string_view w : {"b", "on", "sand", "tend", "soid", "u.k.", "reforming", "", "saids", "aid"}) {
    INFO(w);
    CHECK_FALSE(lexicon.contains(w));
  }
}

namespace {

constexpr WordRule kColours[] = {
    {"red", "c.red", "a colour"}, {"green", "c.green", "a colour"}, {"ultramarine", "c.ultramarine", "long"}};
constexpr WordRule kShapes[] = {{"square", "s.square", "a shape"}, {"circle", "s.circle", "a shape"}};
constexpr WordRule kTrees[] = {{"oak", "t.oak", "a tree"}, {"birch", "t.birch", "a tree"}};

int g_set_builds = 0;
const WordSet& built_set() {
  static const WordSet set([] {
    ++g_set_builds;
    return std::vector<std::string_view>{"north", "south"};
  }());
  return set;
}

}  // namespace

TEST_CASE("in_table and built_contains answer as the table does, on the first call and after") {
  // The first call of each builds its table (the cold path); later calls read the cached pointer.
  for (int round = 0; round < 3; ++round) {
    INFO(round);
    CHECK(in_table<kColours>("red"));
    CHECK(in_table<kColours>("ultramarine"));
    CHECK_FALSE(in_table<kColours>("blue"));
    CHECK_FALSE(in_table<kColours>(""));
    CHECK_FALSE(in_table<kColours>("square"));  // another table's word
    CHECK(in_table<kShapes>("circle"));
    CHECK_FALSE(in_table<kShapes>("green"));
    CHECK(&lexicon<kColours>() == &lexicon<kColours>());  // one table, shared
    CHECK(lexicon<kShapes>().contains("square"));
    CHECK(built_contains<WordSet, built_set>("south"));
    CHECK_FALSE(built_contains<WordSet, built_set>("west"));
    CHECK(&built_once<WordSet, built_set>() == &built_set());
  }
  CHECK(g_set_builds == 1);
}

TEST_CASE("in_table answers the same from two threads that ask first at once") {
  int found[2] = {0, 0};
  auto ask = [&](int slot) {
    for (int i = 0; i < 1000; ++i) found[slot] += in_table<kTrees>("birch") + in_table<kTrees>("elm");
  };
  std::thread other(ask, 1);
  ask(0);
  other.join();
  CHECK(found[0] == 1000);
  CHECK(found[1] == 1000);
}

namespace {

struct TestEntry {
  std::string_view text;
  int id;
};

// The slow answer: the first entry with this exact text.
const TestEntry* first_with(const std::vector<TestEntry>& entries, std::string_view key) {
  for (const TestEntry& e : entries)
    if (e.text == key) return &e;
  return nullptr;
}

uint64_t packed(std::string_view key) {  // as WordIndex::find_packed wants it
  uint64_t v = 0;
  for (size_t i = key.size(); i-- > 0;) v = v << 8 | uint8_t(key[i]);
  return v;
}

}  // namespace

TEST_CASE("WordIndex finds exactly its entries at every length, near misses and NUL bytes included") {
  // Strings that share what the index compares first: the first eight bytes,
  // the last eight, the length; one byte of difference in the middle of long
  // keys; NUL bytes that a zero-padded key would hide; repeats (first wins).
  std::vector<std::string> texts = {"",
                                    "a",
                                    "ab",
                                    "abc",
                                    "abcd",
                                    "said",
                                    std::string("said\0", 5),
                                    std::string("s\0id", 4),
                                    "abcdefgh",
                                    "abcdefghi",
                                    "abcdefghij",
                                    "aaaaaaaaa",
                                    "aaaaaaaaaa",
                                    "aaaaaaaaaaaaaaaa",
                                    "aaaaaaaaaaaaaaaaa",
                                    "counterterrorism",
                                    "counterterrorisms",
                                    "counterXerrorisms",
                                    "counterterrorism officials",
                                    "counterterrorXsm officials",
                                    "said"};
  for (int len = 1; len <= 40; ++len) texts.push_back(std::string(size_t(len), 'q') + "z");
  // Many words from a small alphabet: chains of evictions, a grown table.
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, seed >> 16; };
  for (int i = 0; i < 3000; ++i) {
    std::string w;
    for (size_t n = 1 + next() % 20; n-- > 0;) w += "etaoinsr.-'"[next() % 11];
    texts.push_back(w);
  }
  std::vector<TestEntry> entries;
  for (size_t i = 0; i < texts.size(); ++i) entries.push_back({texts[i], int(i)});
  WordIndex<TestEntry> index(entries);

  std::vector<std::string> keys = texts;
  for (const std::string& t : texts) {
    keys.push_back(t + "x");
    keys.push_back(t + std::string(1, '\0'));
    if (!t.empty()) keys.push_back(t.substr(1)), keys.push_back(t.substr(0, t.size() - 1));
    if (t.size() > 2) {
      std::string m = t;
      m[t.size() / 2] ^= 1;
      keys.push_back(m);
    }
  }
  for (const std::string& k : keys) {
    INFO(k);
    const TestEntry* want = first_with(entries, k);
    CHECK(index.find(k) == want);
    if (!k.empty() && k.size() <= 8) CHECK(index.find_packed(packed(k), k.size()) == want);
  }
}

TEST_CASE("Lexicon's length bits: entries of 31 bytes and more are found, words of other lengths are not") {
  // The filter keeps a word's length modulo 32: a 33-byte entry shares its bit
  // with one-byte words, a 32-byte one with no length at all.
  static const std::string k31(31, 'q'), k32 = "w" + std::string(30, 'x') + "y", k33 = "p" + std::string(31, 'z') + "k",
                           k40 = "long" + std::string(36, 'o');
  static const WordRule kLong[] = {
      {"p", "l.p", "one byte"}, {k31.c_str(), "l.31", "31 bytes"}, {k32.c_str(), "l.32", "32 bytes"},
      {k33.c_str(), "l.33", "33 bytes"}, {k40.c_str(), "l.40", "40 bytes"},
  };
  Lexicon<WordRule> lexicon(kLong);
  for (const WordRule& e : kLong) {
    INFO(e.text);
    const WordRule* found = lexicon.find(e.text);
    REQUIRE(found != nullptr);
    CHECK(std::string_view(found->id) == std::string_view(e.id));
  }
  // The same first, second and last bytes at lengths whose slot modulo 32
  // holds an entry: the filter may pass them, the table must not.
  const std::string near65 = "p" + std::string(63, 'z') + "k", near1 = "k", near64 = "w" + std::string(62, 'x') + "y";
  for (const std::string& w : {near65, near1, near64, std::string(63, 'q'), std::string(30, 'q'), k40 + "o"}) {
    INFO(w);
    CHECK_FALSE(lexicon.contains(w));
  }
}

namespace {

// Entries of each shape the slot layout treats apart: one to eight bytes (head and
// length are the key), nine to sixteen (the tail is read from the entry), seventeen
// and more (the entry's text is compared), and the empty key.
std::vector<std::string> edge_texts() {
  return {"",
          "reporter",           // 8 bytes: the whole key in the head
          "reporters",          // 9: one byte of tail past the head
          "spokesman",          // 9
          "spokeswoman",        // 11
          "internationalism",   // 16: same head and length as the next, another tail
          "internationalist",   // 16
          "internationalists",  // 17: past the tail, the text compared
          "internationalismo",  // 17: same head, tail and length as no other, same head as three
          "counterterrorism officials said"};
}

}  // namespace

TEST_CASE("WordIndex's slots: keys of 8, 9, 16 and 17 bytes, the empty key and prefixes") {
  const std::vector<std::string> texts = edge_texts();
  std::vector<TestEntry> entries;
  for (size_t i = 0; i < texts.size(); ++i) entries.push_back({texts[i], int(i)});
  const WordIndex<TestEntry> index(entries);
  for (const TestEntry& e : entries) {
    INFO(e.text);
    CHECK(index.find(e.text) == &e);
  }
  // A key that is an entry's prefix, or has an entry as its prefix, shares the
  // entry's head (and for long keys its first sixteen bytes) but not its length.
  for (std::string_view k : {"report", "reporte", "reporterss", "spokes", "spokeswoma", "internationali",
                             "internationalis", "internationalisms", "internationalist ", "internationalistsx",
                             "counterterrorism", "counterterrorism officials", "counterterrorism officials sai",
                             "counterterrorism officials said.", "internationalisn", "internationalisx",
                             "reporterz", "spokeswomen"}) {
    INFO(k);
    CHECK(index.find(k) == nullptr);
  }
  // Without an empty entry the empty key finds nothing (an empty slot is all zeros).
  std::vector<TestEntry> no_empty(entries.begin() + 1, entries.end());
  const WordIndex<TestEntry> without(no_empty);
  CHECK(without.find("") == nullptr);
  CHECK(without.find("reporter") == &no_empty[0]);
}

TEST_CASE("WordIndex reads a long key's tail from the entry, whatever holds the entry's text") {
  // const char* text (the rule tables) and string_view text (built sets) alike;
  // a NUL inside the tail counts as a byte.
  static constexpr WordRule kRules[] = {{"reporters", "r.1", "9 bytes"}, {"spokeswoman", "r.2", "11 bytes"},
                                        {"internationalism", "r.3", "16 bytes"}};
  const WordIndex<WordRule> rules(kRules);
  for (const WordRule& e : kRules) CHECK(rules.find(e.text) == &e);
  CHECK(rules.find("reportery") == nullptr);
  CHECK(rules.find("internationalisn") == nullptr);

  const std::string with_nul("spokes\0woman", 12), other_nul("spokes\0women", 12);
  const std::vector<TestEntry> views = {{with_nul, 0}};
  const WordIndex<TestEntry> index(views);
  CHECK(index.find(with_nul) == &views[0]);
  CHECK(index.find(other_nul) == nullptr);
  CHECK(index.find("spokes") == nullptr);
}

TEST_CASE("WordIndex keeps keys of 65,535 bytes and more apart from short ones") {
  // The slot keeps lengths up to 65,534 exactly and every longer one as 65,535.
  const std::string huge = "a" + std::string(65536, '\0');  // its head is "a" and seven NULs
  const std::string huge2 = "a" + std::string(65535, '\0') + "b", limit(65535, 'z');
  const std::vector<TestEntry> entries = {{huge, 0}, {huge2, 1}, {limit, 2}, {"a", 3}};
  const WordIndex<TestEntry> index(entries);
  CHECK(index.find(huge) == &entries[0]);
  CHECK(index.find(huge2) == &entries[1]);
  CHECK(index.find(limit) == &entries[2]);
  CHECK(index.find("a") == &entries[3]);
  CHECK(index.find(std::string("a\0", 2)) == nullptr);
  CHECK(index.find(std::string(65537, 'a')) == nullptr);
  CHECK(index.find(limit + "z") == nullptr);
}

TEST_CASE("A full WordIndex: every size up to 600 entries finds each entry and no other word") {
  // Sizes on both sides of each power of two the table grows at (n * 2 + 2 slots at least),
  // so tables are built as full as they get, with eviction chains, and grown.
  for (size_t n : {0, 1, 2, 3, 6, 7, 14, 15, 30, 31, 62, 63, 126, 127, 254, 255, 510, 511, 600}) {
    INFO(n);
    std::vector<std::string> texts;
    for (size_t i = 0; i < n; ++i) texts.push_back(std::string(1 + i % 19, char('a' + i % 26)) + std::to_string(i));
    std::vector<TestEntry> entries;
    for (size_t i = 0; i < n; ++i) entries.push_back({texts[i], int(i)});
    const WordIndex<TestEntry> index(entries);
    for (const TestEntry& e : entries) REQUIRE(index.find(e.text) == &e);
    for (size_t i = 0; i < n; ++i) {
      CHECK(index.find(texts[i] + "x") == nullptr);
      CHECK(index.find(std::string(1 + i % 19, char('a' + i % 26)) + std::to_string(i + n)) == nullptr);
    }
    CHECK(index.find("") == nullptr);
  }
}

TEST_CASE("Lexicon and WordIndex build alike from a table's array and from a vector of its entries") {
  static constexpr WordRule kWords[] = {{"said", "w.said", "a cue"}, {"spokeswoman", "w.spokeswoman", "a role"},
                                        {"said", "w.said2", "a repeat: the first wins"}};
  const std::vector<WordRule> copy(std::begin(kWords), std::end(kWords));
  const Lexicon<WordRule> from_array(kWords), from_vector(copy);
  CHECK(from_array.find("said") == &kWords[0]);
  CHECK(from_vector.find("said") == &copy[0]);
  CHECK(from_array.find("spokeswoman") == &kWords[1]);
  CHECK(from_vector.find("spokeswoman") == &copy[1]);
  CHECK_FALSE(from_vector.contains("told"));
}

TEST_CASE("WordIndex keeps apart keys alike in every byte its slots hold") {
  // Keys of more than sixteen bytes that share the first eight, the last eight
  // and the length (they differ in the middle only): the slots cannot tell
  // them apart, the entry's text must.
  std::vector<std::string> texts;
  for (int i = 0; i < 300; ++i) texts.push_back("headline" + std::to_string(1000 + i) + " last part");
  // Keys of one to eight bytes that pack alike but for their length (zero
  // padding), and keys of nine to sixteen bytes alike but for the tail.
  texts.push_back("ab");
  texts.push_back("x");
  texts.push_back(std::string("ab\0", 3));
  texts.push_back(std::string("ab\0\0", 4));
  texts.push_back(std::string("x\0\0\0\0\0\0\0", 8));
  for (int i = 0; i < 60; ++i) texts.push_back("tailbyte" + std::string(size_t(1 + i % 8), char('a' + i / 8)));
  // Beyond ASCII, and the longest a slot's length field holds apart.
  texts.push_back("\xC3\xA9lys\xC3\xA9" "e");               // "élysée"
  texts.push_back("\xE2\x80\x9C" "said" "\xE2\x80\x9D");  // curly quotes around a word
  texts.push_back(std::string(65534, 'm'));
  texts.push_back(std::string(65535, 'm'));
  std::vector<TestEntry> entries;
  for (size_t i = 0; i < texts.size(); ++i) entries.push_back({texts[i], int(i)});
  const WordIndex<TestEntry> index(entries);
  for (const TestEntry& e : entries) {
    INFO(e.text.size());
    CHECK(index.find(e.text) == first_with(entries, e.text));
  }
  for (int i = 0; i < 300; ++i) {
    CHECK(index.find("headline" + std::to_string(2000 + i) + " last part") == nullptr);
    CHECK(index.find("headline" + std::to_string(1000 + i) + " last parts") == nullptr);
  }
  CHECK(index.find(std::string("ab\0\0\0", 5)) == nullptr);
  CHECK(index.find("tailbytezz") == nullptr);
  CHECK(index.find("\xC3\xA9lys\xC3\xA9") == nullptr);
  CHECK(index.find(std::string(65533, 'm')) == nullptr);
}

TEST_CASE("A large WordIndex (20,000 keys) finds each key and no near miss") {
  // Enough keys that the build grows its table and runs long eviction chains.
  std::vector<std::string> texts;
  uint32_t seed = 777;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, seed >> 16; };
  for (int i = 0; i < 20000; ++i) {
    std::string w;
    for (size_t n = 1 + next() % 24; n-- > 0;) w += "abcdefghijklmnopqrstuvwxyz -'"[next() % 29];
    texts.push_back(w);
  }
  std::vector<TestEntry> entries;
  for (size_t i = 0; i < texts.size(); ++i) entries.push_back({texts[i], int(i)});
  const WordIndex<TestEntry> index(entries);
  std::unordered_map<std::string_view, const TestEntry*> first;  // the slow answer, kept
  for (const TestEntry& e : entries) first.emplace(e.text, &e);
  size_t misses = 0;
  for (const TestEntry& e : entries) misses += index.find(e.text) != first.at(e.text);
  CHECK(misses == 0);
  size_t false_hits = 0;
  for (const std::string& t : texts) {
    false_hits += index.find(t + "#") != nullptr;
  }
  CHECK(false_hits == 0);
}

TEST_CASE("WordIndex: a repeated key keeps its first entry at every length, after evictions and growth too") {
  // The build hashes each entry once and tells a repeat by the two slots of
  // its own key: repeats of short, nine-to-sixteen-byte, long and
  // over-65,534-byte keys, placed after many other keys have moved.
  const std::string big(70000, 'k'), big_shorter(65600, 'k');  // both longer than a slot's length field tells
  std::vector<std::string> texts = {"said",  "spokesman", "a statement from the office", big, big_shorter, "",
                                    "x",     std::string("x\0", 2)};
  uint32_t seed = 777;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, seed >> 16; };
  for (int i = 0; i < 1500; ++i) {
    std::string w;
    for (size_t n = 1 + next() % 24; n-- > 0;) w += "aeiostn"[next() % 7];
    texts.push_back(w);
  }
  const size_t first_count = texts.size();
  for (size_t i = 0; i < first_count; i += 3) texts.push_back(texts[i]);  // every third key again, in order
  texts.push_back(big.substr(0, 65601));                                   // not a repeat of either long key
  std::vector<TestEntry> entries;
  for (size_t i = 0; i < texts.size(); ++i) entries.push_back({texts[i], int(i)});
  const WordIndex<TestEntry> index(entries);
  for (const TestEntry& e : entries) {
    INFO(e.id);
    REQUIRE(index.find(e.text) == first_with(entries, e.text));
  }
  CHECK(index.find(big) == &entries[3]);
  CHECK(index.find(big_shorter) == &entries[4]);
  CHECK(index.find(big.substr(0, 65601)) == &entries.back());
  CHECK(index.find(big + "k") == nullptr);
  CHECK(index.find(std::string("x\0\0", 3)) == nullptr);
}

#if !defined(__wasm__)
namespace {

// A table with an empty entry, one-byte and long entries, and a repeated word:
// the shapes whose mask bits or index slots are special.
constexpr WordRule kMixed[] = {
    {"", "m.empty", "empty"},          {"x", "m.x", "one byte"},
    {"on", "m.on", "two bytes"},       {"lamplighter", "m.lamplighter", "eleven bytes"},
    {"on", "m.on2", "repeated"},       {"a long phrase of many more words", "m.phrase", "32 bytes"},
};

}  // namespace

TEST_CASE("lexicon<Table>, masks made at compile time, answers as a Lexicon built at run time") {
  const Lexicon<WordRule> built(kMixed);
  const Lexicon<WordRule>& made = lexicon<kMixed>();
  CHECK(&made == &detail::table_lexicon<kMixed>);  // the compile-time object, masks and index
  for (const WordRule& e : kMixed) {
    INFO(e.text);
    REQUIRE(made.find(e.text) != nullptr);
    CHECK(made.find(e.text) == built.find(e.text));  // the same entry: the first of a repeated word
    CHECK(made.may_contain_word(e.text[0] ? e.text : "x"));
  }
  for (std::string_view w : {"y", "no", "lamplighters", "lamplightex", "a long phrase of many more word", "xx"}) {
    INFO(w);
    CHECK_FALSE(made.contains(w));
    CHECK(made.may_contain_word(w) == built.may_contain_word(w));
  }
  CHECK(std::string_view(made.find("")->id) == "m.empty");
  CHECK(in_table<kMixed>("lamplighter"));
  CHECK(in_table<kMixed>(""));  // the empty entry: in_table's own test of the masks lets it through
  CHECK_FALSE(in_table<kMixed>("lamplighters"));
}
namespace {

// Keys of every shape the index packs differently: one to eight bytes, nine
// to sixteen (a tail), over sixteen that share head, tail and length (folded
// tails), a repeated key and the empty key. Sentences and words of our own.
constexpr WordRule kKeyShapes[] = {
    {"i", "s.i", "one byte"},
    {"so", "s.so", "two bytes"},
    {"yes", "s.yes", "three bytes"},
    {"told", "s.told", "four bytes"},
    {"remarked", "s.remarked", "eight bytes"},
    {"remarkedly", "s.remarkedly", "ten bytes"},
    {"counterpoints", "s.counterpoints", "thirteen bytes"},
    {"a notice of 1001 dry kettles", "s.k1", "long, shares head and tail"},
    {"a notice of 1002 dry kettles", "s.k2", "long, shares head and tail"},
    {"a notice of 1003 dry kettles", "s.k3", "long, shares head and tail"},
    {"told", "s.told2", "repeated"},
    {"", "s.empty", "empty"},
    {"remarkedly", "s.remarkedly2", "repeated, ten bytes"},
};

template <size_t N>
const WordRule* first_rule(const WordRule (&table)[N], std::string_view key) {
  for (const WordRule& e : table)
    if (key == e.text) return &e;
  return nullptr;
}

// Each entry, and words near each: a byte off the end, a byte more, the last
// byte changed, a NUL after it.
template <size_t N>
std::vector<std::string> near_words(const WordRule (&table)[N]) {
  std::vector<std::string> words;
  for (const WordRule& e : table) {
    const std::string w = e.text;
    words.push_back(w);
    words.push_back(w + "s");
    words.push_back(w + std::string(1, '\0'));
    if (!w.empty()) {
      words.push_back(w.substr(0, w.size() - 1));
      words.push_back(w.substr(0, w.size() - 1) + char(w.back() ^ 1));
    }
  }
  return words;
}

// lexicon<Table>'s compile-time index against the first entry of each key
// and against an index built at run time from the same table.
template <const auto& Table>
void check_compile_time_index() {
  const Lexicon<WordRule>& made = lexicon<Table>();
  const WordIndex<WordRule> built(Table);
  for (const std::string& w : near_words(Table)) {
    INFO(w);
    const WordRule* want = first_rule(Table, w);
    CHECK(made.find(w) == want);
    CHECK(built.find(w) == want);
    CHECK(in_table<Table>(w) == (want != nullptr));
  }
}

}  // namespace

TEST_CASE("lexicon<Table>'s index is made at compile time and finds the first entry of each key, and nothing else") {
  // A constant: its slots exist before the program runs, 2^bits of them, at least twice the entries.
  static_assert(detail::kIndexSlots<kKeyShapes>.size() == size_t(1) << detail::kIndexBits<kKeyShapes>);
  static_assert(detail::kIndexSlots<kKeyShapes>.size() >= 2 * std::size(kKeyShapes));
  check_compile_time_index<kKeyShapes>();
  check_compile_time_index<kMixed>();
  CHECK(std::string_view(lexicon<kKeyShapes>().find("told")->id) == "s.told");              // the first, not the repeat
  CHECK(std::string_view(lexicon<kKeyShapes>().find("remarkedly")->id) == "s.remarkedly");  // likewise past eight bytes
  CHECK(lexicon<kKeyShapes>().find("a notice of 1004 dry kettles") == nullptr);  // alike in head, tail and length
  // The project's own tables, each entry and its near words, as a run-time index answers.
  check_compile_time_index<rules::kCueVerbs>();
  check_compile_time_index<rules::kRoleWords>();
  check_compile_time_index<rules::kMonths>();
  check_compile_time_index<rules::kNumberWords>();
}

TEST_CASE("A copy of a WordIndex built at run time finds its entries after the original is gone") {
  std::vector<TestEntry> entries;
  for (int i = 0; i < 40; ++i) entries.push_back({kKeyShapes[i % std::size(kKeyShapes)].text, i});
  std::optional<WordIndex<TestEntry>> original(std::in_place, entries);
  const WordIndex<TestEntry> copy = *original;
  WordIndex<TestEntry> assigned;
  assigned = *original;
  original.reset();  // frees its slots
  for (const TestEntry& e : entries) {
    INFO(e.text);
    CHECK(copy.find(e.text) == first_with(entries, e.text));
    CHECK(assigned.find(e.text) == first_with(entries, e.text));
  }
  CHECK(copy.find("tol") == nullptr);
}
#endif
