// Issue 4: a subject pronoun with a verb contracted onto it ("He’s", "they've", "she’ll") is
// a pronoun source: the mention is the pronoun alone and resolves like "he" does, never a
// speaker named "He’s" or "They've". A progressive whose auxiliary is the contraction
// ("He’s suggesting that …") has that pronoun as its subject. A document ("a new study")
// is no he or she.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"
#include "rules/speaker_words.h"
#include "speaker_phrases.h"
#include "speakers.h"
#include "tokens.h"
#include "word_classes.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("contracted pronouns: the pronoun alone is the source, resolved to the person named") {
  for (const char* text : {"Tom Hale spoke at the pier. He's said that the ferry will stop in May.",
                           "Tom Hale spoke at the pier. He\u2019s said that the ferry will stop in May.",
                           "Tom Hale spoke at the pier. He\u2019ll argue that the ferry will stop in May.",
                           "Tom Hale spoke at the pier. He'd argued that the ferry will stop in May."}) {
    INFO(text);
    auto d = run(text);
    CHECK(source_of_claim(d, "that the ferry") == "He");
    CHECK(speaker_of_claim(d, "that the ferry") == "Tom Hale");
    CHECK_FALSE(has_speaker_named(d, "He"));
  }
  auto e = run("Ana Ruiz met the crews. She\u2019s warned that the ferry will stop in May.");
  CHECK(source_of_claim(e, "that the ferry") == "She");
  CHECK(speaker_of_claim(e, "that the ferry") == "Ana Ruiz");
}

TEST_CASE("contracted pronouns: a contracted progressive has the pronoun as its subject") {
  auto d = run("Tom Hale spoke at the pier. He\u2019s suggesting that the board should resign.");
  CHECK(source_of_claim(d, "that the board") == "He");
  CHECK(speaker_of_claim(d, "that the board") == "Tom Hale");
  auto e = run("Ana Ruiz met the crews. She's now warning that the ferry will stop.");
  CHECK(source_of_claim(e, "that the ferry") == "She");
  CHECK(speaker_of_claim(e, "that the ferry") == "Ana Ruiz");
  // The clause after "but" has its own subject: not the earlier cue's.
  auto f = run("Tom Hale is backing Ana Ruiz, but he\u2019s not predicting she will win the vote.");
  CHECK(source_of_claim(f, "she will win") == "he");
  CHECK(speaker_of_claim(f, "she will win") == "Tom Hale");
}

TEST_CASE("contracted pronouns: traps") {
  // "it’s" is mostly impersonal: no pronoun source is made of it.
  Token t;
  t.word = true;
  for (const char* w : {"it\u2019s", "it's", "hale's", "he", "he\u2019", "his", "we\u2019x", "theirs"}) {
    INFO(w);
    t.lower = w;
    CHECK(contracted_pronoun_length(t) == 0);
  }
  for (const char* w : {"he's", "she\u2019d", "they\u2019re", "we'll", "i'm", "they've"}) {
    INFO(w);
    t.lower = w;
    CHECK(contracted_pronoun_length(t) == std::string(w).find_first_of("'\xE2"));
  }
  // A possessive name is still a name: "Hale's aide said" speaks for the aide.
  auto d = run("Hale's aide said that the ferry will stop in May.");
  CHECK(source_of_claim(d, "that the ferry") == "Hale's aide");
}

TEST_CASE("contracted pronouns: a document is no he or she when nobody is named") {
  auto d = run("A new study found that the port lost money. He said the pier is safe.");
  CHECK(speaker_of_claim(d, "the pier is safe") == "-");
  auto e = run("The campaign's statement said the port lost money. She said the pier is safe.");
  CHECK(speaker_of_claim(e, "the pier is safe") == "-");
  // Trap: a description of a person still takes the he.
  auto f = run("A harbour official said that the port lost money. He said the pier is safe.");
  CHECK(speaker_of_claim(f, "the pier is safe") == "harbour official");
}

TEST_CASE("contracted pronouns: the table is the speaker pronouns but \"it\"") {
  for (const WordRule& r : rules::kContractedSubjectPronouns) {
    INFO(r.text);
    CHECK(is_speaker_pronoun(r.text));
  }
  CHECK(is_speaker_pronoun("it"));
  CHECK_FALSE(lexicon<rules::kContractedSubjectPronouns>().contains("it"));
  size_t listed = 0;
  for (const WordRule& r : rules::kSpeakerPronouns) listed += lexicon<rules::kContractedSubjectPronouns>().contains(r.text);
  CHECK(listed == std::size(rules::kSpeakerPronouns) - 1);
}
