// Issue 4 (quotes126, thirty-seventh round): asides of wording name who speaks.
// "As X put it, Y" opening a sentence gives X the clause Y (mixed when Y quotes); "in X's words"
// and "in the words of X" name the speaker of the quotation after them, and, inside a reported
// clause, end that clause before the aside. A title with a subtitle after a colon (each part
// within the title length) is named, not said. Sentences of our own.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("an opening 'As X put it,' gives X the clause after its comma") {
  check_cue_claim({"As Ana Ruiz put it, the council is charging users \u201ctwice for one crossing.\u201d",
                   "the council is charging users \u201ctwice for one crossing.\u201d", "Ana Ruiz", "put it"});
  // The owner of a possessive before the name does not hide the verb's subject.
  check_claim_speaker({"As the Gazette\u2019s Tom Beck puts it, the new pier is \u201ca gift to the developers.\u201d",
                       "the new pier is", "Tom Beck"});
  // An adverb in -ly after "it"; a document may speak.
  check_cue_claim({"As the report phrased it bluntly, the harbour has \u201cno future without the ferry.\u201d",
                   "the harbour has \u201cno future without the ferry.\u201d", "the report", "phrased it"});
  // No quotation: the clause is reported all the same.
  check_cue_claim({"As Ana Ruiz put it, the council is wrong about the budget.", "the council is wrong about the budget",
                   "Ana Ruiz", "put it"});
}

TEST_CASE("'in the words of X,' opening a sentence gives X the clause after its comma") {
  check_cue_claim({"In the words of the harbour master, the pier is \u201cheld together by rust.\u201d",
                   "the pier is \u201cheld together by rust.\u201d", "the harbour master", "In the words of"});
}

TEST_CASE("'in X's words' and 'in the words of X' name the speaker of the quotation after them") {
  check_claim_speaker({"In Ruiz\u2019s words, \u201cthe harbour will close by spring.\u201d",
                       "\u201cthe harbour will close by spring.\u201d", "Ruiz", ClaimKind::quote});
  // One word between the owner and "words", as between an owner and any statement noun.
  check_claim_speaker({"Mayor Ana Ruiz met the crews on Monday. In her exact words, \u201cthe pier will stay open.\u201d",
                       "\u201cthe pier will stay open.\u201d", "Ana Ruiz", ClaimKind::quote});
  // Inside a reported clause the aside ends it: the quotation is the owner's own.
  auto d = run("Mayor Ana Ruiz wants the pier rebuilt because, in her own words, \u201cit is the town\u2019s front "
               "door.\u201d");
  const Claim* r = claim_starting(d, "the pier rebuilt", ClaimKind::reported);
  REQUIRE(r != nullptr);
  CHECK(slice(d, r->span) == "the pier rebuilt");
  const Claim* q = claim_starting(d, "\u201cit is the town", ClaimKind::quote);
  REQUIRE(q != nullptr);
  CHECK(slice(d, q->cue) == "in her own words");
  CHECK(speaker_of(d, q->speaker) == "Ana Ruiz");
  // A quoted fragment after "in the words of X": its clause starts at the quotation, not at X.
  check_claim_span_speaker({"The ferry is, in the words of a senior aide, \u201cthe keystone\u201d of the plan.",
                            "\u201cthe keystone\u201d", "\u201cthe keystone\u201d of the plan", "senior aide"});
}

TEST_CASE("traps: 'as' and 'in other words' openers that name no speaker") {
  for (const char* text : {
           // "as" opening a clause of time: no wording verb.
           "As prices rose, the ferry lost \u201cmost of its riders.\u201d",
           // "put it" with a particle: an act, not wording.
           "As the volunteers put it together, the stage grew \u201ctaller than the church.\u201d",
           // "put" without "it".
           "As Ruiz put the box on the table, the crowd went \u201cquiet as a library.\u201d",
           // "in other words" has no owner.
           "In other words, the fee is \u201ca tax by another name.\u201d",
       }) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(reported_count(d) == 0);
    for (const Claim& c : d.claims) CHECK(c.speaker == kNone);
  }
}

TEST_CASE("a name in -s with the apostrophe alone owns 'in X’ words'") {
  check_claim_speaker({"Investors flock to the port because, in Gates\u2019 words, \u201cit is the busiest harbour in "
                       "the region.\u201d",
                       "\u201cit is the busiest harbour", "Gates", ClaimKind::quote});
}

TEST_CASE("a title with a subtitle after a colon is named, not said") {
  {
    const char* text = "The senator cited his book \u201cSalt and Iron: A Life on the Northern Ferries\u201d in the debate.";
    INFO(std::string(text));
    auto d = run(text);
    REQUIRE(d.quotes.size() == 1);
    CHECK(d.quotes[0].scare);
    CHECK(claim_starting(d, "\u201cSalt and Iron", ClaimKind::quote) == nullptr);
  }
  {
    // Trap: a title-case slogan shouted after a colon, with its own full stop, is a quoted sentence.
    const char* text = "She told the crowd: \u201cWe Will Not Pay: Not Now, Not Ever, Not for This Pier.\u201d";
    INFO(std::string(text));
    auto d = run(text);
    REQUIRE(d.quotes.size() == 1);
    CHECK_FALSE(d.quotes[0].scare);
    CHECK(claim_starting(d, "\u201cWe Will Not Pay", ClaimKind::quote) != nullptr);
  }
}
