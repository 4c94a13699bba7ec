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
