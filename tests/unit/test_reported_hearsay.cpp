// Passive hearsay with no named source ("is said to be", "was reported to have"), in
// sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("'is said to be' and 'was reported to have' report with no named source") {
  struct Case {
    const char* text;
    const char* content;
    const char* subject;
  };
  const Case cases[] = {
      {"The harbour master is said to be furious with the council.", "to be furious with the council",
       "The harbour master"},
      {"The ferry chief was reported to have resigned before the vote.", "to have resigned before the vote",
       "The ferry chief"},
      {"Some board members are said to have urged a delay.", "to have urged a delay", "Some board members"},
  };
  for (const Case& k : cases) {
    INFO(std::string(k.text));
    auto d = run(k.text);
    const Claim* c = claim_starting(d, k.content, ClaimKind::reported);
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->span) == std::string(k.content));
    CHECK(c->speaker == kNone);
    const Claim* subject = claim_starting(d, k.subject, ClaimKind::reported);
    REQUIRE(subject != nullptr);
    CHECK(slice(d, subject->span) == std::string(k.subject));
  }
}

TEST_CASE("'said to' and 'reported to' with a listener or an active verb report no hearsay") {
  const char* texts[] = {
      "The theft was reported to the police on Monday.",
      "Nothing was said to the riders about the delay.",
      "The pilot reported to the harbour office at dawn.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    for (const auto& c : d.claims) CHECK(slice(d, c.span).rfind("to ", 0) != 0);
  }
  // A content that stops at "be" before another cue says nothing: no "to be" claim.
  auto b = run("Some skippers are said to be urging the board to wait.");
  for (const auto& c : b.claims) CHECK(slice(b, c.span) != "to be");
  // An active "said" keeps its own speaker.
  check_claim_speaker({"Ruiz said to reporters that the pier would close.", "that the pier would close", "Ruiz"});
}
