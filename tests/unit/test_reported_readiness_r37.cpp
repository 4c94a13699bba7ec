// Session 37 (reported125): an adjective of readiness or reluctance after a linking verb
// ("was eager to …", "are not willing to …") reports its "to" clause in the subject's name.
// Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("an adjective of readiness after a linking verb reports its to-clause") {
  const CueCase cases[] = {
      {"The harbour master was eager to reopen the north pier before the summer.",
       "to reopen the north pier before the summer", "The harbour master", "eager"},
      {"Most ferry skippers are not willing to pay the new mooring fee.", "to pay the new mooring fee",
       "Most ferry skippers", "willing"},
      {"Councillor Ames remained reluctant to back the toll plan.", "to back the toll plan", "Councillor Ames",
       "reluctant"},
      {"The union was keen to call a strike at the docks.", "to call a strike at the docks", "The union", "keen"},
  };
  for (const CueCase& k : cases) check_cue_claim(k);
}

TEST_CASE("an adjective of readiness without a linking verb or without to reports nothing") {
  // The traps: the adjective describes a noun, or has no "to" clause after it.
  const char* texts[] = {
      "An eager crowd waited at the pier for the first ferry.",
      "Residents willing to wait got tickets for the late ferry.",
      "The new fee was determined by the harbour board last spring.",
      "The old pier is ready for the winter storms.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(d.claims.empty());
  }
  // A forecast is no aim: "poised" and "ready" are not in the table.
  CHECK(run("The ferry line is poised to win the new harbour contract.").claims.empty());
  // The same word as a verb keeps its that-clause.
  check_cue_claim({"The auditors determined that the pier fund was short.", "that the pier fund was short",
                   "The auditors", "determined"});
}

TEST_CASE("asked for: a request whose object is the content") {
  check_cue_claim({"The ferry union asked for a meeting with the harbour board.", "a meeting with the harbour board",
                   "The ferry union", "asked for"});
  check_cue_claim({"Ms. Ruiz asks for more time to study the toll plan.", "more time to study the toll plan",
                   "Ms. Ruiz", "asks for"});
  // The trap: the object stands before the verb, so nothing after "for" is asked for.
  auto d = run("The changes the skippers had asked for, though small, were made in June.");
  CHECK(claim_starting(d, "though small", ClaimKind::reported) == nullptr);
}

TEST_CASE("a sentence whose subject was reported by a source reports the subject in the source's name") {
  check_cue_claim({"The closure of the north pier was first reported by the Harbour Gazette.",
                   "The closure of the north pier", "the Harbour Gazette", "reported by"});
  check_cue_claim({"News of the ferry sale was revealed by Coast Radio.", "News of the ferry sale", "Coast Radio",
                   "revealed by"});
  // The traps: a relative clause on the subject, and an agent with more after it (an event, not a story).
  const char* texts[] = {
      "The sale, which was reported by the Gazette, closed in May.",
      "The fire was reported by a passing skipper at noon.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(claim_starting(d, "The sale", ClaimKind::reported) == nullptr);
    CHECK(claim_starting(d, "The fire", ClaimKind::reported) == nullptr);
  }
}
