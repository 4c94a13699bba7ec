// Speakers, thirty-eighth round: a relative pronoun with its auxiliary contracted onto it
// ("Ana Ruiz, who’s argued …", "who's said", "who’d warned") is read like "who has argued":
// the pronoun is the cue's subject, named by its antecedent, and the source runs from the
// antecedent to the pronoun (as for "who"). Traps: "Who’s" opening a question, a clause on the
// sentence's own subject (its content ends at the clause's comma), no antecedent before it.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"
#include "speaker_phrases.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("contracted relative: the word test") {
  auto length = [](std::string lower, bool capitalized = false) {
    Token t;
    t.word = true;
    t.capitalized = capitalized;
    t.lower = lower;
    return contracted_relative_length(t);
  };
  CHECK(length("who\u2019s") == 3);
  CHECK(length("who's") == 3);
  CHECK(length("who\u2019d") == 3);
  CHECK(length("who've") == 3);
  CHECK(length("who") == 0);             // no contraction: is_relative_pronoun's job
  CHECK(length("who\u2019s", true) == 0);  // "Who’s": a question
  CHECK(length("he\u2019s") == 0);       // a subject pronoun, contracted_pronoun_length's
  CHECK(length("whose") == 0);
  CHECK(length("who\u2019st") == 0);     // no contraction of ours
}

TEST_CASE("contracted relative: the antecedent speaks") {
  auto d = run("The plan drew support from Sen. Maria Lopez, who\u2019s argued that the bridge must be rebuilt.");
  CHECK(speaker_of_claim(d, "that the bridge must be rebuilt") == "Maria Lopez");
  CHECK(source_of_claim(d, "that the bridge must be rebuilt").ends_with("who\u2019s"));
  auto e = run("The ferry plan was backed by Tom Hale, who's said that the old pier cannot be saved.");
  CHECK(speaker_of_claim(e, "that the old pier cannot be saved") == "Tom Hale");
  auto f = run("The vote went to the harbour union, who\u2019d warned that the cranes were unsafe.");
  CHECK(speaker_of_claim(f, "that the cranes were unsafe") == "harbour union");
}

TEST_CASE("contracted relative: traps") {
  // "Who’s" opening a sentence asks a question; the one who asks it speaks.
  auto d = run("Who\u2019s to say that the bridge is safe, the mayor asked.");
  CHECK_FALSE(has_speaker_named(d, "Who\u2019s"));
  // A relative clause on the sentence's own subject: its content ends at the clause's comma,
  // as with "who has warned", and does not run on over the main predicate.
  auto e = run("Ana Ruiz, who\u2019s warned for years that the pier was failing, left the port on Friday.");
  const Claim* c = claim_starting(e, "that the pier was failing", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(e.text.substr(c->span.start, c->span.end - c->span.start) == "that the pier was failing");
  CHECK(speaker_of_claim(e, "that the pier was failing") == "Ana Ruiz");
  // No antecedent before the pronoun: nobody is named.
  auto f = run("Nobody asked who\u2019s said that the ferry would stop.");
  CHECK_FALSE(has_speaker_named(f, "Nobody"));
}
