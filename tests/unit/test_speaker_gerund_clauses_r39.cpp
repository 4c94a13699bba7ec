// Speakers, thirty-ninth round: an -ing cue after a preposition that closes a clause ("… before
// saying", "after noting", "while insisting", "without conceding") is done by that clause's
// subject, as after "by" (kGerundClausePrepositions). Before, a sentence whose subject the other
// readers missed fell back on the previous sentence's speaker. Traps: "for saying" and "of
// saying" after an object (the object said it).
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("gerund clause: the clause's subject says it, not the previous speaker") {
  auto d = run("\u201cWe will have other voices too,\u201d he said. On Tuesday, Ms. Ruiz dodged several questions "
               "about Mr. Beck before saying, \u201cIt is time to stop attacking people.\u201d");
  CHECK(speaker_of_claim(d, "\u201cIt is time", ClaimKind::quote) == "Ruiz");
  CHECK(source_of_claim(d, "\u201cIt is time", ClaimKind::quote) == "Ms. Ruiz");
  // The words before the comma are a clause of their own; "after" still reaches its subject.
  auto e = run("The dock workers were holding out for a deal on Monday, after seeking to convince the board "
               "that the cranes were unsafe.");
  CHECK(speaker_of_claim(e, "to convince the board") == "dock workers");
  CHECK(source_of_claim(e, "to convince the board") == "The dock workers");
  // "while also suggesting": a second claim of the same subject.
  auto f = run("The mayor pledged to rebuild the pier, while also suggesting that the ferry should be sold.");
  CHECK(speaker_of_claim(f, "that the ferry should be sold") == "mayor");
}

TEST_CASE("gerund clause: \"by\" keeps working") {
  auto d = run("The harbour master spoke first. Governor Ana Ruiz closed the hearing by saying that the ferry was safe.");
  CHECK(speaker_of_claim(d, "that the ferry was safe") == "Ana Ruiz");
}

TEST_CASE("gerund clause: traps") {
  // "for saying" after an object: the object said it; the subject only criticized.
  auto d = run("Ms. Ruiz criticized Mr. Beck for saying that the ferry was unsafe.");
  CHECK(speaker_of_claim(d, "that the ferry was unsafe") != "Ruiz");
  auto e = run("Ms. Ruiz accused Mr. Beck of saying that the ferry was unsafe.");
  CHECK(speaker_of_claim(e, "that the ferry was unsafe") != "Ruiz");
}
