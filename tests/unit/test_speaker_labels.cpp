// Issue 4, speakers (speakers97): a party label after a name ("Tom Beck, R-Maine, who …,
// said"), and the one asked by description ("asked the mayor about remarks she had made").
// Sentences of our own.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a party label after a name's comma is the name's, not the speaker") {
  auto d = run("Sen. Tom Beck, R-Maine, who chairs the harbour panel, said the bill would fail.");
  CHECK(speaker_of_claim(d, "the bill") == "Tom Beck");
  CHECK(source_of_claim(d, "the bill") == "Sen. Tom Beck, R-Maine, who chairs the harbour panel");
  // A label with dots ("D-N.Y.", "D-Ky." with its dot before the comma).
  auto e = run("Rep. Ana Ruiz, D-N.Y., who voted against the toll, said the ferry must stay.");
  CHECK(speaker_of_claim(e, "the ferry") == "Ana Ruiz");
  auto f = run("Rep. Ana Ruiz, D-Ky., appearing on a radio show after the vote, said the ferry must stay.");
  CHECK(speaker_of_claim(f, "the ferry") == "Ana Ruiz");
  // As before: the label alone between the commas.
  auto g = run("Sen. Tom Beck, R-Maine, said the bill would fail.");
  CHECK(speaker_of_claim(g, "the bill") == "Tom Beck");
}

TEST_CASE("traps: hyphenated words that are no party label") {
  // A lower-case noun before the comma: no name owns the word, as before.
  auto d = run("The film, R-rated, which opened Friday, said little about the war.");
  CHECK(speaker_of_claim(d, "little about") != "film");
  // "I-95" has a figure after the hyphen: no label.
  auto e = run("Ana Ruiz, I-95, which runs north, said the road was bad.");
  CHECK(speaker_of_claim(e, "the road") != "Ana Ruiz");
}

TEST_CASE("the one asked by description is a later he or she") {
  auto d = run("Reporters asked the mayor about remarks she had made at the rally, and she said the town "
               "would recover.");
  CHECK(speaker_of_claim(d, "the town") == "mayor");
  // Nearer than a person named before: the one asked.
  auto e = run("Ana Ruiz spoke first. The host asked the senator whether the bill would pass, and she said "
               "the vote would be close.");
  CHECK(speaker_of_claim(e, "the vote") == "senator");
  auto f = run("The host asked the senator whether the bill would pass. She said the vote would be close.");
  CHECK(speaker_of_claim(f, "the vote") == "senator");
}

TEST_CASE("traps: the one asked does not take a pronoun that cannot be them") {
  // A gender that does not fit: the person named before.
  auto d = run("Tom Beck spoke first. The host asked the congresswoman whether the bill would pass, and he "
               "said the vote would be close.");
  CHECK(speaker_of_claim(d, "the vote") == "Tom Beck");
  // A plural description is no he or she.
  auto e = run("Mayor Ana Ruiz toured the pier. The host asked the officials whether the fees would rise, and "
               "she said the fees would fall.");
  CHECK(speaker_of_claim(e, "the fees would fall") == "Ana Ruiz");
  // Plurals without an "s" of their own ("-men", a collective noun) are no he or she either.
  auto g = run("Mayor Ana Ruiz toured the pier. The host asked the congresswomen whether the fees would rise, "
               "and she said the fees would fall.");
  CHECK(speaker_of_claim(g, "the fees would fall") == "Ana Ruiz");
  // A person named after the one asked is nearer.
  auto f = run("The host asked the senator whether the bill would pass. Ana Ruiz toured the pier. She said "
               "the vote would be close.");
  CHECK(speaker_of_claim(f, "the vote") == "Ana Ruiz");
}
