// Issue 4, speakers: a mention the cue grammar hands over that stops inside a phrase is
// no speaker, and a place named inside the subject's appositive is not the subject.
// Sentences of our own.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

// The speaker of the first claim of `kind` that starts with `prefix`, or "?" when there is none.
std::string speaker_of_claim(const Document& d, const std::string& prefix, ClaimKind kind = ClaimKind::reported) {
  const Claim* c = claim_starting(d, prefix, kind);
  return c ? speaker_of(d, c->speaker) : std::string("?");
}

std::string source_of_claim(const Document& d, const std::string& prefix, ClaimKind kind = ClaimKind::reported) {
  const Claim* c = claim_starting(d, prefix, kind);
  return c ? slice(d, c->source) : std::string("?");
}

}  // namespace

TEST_CASE("a place after a preposition inside the subject's appositive is not the subject") {
  auto d = run("Ana Ruiz, 34, of Dover, Del., said the pier would close in May.");
  CHECK(speaker_of_claim(d, "the pier") == "Ana Ruiz");
  CHECK(source_of_claim(d, "the pier") == "Ana Ruiz, 34, of Dover, Del.");
  auto e = run("Tom Beck, a farmer in Ohio, a swing state, said the toll would rise.");
  CHECK(speaker_of_claim(e, "the toll") == "Tom Beck");
  // The name between the commas, after a phrase with a place.
  auto f = run("A farmer in Ohio, Tom Beck, said the toll would rise.");
  CHECK(speaker_of_claim(f, "the toll") == "Tom Beck");
  CHECK(source_of_claim(f, "the toll") == "A farmer in Ohio, Tom Beck");
  // The phrase the place belongs to opens the clause: it is the subject, with the place.
  auto g = run("Voters in Ohio, a swing state, said the toll would rise.");
  CHECK(source_of_claim(g, "the toll") == "Voters in Ohio, a swing state");
  CHECK(speaker_of_claim(g, "the toll") != "Ohio");
  // A participle phrase with a place, and a state after the town.
  auto h = run("Ruiz, speaking at a rally in Tulsa, Okla., warned that the pier would close.");
  CHECK(speaker_of_claim(h, "that the pier") == "Ruiz");
}

TEST_CASE("traps: a place that is part of the title, and an employer after a role, stay as they were") {
  auto d = run("The mayor of Dover, Ana Ruiz, said the pier would close in May.");
  CHECK(source_of_claim(d, "the pier") == "The mayor of Dover, Ana Ruiz");
  auto e = run("Tom Beck, a spokesman for Acme, said the toll would rise.");
  CHECK(speaker_of_claim(e, "the toll") == "Tom Beck");
  auto f = run("Tom Beck, 52, from Alder, said the toll would rise.");
  CHECK(speaker_of_claim(f, "the toll") == "Tom Beck");
  auto g = run("Ana Ruiz, who lives in Dover, said the toll would rise.");
  CHECK(speaker_of_claim(g, "the toll") == "Ana Ruiz");
}
