// Thirty-seventh round (tidy128): statement_owner, the one reader of who owns a statement noun,
// for the quote context (owned_statement_before) and the Finder (owned_statement). Sentences
// written for these tests.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "attribution_helpers.h"
#include "statement_owner.h"
#include "tokens.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

// The words of the owner of the statement noun `noun` (a word of `text`), "" when none,
// "pronoun:" before a pronoun owner.
std::string owner_of(const std::string& text, std::string_view noun, size_t max_adjectives = 2) {
  std::vector<Token> toks;
  std::string lowered;
  tokenize(text, {0, uint32_t(text.size())}, toks, lowered);
  size_t k = 0;
  while (k < toks.size() && toks[k].lower != noun) ++k;
  REQUIRE(k < toks.size());
  auto m = statement_owner(toks, k, 0, max_adjectives);
  if (!m) return "";
  const std::string words = text.substr(toks[m->first].span.start, toks[m->last].span.end - toks[m->first].span.start);
  return m->pronoun ? "pronoun:" + words : words;
}

}  // namespace

TEST_CASE("statement_owner: a capitalised possessive name or a possessive pronoun owns the noun") {
  CHECK(owner_of("The council dismissed Ruiz's claim that the dock leaked.", "claim") == "Ruiz's");
  CHECK(owner_of("Few believed Ana Ruiz's repeated warning that the dock leaked.", "warning") == "Ana Ruiz's");
  CHECK(owner_of("Few believed Ana Ruiz's repeated, costly warning that the dock leaked.", "warning") == "");
  // The Finder's reading: one adjective at most.
  CHECK(owner_of("Few believed Ruiz's repeated warning that the dock leaked.", "warning", 1) == "Ruiz's");
  CHECK(owner_of("Few believed Ruiz's old repeated warning that the dock leaked.", "warning", 1) == "");
  CHECK(owner_of("The board doubted his claim that the dock leaked.", "claim") == "pronoun:his");
  CHECK(owner_of("The board doubted their own early warning that the dock leaked.", "warning") == "pronoun:their");
  CHECK(owner_of("The firm stood by its claim that the dock was sound.", "claim") == "pronoun:its");
}

TEST_CASE("statement_owner traps: a determiner, a third adjective, a lower-case name, no owner") {
  CHECK(owner_of("The board doubted the claim that the dock leaked.", "claim") == "");
  // "her" is the object of "told": the determiner stops the walk before it.
  CHECK(owner_of("The clerk told her the warning that the dock leaked.", "warning") == "");
  CHECK(owner_of("The board doubted his three latest bold claims that the dock leaked.", "claims") == "");
  CHECK(owner_of("Critics doubted his long, rambling, vague claim that the dock leaked.", "claim") == "");
  CHECK(owner_of("Critics doubted his old new vague claim that the dock leaked.", "claim") == "");
  CHECK(owner_of("Critics doubted ruiz's claim that the dock leaked.", "claim") == "");
}

TEST_CASE("both callers read the owner alike: the Finder and the quote context") {
  // Finder::owned_statement: the reported clause in the owner's name.
  check_cue_claim({"Critics doubted its repeated claim that the dock was sound.", "that the dock was sound", "its",
                   "claim"});
  // Trap: the object pronoun before a determiner owns nothing.
  auto d = run("The clerk told her the warning that the dock leaked.");
  CHECK(speaker_of_claim(d, "that the dock leaked") != "her");
}
