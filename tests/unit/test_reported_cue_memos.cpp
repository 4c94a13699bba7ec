// Session 33 (hostile108): the word after a cue is probed once for content_start and
// adjunct_tail, clause_after_time_words keeps its last answer, and the clause after an
// adjunct's comma is read only when a verb stands before the next punctuation. The answers
// must not change: these sentences (written for these tests) pin what the rules give.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("time words after the cue: a clause of its own is the content, a bare adjunct closes the sentence") {
  const SaidCase cases[] = {
      {"Ruiz said last week the ferry operator had raised its fares.", "the ferry operator had raised its fares",
       "Ruiz"},
      {"The pier will close in March, Lee said yesterday.", "The pier will close in March", "Lee"},
  };
  for (const SaidCase& k : cases) check_said_claim(k);
}

TEST_CASE("two sentences of one paragraph ask the time-word test of their own words") {
  // The answer kept for the first sentence's cue must not answer for the second one's.
  auto d = run("Ruiz said yesterday the harbour board would meet again. The fees will rise, Lee said yesterday.");
  const Claim* first = claim_starting(d, "the harbour board would meet again", ClaimKind::reported);
  const Claim* second = claim_starting(d, "The fees will rise", ClaimKind::reported);
  REQUIRE(first);
  REQUIRE(second);
  CHECK(slice(d, first->span) == "the harbour board would meet again");
  CHECK(slice(d, first->source) == "Ruiz");
  CHECK(slice(d, second->span) == "The fees will rise");
  CHECK(slice(d, second->source) == "Lee");
}

TEST_CASE("after an adjunct's comma, words without a verb before the next comma are no clause") {
  // Trap: "the day of the vote" has no verb before its comma, so it is no content even
  // though a clause with a verb follows later in the sentence.
  auto d = run("The pier will reopen, the mayor said on Monday, the day of the vote, and the fees will stay.");
  for (const Claim& c : d.claims) {
    INFO(slice(d, c.span));
    CHECK(slice(d, c.span).rfind("the day of the vote", 0) == std::string::npos);
  }
  const Claim* y = claim_starting(d, "The pier will reopen", ClaimKind::reported);
  REQUIRE(y);
  CHECK(slice(d, y->span) == "The pier will reopen");
  CHECK(slice(d, y->source) == "the mayor");
}

TEST_CASE("comma clauses repeated in one sentence each report the words before their subject") {
  std::string text;
  for (int i = 0; i < 6; ++i) text += "a spokesman said on Monday, ";
  auto d = run(text);
  size_t reported = 0;
  for (const Claim& c : d.claims) {
    if (c.kind != ClaimKind::reported) continue;
    ++reported;
    CHECK(c.span.start == 0);  // Y of "Y, a spokesman said on Monday,": from the sentence's start
    CHECK(slice(d, c.source) == "a spokesman");
  }
  CHECK(reported == 5);  // the first cue has no words before it
}
