// Session 36 (reported120): a state of mind after a linking verb reports its clause, with
// "that" or without (kStateOfMindAdjectives, kStateOfMindLinks, Finder::state_of_mind).
// Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a state of mind after a linking verb reports its \"that\" clause") {
  const CueCase cases[] = {
      {"Many skippers are concerned that the toll would hurt trade.", "that the toll would hurt trade",
       "Many skippers", "concerned"},
      {"She was adamant that the board had broken its own rules.", "that the board had broken its own rules", "She",
       "adamant"},
      {"The mayor seemed increasingly optimistic that voters would back the plan.",
       "that voters would back the plan", "The mayor", "optimistic"},
      {"Union leaders are not convinced that the new cranes can lift the boxes.",
       "that the new cranes can lift the boxes", "Union leaders", "convinced"},
      {"Union leaders aren't convinced that the new cranes can lift the boxes.",
       "that the new cranes can lift the boxes", "Union leaders", "convinced"},
      {"The harbour board has long been nervous that a storm could wreck the pier.",
       "that a storm could wreck the pier", "The harbour board", "nervous"},
  };
  for (const CueCase& k : cases) check_cue_claim(k);
}

TEST_CASE("a state of mind reports its clause without \"that\" when the clause has a finite verb") {
  const CueCase cases[] = {
      {"Harbour officials are worried the new fees will drive skippers away.",
       "the new fees will drive skippers away", "Harbour officials", "worried"},
      {"The pier owners remain confident the repairs will hold through the winter.",
       "the repairs will hold through the winter", "The pier owners", "confident"},
      {"Union leaders are now far more hopeful the strike can end this week.", "the strike can end this week",
       "Union leaders", "hopeful"},
      // "worried" is a verb too: without a linking verb it reads as one (kStateOfMindVerbs).
      {"The harbour master worried they would close the slipway.", "they would close the slipway",
       "The harbour master", "worried"},
  };
  for (const CueCase& k : cases) check_cue_claim(k);
}

TEST_CASE("a contracted pronoun and its linking verb speak for the state of mind") {
  auto d = run("But they\xE2\x80\x99re hopeful that the ferry will run by May.");
  REQUIRE(reported_count(d) == 1);
}

TEST_CASE("a state of mind that describes someone, a result clause or a topic reports nothing") {
  // Traps: an adjective before its noun, a reduced relative with no linking verb, "so … that"
  // (a result), an object noun phrase with no verb, and a superlative's "of" (a part of a
  // group, no stance).
  const char* texts[] = {
      "A confident skipper steered the ferry into the bay.",
      "Residents concerned that the pier will close packed the hall on Monday.",
      "The skipper was so nervous that she left the pier early.",
      "The skippers are confident the old crane.",
      "The pier vote was the most critical of the three votes this year.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(reported_count(d) == 0);
  }
}

TEST_CASE("a hopeful named as a noun stays in the subject of a hearsay adverb") {
  auto d = run("Mayoral hopeful Ann Lee has reportedly raised two million dollars for the race.");
  bool whole_subject = false;
  for (const Claim& c : d.claims) {
    if (slice(d, c.span) == "Mayoral hopeful Ann Lee has") whole_subject = true;
  }
  CHECK(whole_subject);
}

TEST_CASE("a stance adjective after a linking verb reports what it is about (kTopicCues' adjectives)") {
  const CueCase cases[] = {
      {"The union has long been critical of the new toll on the bridge.", "the new toll on the bridge", "The union",
       "critical of"},
      {"The crews are worried about the storm that would hit the coast.", "the storm that would hit the coast",
       "The crews", "worried about"},
      {"Harbour officials were openly skeptical about the plan for a second pier.",
       "the plan for a second pier", "Harbour officials", "skeptical about"},
      {"The fishermen remain wary of the new quota rules.", "the new quota rules", "The fishermen", "wary of"},
      // A name alone is the object; a subordinator ends it, and the comma before it.
      {"Councillor Ames has been critical of Ruiz since the vote.", "Ruiz", "Councillor Ames", "critical of"},
      {"The harbour board is nervous about what the storm did to the pier, because repairs are slow.",
       "what the storm did to the pier", "The harbour board", "nervous about"},
      // "worried" without a linking verb is the verb's past.
      {"Harbour officials have long worried about the state of the old sea wall.", "the state of the old sea wall",
       "Harbour officials", "worried about"},
  };
  for (const CueCase& k : cases) check_cue_claim(k);
}

TEST_CASE("a stance adjective right after a noun describes it and reports nothing") {
  // Traps: a reduced relative ("Countries concerned about …"), a comparison ("as concerned
  // about … as"), and a dash ending the object before a quotation.
  const char* texts[] = {
      "Towns concerned about the new ferry schedule have written to the board.",
      "The crews are as concerned about pay as they are about the storms.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(reported_count(d) == 0);
  }
  auto d = run("The partner was supportive of the new skipper - she even told the crew: \"She is right.\"");
  bool object = false;
  for (const Claim& c : d.claims) {
    if (c.kind == ClaimKind::reported && slice(d, c.cue) == "supportive of") {
      CHECK(slice(d, c.span) == "the new skipper");
      object = true;
    }
  }
  CHECK(object);
}


TEST_CASE("a state of mind after \"and\" goes on with the claim before it") {
  // The outer claim keeps "and is optimistic that …"; a cue verb after "and" would end it.
  auto d = run("Ruiz says he feels the ferry did well and is optimistic that it will run in May.");
  bool whole = false;
  for (const Claim& c : d.claims) {
    if (slice(d, c.span) == "he feels the ferry did well and is optimistic that it will run in May") whole = true;
  }
  CHECK(whole);
}
