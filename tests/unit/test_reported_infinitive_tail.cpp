// Session 32 (said102): after a cue set off by commas inside a sentence ("It is the board's
// job, she said, to warn …"), an infinitive that finishes the reported sentence is reported
// as the piece before the cue is; "for X to …" too. Traps: a listener or an adverbial after
// "to" ("to reporters", "to the relief of …", "to them"), a cue that is not set off by commas,
// and a "for" phrase with no infinitive. Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("an infinitive after a parenthetical cue finishes the reported sentence") {
  const SaidCase cases[] = {
      {"It is the board's job, she said, to warn the town about the cost of the ferry.",
       "to warn the town about the cost of the ferry", "she"},
      {"The fares will rise, Ruiz said, to cover the cost of fuel.", "to cover the cost of fuel", "Ruiz"},
      {"So it makes sense, the captains said, for the town to buy the old pier before winter.",
       "for the town to buy the old pier before winter", "the captains"},
  };
  for (const SaidCase& k : cases) check_said_claim(k);
  // The piece before the cue keeps its own claim.
  check_said_claim({"It is the board's job, she said, to warn the town about the cost of the ferry.",
                    "It is the board's job", "she"});
  check_reported_claim("The council has no plans, aides say, to raise the harbour fees this year.",
                       "to raise the harbour fees this year", "aides", "say");
}

TEST_CASE("a listener, an adverbial or a for phrase without an infinitive is no tail") {
  const char* traps[] = {
      "The pier is unsafe, she said, to reporters gathered at the gate.",
      "The ferry will run again, he said, to the relief of the island's families.",
      "The vote is close, she said, to them and to the board.",
      "The vote is close, she said, for the third time in a week.",
  };
  for (const char* text : traps) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(reported_count(d) == 1);
    CHECK(claim_starting(d, "to ", ClaimKind::reported) == nullptr);
    CHECK(claim_starting(d, "for ", ClaimKind::reported) == nullptr);
  }
  // No commas around the cue: "to" opens no tail of a parenthetical.
  auto d = run("She said to the crews that the pier was closed.");
  CHECK(claim_starting(d, "to ", ClaimKind::reported) == nullptr);
}
