// Issue 4 (mixed121, thirty-sixth round): quoted phrases inside a clause that a speech cue
// governs are mixed quotes (the clause is the claim), not scare quotes: a statement noun's
// "that" clause with an owner, the quoting verbs "portray", "bemoan", "grouse", "chide",
// "rail", a listener before "that", and a quoted sentence that closes a quoting verb's
// complement. A short quoted phrase with no cue stays a scare quote. Sentences of our own.
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

TEST_CASE("portray, bemoan, grouse, chide and rail report the clause around a quoted phrase") {
  check_cue_claim({"Ruiz continued to portray \u201cunlicensed\u201d boats as a danger to swimmers.",
                   "\u201cunlicensed\u201d boats as a danger to swimmers", "Ruiz", "portray"});
  check_cue_claim({"On Monday, Lee hit back, portraying Ruiz as careless because she took \u201cabout nine "
                   "thousand\u201d from the dock firms.",
                   "Ruiz as careless because she took \u201cabout nine thousand\u201d from the dock firms", "Lee",
                   "portraying"});
  check_cue_claim({"Ana Ruiz bemoaned the mood in which people \u201csimply hate each other\u201d over tolls.",
                   "the mood in which people \u201csimply hate each other\u201d over tolls", "Ana Ruiz", "bemoaned"});
  check_cue_claim({"Tom Hale chided the board for its \u201clazy planning\u201d of the pier.",
                   "the board for its \u201clazy planning\u201d of the pier", "Tom Hale", "chided"});
  check_cue_claim({"Lee has railed against what she calls the \u201charbour clique\u201d for years.",
                   "against what she calls the \u201charbour clique\u201d for years", "Lee", "railed"});
  // Past a listener, the content is the "that" clause.
  check_cue_claim({"Lee groused to a crowd in Alma that the Gazette \u201cdoes not treat me fairly\u201d and left.",
                   "that the Gazette \u201cdoes not treat me fairly\u201d", "Lee", "groused"});
}

TEST_CASE("the new quoting verbs stay actions without a quotation or as nouns") {
  // "rails" is left out: a noun after a noun.
  check_scare_only("The old train rails \u201csang\u201d in the cold.");
  auto d = run("Ana Ruiz groused about the weather all morning.");
  CHECK(reported_count(d) == 0);
  auto e = run("The actors portray two sisters on a fishing boat.");
  CHECK(reported_count(e) == 0);
}

TEST_CASE("a quoted sentence in its own marks ends a quoting verb's complement") {
  check_cue_claim({"Ms. Ruiz turned to the clerk, chiding him, \u201cWho pays for it?\u201d when asked about the fees.",
                   "him, \u201cWho pays for it?\u201d", "Ms. Ruiz", "chiding"});
  // A fragment's tail is still part of the complement.
  check_cue_claim({"Ruiz called the fare a \u201cbargain\u201d for families on the island.",
                   "the fare a \u201cbargain\u201d for families on the island", "Ruiz", "called"});
}

TEST_CASE("refer to an object as a quoted name reports the object and the name") {
  check_cue_claim({"Ruiz refers to the governor as \u201cChris.\u201d", "the governor as \u201cChris.\u201d", "Ruiz",
                   "refers to"});
  check_cue_claim({"Ana Ruiz spoke for an hour, referring to the levy as the \u201cfish tax\u201d",
                   "the levy as the \u201cfish tax\u201d", "Ana Ruiz", "referring to"});
  // Traps: "refers to" with no "as" defines a term; a title after "as" with no naming verb stays a title.
  check_scare_only("The term refers to the \u201charbour fund\u201d set up in 1990.");
  check_scare_only("The ferry was known as \u201cThe Grey Lady\u201d for decades.");
}
