// Session 31 (said96): a second source named after the content's comma at the clause's end
// ("Ruiz said the pier would close in May, according to a pool report") ends the first
// speaker's content; the trailing "according to" reads its own claim. Traps: "according to"
// without a comma (the speaker's own words), and an aside closed by a comma inside the
// content. Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a trailing according to after the content's comma ends the content") {
  const SaidCase cases[] = {
      {"Ruiz said the pier would close in May, according to a pool report.", "the pier would close in May", "Ruiz"},
      {"The mayor said that the ferry fees would rise again, according to two captains who were at the meeting.",
       "that the ferry fees would rise again", "The mayor"},
      {"Ruiz said the crews had not been paid, according to Ann Lee, a spokeswoman for the union.",
       "the crews had not been paid", "Ruiz"},
  };
  for (const SaidCase& k : cases) check_said_claim(k);
}

TEST_CASE("the trailing source still sources the sentence before it") {
  auto d = run("Ruiz said the pier would close in May, according to a pool report.");
  bool found = false;
  for (const Claim& c : d.claims) {
    if (c.kind == ClaimKind::reported && slice(d, c.cue) == "according to") {
      found = true;
      CHECK(slice(d, c.span) == "Ruiz said the pier would close in May");
      CHECK(slice(d, c.source) == "a pool report");
    }
  }
  CHECK(found);
}

TEST_CASE("according to without a comma, or as an aside inside the content, stays in it") {
  // No comma: the speaker's own words say by what the fees were set.
  check_said_claim({"Ruiz said the fees were set according to the rules of the harbour board.",
                    "the fees were set according to the rules of the harbour board", "Ruiz"});
  // An aside closed by a comma that the content's verb follows: the content goes on after it.
  check_said_claim({"Ruiz said the fees, according to the board's own count, had doubled since May.",
                    "the fees, according to the board's own count, had doubled since May", "Ruiz"});
}
