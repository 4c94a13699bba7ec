// The offset map as the WebAssembly module uses it (wasm/bindings.cpp: UTF-16
// units, from the core's list) and as the CLI does (code points, from the
// same list), checked against the map that lists the characters itself:
// every offset of texts with characters of each length, asked in order,
// backwards and in long jumps, from the core's list and, when the core's is
// incomplete or missing, counted.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate.h"
#include "offsets.h"

namespace {

// The list the core makes while it annotates (complete or not, as it decides).
claimscope::NonAsciiStarts core_list(const std::string& text, claimscope::Stage stage) {
  claimscope::Options options;
  options.stage = stage;
  options.list_non_ascii = true;
  return claimscope::annotate(text, options).non_ascii;
}

// Offsets in the order given, one map for all: the map keeps its place between lookups.
void check_offsets(const std::string& text, claimscope::Unit unit, claimscope::NonAsciiStarts listed,
                   const std::vector<uint32_t>& offsets) {
  const claimscope::OffsetMap want(text, unit);
  const claimscope::OffsetMap got(text, unit, std::move(listed));
  for (uint32_t b : offsets) CHECK_MESSAGE(got(b) == want(b), "offset " << b << " of " << text.size());
}

void check_all_orders(const std::string& text) {
  const uint32_t n = uint32_t(text.size());
  std::vector<uint32_t> up, down, jumps;
  for (uint32_t b = 0; b <= n + 3; ++b) up.push_back(b);
  for (uint32_t b = n + 3; b + 1 > 0; --b) down.push_back(b);
  for (uint32_t k = 0; k <= n; ++k) jumps.push_back((k * 37) % (n + 1));  // forwards and back by long steps
  for (const auto* order : {&up, &down, &jumps}) {
    for (auto unit : {claimscope::Unit::utf16, claimscope::Unit::code_point}) {
      check_offsets(text, unit, core_list(text, claimscope::Stage::segment), *order);
      check_offsets(text, unit, core_list(text, claimscope::Stage::full), *order);
      check_offsets(text, unit, claimscope::NonAsciiStarts{}, *order);  // no list: counted
    }
  }
}

}  // namespace

TEST_CASE("UTF-16 offsets of news-like text from the core's list match the map's own in any order") {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "The mayor said \xE2\x80\x9Cit is done\xE2\x80\x9D on Tuesday, and the council agreed \xE2\x80\x94 after a long debate about the caf\xC3\xA9 plans and the budget for the year \xE2\x80\x94 in vote " + std::to_string(i) + ".\n\n";
  CHECK(core_list(text, claimscope::Stage::full).complete);
  check_all_orders(text);
}

TEST_CASE("UTF-16 offsets count a surrogate pair for four-byte characters") {
  const std::string text = "A \xF0\x9F\x98\x80 smile and \xF0\x9D\x84\x9E a clef, \xC3\xA9t\xC3\xA9 \xE2\x80\x99ok\xE2\x80\x99.";
  check_all_orders(text);
  for (bool listed : {true, false}) {
    const claimscope::OffsetMap map(text, claimscope::Unit::utf16,
                                    listed ? core_list(text, claimscope::Stage::full) : claimscope::NonAsciiStarts{});
    CHECK(map(2) == 2);  // the emoji's start
    CHECK(map(4) == 2);  // inside it: its start
    CHECK(map(6) == 4);  // after it: two units for four bytes
    CHECK(map(3) == 2);  // back inside it
    CHECK(map(uint32_t(text.size()) + 1) == map(uint32_t(text.size())) + 1);
  }
}

TEST_CASE("UTF-16 offsets of text mostly in another script, the core's list incomplete") {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80. ";
  CHECK_FALSE(core_list(text, claimscope::Stage::full).complete);
  check_all_orders(text);
}

TEST_CASE("UTF-16 offsets of empty and plain ASCII text") {
  check_all_orders("");
  check_all_orders("Plain words only.");
}

TEST_CASE("lines of combining marks, Cyrillic and CJK between long ASCII runs, listed by the line scan") {
  // Long ASCII stretches (sixteen-byte blocks with no mark), then characters
  // beyond ASCII at block edges, line ends, a NEL and U+2028 break, and a
  // letter with a combining acute accent (e + U+0301).
  std::string text;
  for (int i = 0; i < 30; ++i) {
    text += std::string(size_t(i % 17), 'x');
    text += "Cafe\xCC\x81 owners met on Friday.\r\n";
    text += "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 and \xE5\x8C\x97\xE4\xBA\xAC in the same line of plain words\xC2\x85";
    text += "after a NEL, and an emoji at a block's edge: \xF0\x9F\x8C\x8D\xE2\x80\xA8 then a paragraph of plain words that goes on for a while, as news paragraphs do.\n\n";
  }
  CHECK(core_list(text, claimscope::Stage::full).complete);
  check_all_orders(text);
}
