// Issue 4, speakers: the subject of a clause that opens with an adverbial (a preposition and
// its object, with or without a comma of its own). Sentences of our own.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("an opening adverbial with no comma of its own holds no subject") {
  auto d = run("Over the weekend the mayor fired her deputy, saying the harbour plan had failed.");
  CHECK(source_of_claim(d, "the harbour plan") == "the mayor");
  auto e = run("On Sunday Mayor Ana Ruiz wrote to the board, asking that the pier stay open.");
  CHECK(speaker_of_claim(e, "that the pier") == "Ana Ruiz");
  auto f = run("Without a vote the council moved ahead, arguing that the toll was legal.");
  CHECK(source_of_claim(f, "that the toll") == "the council");
  auto g = run("Over the long holiday weekend the mayor finished the pier, saying that it would open soon.");
  CHECK(source_of_claim(g, "that it would") == "the mayor");
  // No article after the opener's object: the name after it.
  auto h = run("Under Dover law Mayor Ana Ruiz must sign the plan, noting that the date is set.");
  CHECK(speaker_of_claim(h, "that the date") == "Ana Ruiz");
}

TEST_CASE("a name right before an article is no subject") {
  auto d = run("After a rally in Dover, Delaware the senator went further and claimed that the pier was unsafe.");
  CHECK(source_of_claim(d, "that the pier") == "the senator");
  // "Absent" opens an adverbial (kFrontedPrepositions): it is no name.
  auto e = run("Absent a deal, the union may give up and conclude that the market is closed to them.");
  CHECK(source_of_claim(e, "that the market") == "the union");
}

TEST_CASE("a place in the appositive of a subject after an opening adverbial") {
  auto d = run("On Monday, voters in Ohio, a swing state, said the plan was too costly.");
  CHECK(speaker_of_claim(d, "the plan") != "Ohio");
  CHECK(source_of_claim(d, "the plan") == "voters in Ohio, a swing state");
}

TEST_CASE("traps: subjects the rules must not move") {
  // An auxiliary before an article: the verb's object, the subject stays.
  auto d = run("Tom Beck had the look of a calm man, pointing out that the vote was near.");
  CHECK(speaker_of_claim(d, "that the vote") == "Tom Beck");
  // A fronted adverbial closed by its comma, as before.
  auto e = run("In a statement Friday, the mayor said the pier would reopen.");
  CHECK(source_of_claim(e, "the pier") == "the mayor");
  // A name in the adverbial is its object, not the subject ("Under Dover law").
  auto f = run("Under Dover law the council must vote, and the clerk warned that the date was set.");
  CHECK(source_of_claim(f, "that the date") != "Dover");
}
