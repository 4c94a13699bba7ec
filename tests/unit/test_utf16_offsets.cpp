// The WebAssembly module's offset map (wasm/utf16_offsets.h), checked natively
// against the core's OffsetMap: every offset of texts with characters of each
// length, asked in order, backwards and in long jumps, from the core's list
// and from its own when the core's is incomplete.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../../wasm/utf16_offsets.h"
#include "annotate.h"

namespace {

// The list the core makes while it annotates (complete or not, as it decides).
claimscope::NonAsciiStarts core_list(const std::string& text) {
  claimscope::Options options;
  options.stage = claimscope::Stage::segment;
  options.list_non_ascii = true;
  return claimscope::annotate(text, options).non_ascii;
}

// Offsets in the order given, one map for all: the map keeps its place between lookups.
void check_offsets(const std::string& text, claimscope::NonAsciiStarts listed, const std::vector<uint32_t>& offsets) {
  const claimscope::OffsetMap want(text, claimscope::Unit::utf16);
  claimscope_wasm::Utf16Offsets got(text, std::move(listed));
  for (uint32_t b : offsets) CHECK_MESSAGE(got(b) == want(b), "offset " << b << " of " << text.size());
}

void check_all_orders(const std::string& text) {
  const uint32_t n = uint32_t(text.size());
  std::vector<uint32_t> up, down, jumps;
  for (uint32_t b = 0; b <= n + 3; ++b) up.push_back(b);
  for (uint32_t b = n + 3; b + 1 > 0; --b) down.push_back(b);
  for (uint32_t k = 0; k <= n; ++k) jumps.push_back((k * 37) % (n + 1));  // forwards and back by long steps
  for (const auto* order : {&up, &down, &jumps}) {
    check_offsets(text, core_list(text), *order);
    check_offsets(text, claimscope::NonAsciiStarts{}, *order);  // incomplete: the map lists them itself
  }
}

}  // namespace

TEST_CASE("UTF-16 offsets of news-like text match OffsetMap in any order") {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "The mayor said \xE2\x80\x9Cit is done\xE2\x80\x9D on Tuesday, and the council agreed \xE2\x80\x94 after a long debate about the caf\xC3\xA9 plans and the budget for the year \xE2\x80\x94 in vote " + std::to_string(i) + ".\n\n";
  CHECK(core_list(text).complete);
  check_all_orders(text);
}

TEST_CASE("UTF-16 offsets count a surrogate pair for four-byte characters") {
  const std::string text = "A \xF0\x9F\x98\x80 smile and \xF0\x9D\x84\x9E a clef, \xC3\xA9t\xC3\xA9 \xE2\x80\x99ok\xE2\x80\x99.";
  check_all_orders(text);
  claimscope_wasm::Utf16Offsets map(text, claimscope::NonAsciiStarts{});
  CHECK(map(2) == 2);   // the emoji's start
  CHECK(map(4) == 2);   // inside it: its start
  CHECK(map(6) == 4);   // after it: two units for four bytes
}

TEST_CASE("UTF-16 offsets of text mostly in another script, the core's list incomplete") {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80. ";
  CHECK_FALSE(core_list(text).complete);
  check_all_orders(text);
}

TEST_CASE("UTF-16 offsets of empty and plain ASCII text") {
  check_all_orders("");
  check_all_orders("Plain words only.");
}
