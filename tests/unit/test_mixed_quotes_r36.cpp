// Issue 4 (mixed121, thirty-sixth round): quoted phrases inside a clause that a speech cue
// governs are mixed quotes (the clause is the claim), not scare quotes: a statement noun's
// "that" clause with an owner. A short quoted phrase with no cue stays a scare quote.
// Sentences of our own.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

// The only quotation of `text` is a scare quote, and nothing is claimed.
void check_scare_only(const char* text) {
  INFO(std::string(text));
  auto d = run(text);
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].scare);
  CHECK(d.claims.empty());
}

}  // namespace

TEST_CASE("a statement noun's that-clause holding a quoted phrase is its owner's claim") {
  // A possessive pronoun owns the warning; the clause runs to the sentence end.
  check_cue_claim({"Tom Hale spoke on Monday. The vote came a week after his warning that fares would \u201cgo "
                   "through the roof\u201d within a year.",
                   "that fares would \u201cgo through the roof\u201d within a year", "his", "warning"});
  // In a fronted phrase, a comma closing the quotation ends the noun's clause.
  check_cue_claim({"Ana Ruiz ran the ferry line for years. Contrary to her claim that the ferry would \u201cpay for "
                   "itself,\u201d the line lost money.",
                   "that the ferry would \u201cpay for itself,\u201d", "her", "claim"});
  // A "by" agent owns the suggestion.
  check_cue_claim({"Shops closed early after the suggestion by the harbour master that someone \u201cought to look "
                   "into\u201d the fees.",
                   "that someone \u201cought to look into\u201d the fees", "the harbour master", "suggestion"});
  // A possessive name with two adjectives before the noun; a comma in a figure is no clause end.
  auto d = run("Ana Ruiz\u2019s repeated angry assertion that \u201chundreds\u201d of boats sank in the $1,200 "
               "storm was never checked.");
  const Claim* c = claim_starting(d, "that \u201chundreds\u201d of boats sank in the $1,200 storm", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->cue) == "assertion");
  CHECK(speaker_of(d, c->speaker) == "Ana Ruiz");
}

TEST_CASE("a statement noun with nobody named leaves its quoted phrase a scare quote") {
  check_scare_only("The claim that the pier was \u201cunsafe\u201d spread fast.");
  // A relative "that": the promise is described, not stated.
  check_scare_only("The board broke a promise that was \u201ccarved in stone\u201d last year.");
  // A quoted phrase with no cue at all.
  check_scare_only("Crews worked through the \u201cquiet season\u201d on the north pier.");
}
