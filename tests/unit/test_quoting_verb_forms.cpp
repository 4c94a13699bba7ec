// Issue 4 (mixed117): the naming and judging verbs that report words only with a quotation
// (rules::kQuotingVerbs) in their present and "-ing" forms too, and "derided"/"heralded".
// Sentences of our own.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a quoting verb's present and -ing forms report the quoted complement") {
  auto d = run("Mayor Ana Ruiz labels the new levy \u201ca tax on fishing.\u201d The council meets on Friday.");
  const Claim* c = claim_starting(d, "the new levy", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "the new levy \u201ca tax on fishing.\u201d");
  CHECK(slice(d, c->cue) == "labels");
  CHECK(speaker_of(d, c->speaker) == "Ana Ruiz");
  // A participle clause shares its sentence's subject.
  check_claim_span_speaker({"Tom Hale spoke for an hour on Monday, dismissing the audit as \u201cpure spin.\u201d", "the audit as", "the audit as \u201cpure spin.\u201d", "Tom Hale"});
  auto g = run("The harbour board brands the plan \u201ca gift to the developers.\u201d");
  const Claim* h = claim_starting(g, "the plan", ClaimKind::reported);
  REQUIRE(h != nullptr);
  CHECK(slice(g, h->cue) == "brands");
  // Verbs of ridicule and praise with "as": the object and the quotation are the words.
  auto r = run("Ms. Varga derided the toll plan as \u201ca fairy tale for tourists.\u201d");
  const Claim* t = claim_starting(r, "the toll plan as", ClaimKind::reported);
  REQUIRE(t != nullptr);
  CHECK(slice(r, t->cue) == "derided");
  auto u = run("Ana Ruiz heralded the ferry deal as \u201ca new start.\u201d");
  const Claim* v = claim_starting(u, "the ferry deal as", ClaimKind::reported);
  REQUIRE(v != nullptr);
  CHECK(slice(u, v->cue) == "heralded");
  // Traps: the same words as nouns after a determiner, with quoted names after them, report nothing.
  auto n = run("The brands \u201cSea Salt\u201d and \u201cHarbour Mist\u201d sold out at the market.");
  CHECK(n.claims.empty());
  auto m = run("The labels \u201corganic\u201d and \u201clocal\u201d were on every crate at the market.");
  CHECK(m.claims.empty());
  // Without a quotation a naming verb is an ordinary action.
  auto p = run("Ana Ruiz labels the crates by hand every morning.");
  CHECK(claim_starting(p, "the crates", ClaimKind::reported) == nullptr);
}
