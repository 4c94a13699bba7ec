// Session 36 (reported120): a topic verb whose preposition ends a relative clause
// ("the fees we're talking about, …") has its object before it: no content opens at the
// comma after it (Finder::topic_cue). Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a topic preposition stranded before a comma opens no content") {
  const char* texts[] = {
      "The fees that we're talking about, the mayor said, will rise again in May.",
      "The plan they spoke about, a toll on the bridge, drew jeers.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    for (const Claim& c : d.claims) {
      CHECK(slice(d, c.span).rfind(",", 0) != 0);  // no claim starts at the comma
      CHECK(slice(d, c.cue).find("about") == std::string::npos);
      CHECK(slice(d, c.cue).find("spoke") == std::string::npos);
    }
  }
}

TEST_CASE("a topic verb with its object still reports the topic") {
  // The trap for the rule above: the object right after the preposition.
  check_cue_claim({"Ruiz spoke about the delays at the pier.", "the delays at the pier", "Ruiz", "spoke about"});
  check_cue_claim({"The skippers talked about the fees, the storms and the pier.", "the fees, the storms and the pier",
                   "The skippers", "talked about"});
}
