// Demands in a relative clause on the speaker ("Ruiz, who pushed for the plan, said …"), in
// sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

// The reported claim whose cue is `cue`, or nullptr.
const Claim* claim_with_cue(const Document& d, const std::string& cue) {
  for (const auto& c : d.claims) {
    if (c.kind == ClaimKind::reported && slice(d, c.cue) == cue) return &c;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a demand in a relative clause on the speaker ends with the clause, before its time phrase") {
  struct Case {
    const char* text;
    const char* cue;
    const char* demand;
  };
  const Case cases[] = {
      {"Ana Ruiz, who had pushed for the plan since 2024, said the vote was overdue.", "pushed for", "the plan"},
      {"Tom Beck, who has long called for a new pier, said on Monday that the budget was too small.", "called for",
       "a new pier"},
      {"Ben Orr, who pressed for a recount last week, said he would accept the result.", "pressed for", "a recount"},
      {"Lena Fox, who argued for a lower toll on Tuesday, said the board had not listened.", "argued for",
       "a lower toll"},
  };
  for (const Case& k : cases) {
    INFO(std::string(k.text));
    auto d = run(k.text);
    const Claim* c = claim_with_cue(d, k.cue);
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->span) == std::string(k.demand));
    // The main clause's own claim is still there, after "said".
    const Claim* said = claim_with_cue(d, "said");
    REQUIRE(said != nullptr);
    CHECK(said->span.start > c->span.end);
  }
}

TEST_CASE("a demand outside a relative clause keeps its time phrase and its deadline") {
  // Only a relative clause on the speaker is cut: a main clause's demand is as before.
  auto d = run("The union has called for a pause on school closures since 2024.");
  const Claim* c = claim_with_cue(d, "called for");
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "a pause on school closures since 2024");
  // A deadline is part of what was demanded.
  auto e = run("Ana Ruiz, who called for a vote by Friday, said the board was stalling.");
  const Claim* f = claim_with_cue(e, "called for");
  REQUIRE(f != nullptr);
  CHECK(slice(e, f->span) == "a vote by Friday");
  // A figure inside the demand is not a time phrase that closes it.
  auto g = run("Tom Beck, who pushed for a fare of 3 dollars, said riders agreed.");
  const Claim* h = claim_with_cue(g, "pushed for");
  REQUIRE(h != nullptr);
  CHECK(slice(g, h->span) == "a fare of 3 dollars");
}
