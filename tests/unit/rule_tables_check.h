// Shared by test_rule_tables*.cpp: compile the rule headers with the page's
// packed tables (core/packed_rules.h), natively, and check each packed table
// against the entries it was packed from.
#pragma once

#include <doctest/doctest.h>

#include <cstring>
#include <span>
#include <string>
#include <string_view>

#include "packed_rules.h"

namespace rule_tables_check {

// A packed table hands out exactly its source's entries: count, order, texts
// and ids; the strings live inside the one packed string (but ids built from a
// prefix and the text); the entries are made once.
template <typename Source>
void check(const char* name, const claimscope::PackedWordRules<Source>& table) {
  using claimscope::WordRule;
  CAPTURE(name);
  constexpr size_t n = sizeof(Source::all) / sizeof(WordRule);
  REQUIRE(table.size() == n);
  const auto& chars = claimscope::packed_rules::kChars<Source>;
  const char* first = chars.data();
  const char* last = chars.data() + chars.size();
  size_t bytes = 0;
  std::string_view previous_id;
  std::string_view previous_prefix;
  for (size_t i = 0; i < n; ++i) {
    const WordRule& got = table[i];
    const WordRule& want = Source::all[i];
    CAPTURE(i);
    CHECK(std::string_view(got.text) == std::string_view(want.text));
    CHECK(std::string_view(got.id) == std::string_view(want.id));
    CHECK((got.text >= first && got.text < last));
    // The text and its NUL, then the id and its NUL; an id the same as the
    // entry before's is its NUL alone, an empty one 0x01 and its NUL, one that
    // is a prefix and the text (spaces as '_') the prefix, 0x02 and its NUL,
    // or 0x02 and its NUL if the last such prefix was the same.
    const std::string_view id(want.id);
    std::string text(want.text);
    for (char& c : text) c = c == ' ' ? '_' : c;
    const bool derived = id.size() > text.size() && id.ends_with(text);
    const std::string_view prefix = derived ? id.substr(0, id.size() - text.size()) : std::string_view();
    bytes += std::strlen(want.text) + 1;
    if (i > 0 && id == previous_id) {
      bytes += 1;
    } else if (id.empty()) {
      bytes += 2;
    } else if (derived) {
      bytes += (prefix == previous_prefix ? 0 : prefix.size()) + 2;
      previous_prefix = prefix;
    } else {
      bytes += id.size() + 1;
      CHECK((got.id >= first && got.id < last));
    }
    previous_id = id;
  }
  CHECK(bytes == chars.size());
  const std::span<const WordRule> span = table;
  CHECK(span.data() == table.begin());
  CHECK(span.size() == n);
  CHECK(table.end() == table.begin() + n);
  size_t walked = 0;
  for (const WordRule& r : table) walked += &r == &table[walked];
  CHECK(walked == n);
}

}  // namespace rule_tables_check

#define CLAIMSCOPE_CHECK_TABLE(Namespace, Name) rule_tables_check::check(#Name, Namespace::Name);
