// Issue 4, "What to build" 2: reported speech. Every cue verb the issue
// lists, in its tense forms; source and content in both orders; mixed
// quotes. Each claim is checked for its content span, source, cue and
// speaker, not only for being found.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

struct Expected {
  const char* text;
  const char* content;
  const char* source;
  const char* cue;
  const char* speaker;
};

void check_reported(const Expected& e) {
  CAPTURE(e.text);
  auto d = run(e.text);
  const Claim* c = claim_starting(d, e.content, ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == e.content);
  CHECK(slice(d, c->source) == e.source);
  CHECK(slice(d, c->cue) == e.cue);
  CHECK(speaker_of(d, c->speaker) == e.speaker);
}

}  // namespace

TEST_CASE("issue 4: every cue verb the issue names reports a that-clause") {
  const Expected cases[] = {
      {"The water board said that the new reservoir would open in June.", "that the new reservoir would open in June",
       "The water board", "said", "water board"},
      {"The water board says that the new reservoir will open in June.", "that the new reservoir will open in June",
       "The water board", "says", "water board"},
      {"The water board told farmers that the new reservoir would open in June.",
       "that the new reservoir would open in June", "The water board", "told", "water board"},
      {"The water board added that the new reservoir would open in June.", "that the new reservoir would open in June",
       "The water board", "added", "water board"},
      {"The water board warned that the old reservoir could run dry in June.",
       "that the old reservoir could run dry in June", "The water board", "warned", "water board"},
      {"The water board claimed that the old reservoir had never leaked.", "that the old reservoir had never leaked",
       "The water board", "claimed", "water board"},
      {"The water board denied that the old reservoir had ever leaked.", "that the old reservoir had ever leaked",
       "The water board", "denied", "water board"},
      {"The water board announced that the new reservoir would open in June.",
       "that the new reservoir would open in June", "The water board", "announced", "water board"},
      {"The water board insisted that the old reservoir was safe to use.", "that the old reservoir was safe to use",
       "The water board", "insisted", "water board"},
      {"The water board argued that the old reservoir was safe to use.", "that the old reservoir was safe to use",
       "The water board", "argued", "water board"},
      {"The water board wrote in a letter that the old reservoir was safe to use.",
       "that the old reservoir was safe to use", "The water board", "wrote", "water board"},
      {"The water board posted on its website that the old reservoir was safe to use.",
       "that the old reservoir was safe to use", "The water board", "posted", "water board"},
      {"The water board estimated that the new reservoir would cost $40 million.",
       "that the new reservoir would cost $40 million", "The water board", "estimated", "water board"},
  };
  for (const Expected& e : cases) check_reported(e);
}

TEST_CASE("issue 4: accused reports who is accused of what") {
  check_reported({"The water board accused the builder of cutting corners on the dam.",
                  "the builder of cutting corners on the dam", "The water board", "accused", "water board"});
}

TEST_CASE("issue 4: cue verbs in present, perfect, past perfect, progressive and future forms") {
  const Expected cases[] = {
      {"The water board has said the old reservoir is safe to use.", "the old reservoir is safe to use",
       "The water board", "said", "water board"},
      {"The water board had claimed the old reservoir was safe to use.", "the old reservoir was safe to use",
       "The water board", "claimed", "water board"},
      {"The water board is saying the old reservoir is safe to use.", "the old reservoir is safe to use",
       "The water board", "saying", "water board"},
      {"The water board was telling farmers the old reservoir was safe to use.", "the old reservoir was safe to use",
       "The water board", "telling", "water board"},
      {"The water board will say the old reservoir is safe to use.", "the old reservoir is safe to use",
       "The water board", "say", "water board"},
  };
  for (const Expected& e : cases) check_reported(e);
}

TEST_CASE("issue 4: source and content in both orders, with and without that") {
  const Expected cases[] = {
      // X said (that) Y
      {"Mayor Ana Ruiz said the old reservoir was safe to use.", "the old reservoir was safe to use",
       "Mayor Ana Ruiz", "said", "Ana Ruiz"},
      // Y, X said / Y, said X
      {"The old reservoir was safe to use, Mayor Ana Ruiz said.", "The old reservoir was safe to use",
       "Mayor Ana Ruiz", "said", "Ana Ruiz"},
      {"The old reservoir was safe to use, said Mayor Ana Ruiz.", "The old reservoir was safe to use",
       "Mayor Ana Ruiz", "said", "Ana Ruiz"},
      // according to X, Y / Y, according to X
      {"According to Mayor Ana Ruiz, the old reservoir was safe to use.", "the old reservoir was safe to use",
       "Mayor Ana Ruiz", "According to", "Ana Ruiz"},
      {"The old reservoir was safe to use, according to Mayor Ana Ruiz.", "The old reservoir was safe to use",
       "Mayor Ana Ruiz", "according to", "Ana Ruiz"},
  };
  for (const Expected& e : cases) check_reported(e);
}

TEST_CASE("issue 4: a cue between two halves of the content reports both halves") {
  auto d = run("The old reservoir, Mayor Ana Ruiz said, was safe to use for another decade.");
  const Claim* first = claim_starting(d, "The old reservoir", ClaimKind::reported);
  const Claim* second = claim_starting(d, "was safe", ClaimKind::reported);
  REQUIRE(first != nullptr);
  REQUIRE(second != nullptr);
  CHECK(slice(d, first->span) == "The old reservoir");
  CHECK(slice(d, second->span) == "was safe to use for another decade");
  CHECK(first->speaker == second->speaker);
  CHECK(speaker_of(d, first->speaker) == "Ana Ruiz");
}

TEST_CASE("issue 4: a mixed quote is a reported claim holding a quotation of the same speaker") {
  auto d = run("Mayor Ana Ruiz said the old reservoir was “perfectly safe” and would stay open.");
  const Claim* r = claim_starting(d, "the old reservoir", ClaimKind::reported);
  REQUIRE(r != nullptr);
  CHECK(slice(d, r->span) == "the old reservoir was “perfectly safe” and would stay open");
  REQUIRE(d.quotes.size() == 1);
  CHECK(slice(d, d.quotes[0].span) == "“perfectly safe”");
  CHECK_FALSE(d.quotes[0].scare);
  CHECK(d.quotes[0].speaker == r->speaker);
  CHECK(speaker_of(d, r->speaker) == "Ana Ruiz");
  // The quotation lies inside the reported content.
  CHECK(r->span.start <= d.quotes[0].span.start);
  CHECK(d.quotes[0].span.end <= r->span.end);
}

TEST_CASE("issue 4: a participle cue after a quotation reports more of the same speaker") {
  auto d = run("“The dam is safe,” the water board said, adding that inspections would continue every month.");
  REQUIRE(d.quotes.size() == 1);
  const Claim* r = claim_starting(d, "that inspections", ClaimKind::reported);
  REQUIRE(r != nullptr);
  CHECK(slice(d, r->span) == "that inspections would continue every month");
  CHECK(slice(d, r->cue) == "adding");
  CHECK(r->speaker == d.quotes[0].speaker);
  CHECK(speaker_of(d, r->speaker) == "water board");
}
