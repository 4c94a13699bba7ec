// Issue 4, "What to build" 4 and 6: hedge cues mark the claim that holds
// them, with the cue's span; the month and the name "May" are no hedge.
// Evidence spans take the whole time ("9:30 p.m.").
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

// The hedge span of the reported claim starting with `content`, or "" when it is not hedged.
std::string hedge_of(const std::string& text, const std::string& content) {
  auto d = run(text);
  const Claim* c = claim_starting(d, content, ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(c->hedged == !c->hedge.empty());
  return c->hedged ? slice(d, c->hedge) : std::string();
}

std::vector<std::string> evidence_of(const std::string& text) {
  auto d = run(text);
  std::vector<std::string> out;
  for (const Evidence& e : d.evidence) out.push_back(std::string(evidence_kind_name(e.kind)) + ":" + slice(d, e.span));
  return out;
}

}  // namespace

TEST_CASE("issue 4: each hedge cue the issue names marks the claim, with its span") {
  struct Case {
    const char* cue;
    const char* content;
  };
  const Case cases[] = {
      {"could", "the strike could last until the end of summer"},
      {"may", "the strike may last until the end of summer"},
      {"might", "the strike might last until the end of summer"},
      {"appears", "the strike appears to be losing support"},
      {"seems", "the strike seems to be losing support"},
      {"suggest", "the figures suggest the strike is losing support"},
      {"likely", "the strike is likely to last until the end of summer"},
      {"possibly", "the strike is possibly the longest in its history"},
      {"probably", "the strike will probably last until the end of summer"},
      {"reportedly", "the airline had reportedly hired new pilots abroad"},
      {"allegedly", "the airline had allegedly hired new pilots abroad"},
      {"unclear", "it was unclear how long the strike will last"},
      {"not clear", "it was not clear how long the strike will last"},
      {"estimated", "an estimated 300 flights were cancelled on Monday"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.cue);
    CHECK(hedge_of(std::string("The union said ") + c.content + ".", c.content) == c.cue);
  }
  CHECK(hedge_of("The union said the strike will last until the end of summer.", "the strike") == "");
}

TEST_CASE("issue 4: a hedge verb as the cue hedges its content, with the cue's span") {
  CHECK(hedge_of("The water board estimated that the new dam will cost $40 million.",
                 "that the new dam will cost $40 million") == "estimated");
  CHECK(hedge_of("Engineers estimate that the new dam will cost $40 million.",
                 "that the new dam will cost $40 million") == "estimate");
  CHECK(hedge_of("Two engineers suggested that the old dam had been badly built.",
                 "that the old dam had been badly built") == "suggested");
  CHECK(hedge_of("Some residents believed that the old dam had been badly built.",
                 "that the old dam had been badly built") == "believed");
  // A hedge inside the content still wins: it is the one the reader sees first.
  CHECK(hedge_of("The water board estimated that the new dam could cost $40 million.",
                 "that the new dam could cost $40 million") == "could");
  // A plain cue hedges nothing.
  CHECK(hedge_of("The water board said that the new dam will cost $40 million.",
                 "that the new dam will cost $40 million") == "");
}

TEST_CASE("issue 4: a hedge in a quotation marks the quotation's claim") {
  auto d = run("“The strike seems to be losing support,” a union official said.");
  REQUIRE(d.claims.size() == 1);
  CHECK(d.claims[0].hedged);
  CHECK(slice(d, d.claims[0].hedge) == "seems");
}

TEST_CASE("issue 4: the month May and the name May are no hedge; the modal May opening a sentence is") {
  CHECK(hedge_of("The union said the strike began in May and has cost the airline dearly.", "the strike") == "");
  CHECK(hedge_of("The union said the strike began in early May and has cost the airline dearly.", "the strike") == "");
  CHECK(hedge_of("The union said Senator Ada May had backed the airline owners.", "Senator") == "");
  CHECK(hedge_of("The union said the strike would end by May 5 at the latest.", "the strike") == "would");
  CHECK(hedge_of("The union said May was the busiest month for the airline.", "May was") == "");
  // The modal keeps its capital where its sentence or quotation opens, and in a title-case headline.
  auto d = run("The union said: “May the best side win the vote on Friday.”");
  REQUIRE(d.claims.size() == 1);
  CHECK(slice(d, d.claims[0].hedge) == "May");
  CHECK(hedge_of("Union Says Strike May Last Until Summer", "Strike") == "May");
}

TEST_CASE("issue 4: a clock time keeps its a.m., p.m. or time zone after h:mm") {
  CHECK(evidence_of("The vote closes at 9:30 p.m. on Friday.") == std::vector<std::string>{"time:9:30 p.m.", "date:Friday"});
  CHECK(evidence_of("The vote closes at 9:30 p.m.") == std::vector<std::string>{"time:9:30 p.m."});
  CHECK(evidence_of("The vote closes at 9:30 pm on Friday.") == std::vector<std::string>{"time:9:30 pm", "date:Friday"});
  CHECK(evidence_of("The vote closes at 14:00 GMT.") == std::vector<std::string>{"time:14:00 GMT"});
  // As before: the hour alone with its clock word, and h:mm alone.
  CHECK(evidence_of("The vote closes at 9 p.m. on Friday.") == std::vector<std::string>{"time:9 p.m.", "date:Friday"});
  CHECK(evidence_of("The vote closes at 21:30 on Friday.") == std::vector<std::string>{"time:21:30", "date:Friday"});
}

TEST_CASE("issue 4: evidence of every kind the issue names, as spans") {
  CHECK(evidence_of("The flood cost $2.5 billion, destroyed 12,000 homes and raised prices 15% in 2019.") ==
        std::vector<std::string>{"money:$2.5 billion", "quantity:12,000 homes", "percent:15%", "date:2019"});
  CHECK(evidence_of("Fares rose 12 percent to €4.20 over three to four weeks, officials said on Feb. 3, 2024.") ==
        std::vector<std::string>{"percent:12 percent", "money:€4.20", "quantity:three to four weeks",
                                 "date:Feb. 3, 2024"});
}
