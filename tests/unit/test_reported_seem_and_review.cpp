// Session 28 (rs77): a cue verb after "seems/appeared to" (the subject speaks, hedged), and the
// review's two merges in reported_speech.cpp (one "opens a predicate" helper for listener
// phrases, one relative-pronoun branch in subject_piece_start). Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a cue verb after a verb of appearance reports its content, hedged, in the subject's name") {
  const CueCase cases[] = {
      {"The harbour chief appeared to concede that the old pier could not be saved.",
       "that the old pier could not be saved", "The harbour chief", "appeared to concede"},
      {"Ms. Varga seems to think the ferry fares will rise again.", "the ferry fares will rise again", "Ms. Varga",
       "seems to think"},
      {"Councillor Ames seemed to acknowledge that the budget was short.", "that the budget was short",
       "Councillor Ames", "seemed to acknowledge"},
      {"The union appeared to deny that talks had stalled.", "that talks had stalled", "The union",
       "appeared to deny"},
  };
  for (const CueCase& k : cases) CHECK(check_cue_claim(k).hedged);
}

TEST_CASE("a verb of appearance without a cue verb after it reports nothing") {
  // "appeared to be tired", "seems to enjoy": a look, not anyone's words or views.
  const char* texts[] = {
      "The captain appeared to be tired after the long crossing.",
      "The new ferry seems to handle the winter swell well.",
      "Ms. Varga appeared on the harbour radio show to talk about the weather.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(d.claims.empty());
  }
}

TEST_CASE("a relative pronoun before an auxiliary keeps a listener phrase a listener") {
  // The auxiliary after "who" or "that" is the relative clause's, not the content's.
  const char* texts[] = {
      "The pier will close in May, Ms. Varga told reporters who were waiting.",
      "The pier will close in May, Ms. Varga told skippers who had gathered.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    const Claim* c = claim_starting(d, "The pier will close in May", ClaimKind::reported);
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->span) == "The pier will close in May");
  }
  // A modal after the phrase still makes it the content's subject (the trap for the listener reading).
  auto d = run("The engineer warned the old crane could topple in a storm.");
  const Claim* c = claim_starting(d, "the old crane could topple in a storm", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "The engineer");
}

TEST_CASE("a relative pronoun, plain or contracted with either apostrophe, is the subject piece") {
  struct Case {
    const char* text;
    const char* piece;
  };
  const Case cases[] = {
      {"Skippers pay a berth fee, which is expected to double next year.", "which"},
      {"Skippers pay a berth fee that’s been criticized for hurting trade.", "that’s"},
      {"Skippers pay a berth fee that's been criticized for hurting trade.", "that's"},
  };
  for (const Case& k : cases) {
    INFO(std::string(k.text));
    auto d = run(k.text);
    const Claim* c = claim_starting(d, k.piece, ClaimKind::reported);
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->span) == std::string(k.piece));
  }
  // A contracted subject pronoun ("she’s") opens content after a listener cue, not a listener.
  auto d = run("Ms. Varga told reporters she’s sure the pier will reopen.");
  const Claim* c = claim_starting(d, "she’s sure the pier will reopen", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "Ms. Varga");
}

TEST_CASE("a fronted condition is a piece of the claim of the speaker after it") {
  // With content after the cue, and before a quotation set off by the cue's commas.
  auto d = run("If the ferry toll rises again, Ms. Varga said she would leave the board.");
  const Claim* cond = claim_starting(d, "If the ferry toll rises again", ClaimKind::reported);
  REQUIRE(cond != nullptr);
  CHECK(slice(d, cond->span) == "If the ferry toll rises again");
  CHECK(slice(d, cond->source) == "Ms. Varga");
  const Claim* rest = claim_starting(d, "she would leave the board", ClaimKind::reported);
  REQUIRE(rest != nullptr);
  CHECK(slice(d, rest->source) == "Ms. Varga");
  check_claim_span({"Unless the pier is repaired soon, the harbour master said, “we lose the summer trade.”", "Unless the pier is repaired soon", "Unless the pier is repaired soon"});
}

TEST_CASE("a fronted setting, concession or short phrase is no piece of the claim") {
  // Time and place set the scene; "While …" and "Though …" are most often the writer's frame;
  // "If so" is too short to read.
  const char* texts[] = {
      "After the vote on Monday, Ms. Varga said she would leave the board.",
      "While the board met upstairs, Ms. Varga said she would leave the board.",
      "Though the pier is old, Ms. Varga said it could be saved.",
      "If so, Ms. Varga said she would leave the board.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    REQUIRE(!d.claims.empty());
    for (const auto& c : d.claims) CHECK(c.span.start > 0);  // nothing from the sentence's first word
  }
}

TEST_CASE("a reported question keeps its opener, and 'asked X about Y' reports the topic") {
  struct Case {
    const char* text;
    const char* content;
    const char* source;
  };
  const Case cases[] = {
      {"A caller asked whether the night ferry would still run.", "whether the night ferry would still run",
       "A caller"},
      {"A caller asked if the night ferry would still run.", "if the night ferry would still run", "A caller"},
      {"The radio host asked Ms. Varga about the new berth fees.", "the new berth fees", "The radio host"},
  };
  for (const Case& k : cases) check_reported_claim(k.text, k.content, k.source);
  // "about" before a number is an estimate, not a topic.
  auto d = run("The survey asked about 300 skippers.");
  CHECK(d.claims.empty());
}

TEST_CASE("a verdict word after a naming verb ends the claim before 'and' with a verb") {
  check_claim_span({"Ms. Varga called the new berth fees divisive and walked out of the meeting.", "the new berth fees divisive", "the new berth fees divisive"});
  // A description that is no verdict is no naming: "called the crews home" is a summons.
  auto h = run("The harbour master called the crews home and closed the pier.");
  CHECK(h.claims.empty());
}

TEST_CASE("a programme's quoted title inside the adjunct before 'that' is passed over") {
  auto d = run("The senator said on WKRB’s “Harbour Hour” on Sunday that the toll was unfair.");
  const Claim* c = claim_starting(d, "that the toll was unfair", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "that the toll was unfair");
  CHECK(slice(d, c->source) == "The senator");
}

TEST_CASE("a subject that denies the speech act reports nothing and names no speaker") {
  const char* texts[] = {
      "Nobody asked about the new berth fees.",
      "No one said the pier was safe.",
      "None of the skippers said the toll was fair.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(d.claims.empty());
  }
  // A later "he" is not given to "Nobody".
  auto d = run("Ms. Varga spoke last. Nobody asked about the toll. She called it a disgrace.");
  const Claim* c = claim_starting(d, "it a disgrace", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) != "Nobody");
}

TEST_CASE("the topic asked about ends at its comma") {
  check_claim_span({"The host asked Ms. Varga about the berth fees, when she had called them fair.", "the berth fees", "the berth fees"});
}
