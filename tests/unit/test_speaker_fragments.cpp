// Issue 4, speakers: a mention the cue grammar hands over that stops inside a phrase is
// no speaker, and a place named inside the subject's appositive is not the subject.
// Sentences of our own.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "attribution_helpers.h"
#include "speaker_phrases.h"
#include "tokens.h"

using namespace claimscope;
using namespace claimscope::testing;

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

TEST_CASE("is_fragment_mention: a description that stops before its head or on a function word") {
  std::vector<Token> toks;
  std::string lowered;
  auto frag = [&](const std::string& text, size_t first, size_t last) {
    tokenize(text, {0, uint32_t(text.size())}, toks, lowered);
    return is_fragment_mention(toks, MentionRange{first, last, false, last});
  };
  CHECK(frag("her own plans", 0, 1));
  CHECK(frag("an impassioned call", 0, 1));  // an -ed adjective after "a"/"an": the noun follows
  CHECK_FALSE(frag("the accused said", 0, 1));  // after "the" a past form may be the noun
  CHECK(frag("a few hints", 0, 1));
  CHECK(frag("a friend without saying", 0, 2));
  CHECK(frag("we are now being told", 0, 3));
  CHECK(frag("The most likely", 0, 1));
  // Traps: people and groups.
  CHECK_FALSE(frag("the injured said", 0, 1));
  CHECK_FALSE(frag("the harbour master said", 0, 2));
  CHECK_FALSE(frag("his advisers said", 0, 1));
  CHECK_FALSE(frag("Many said", 0, 0));
  CHECK_FALSE(frag("the two said", 0, 1));  // a count is a head
  CHECK_FALSE(frag("the row erupted", 0, 2));  // a verb: no table says so (fragment_lead cuts there)
  CHECK_FALSE(frag("officials who spoke in", 0, 3));  // a relative clause's words are the description's
  const std::string pronoun = "he sometimes said";
  tokenize(pronoun, {0, uint32_t(pronoun.size())}, toks, lowered);
  CHECK_FALSE(is_fragment_mention(toks, MentionRange{0, 0, true, 0}));
}

TEST_CASE("a fragment gives way to the clause's subject, a pronoun it opens with, its lead or a possessive's owner") {
  auto d = run("The mayor outlined a detailed plan to rebuild the pier.");
  CHECK(source_of_claim(d, "to rebuild") == "The mayor");
  auto f = run("Ana Ruiz chaired the meeting. She told the crowd that the pier would close, and he sometimes added "
               "that the toll would rise.");
  CHECK(source_of_claim(f, "that the toll") == "he");
  auto g = run("Beck spent the weekend teaching a friend without saying, “The pier is safe.”");
  CHECK(speaker_of_claim(g, "“The pier", ClaimKind::quote) == "Beck");
  auto h = run("Her lawyers looked through the files and found that the toll was legal.");
  CHECK(source_of_claim(h, "that the toll") == "Her lawyers");
  auto i = run("Ruiz spoke on Monday. Her own plans to fix the pier drew cheers.");
  CHECK(source_of_claim(i, "to fix") == "Her");
}

TEST_CASE("trap: a whole description before its cue keeps its speaker") {
  auto d = run("The harbour master told reporters the pier would close in May.");
  CHECK(speaker_of_claim(d, "the pier") == "harbour master");
  auto e = run("A senior port official said the toll would rise.");
  CHECK(speaker_of_claim(e, "the toll") == "senior port official");
}
