// Reported claims of evidence and of argument, in sentences written for these tests:
// counts and records as sources ("Exit polling showed …") and "pointed to X".
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

struct Case {
  const char* text;
  const char* content;
  const char* speaker;
};

void check_cases(const Case* first, const Case* last) {
  for (const Case* k = first; k != last; ++k) {
    INFO(std::string(k->text));
    auto d = run(k->text);
    const Claim* c = claim_starting(d, k->content, ClaimKind::reported);
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->span) == std::string(k->content));
    CHECK(speaker_of(d, c->speaker) == std::string(k->speaker));
  }
}

}  // namespace

TEST_CASE("polling, results, emails and photos are sources of what they show") {
  const Case cases[] = {
      {"Exit polling showed that the mayor won every harbour ward.", "that the mayor won every harbour ward",
       "Exit polling"},
      {"Early results from the ferry districts showed that the union had gained ground.",
       "that the union had gained ground", "Early results"},
      {"The board apologised after leaked emails showed staff favoring the pier plan.",
       "staff favoring the pier plan", "leaked emails"},
      {"Photos showed skippers lining the quay in the rain.", "skippers lining the quay in the rain", "Photos"},
  };
  check_cases(std::begin(cases), std::end(cases));
}

TEST_CASE("a speaker who pointed to something offers it as a reason or an example") {
  const Case cases[] = {
      {"Mayor Ana Ruiz pointed to the long delays at the north pier.", "the long delays at the north pier",
       "Ana Ruiz"},
      {"The union defended the strike, pointing to the cuts in night service.", "the cuts in night service",
       "union"},
      {"Asked about the fares, Councillor Ben Orr pointed to the new toll.", "the new toll",
       "Ben Orr"},
  };
  check_cases(std::begin(cases), std::end(cases));
}

TEST_CASE("a needle or a path that points to something reports nothing") {
  const char* texts[] = {
      "The compass needle pointed to the north shore.",
      "The old path pointed to the harbour wall.",
  };
  // With a quotation in it, the pointed-to phrase is a mixed quote: quote attribution's part.
  {
    auto d = run("Mayor Ana Ruiz pointed to reports that Ben Orr called the pier “a wreck” last year.");
    CHECK(claim_starting(d, "reports that Ben Orr", ClaimKind::reported) == nullptr);
  }
  for (const char* text : texts) check_no_claims(text);
}

TEST_CASE("a stance in a relative clause set off by commas belongs to the phrase before it and ends with the clause") {
  const Case cases[] = {
      {"Ben Orr, who has endorsed the toll, spoke first at the meeting.", "the toll", "Ben Orr"},
      {"The ferry union, which on Tuesday backed the harbour plan, met again.", "the harbour plan", "ferry union"},
      {"Mayor Ana Ruiz, who criticized the pier contract, left early.", "the pier contract", "Ana Ruiz"},
  };
  check_cases(std::begin(cases), std::end(cases));
}

TEST_CASE("after a short opener, 'according to X' set off by commas introduces the clause after it") {
  const Case cases[] = {
      {"But, according to the harbour survey, most skippers remain undecided about the toll.",
       "most skippers remain undecided about the toll", "harbour survey"},
      {"The next day, according to Ben Orr, the board raised the fee again.", "the board raised the fee again",
       "Ben Orr"},
  };
  check_cases(std::begin(cases), std::end(cases));
  // A clause before the source is still what the source says.
  auto d = run("The ferry will stop running in May, according to the harbour board.");
  const Claim* c = claim_starting(d, "The ferry will stop", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == std::string("The ferry will stop running in May"));
}

TEST_CASE("'Y, according to X, Z' reports both pieces, as 'Y, X said, Z' does") {
  const Case cases[] = {
      {"The new toll, according to the harbour board, will rise in May.", "The new toll", "harbour board"},
      {"The new toll, according to the harbour board, will rise in May.", "will rise in May", "harbour board"},
      {"Over the winter, according to Ben Orr, the pier lost two pilings.", "Over the winter", "Ben Orr"},
      {"Over the winter, according to Ben Orr, the pier lost two pilings.", "the pier lost two pilings",
       "Ben Orr"},
  };
  check_cases(std::begin(cases), std::end(cases));
  // A lone conjunction before the aside is no piece of what was said.
  auto d = run("But, according to the harbour survey, most skippers remain undecided.");
  CHECK(claim_starting(d, "But", ClaimKind::reported) == nullptr);
  // Nor is the setting of the words: "In a statement, according to …".
  d = run("In a letter to members, according to Ben Orr, the club raised its fees.");
  CHECK(claim_starting(d, "In a letter", ClaimKind::reported) == nullptr);
}

TEST_CASE("'Y, X told a listener.' reports Y as X's words") {
  const Case cases[] = {
      {"The pier had been closed for a year, a harbour spokesman told The Coast Gazette.",
       "The pier had been closed for a year", "harbour spokesman"},
      {"The ferry will keep running all winter, Mayor Ana Ruiz told reporters on Monday.",
       "The ferry will keep running all winter", "Ana Ruiz"},
  };
  check_cases(std::begin(cases), std::end(cases));
  // A listener followed by a clause of its own is the usual "told X Y" (content after it).
  auto d = run("At the dock, Mayor Ana Ruiz told reporters she would keep the ferry running.");
  const Claim* c = claim_starting(d, "she would keep", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == std::string("she would keep the ferry running"));
}

TEST_CASE("a trailing 'according to X' sources the last clause of a sentence after a colon, ', with' or ', which'") {
  const Case cases[] = {
      {"The ferry has another problem: the pier needs a new roof, according to the harbour audit.",
       "the pier needs a new roof", "harbour audit"},
      {"Ruiz won the north ward, with most older voters backing her plan, according to the harbour survey.",
       "most older voters backing her plan", "harbour survey"},
      {"The council kept the toll, which rose by a third last year, according to the Coast Gazette.",
       "which rose by a third last year", "Coast Gazette"},
      // A relative clause inside the subject is no last clause.
      {"The ferry firm, which is based in Portsmouth, cut two crossings, according to the Coast Gazette.",
       "The ferry firm, which is based in Portsmouth, cut two crossings", "Coast Gazette"},
      {"The fire started at 8:30 in the morning, according to the harbour police.",
       "The fire started at 8:30 in the morning", "harbour police"},
  };
  check_cases(std::begin(cases), std::end(cases));
}

TEST_CASE("'As reported by X,' opening a sentence makes X the source of the clause after the comma") {
  const Case cases[] = {
      {"As reported by the Harbour Gazette, the ferry board will meet on Friday to set new fares.",
       "the ferry board will meet on Friday to set new fares", "Harbour Gazette"},
      {"As first reported by Coast Radio on Monday, the pier will close for repairs.",
       "the pier will close for repairs", "Coast Radio"},
  };
  check_cases(std::begin(cases), std::end(cases));
  // A clause with a cue of its own is that cue's: no layered claim in the agent's name.
  auto d = run("As noted by Ruiz, Lee said that the toll would rise.");
  for (const Claim& c : d.claims) CHECK(speaker_of(d, c.speaker) != std::string("Ruiz"));
  // A cue and "by" opening the paragraph, with no "as" before them, are read safely and report nothing here.
  auto e = run("Reported by the Harbour Gazette, the pier will close.");
  CHECK(claim_starting(e, "the pier", ClaimKind::reported) == nullptr);
}
