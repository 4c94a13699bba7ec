// Issue 4, speakers (speakers103): the name that opens a clause owns an aside of several
// commas ("Ana Ruiz, who lost her brother in Dayton, Ohio, in May, said"), and a quantifier's
// phrase names its head ("Several of her old allies" -> "old allies"). Sentences of our own.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a place or date inside a long aside is not the speaker: the name that opened it is") {
  // A relative clause with a city, its state and a date, each after a comma.
  auto d = run("Ana Ruiz, who lost her brother in the flood in Dayton, Ohio, in May 2019, said the city had "
               "ignored the warnings.");
  CHECK(speaker_of_claim(d, "the city had") == "Ana Ruiz");
  // A participle phrase with a place and an appositive on the place.
  auto e = run("Sen. Tom Beck, facing a hard race in Maine, a swing state, said he would back the ferry bill.");
  CHECK(speaker_of_claim(e, "he would back") == "Tom Beck");
  // An appositive whose paper is named after its own comma.
  auto f = run("Tom Beck, the editor of the city's largest paper, the Harbour Times, said the pier was unsafe.");
  CHECK(speaker_of_claim(f, "the pier was") == "Tom Beck");
  // After a fronted adverbial.
  auto g = run("On Monday, Ana Ruiz, who grew up in Dayton, Ohio, said the city had ignored the warnings.");
  CHECK(speaker_of_claim(g, "the city had") == "Ana Ruiz");
}

TEST_CASE("traps: commas that end the aside keep their own speaker") {
  // A verb after a comma: the claim's content, then a speaker with an appositive of one comma.
  auto d = run("Tom Beck, the harbour master, is wrong about the pier, Ana Ruiz, the mayor, said on Monday.");
  CHECK(speaker_of_claim(d, "Tom Beck, the harbour master, is wrong") == "Ana Ruiz");
  // "and" after a comma: two speakers, as before.
  auto e = run("Tom Beck, the harbour master, and Ana Ruiz, the mayor, said the pier was unsafe.");
  CHECK(speaker_of_claim(e, "the pier was") == "Ana Ruiz");
  // A name after the opening name's comma is no aside: the one between the commas speaks, as before.
  auto f = run("The mayor's aide, Tom Beck, a former sailor, said the pier was unsafe.");
  CHECK(speaker_of_claim(f, "the pier was") == "Tom Beck");
}

TEST_CASE("a quantifier phrase names the phrase after \"of\"") {
  auto d = run("Several of her old allies said the plan would fail.");
  CHECK(speaker_of_claim(d, "the plan") == "old allies");
  auto e = run("Some of the senators said the plan would fail.");
  CHECK(speaker_of_claim(e, "the plan") == "senators");
  // Trap: a name with "of" inside keeps it ("Bank of Alder").
  auto f = run("The Bank of Alder said the plan would fail.");
  CHECK(speaker_of_claim(f, "the plan") == "Bank of Alder");
}

TEST_CASE("traps: a pronoun after a quantifier's \"of\" keeps the whole phrase") {
  auto d = run("The crews met the mayor. Most of them said the pier was unsafe.");
  CHECK(speaker_of_claim(d, "the pier") == "Most of them");
}

TEST_CASE("a time adjunct after the subject's appositive: the name speaks, not the adjunct") {
  auto d = run("Tom Beck, the harbour master, last week announced that the pier would close.");
  CHECK(speaker_of_claim(d, "that the pier") == "Tom Beck");
  auto e = run("Tom Beck, the harbour master, this past week announced that the pier would close.");
  CHECK(speaker_of_claim(e, "that the pier") == "Tom Beck");
  auto f = run("Tom Beck this past week announced that the pier would close.");
  CHECK(source_of_claim(f, "that the pier") == "Tom Beck");
  // Trap: a comma that closes the content, not an appositive: the name after it speaks, as before.
  auto g = run("The pier was unsafe, Tom Beck last week said.");
  CHECK(source_of_claim(g, "The pier was unsafe") == "Tom Beck");
}
