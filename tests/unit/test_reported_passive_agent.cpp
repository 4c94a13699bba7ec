// Listener cues before a clause with no "that" ("warned the move could backfire"), and passive
// judgements with or without their agent ("was criticized by rivals for …", "was described as
// …"), in sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a phrase with a modal or auxiliary after a listener cue is the content's subject") {
  const CueCase cases[] = {  // the cue is not checked
      {"The minister warned the move could backfire.", "the move could backfire", "The minister"},
      {"The engineer warned the bridge might crack in the cold.", "the bridge might crack in the cold",
       "The engineer"},
      {"Ms. Ortega told the board the plan was late.", "the plan was late", "Ms. Ortega"},
      {"The captain told reporters the ferry would sail at noon.", "the ferry would sail at noon", "The captain"},
  };
  for (const CueCase& k : cases) check_cue_claim(k);
}

TEST_CASE("a listener alone after the cue is no content") {
  const char* texts[] = {
      "The minister warned residents.",
      "Ms. Ortega told reporters.",
      "The harbour master warned the crews on Monday.",
  };
  for (const char* text : texts) check_no_claims(text);
  // "Y, X told a listener who …": the relative clause is the listener's, Y is the content.
  auto d = run("The pier is closed, Ms. Ortega told reporters who were waiting.");
  const Claim* c = claim_starting(d, "The pier is closed", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "The pier is closed");
  for (const auto& other : d.claims) CHECK(slice(d, other.span).rfind("were waiting") == std::string::npos);
}

TEST_CASE("passive judgements report the subject and the particle's clause, with the agent as source") {
  struct Case {
    const char* text;
    const char* subject;
    const char* content;
    const char* agent;  // "" when no agent is named
  };
  const Case cases[] = {
      {"The ferry company was accused by inspectors of hiding the damage.", "The ferry company",
       "of hiding the damage", "inspectors"},
      {"The mayor has been criticized by several of her rivals for skipping the debate.", "The mayor",
       "for skipping the debate", "several of her rivals"},
      {"The coach was accused by a player, who had left the club, of ignoring injuries.", "The coach",
       "of ignoring injuries", "a player"},
      {"The old ferry chief was described by his staff as stubborn but fair.", "The old ferry chief",
       "as stubborn but fair", "his staff"},
      {"The council has been criticized for delaying the repairs.", "The council", "for delaying the repairs", ""},
      {"The new manager was described as cautious with money.", "The new manager", "as cautious with money", ""},
  };
  for (const Case& k : cases) {
    INFO(std::string(k.text));
    auto d = run(k.text);
    const Claim* c = claim_starting(d, k.content, ClaimKind::reported);
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->span) == std::string(k.content));
    const Claim* s = claim_starting(d, k.subject, ClaimKind::reported);
    REQUIRE(s != nullptr);
    CHECK(slice(d, s->span) == std::string(k.subject));
    if (*k.agent) {
      CHECK(slice(d, c->source) == std::string(k.agent));
      CHECK(slice(d, s->source) == std::string(k.agent));
    } else {
      CHECK(c->speaker == kNone);
    }
  }
}

TEST_CASE("a passive cue with only an agent, or an active one, is not read as a passive judgement") {
  // No particle after the agent: the agent and the verb say nothing more.
  const char* texts[] = {
      "The report was criticized by the board.",
      "The harbour was described in the old survey.",
      "The plan was criticized by the board that met on Monday.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    for (const auto& c : d.claims) {
      const std::string s = slice(d, c.span);
      CHECK(s.rfind("for ", 0) != 0);
      CHECK(s.rfind("as ", 0) != 0);
    }
  }
  // An active verb keeps its subject as the speaker and its object in the content.
  auto d = run("Ms. Ortega criticized the board for delaying the repairs.");
  const Claim* c = claim_starting(d, "the board for delaying the repairs", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "Ms. Ortega");
}

TEST_CASE("a relative pronoun before a passive judgement is the subject piece") {
  // After a comma the relative clause, and the content with it, ends at the next comma.
  auto d = run("The ferry firm, which was accused by inspectors of hiding the damage, closed in May.");
  const Claim* c = claim_starting(d, "of hiding the damage", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "of hiding the damage");
  CHECK(slice(d, c->source) == "inspectors");
  const Claim* which = claim_starting(d, "which", ClaimKind::reported);
  REQUIRE(which != nullptr);
  CHECK(slice(d, which->span) == "which");
  // A free relative "what", and "that" contracted with its auxiliary.
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"The club hired what has been described as a small army of lawyers.", "what", "what"},
           {"Shops in the old town pay a fee that’s been criticized for hurting trade.", "that’s", "that’s"},
       })
    check_claim_span(k);
}

TEST_CASE("a contrasting clause with a subject of its own ends a speech act's object") {
  // ", though he added that …": the object ends at the comma and the added clause is reported
  // in its own right.
  auto d = run("Ms. Ortega criticized the new toll, though she added that it would pay for the pier.");
  const Claim* c = claim_starting(d, "the new toll", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "the new toll");
  const Claim* added = claim_starting(d, "that it would pay for the pier", ClaimKind::reported);
  REQUIRE(added != nullptr);
  CHECK(slice(d, added->source) == "she");
  // A contrast with a subject noun phrase too ("but the board …").
  check_claim_span({"Ms. Ortega criticized the new toll, but the board approved it on Monday.", "the new toll", "the new toll"});
  // Trap: "but" between two adjectives of the object opens no clause.
  auto t = run("Ms. Ortega criticized the slow, but costly repairs.");
  const Claim* repairs = claim_starting(t, "the slow, but costly repairs", ClaimKind::reported);
  REQUIRE(repairs != nullptr);
}
