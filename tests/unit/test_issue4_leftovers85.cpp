// Issue 4, leftovers of the twenty-eighth round (quotes85): a naming verb's "a" complement
// ends before "and" with a verb of its own, and a quotation after a fronted condition keeps
// its unresolved pronoun as the source mention. Sentences of our own.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a naming verb's 'a' complement ends before 'and' with a verb of its own") {
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"The ferry board met on Monday.\n\nHe called it a disgrace and left.", "it a disgrace", "it a disgrace"},
           {"Ms. Varga called the berth fees a tax on fishermen but walked back the remark later.", "the berth fees a tax on fishermen", "the berth fees a tax on fishermen"},
           // Traps: "and" before a noun is part of the complement; so is a quoted "and".
           {"Ms. Varga called the budget a blend of new fees and old debts.", "the budget a blend", "the budget a blend of new fees and old debts"},
       })
    check_claim_span(k);
}

TEST_CASE("a quotation after a fronted condition keeps its unresolved pronoun as the source") {
  // Nobody is named before "she": the quotation still has its source mention and cue, and no
  // speaker in the registry (a pronoun with no antecedent names nobody).
  auto d = run("If the pier closes, she said, \u201cwe will lose the summer trade.\u201d");
  REQUIRE(d.quotes.size() == 1);
  CHECK(slice(d, d.quotes[0].source) == "she");
  CHECK(slice(d, d.quotes[0].cue) == "said");
  CHECK(d.quotes[0].speaker == kNone);
  const Claim* c = claim_starting(d, "If the pier closes", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "she");
  // With a person named before, the pronoun resolves to her.
  auto e = run("Mayor Ana Ruiz spoke on Monday. If the pier closes, she said, \u201cwe will lose the summer trade.\u201d");
  REQUIRE(e.quotes.size() == 1);
  CHECK(speaker_of(e, e.quotes[0].speaker) == "Ana Ruiz");
  CHECK(slice(e, e.quotes[0].source) == "she");
}
