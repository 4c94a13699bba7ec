// What a speaker's name reads as for a pronoun (a group, an institution, one person by
// description) is read once per speaker and kept (SpeakerRegistry::name_reading): a long
// paragraph of "“…,” he added" after one description asked it twice a claim. The kept
// reading must give each speaker its own answer, however often and in whatever order
// the pronouns ask.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("speaker name reading: a description asked again and again by \"he added\" keeps every quote") {
  std::string text;
  const char* quotes[] = {"\u201Cwould hold", "\u201Cwas shut", "\u201Cwould rise", "\u201Cwas late"};
  for (const char* q : quotes) text += std::string("The harbour master said the plan ") + q + ",\u201D he added. ";
  auto d = run(text);
  for (const char* q : quotes) {
    const Claim* c = claim_starting(d, q, ClaimKind::quote);
    REQUIRE(c != nullptr);
    CHECK(speaker_of(d, c->speaker) == "harbour master");
  }
}

TEST_CASE("speaker name reading: trap: an institution asked again takes \"it\" but never \"he\"") {
  auto d = run("The Harbour Board said the pier \u201Cwould hold,\u201D he added. "
               "The Harbour Board said the road \u201Cwas shut,\u201D it added. "
               "The Harbour Board said the fee \u201Cwould rise,\u201D he added.");
  const Claim* first = claim_starting(d, "\u201Cwould hold", ClaimKind::quote);
  const Claim* second = claim_starting(d, "\u201Cwas shut", ClaimKind::quote);
  const Claim* third = claim_starting(d, "\u201Cwould rise", ClaimKind::quote);
  REQUIRE(first != nullptr);
  REQUIRE(second != nullptr);
  REQUIRE(third != nullptr);
  CHECK(first->speaker == kNone);
  CHECK(speaker_of(d, second->speaker) == "Harbour Board");
  CHECK(third->speaker == kNone);
}

TEST_CASE("speaker name reading: a group and a person by description, alternating, each read as itself") {
  auto d = run("The harbour master said the road \u201Cwas shut,\u201D he added. "
               "The protesters said the fees \u201Cwere unfair,\u201D they added. "
               "The harbour master said the ferry \u201Cwas late,\u201D he added. "
               "The protesters said the march \u201Cwould go on,\u201D they added.");
  for (const char* q : {"\u201Cwas shut", "\u201Cwas late"}) {
    const Claim* c = claim_starting(d, q, ClaimKind::quote);
    REQUIRE(c != nullptr);
    CHECK(speaker_of(d, c->speaker) == "harbour master");
  }
  for (const char* q : {"\u201Cwere unfair", "\u201Cwould go on"}) {
    const Claim* c = claim_starting(d, q, ClaimKind::quote);
    REQUIRE(c != nullptr);
    CHECK(speaker_of(d, c->speaker) == "protesters");
  }
}
