// Issue 4, speakers: words that are no one's name. An impersonal "it" before a passive cue
// ("It is said that …", "It’s thought …") gives the claim no source; a kNotNames word with a
// verb contracted onto it ("You’ve", "That's", "It’s") is never a speaker's name; a relative
// pronoun the cue grammar reads as the subject ("a clerk who said …") stands for its
// antecedent, or stays an unresolved mention: never a speaker named "who".
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"
#include "speaker_phrases.h"
#include "tokens.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("impersonal it: a passive speech cue after \"it\" has no source, and the claim stays") {
  for (const char* text : {"The ferry ran late again on Tuesday. It is said that the pier will close in May.",
                           "The ferry ran late again on Tuesday. It\u2019s said that the pier will close in May.",
                           "The ferry ran late again on Tuesday. It was said that the pier will close in May.",
                           "The ferry ran late again on Tuesday. It was widely reported that the pier will close in May."}) {
    INFO(std::string(text));
    auto d = run(text);
    REQUIRE(claim_starting(d, "that the pier", ClaimKind::reported) != nullptr);
    CHECK(source_of_claim(d, "that the pier").empty());
    CHECK(speaker_of_claim(d, "that the pier") == "-");
    CHECK_FALSE(has_speaker_named(d, "It"));
    CHECK_FALSE(has_speaker_named(d, "It\u2019s"));
  }
}

TEST_CASE("impersonal it: traps") {
  // An institution's "it" with an active cue stays its pronoun source.
  auto d = run("The harbour board met on Monday. It said that the pier will close in May.");
  CHECK(source_of_claim(d, "that the pier") == "It");
  auto e = run("The harbour board met on Monday. It has said that the pier will close in May.");
  CHECK(source_of_claim(e, "that the pier") == "It");
  // A passive with a named subject is not this rule's.
  auto g = run("Ana Ruiz was told that the pier will close in May.");
  CHECK_FALSE(has_speaker_named(g, "It"));
}

TEST_CASE("contracted non-names: \"You’ve\", \"That's\" name nobody") {
  auto d = run("You\u2019ve said that the ferry will stop in May. Tom Hale disagrees.");
  CHECK_FALSE(has_speaker_named(d, "You\u2019ve"));
  // A speaker pronoun's contraction is that pronoun ("I'm" is "I"), whichever rule reads it.
  auto e = run("I'm sure of one thing. I'm told by the crews that the ferry will stop.");
  CHECK_FALSE(has_speaker_named(e, "I'm"));
  Token t;
  t.word = true;
  for (const char* w : {"it\u2019s", "you've", "that's", "there\u2019ll"}) {
    INFO(w);
    t.lower = w;
    CHECK(contracted_stem_length(t) == std::string(w).find_first_of("'\xE2"));
  }
  // Traps: a possessive name, a contracted speaker pronoun's own rule, a plain word.
  for (const char* w : {"hale's", "ruiz\u2019s", "its", "it\u2019x", "it"}) {
    INFO(w);
    t.lower = w;
    CHECK(contracted_stem_length(t) == 0);
  }
  auto f = run("Hale's aide said that the ferry will stop in May.");
  CHECK(source_of_claim(f, "that the ferry") == "Hale's aide");
}

TEST_CASE("relative pronouns: the antecedent speaks, or nobody") {
  // The antecedent before "who", a preposition's object too.
  auto d = run("The crews spoke to a harbour clerk who said that the vote was rigged.");
  CHECK(source_of_claim(d, "that the vote") == "a harbour clerk who");
  CHECK(speaker_of_claim(d, "that the vote") == "harbour clerk");
  // A loose plural phrase before "who".
  auto e = run("Several angry dock workers who have argued that the pier is unsafe met the mayor.");
  CHECK(speaker_of_claim(e, "that the pier") != "who");
  CHECK_FALSE(has_speaker_named(e, "who"));
  // No antecedent: the pronoun is the mention, unresolved.
  auto f = run("Most of the crews are among those who say they will strike.");
  CHECK(source_of_claim(f, "they will strike") == "who");
  CHECK(speaker_of_claim(f, "they will strike") == "-");
  CHECK_FALSE(has_speaker_named(f, "who"));
  // "who said who said": the second "who" has a cue before it, no antecedent.
  auto g = run("They met a clerk who said who said the vote was rigged.");
  CHECK_FALSE(has_speaker_named(g, "who"));
  CHECK(speaker_of_claim(g, "the vote was rigged") == "-");
  // Traps: "WHO", the agency, is a name; the comma form stays the name's.
  auto w = run("The WHO said that the virus had spread to the port.");
  CHECK(speaker_of_claim(w, "that the virus") == "WHO");
  auto h = run("The board met Tom Hale, who said that the fund was empty.");
  CHECK(speaker_of_claim(h, "that the fund") == "Tom Hale");
}

TEST_CASE("participle subjects: an adverb between the clause's subject and its verb") {
  // "instead", "still", "now" are no verb: the subject before them is the participle's.
  check_reported_claim("Ruiz instead delivered her usual harbour speech, saying that the toll was a giveaway.",
                       "that the toll was a giveaway", "Ruiz", "saying");
  check_reported_claim("The union still rejected the latest offer, saying that the wages were too low.",
                       "that the wages were too low", "The union", "saying");
  // Trap: with no adverb the object noun stays no subject, as before.
  check_reported_claim("Tom Hale thanked the volunteers, adding that the shelter would stay open.",
                       "that the shelter would stay open", "Tom Hale", "adding");
}
