// Listener cues before a clause with no "that" ("warned the move could backfire"), and passive
// judgements with or without their agent ("was criticized by rivals for …", "was described as
// …"), in sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a phrase with a modal or auxiliary after a listener cue is the content's subject") {
  struct Case {
    const char* text;
    const char* content;
    const char* speaker;
  };
  const Case cases[] = {
      {"The minister warned the move could backfire.", "the move could backfire", "The minister"},
      {"The engineer warned the bridge might crack in the cold.", "the bridge might crack in the cold",
       "The engineer"},
      {"Ms. Ortega told the board the plan was late.", "the plan was late", "Ms. Ortega"},
      {"The captain told reporters the ferry would sail at noon.", "the ferry would sail at noon", "The captain"},
  };
  for (const Case& k : cases) {
    INFO(std::string(k.text));
    auto d = run(k.text);
    const Claim* c = claim_starting(d, k.content, ClaimKind::reported);
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->span) == std::string(k.content));
    CHECK(slice(d, c->source) == std::string(k.speaker));
  }
}

TEST_CASE("a listener alone after the cue is no content") {
  const char* texts[] = {
      "The minister warned residents.",
      "Ms. Ortega told reporters.",
      "The harbour master warned the crews on Monday.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(d.claims.empty());
  }
  // "Y, X told a listener who …": the relative clause is the listener's, Y is the content.
  auto d = run("The pier is closed, Ms. Ortega told reporters who were waiting.");
  const Claim* c = claim_starting(d, "The pier is closed", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "The pier is closed");
  for (const auto& other : d.claims) CHECK(slice(d, other.span).rfind("were waiting") == std::string::npos);
}
