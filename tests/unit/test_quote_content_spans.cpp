// Content extents of mixed quotes (issue 4, round quotes14): where a reported clause built
// around a quoted fragment ends. Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

std::string reported_text(const Document& d, const std::string& prefix) {
  const Claim* c = claim_starting(d, prefix, ClaimKind::reported);
  return c ? slice(d, c->span) : std::string("(none)");
}

}  // namespace

TEST_CASE("a naming verb's quoted complement ends before the setting of the words") {
  auto a = run("The governor called the audit “a smear” in a tweet on Friday, and her allies agreed.");
  CHECK(reported_text(a, "the audit") == "the audit “a smear”");
  auto b = run("The host called the new stadium a “money pit” on his radio show last week.");
  CHECK(reported_text(b, "the new stadium") == "the new stadium a “money pit”");
  auto c = run("The senator called the treaty “a trap” in an interview with the Valley Herald.");
  CHECK(reported_text(c, "the treaty") == "the treaty “a trap”");
  // The complement's own tail stays: it is no setting.
  auto d = run("The critic called the ferry fare a “bargain” for families on the island.");
  CHECK(reported_text(d, "the ferry fare") == "the ferry fare a “bargain” for families on the island");
}

TEST_CASE("a quoted complement that closes on a comma ends the content") {
  auto a = run("The mayor has called the harbour fees \"unfair,\" and her office has promised to cut them.");
  CHECK(reported_text(a, "the harbour fees") == "the harbour fees \"unfair,\"");
  auto b = run("The rival called him a “dreamer,” a jab at his plans for the old mill.");
  CHECK(reported_text(b, "him a") == "him a “dreamer,”");
  // Two quoted words joined by "and" are one complement.
  auto c = run("The union called the cuts “reckless” and “cruel” at the rally.");
  CHECK(reported_text(c, "the cuts") == "the cuts “reckless” and “cruel”");
}

TEST_CASE("after a quoted complement, and with a new subject or a participle starts the next clause") {
  auto a = run("She spared the treasurer, calling him a “decent man” and she praised his staff too.");
  CHECK(reported_text(a, "him a") == "him a “decent man”");
  auto b = run("Then the coach turned on the referee, calling him a \"joke\" and accusing him of bias.");
  CHECK(reported_text(b, "him a") == "him a \"joke\"");
  // A plain noun after "and" continues the complement.
  auto c = run("The candidate attacked the firms, calling the bankers \"thieves\" and liars on Monday.");
  CHECK(reported_text(c, "the bankers").rfind("the bankers \"thieves\" and liars", 0) == 0);
}

TEST_CASE("a setting phrase after the clause's comma at the sentence end is not content") {
  auto a = run("The coach scolded the fans, saying his club does not want “that noise,” in an interview on Sunday.");
  CHECK(reported_text(a, "his club") == "his club does not want “that noise,”");
  auto b = run("Ms. Ortiz said the ferry would keep running all winter, in a statement to the Coast Courier.");
  CHECK(reported_text(b, "the ferry") == "the ferry would keep running all winter");
  // A phrase that names no setting stays in the clause.
  auto c = run("Ms. Ortiz said the ferry would keep running, in spite of the storms.");
  CHECK(reported_text(c, "the ferry") == "the ferry would keep running, in spite of the storms");
}

TEST_CASE("a quoted programme owned by a name after told is the listener, not the content") {
  auto a = run("She told NBC’s “Evening Report” on Monday the talks were friendly.");
  CHECK(reported_text(a, "the talks") == "the talks were friendly");
  CHECK(claim_starting(a, "NBC", ClaimKind::reported) == nullptr);
  auto b = run("The mayor told the Gazette’s “Harbour Hour” program the ferry would run all winter.");
  CHECK(reported_text(b, "the ferry") == "the ferry would run all winter");
}

TEST_CASE("a title-case programme right after told is the listener; the clause starts after it") {
  auto a = run("Mayor Ana Ruiz told “Harbour Hour” that the fares would rise in May.");
  CHECK(reported_text(a, "that the fares") == "that the fares would rise in May");
  CHECK(claim_starting(a, "“Harbour", ClaimKind::reported) == nullptr);
  auto b = run("Councillor Ben Orr told “Morning Tide” on Friday the pier would stay shut.");
  CHECK(reported_text(b, "the pier") == "the pier would stay shut");
  // One word said to someone is not a programme.
  auto c = run("Lee told “Enough” to the crowd and walked off.");
  CHECK(claim_starting(c, "the crowd", ClaimKind::reported) == nullptr);
  // A quoted title before the listener noun: the clause starts at "that".
  auto d = run("Councillor Ben Orr told “Save the Pier” marchers on Friday that the vote would wait.");
  CHECK(reported_text(d, "that the vote") == "that the vote would wait");
  CHECK(claim_starting(d, "marchers", ClaimKind::reported) == nullptr);
}

TEST_CASE("two cues that find the same clause report it once") {
  auto d = run("Ms. Ortiz responded by saying that the ferry would run all winter.");
  size_t n = 0;
  for (const Claim& c : d.claims) {
    if (c.kind == ClaimKind::reported && slice(d, c.span) == "that the ferry would run all winter") ++n;
  }
  CHECK(n == 1);
}

TEST_CASE("an appeal's content takes the one appealed to; a promise has no listener") {
  auto a = run("The senator called on ferry operators to do more against fare dodging.");
  CHECK(reported_text(a, "ferry operators") == "ferry operators to do more against fare dodging");
  auto b = run("Ms. Ortiz urged the harbour board to delay the vote.");
  CHECK(reported_text(b, "the harbour board") == "the harbour board to delay the vote");
  auto c = run("The mayor vowed to keep the ferry running.");
  CHECK(reported_text(c, "to keep") == "to keep the ferry running");
}

TEST_CASE("a speech verb in -ing after for, of or by stays inside the claim around it") {
  auto a = run("The mayor called on the skipper to apologize for suggesting the ferry was late.");
  CHECK(reported_text(a, "the skipper") == "the skipper to apologize for suggesting the ferry was late");
  CHECK(claim_starting(a, "the ferry", ClaimKind::reported) == nullptr);
  auto b = run("The union accused the harbour master of saying the nets were safe.");
  CHECK(reported_text(b, "the harbour master") == "the harbour master of saying the nets were safe");
  CHECK(claim_starting(b, "the nets", ClaimKind::reported) == nullptr);
  auto c = run("Lee said the captain was wrong for claiming that the tide tables were old.");
  CHECK(reported_text(c, "the captain") == "the captain was wrong for claiming that the tide tables were old");
  auto e = run("The union said the mayor won the vote by arguing that the toll would go.");
  CHECK(reported_text(e, "the mayor") == "the mayor won the vote by arguing that the toll would go");
  CHECK(claim_starting(e, "that the toll", ClaimKind::reported) == nullptr);
  // With no claim around it, "by saying" reports words of its own.
  auto d = run("Ms. Ortiz answered by saying that the night ferry would stay.");
  CHECK(reported_text(d, "that the night") == "that the night ferry would stay");
}

TEST_CASE("an appeal with call on or call upon, in any tense, takes the one appealed to") {
  auto a = run("The union called upon the harbour board to reopen the night ferry.");
  CHECK(reported_text(a, "the harbour board") == "the harbour board to reopen the night ferry");
  auto b = run("The mayor calls on island landlords to freeze rents this winter.");
  CHECK(reported_text(b, "island landlords") == "island landlords to freeze rents this winter");
  const Claim* bc = claim_starting(b, "island landlords", ClaimKind::reported);
  REQUIRE(bc != nullptr);
  CHECK(speaker_of(b, bc->speaker) == "mayor");
  auto c = run("The skippers are calling on the council to scrap the toll.");
  CHECK(reported_text(c, "the council") == "the council to scrap the toll");
  // A call that is no appeal stays out: "calling on" a place, "called upon" with no "to".
  auto d = run("The inspectors are calling on every pier this week.");
  CHECK(claim_starting(d, "every pier", ClaimKind::reported) == nullptr);
  auto e = run("The reserve crew was called upon twice last winter.");
  CHECK(claim_starting(e, "twice", ClaimKind::reported) == nullptr);
}

TEST_CASE("an appeal in a participle right after the sentence's subject ends before the subject's verb") {
  auto a = run("A petition calling on the mayor to resign has passed ten thousand names.");
  CHECK(reported_text(a, "the mayor") == "the mayor to resign");
  auto b = run("Skippers calling on the board to cut the toll were cheered at the pier.");
  CHECK(reported_text(b, "the board") == "the board to cut the toll");
  // A clause inside the appeal may have a verb of its own: then the end is left as it was.
  auto c = run("A petition calling on the mayor to admit that the plan has failed was read aloud.");
  CHECK(reported_text(c, "the mayor") == "the mayor to admit that the plan has failed was read aloud");
  // Not the sentence's subject: the appeal runs to its clause's end.
  auto d = run("The union said on Friday it had sent a petition calling on the mayor to admit the plan has failed.");
  CHECK(reported_text(d, "the mayor") == "the mayor to admit the plan has failed");
}

TEST_CASE("after a quotation, as with a subject pronoun is the reporter's circumstance") {
  auto a = run("The mayor says she is “ready for the vote” as she heads to the council chamber.");
  CHECK(reported_text(a, "she is") == "she is “ready for the vote”");
  // Without a quotation before it, "as" stays in the clause.
  auto b = run("The mayor says the ferry will run as it did last year.");
  CHECK(reported_text(b, "the ferry") == "the ferry will run as it did last year");
}

TEST_CASE("a naming participle after a comma is done by the subject of the clause before it") {
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"The senator waited at the pier for an hour, calling the mayor a \u201cliar and a cheat\u201d in front of "
            "the crews.", "the mayor a", "senator"},
           // A few words may stand between the comma and the participle.
           {"The senator spoke for an hour, at times calling the levy a \u201ctax on fishers\u201d and worse.", "the levy a", "senator"},
       })
    check_claim_speaker(k);
}

TEST_CASE("a comma with and and a subject pronoun ends the reported content; and that goes on") {
  auto a = run("The harbour master said the night ferry would stop in March, and she has since moved to the north pier.");
  CHECK(reported_text(a, "the night ferry") == "the night ferry would stop in March");
  auto b = run("Skippers say the toll is too high, and they plan to march on the town hall next week.");
  CHECK(reported_text(b, "the toll") == "the toll is too high");
  // A second "that" clause is more of the same report.
  auto c = run("The mayor said that the pier was safe, and that the repairs would end soon.");
  CHECK(reported_text(c, "that the pier") == "that the pier was safe, and that the repairs would end soon");
  // A second clause that holds a quotation is the speaker's too: one piece of both.
  auto d = run("The diver said the hull was sound, and she had checked every plate that “looked like new.”");
  CHECK(reported_text(d, "the hull") == "the hull was sound, and she had checked every plate that “looked like new.”");
  // Unless a cue of its own comes first: a new report.
  auto e = run("The mayor said the pier was safe, and she tells crowds that “the worst is over.”");
  CHECK(reported_text(e, "the pier") == "the pier was safe");
}

TEST_CASE("quoted words under a naming verb in a relative clause or the passive are someone's words, not scare quotes") {
  // "what X have called": the words between the relative and the verb speak; the content ends with the quotation.
  auto a = run("The inquiry looked at what former dockhands have called a “rigged lottery” and heard from two clerks.");
  const Claim* c = claim_starting(a, "a “rigged lottery”", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(a, c->span) == "a “rigged lottery”");
  CHECK(speaker_of(a, c->speaker) == "former dockhands");
  // After "when", a bare plural subject.
  check_claim_speaker({"The mayor had a good week, when columnists called her “the calm one” during the long fight.", "her “the calm one”", "columnists"});
  // The passive names nobody: a claim with no speaker, the quotation no scare quote.
  auto d = run("Farmers lost what had been called the “Harvest Week,” a span of early voting.");
  const Claim* f = claim_starting(d, "the “Harvest Week", ClaimKind::reported);
  REQUIRE(f != nullptr);
  CHECK(f->speaker == kNone);
  REQUIRE(d.quotes.size() == 1);
  CHECK_FALSE(d.quotes[0].scare);
  // An agent after "by" is left to the speaker rules: no claim with nobody named.
  auto g = run("The bridge has been called a “white elephant” by the auditors.");
  for (const auto& x : g.claims) CHECK(x.speaker != kNone);
  // "and" with a comma after the quotation opens the next clause: the complement ends there.
  auto k = run("The new ferry will be dubbed the “Island Star” and, despite the cost, will sail in May.");
  CHECK(reported_text(k, "the “Island Star") == "the “Island Star”");
  // Before a participle the words are no subject: "when you start calling" reads no speaker "you start".
  auto m = run("The trouble is that when you start calling the skippers “pirates,” the talks end.");
  for (const auto& x : m.claims) CHECK(speaker_of(m, x.speaker) != "you start");
  // A quoted phrase with no naming verb stays a scare quote.
  auto h = run("The port is a “cash machine” for the town.");
  REQUIRE(h.quotes.size() == 1);
  CHECK(h.quotes[0].scare);
  CHECK(h.claims.empty());
}
