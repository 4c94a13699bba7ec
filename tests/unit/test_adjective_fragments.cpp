// Issue 4: "made an unprompted call for …": an -ed adjective right after "a"/"an" describes the
// noun after it (the cue word), so "an unprompted" is a fragment, never the speaker; the
// clause's subject speaks. "The accused" and "a wounded man" stay speakers.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("adjective fragments: \"an unprompted call for\" is the clause subject's") {
  auto d = run("During the debate, Ruiz made an unprompted call for new tolls on the bridge.");
  CHECK(source_of_claim(d, "new tolls on the bridge") == "Ruiz");
  auto e = run("The two skippers made an impassioned call for calm on the quay.");
  CHECK(source_of_claim(e, "calm on the quay") != "an impassioned");
}

TEST_CASE("adjective fragments: traps: a noun after the adjective, or \"the\" + a past form, still speak") {
  auto d = run("A wounded man said the boat had sunk.");
  CHECK(source_of_claim(d, "the boat had sunk") == "A wounded man");
  auto e = run("The accused said the boat had sunk.");
  CHECK(source_of_claim(e, "the boat had sunk") == "The accused");
  auto f = run("An unnamed official said the boat had sunk.");
  CHECK(source_of_claim(f, "the boat had sunk") == "An unnamed official");
}
