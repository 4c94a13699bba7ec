// Session 38 (quotes130): a fronted subordinate clause ("While X said …, Y …") ends at its
// comma even when a quotation stands inside it: the quotation is read through, and a comma
// inside its closing mark closes the clause with the mark. Sentences written for these tests.
#include <doctest/doctest.h>

#include <initializer_list>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a fronted clause with a quotation inside ends at the comma after it") {
  check_claim_span_speaker({"While the mayor admitted that the repairs were “badly late” for the summer season, her "
                            "office said the pier would open in June.",
                            "that the repairs", "that the repairs were “badly late” for the summer season", "mayor"});
  // The main clause keeps its own claim.
  check_claim_span({"While the mayor admitted that the repairs were “badly late” for the summer season, her office "
                    "said the pier would open in June.",
                    "the pier", "the pier would open in June"});
}

TEST_CASE("a comma inside the closing mark closes the fronted clause with the quotation") {
  check_claim_span({"Although Ruiz said the new toll was “a quiet tax on ferries,” the board voted for it on Monday.",
                    "the new toll", "the new toll was “a quiet tax on ferries,”"});
}

TEST_CASE("inside a fronted clause, a comma that does not close it is read through") {
  // The traps: a link word after the closing mark carries the clause on to its second
  // quotation, and a comma inside a quotation's words closes nothing.
  check_claim_span({"While the skipper says he “loves the old harbour,” and “the harbour loves him back,” he wants the "
                    "toll cut.",
                    "he “loves", "he “loves the old harbour,” and “the harbour loves him back,”"});
  check_claim_span({"When Ruiz said the plan was “slow, costly and late” in a letter to the board, the chair paused it.",
                    "the plan", "the plan was “slow, costly and late” in a letter to the board"});
}
