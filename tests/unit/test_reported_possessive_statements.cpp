// Session 36 (reported120): a statement noun owned by a possessive pronoun ("his claim that
// …", "their repeated warning that …") reports its "that" clause with the pronoun as the
// speaker, as a capitalised owner's does (Finder::owned_statement). Sentences written for
// these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a possessive pronoun owns a statement noun's \"that\" clause") {
  const CueCase cases[] = {
      {"The mayor stood by her claim that the pier was unsafe.", "that the pier was unsafe", "her", "claim"},
      {"The skippers questioned the board, pointing to their warning that the toll would drive boats away.",
       "that the toll would drive boats away", "their", "warning"},
      {"Critics seized on his repeated assertion that the ferry had never been late.",
       "that the ferry had never been late", "his", "assertion"},
  };
  for (const CueCase& k : cases) check_cue_claim(k);
}

TEST_CASE("a possessive pronoun before a relative \"that\" or as the sentence's subject reports no clause") {
  // Traps: "that" as a relative pronoun (an auxiliary follows it), and the owner opening the
  // sentence (its clause ends before a verb the grammar cannot find).
  const char* texts[] = {
      "The board reviewed his claim that was filed last week.",
      "His claim that the pier was unsafe drew laughter.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(reported_count(d) == 0);
  }
}

TEST_CASE("a statement noun inside a fronted adverbial reports up to the adverbial's comma") {
  const CueCase cases[] = {
      {"Ana Ruiz ran the ferry for years. Despite her claim that the ferry would pay for itself, the line lost money.",
       "that the ferry would pay for itself", "her", "claim"},
      {"Contrary to Ruiz's warning that the toll would drive boats away, the harbour filled up.",
       "that the toll would drive boats away", "Ruiz's", "warning"},
  };
  for (const CueCase& k : cases) check_cue_claim(k);
  // Trap: not fronted, the clause runs on past a comma inside it.
  check_cue_claim({"The skippers studied her claim that the toll, once paid, would fall.",
                   "that the toll, once paid, would fall", "her", "claim"});
}
