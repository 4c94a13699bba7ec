// Session 30 (said91): a subject with a long aside between commas or dashes before "said"
// ("Ruiz, a captain who ran the harbour for years and later advised the board, said …"), and
// a programme's title in two apostrophes (''…'') inside the adjunct before "that". Each with
// traps. Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

bool has_said_claim(const Document& d) {
  for (const Claim& c : d.claims) {
    if (c.kind == ClaimKind::reported && slice(d, c.cue) == "said") return true;
  }
  return false;
}
}  // namespace

TEST_CASE("a name, role or institution with a long aside before the cue speaks") {
  const SaidCase cases[] = {
      {"Ruiz, a former captain who ran the harbour for a decade and later advised the board on the dredging of "
       "the channel, said the port must reject the plan.",
       "the port must reject the plan",
       "Ruiz, a former captain who ran the harbour for a decade and later advised the board on the dredging of the "
       "channel"},
      {"The mayor's campaign, which has been dogged for nearly two years by the dispute over the ferry contract "
       "she signed while serving on the harbour board, said that the letters had no bearing on the port.",
       "that the letters had no bearing on the port",
       "The mayor's campaign, which has been dogged for nearly two years by the dispute over the ferry contract she "
       "signed while serving on the harbour board"},
      {"Tomas Ruiz, a senator from Dover, appearing on the radio right after the long vote on the ferry fees, said "
       "the board had ignored the crews.",
       "the board had ignored the crews",
       "Tomas Ruiz, a senator from Dover, appearing on the radio right after the long vote on the ferry fees"},
  };
  for (const SaidCase& k : cases) check_said_claim(k);
}

TEST_CASE("an aside after a time, a place or a pronoun gives no aside subject") {
  // The sentence must open with the noun phrase that speaks: a time or a phrase that can hold
  // no view is no speaker, and the scan back from the cue is bounded.
  const char* texts[] = {
      "On Monday, after the long vote on the ferry fees that kept the harbour board in session until dawn, said "
      "nothing.",
      "The storm, which flooded the lower town and then the old harbour for the third time in a decade, said to "
      "be the worst, passed.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK_FALSE(has_said_claim(d));
  }
}

TEST_CASE("a programme's title in two apostrophes is part of the adjunct before that") {
  const SaidCase cases[] = {
      {"Keane said on the BBC's ''Morning Show'' on Sunday that the board had ignored the crews.",
       "that the board had ignored the crews", "Keane"},
      {"Keane said on BBC's ''Morning Show'' that the board had ignored the crews.",
       "that the board had ignored the crews", "Keane"},
  };
  for (const SaidCase& k : cases) check_said_claim(k);
  // A quotation in two apostrophes after the cue is still the speaker's own words, no title.
  auto d = run("Keane said on the BBC's radio: ''The board, I think, ignored us.''");
  for (const Claim& c : d.claims) CHECK(slice(d, c.span).find("Morning") == std::string::npos);
}
