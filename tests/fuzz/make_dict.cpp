// Prints a libFuzzer dictionary made from the rule tables, so the fuzzer
// tries the words and marks the rules react to ("www.", "Mr.", "according",
// curly quotes) instead of waiting to guess them byte by byte: a bare
// "www." looped for ever in the segmenter, and every CI fuzzing run without
// these tokens missed it. scripts/hardening.sh passes the output as -dict.
//   make_fuzz_dict > annotate.dict
#include <cstdio>
#include <set>
#include <string>

#include "rules/abbreviations.h"
#include "rules/cues.h"
#include "rules/domains.h"
#include "rules/hedges.h"
#include "rules/quote_marks.h"
#include "rules/sentence_marks.h"
#include "rules/web_text.h"
#include "utf8.h"

namespace {

std::set<std::string> entries;

std::string utf8_of(char32_t cp) {
  char buf[4];
  return std::string(buf, claimscope::utf8::encode(buf, cp));
}

template <typename Table>
void add_words(const Table& table, const char* before = "", const char* after = "") {
  for (const auto& rule : table) entries.insert(before + std::string(rule.text) + after);
}

template <typename Table>
void add_marks(const Table& table) {
  for (const auto& rule : table) entries.insert(utf8_of(rule.cp));
}

// libFuzzer's dictionary syntax: "..." with \\, \" and \xNN escapes.
void print_entry(const std::string& s) {
  std::putchar('"');
  for (unsigned char c : s) {
    if (c == '\\' || c == '"') std::printf("\\%c", c);
    else if (c < 0x20 || c >= 0x7F) std::printf("\\x%02X", c);
    else std::putchar(c);
  }
  std::puts("\"");
}

}  // namespace

int main() {
  using namespace claimscope;
  add_words(kAbbreviations, "", ".");
  add_words(kDomainEndings, ".");
  add_words(kUrlPrefixes);
  add_words(kEmoticons);
  add_words(kValedictions);
  add_words(kGreetings);
  add_words(kMeridiems);
  add_words(rules::kCueVerbs, " ", " ");
  add_words(rules::kQuotingVerbs, " ", " ");
  add_words(rules::kHedgeWords, " ", " ");
  add_marks(kUnspacedTerminals);
  add_marks(kExtraTerminals);
  add_marks(kBullets);
  add_marks(kOpeners);
  for (const auto& mark : rules::kQuoteMarks) {
    entries.insert(utf8_of(mark.open));
    entries.insert(utf8_of(mark.close));
  }
  for (const char* s : {"\n\n", "\r\n", " \u2014 ", "...", ". ", "\u00A0", "\u2028"}) entries.insert(s);
  for (const auto& s : entries) print_entry(s);
  return 0;
}
