// Lexicon's pre-filter (first, second and last byte with the length) may only
// turn away words that are not entries: every entry of every length, one- and
// two-byte ones included, is found, and near misses are not.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
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
