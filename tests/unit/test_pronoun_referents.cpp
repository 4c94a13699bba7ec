// Issue 4: what a he or she may stand for. A name right after "the" names a paper, an
// office or a people (never a he or she); a description of one person spoken after the
// last named person is the nearer antecedent when its words give a gender that fits.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"
#include "speakers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("pronoun referents: a name right after \"the\" is a thing, which no he takes") {
  auto d = run("The port will close on Friday, the Vance Courier reported on Monday.\n\n"
               "\u201CIt is open,\u201D he said.");
  const Claim* c = claim_starting(d, "\u201CIt is open", ClaimKind::quote);
  REQUIRE(c != nullptr);
  CHECK(c->speaker == kNone);
  // An organisation a later "it" takes: a two-word name was filed as a person before.
  auto e = run("The Vance Courier said the mayor had misled the council. It said the port would close in May.");
  CHECK(speaker_of_claim(e, "the port would close") == "Vance Courier");
  // A he with nobody named before does not fall back to such a thing either.
  auto f = run("The Harbour Star said the ships had left the harbour.\n\n\u201CThey are gone,\u201D he said.");
  const Claim* g = claim_starting(f, "\u201CThey are gone", ClaimKind::quote);
  REQUIRE(g != nullptr);
  CHECK(g->speaker == kNone);
}

TEST_CASE("pronoun referents: trap: a title or words between \"the\" and the name keep the person") {
  auto d = run("The former mayor Tom Hale said the fare would rise.\n\n\u201CIt is fair,\u201D he said.");
  CHECK(speaker_of_claim(d, "the fare") == "Tom Hale");
  const Claim* c = claim_starting(d, "\u201CIt is fair", ClaimKind::quote);
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == "Tom Hale");
}

TEST_CASE("pronoun referents: one name with and without \"the\" is one speaker") {
  auto d = run("The Vance Courier said the mayor had misled the council. "
               "Vance Courier later said the port would close in May.");
  REQUIRE(d.speakers.size() == 1);
  CHECK(d.speakers[0].name == "Vance Courier");
  auto e = run("Vance Courier said the mayor had misled the council. "
               "The Vance Courier later said the port would close in May.");
  REQUIRE(e.speakers.size() == 1);
  CHECK(e.speakers[0].mentions.size() == 2);
}

TEST_CASE("pronoun referents: a gendered description after the named person is the nearer he") {
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"Mayor Ana Ruiz said the port would close. A police spokesman said the coast road was shut.\n\n"
            "\u201CIt will reopen on Friday,\u201D he added.", "\u201CIt will reopen", "police spokesman", ClaimKind::quote},
           {"Tom Hale said the port would close. A police spokesman said the coast road was shut.\n\n"
            "\u201CIt will reopen on Friday,\u201D he added.", "\u201CIt will reopen", "police spokesman", ClaimKind::quote},
       })
    check_claim_speaker(k);
}

TEST_CASE("pronoun referents: trap: a description of the other gender, or of none, leaves the named person") {
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"Tom Hale said the port would close. A police spokeswoman said the coast road was shut.\n\n"
            "\u201CIt will reopen on Friday,\u201D he added.", "\u201CIt will reopen", "Tom Hale", ClaimKind::quote},
           // "the senator" may be the named man again: a description of no gender does not take his he.
           {"Senator Tom Hale said the port would close. The senator said the coast road was shut.\n\n"
            "\u201CIt will reopen on Friday,\u201D he added.", "\u201CIt will reopen", "Tom Hale", ClaimKind::quote},
       })
    check_claim_speaker(k);
}

TEST_CASE("pronoun referents: a description of no gender takes a he no named person fits") {
  check_claim_speaker({"Mayor Ana Ruiz said the port would close. An official said the coast road was shut.\n\n"
                       "\u201CIt will reopen on Friday,\u201D he added.", "\u201CIt will reopen", "official", ClaimKind::quote});
}
