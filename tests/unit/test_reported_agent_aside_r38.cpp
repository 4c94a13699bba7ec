// Session 38 (reported129): "X, first reported by Y, VERB …": a report as an aside on the
// sentence's subject gives the subject and the predicate after the aside in Y's name.
// Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a subject with a reported-by aside reports the subject and its predicate in the agent's name") {
  check_cue_claim({"The pier plan, first reported by the Harbour Gazette on Tuesday, would close the north berths.",
                   "The pier plan", "the Harbour Gazette", "reported by"});
  check_cue_claim({"The pier plan, first reported by the Harbour Gazette on Tuesday, would close the north berths.",
                   "would close the north berths", "the Harbour Gazette", "reported by"});
  check_cue_claim({"The ferry deal, revealed by Coast Radio, includes a new night service.", "The ferry deal",
                   "Coast Radio", "revealed by"});
}

TEST_CASE("a reported-by aside that is a relative clause, an event or a list reports nothing of this shape") {
  // The traps: the agent's own relative clause after the aside, an adjunct that is no time
  // phrase (an event reported, not a story), a subject that is a clause with a comma.
  const char* texts[] = {
      "The pier plan, first reported by the Harbour Gazette, which found three leaks, would close the berths.",
      "The fire, reported by a passing skipper near the old lighthouse, spread to the sheds.",
      "In May, the fire, reported by a passing skipper, spread to the sheds.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(claim_starting(d, "The pier plan", ClaimKind::reported) == nullptr);
    CHECK(claim_starting(d, "The fire", ClaimKind::reported) == nullptr);
    CHECK(claim_starting(d, "the fire", ClaimKind::reported) == nullptr);
  }
}
