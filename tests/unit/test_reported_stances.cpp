// Reported stances without a "that" clause: a verb of stance and its object
// ("endorsed the toll"), in sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

// A sentence, the reported content it must give, and who it is credited to.
struct StanceCase {
  const char* text;
  const char* content;
  const char* speaker;
};

template <size_t N>
void check_reported(const StanceCase (&cases)[N]) {
  for (const StanceCase& k : cases) {
    INFO(k.text);
    auto d = run(k.text);
    const Claim* c = claim_starting(d, k.content, ClaimKind::reported);
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->span) == std::string(k.content));
    CHECK(speaker_of(d, c->speaker) == std::string(k.speaker));
  }
}

}  // namespace

TEST_CASE("a stance verb reports its object, up to a time adjunct or a comma") {
  const StanceCase cases[] = {
      {"The ferry union supported Mayor Dana Holt on Tuesday.", "Mayor Dana Holt", "ferry union"},
      {"Councillor Ben Orr opposed the new parking fee, arguing it hurt small shops.", "the new parking fee",
       "Ben Orr"},
      {"Captain Rosa Lind supports a ban on night flights over the bay.", "a ban on night flights over the bay",
       "Rosa Lind"},
      {"The harbour board is backing Lena Fox last week in a close race.", "Lena Fox", "harbour board"},
      {"Governor Amy Reyes favors a slower rise in tolls and said so in March.", "a slower rise in tolls",
       "Amy Reyes"},
      {"Councillor Ben Orr attacked the new toll plan at the meeting.", "the new toll plan at the meeting",
       "Ben Orr"},
      {"The ferry union condemns the cuts to the night service.", "the cuts to the night service", "ferry union"},
      // A plain plural subject; a poll's margin is not part of the object.
      {"Older skippers favored Lena Fox 58 percent to 21 percent.", "Lena Fox", "Older skippers"},
      {"The ferry union wants a second pier at the north end.", "a second pier at the north end", "ferry union"},
      {"Mayor Tom Hale expressed regret for the long delays on Monday.", "regret for the long delays", "Tom Hale"},
  };
  check_reported(cases);
}

TEST_CASE("a stance verb as a noun, a passive or a phrasal verb reports nothing") {
  const char* texts[] = {
      "The plan has the support of most skippers in the harbour.",
      "The fee was opposed by most skippers in the harbour.",
      "Under pressure, the council backed down from the fee.",
      "The mayor won 40 percent support among older voters.",
      "The storm backed the boats into the harbour wall.",
      "The storm attacked the harbour wall all night.",
  };
  for (const char* text : texts) {
    INFO(text);
    auto d = run(text);
    CHECK(d.claims.empty());
  }
}

TEST_CASE("a stance inside a reported clause is not reported again") {
  auto d = run("The captain said the crew opposed the new night schedule.");
  REQUIRE(d.claims.size() == 1);
  CHECK(slice(d, d.claims[0].span) == std::string("the crew opposed the new night schedule"));
}

TEST_CASE("an infinitive of two words is reported") {
  auto d = run("Reached by phone, the harbour master declined to comment.");
  const Claim* c = claim_starting(d, "to comment", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == std::string("to comment"));
  CHECK(speaker_of(d, c->speaker) == std::string("harbour master"));
}

TEST_CASE("a noun phrase before a parenthetical cue and a quotation is reported; a scene-setting adverbial is not") {
  auto d = run("The new ferry timetable, the harbour master Ada Crane said, “is the best we have had.”");
  const Claim* c = claim_starting(d, "The new ferry timetable", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == std::string("The new ferry timetable"));
  CHECK(speaker_of(d, c->speaker) == std::string("Ada Crane"));

  for (const char* text : {"In February, the harbour master Ada Crane said, “the timetable will change.”",
                           "As the crowd cheered, the harbour master Ada Crane said, “the timetable will change.”"}) {
    INFO(text);
    auto e = run(text);
    CHECK(claim_starting(e, "In February", ClaimKind::reported) == nullptr);
    CHECK(claim_starting(e, "As the crowd", ClaimKind::reported) == nullptr);
  }
}

TEST_CASE("a relative pronoun before a cue's subject is reported as part of what was said") {
  auto d = run("The pier fee, which officials said will rise in May, worries the skippers.");
  const Claim* c = claim_starting(d, "which", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == std::string("which"));
  CHECK(speaker_of(d, c->speaker) == std::string("officials"));
  // After a preposition the pronoun is the setting of the words, not part of them.
  auto e = run("The board released a report, in which the auditors said the fee was too low.");
  CHECK(claim_starting(e, "which", ClaimKind::reported) == nullptr);
}

TEST_CASE("a wish with an infinitive or a held statement with 'that' is left to those cues") {
  auto d = run("The skippers want the council to build a second pier.");
  CHECK(claim_starting(d, "the council", ClaimKind::reported) == nullptr);
  auto e = run("Mayor Tom Hale expressed concern that the pier would close.");
  const Claim* c = claim_starting(e, "that the pier", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(claim_starting(e, "concern", ClaimKind::reported) == nullptr);
}

TEST_CASE("a speech act's object ends before a closing time adjunct or a second verb of the subject") {
  const StanceCase cases[] = {
      {"Mayor Dana Holt endorsed Lena Fox last week and has campaigned beside her since.", "Lena Fox", "Dana Holt"},
      {"Councillor Ben Orr defended the pier plan this week on his radio show.", "the pier plan", "Ben Orr"},
      {"The ferry union praised the night crews on Monday.", "the night crews", "ferry union"},
      {"Captain Rosa Lind criticized the toll increase but also thanked the board for its patience.",
       "the toll increase", "Rosa Lind"},
      // A time adjunct with more of the object after it stays inside the object.
      {"Governor Amy Reyes blasted the harbour board on Monday over its silence about the spill.",
       "the harbour board on Monday over its silence about the spill", "Amy Reyes"},
  };
  check_reported(cases);
}

TEST_CASE("a speech act's named object ends before a phrase of time or place; a reason or a finding stays") {
  const StanceCase cases[] = {
      {"The ferry union endorsed Lena Fox in early spring, after a long debate.", "Lena Fox", "ferry union"},
      {"Councillor Ben Orr praised Captain Rosa Lind at a crowded meeting on the pier.", "Captain Rosa Lind",
       "Ben Orr"},
      {"Mayor Dana Holt criticized Harbour Freight during a radio interview.", "Harbour Freight", "Dana Holt"},
      // "for" and "as" carry the judgement: they stay with the object.
      {"Governor Amy Reyes praised Ben Orr for his work on the tolls.", "Ben Orr for his work on the tolls",
       "Amy Reyes"},
      {"The ferry union described Lena Fox as a friend of the harbour.", "Lena Fox as a friend of the harbour",
       "ferry union"},
  };
  check_reported(cases);
  // A poll's finding keeps its phrase: "shows" is an evidence verb.
  auto p = run("The harbour survey shows Lena Fox at forty percent among skippers.");
  const Claim* c = claim_starting(p, "Lena Fox", ClaimKind::reported);
  if (c) CHECK(slice(p, c->span) != std::string("Lena Fox"));
}

TEST_CASE("present and -ing forms of speech acts, and the rebukes 'decried', 'assailed', 'lambasted'") {
  const StanceCase cases[] = {
      {"Mayor Dana Holt decried the closure of the night ferry.", "the closure of the night ferry", "Dana Holt"},
      {"Councillor Ben Orr assailed the harbour board for its silence.", "the harbour board for its silence",
       "Ben Orr"},
      {"The ferry union lambasted the new toll.", "the new toll", "ferry union"},
      {"Captain Rosa Lind slams the pier plan as a waste of money.", "the pier plan as a waste of money",
       "Rosa Lind"},
      // A participle clause speaks for the sentence's subject; so does a progressive.
      {"Governor Amy Reyes spoke for an hour, accusing the harbour board of stalling.",
       "the harbour board of stalling", "Amy Reyes"},
      {"The ferry union is criticizing the toll increase.", "the toll increase", "ferry union"},
      {"Mayor Dana Holt opened the meeting by denouncing the cuts to the night service.",
       "the cuts to the night service", "Dana Holt"},
  };
  check_reported(cases);
}

TEST_CASE("an -ing speech act right after a noun or a preposition describes the noun: no claim of its own") {
  const char* texts[] = {
      "The council passed a resolution condemning the raid on the harbour office.",
      "Skippers know Ben Orr for his habit of blaming the tide tables for every late ferry.",
  };
  for (const char* text : texts) {
    INFO(text);
    auto d = run(text);
    CHECK(claim_starting(d, "the raid", ClaimKind::reported) == nullptr);
    CHECK(claim_starting(d, "the tide tables", ClaimKind::reported) == nullptr);
  }
}

TEST_CASE("rejections: 'rejected' and 'dismissed' report their object, with its 'as' verdict and its 'that' clause") {
  const StanceCase cases[] = {
      {"Councillor Ben Orr rejected the harbour board's offer.", "the harbour board's offer", "Ben Orr"},
      {"Mayor Dana Holt dismissed the ferry audit as a piece of theatre.", "the ferry audit as a piece of theatre",
       "Dana Holt"},
      {"The ferry union rejected the idea that night crossings could be cut.",
       "the idea that night crossings could be cut", "ferry union"},
      {"Captain Rosa Lind dismisses the new rules for the old pier.", "the new rules for the old pier",
       "Rosa Lind"},
  };
  check_reported(cases);
  // The passive names who was let go, not a speaker.
  auto d = run("The harbour master was dismissed as head of the port on Friday.");
  CHECK(claim_starting(d, "as head", ClaimKind::reported) == nullptr);
  CHECK(d.claims.empty());
}

TEST_CASE("a fronted 'Even as …,' clause ends a speech act's object at its comma") {
  const StanceCase cases[] = {
      {"Even as Mayor Dana Holt was criticizing the toll plan, however, her own deputy backed it.", "the toll plan",
       "Dana Holt"},
  };
  check_reported(cases);
}
