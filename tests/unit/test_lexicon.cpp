// Lexicon's pre-filter (first, second and last byte with the length) may only
// turn away words that are not entries: every entry of every length, one- and
// two-byte ones included, is found, and near misses are not.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "lexicon.h"

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
