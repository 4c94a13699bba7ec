// A pronoun source is read, for the speaker it stands for, from the document's
// lowered copy (a view, not a lower-cased copy per claim: bench/speed-history.md,
// bytes136). Pronouns in capitals or with a capital first letter resolve as in
// lower case; a possessive and a plural keep their own readings.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("pronoun source: a capitalised or all-capitals she resolves to the woman named before") {
  for (const char* she : {"She", "SHE"}) {
    CAPTURE(she);
    auto d = run(std::string("Mayor Ana Ruiz toured the flooded pier on Tuesday. ") + she +
                 " said \u201Cthe repairs will take a month,\u201D and left.");
    const Claim* c = claim_starting(d, "\u201Cthe repairs", ClaimKind::quote);
    REQUIRE(c != nullptr);
    CHECK(speaker_of(d, c->speaker) == "Ana Ruiz");
  }
}

TEST_CASE("pronoun source: trap: THEY after one named man does not become him") {
  auto d = run("Tom Beck spoke to the crowd at the dock. THEY said \u201Cthe ferry will stop,\u201D and went home.");
  const Claim* c = claim_starting(d, "\u201Cthe ferry", ClaimKind::quote);
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) != "Tom Beck");
}
