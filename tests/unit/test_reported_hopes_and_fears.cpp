// Session 35 (reported116): a hope or a fear whose clause drops "that" (kThatlessClauseVerbs,
// Finder::thatless_clause), and "hoping / planning / seeking to" (kInfinitiveCues).
// Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a hope or a fear without \"that\" reports its clause when the clause has a finite verb") {
  const CueCase cases[] = {
      {"Harbour officials hope the new ferry will ease the summer queues.", "the new ferry will ease the summer queues",
       "Harbour officials", "hope"},
      {"Many skippers fear the higher fees would drive them out of the bay.",
       "the higher fees would drive them out of the bay", "Many skippers", "fear"},
      {"Ms. Varga hopes her plan for the old pier can win over the council.",
       "her plan for the old pier can win over the council", "Ms. Varga", "hopes"},
      {"The fishermen feared they could lose the winter season.", "they could lose the winter season",
       "The fishermen", "feared"},
      {"Councillor Ames hoped Ruiz would back the toll.", "Ruiz would back the toll", "Councillor Ames", "hoped"},
      {"Many dock workers worry the crane could topple in a gale.", "the crane could topple in a gale",
       "Many dock workers", "worry"},
      {"Analysts expect the council will raise the berth fees.", "the council will raise the berth fees", "Analysts",
       "expect"},
      {"The skippers doubt the new rules will last the winter.", "the new rules will last the winter", "The skippers",
       "doubt"},
  };
  for (const CueCase& k : cases) check_cue_claim(k);
}

TEST_CASE("a hope or a fear with a plain object, a preposition or a relative clause reports nothing") {
  // Traps: an object with no verb, a participle on the object, "for", a relative clause's
  // auxiliary, and the noun "hopes" after a determiner.
  const char* texts[] = {
      "The skippers fear the worst after the storm.",
      "Residents fear the flooded roads near the harbour.",
      "The union hoped for a quick deal on the fees.",
      "Many fear the man who would run the port.",
      "The town pinned its hopes on the new ferry that will arrive in May.",
      "Residents fear a storm like the one that hit last year.",
      "The skippers expect a long winter at the pier.",
      "The crews worry about the storm that would hit the coast.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(reported_count(d) == 0);
  }
}

TEST_CASE("\"hoping / planning / seeking to\" report the aim from \"to\"") {
  const CueCase cases[] = {
      {"The mayor toured the docks on Monday, hoping to calm the angry crews.", "to calm the angry crews", "The mayor",
       "hoping"},
      {"The ferry company is planning to add two night crossings.", "to add two night crossings",
       "The ferry company", "planning"},
      {"The harbour board is seeking to double the berth fees.", "to double the berth fees", "The harbour board",
       "seeking"},
  };
  for (const CueCase& k : cases) check_cue_claim(k);
  // Traps: a participle needs its "to" at once; "seeking shelter" is an act, not an aim.
  const char* texts[] = {
      "The crews stayed at the pier all night, seeking shelter from the gale.",
      "A planning meeting on the pier will be held on Friday.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(reported_count(d) == 0);
  }
}
