// Who a pronoun speaker is: "they" for groups and organisations, "it" never
// for a named person, stances with no content ("… say otherwise") as
// antecedents, and no guess when nothing compatible is near.
// Sentences written for these tests.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "attribution_helpers.h"
#include "speakers.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

std::vector<std::string> speakers_of(const Document& d, const Claim& c) {
  std::vector<std::string> out;
  for (int32_t s : c.speakers) out.push_back(speaker_of(d, s));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a stance with no content makes its subject a speaker, not a claim") {
  auto d = run("Mayor Ines Dunmore said the ferry pier would reopen in May. But Harbor Trust and Pilot Guild "
               "say otherwise. They claim the dredging has not even started.");
  const Claim* c = claim_starting(d, "the dredging", ClaimKind::reported);
  REQUIRE(c);
  CHECK(speakers_of(d, *c) == std::vector<std::string>{"Harbor Trust", "Pilot Guild"});
  CHECK(speaker_of(d, c->speaker) != "Ines Dunmore");
  // "say otherwise" itself is no claim.
  for (const Claim& k : d.claims) CHECK(slice(d, k.span).find("otherwise") == std::string::npos);
  // The same with a stance verb and no object.
  auto e = run("Mayor Ines Dunmore said the ferry pier would reopen in May. The Harbor Rail Company disagrees. "
               "It says the dredging has not even started.");
  const Claim* f = claim_starting(e, "the dredging", ClaimKind::reported);
  REQUIRE(f);
  CHECK(speaker_of(e, f->speaker) == "Harbor Rail Company");
}

TEST_CASE("\"they\" prefers a group, an organisation or a plural description to a named person") {
  auto d = run("Governor Pia Lund said the dam was safe. Local farmers said the spillway leaked. "
               "Senator Omar Reyes called for an inquiry into the spillway repairs.\n\n"
               "They say the water level rose twice last week.");
  const Claim* c = claim_starting(d, "the water level", ClaimKind::reported);
  REQUIRE(c);
  CHECK(speaker_of(d, c->speaker) == "Local farmers");
  // A coordinated subject: "they" stands for both.
  auto g = run("Valdoria and Ostmark said the border talks had failed. They said a new round would start in June.");
  const Claim* h = claim_starting(g, "a new round", ClaimKind::reported);
  REQUIRE(h);
  CHECK(speakers_of(g, *h) == std::vector<std::string>{"Ostmark", "Valdoria"});
}

TEST_CASE("\"it\" never takes a named person") {
  auto d = run("The Coastal Rail Company said fares would rise in April. Transport Minister Ada Vance said the rise "
               "was too steep. It said the new trains would cost more to run.");
  const Claim* c = claim_starting(d, "the new trains", ClaimKind::reported);
  REQUIRE(c);
  CHECK(speaker_of(d, c->speaker) == "Coastal Rail Company");
  // Only a named person before it: no speaker rather than a wrong one.
  auto e = run("Transport Minister Ada Vance said the rise was too steep. It said the new trains would cost more to run.");
  const Claim* f = claim_starting(e, "the new trains", ClaimKind::reported);
  REQUIRE(f);
  CHECK(f->speaker == kNone);
}

TEST_CASE("a pronoun far from any compatible speaker stays unresolved") {
  auto d = run("The Coastal Rail Company said fares would rise in April.\n\n"
               "The new timetable starts in spring.\n\n"
               "Stations will get new benches and lights.\n\n"
               "Most commuters ride before eight in the morning.\n\n"
               "It said the new trains would cost more to run.");
  const Claim* c = claim_starting(d, "the new trains", ClaimKind::reported);
  REQUIRE(c);
  CHECK(c->speaker == kNone);
  // He and she still take the last named person.
  auto e = run("Transport Minister Ada Vance said the rise was too steep.\n\n"
               "The new timetable starts in spring.\n\n"
               "She said the new trains would cost more to run.");
  const Claim* f = claim_starting(e, "the new trains", ClaimKind::reported);
  REQUIRE(f);
  CHECK(speaker_of(e, f->speaker) == "Ada Vance");
}

TEST_CASE("a stance object must end the clause") {
  // "said that, if …" goes on: the clause is reported, not a stance.
  auto d = run("Mayor Ines Dunmore said that, if the vote fails, the pier will stay closed.");
  const Claim* c = claim_starting(d, "that, if the vote", ClaimKind::reported);
  REQUIRE(c);
  CHECK(speaker_of(d, c->speaker) == "Ines Dunmore");
  auto e = run("Mayor Ines Dunmore said so, and the council agreed.");
  for (const Claim& k : e.claims) CHECK(slice(e, k.span).rfind("so", 0) != 0);
}

TEST_CASE("two descriptions joined by \"and\" are two speakers, and \"they\" is both") {
  auto d = run("Mayor Ines Dunmore said the ferry pier would reopen in May. But the port board and the boatmen's union "
               "say otherwise. They claim the dredging has not even started.");
  const Claim* c = claim_starting(d, "the dredging", ClaimKind::reported);
  REQUIRE(c);
  CHECK(speakers_of(d, *c) == std::vector<std::string>{"boatmen's union", "port board"});
  // A name in apposition to the second description names that speaker.
  auto e = run("The Valdoria Fisheries Council said quotas would stay. Ostmark and the regional fishing body, VFC, "
               "said the quotas must fall by a third.");
  const Claim* f = claim_starting(e, "the quotas must", ClaimKind::reported);
  REQUIRE(f);
  CHECK(speakers_of(e, *f) == std::vector<std::string>{"Ostmark", "VFC"});
  // Lower-case words without a determiner on each side stay one mention.
  auto g = run("Harbour staff and dock workers said the cranes were unsafe.");
  const Claim* h = claim_starting(g, "the cranes", ClaimKind::reported);
  REQUIRE(h);
  CHECK(h->speakers.empty());
}

TEST_CASE("a titled person named in a sentence with no claim is the referent of a later he or she") {
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"Port director Leo Brandt said the pier was safe.\n\n"
            "Mayor Ana Ruiz toured the pier on Monday. She said the repairs would take a year.", "the repairs", "Ana Ruiz"},
           // A later mention by surname alone is the same person.
           {"Mayor Ana Ruiz toured the pier on Monday.\n\nRuiz met the divers at noon. She said the repairs would take a year.", "the repairs", "Ana Ruiz"},
           // Too far back (three paragraphs on), the last speaker stays the referent.
           {"Port director Leo Brandt said the pier was safe.\n\nMayor Ana Ruiz toured the pier on Monday.\n\n"
            "The divers worked until dark.\n\nThe tide turned at nine.\n\nHe said the repairs would take a year.", "the repairs", "Leo Brandt"},
           // A name with no title may be a place or an organisation.
           {"Port director Leo Brandt said the pier was safe.\n\n"
            "Harbour Street Archive opened a new wing on Monday. He said the wing had cost too much.", "the wing", "Leo Brandt"},
           // A place name read first ("At Pier Nine,") is passed over; the titled name after it is the referent.
           {"Port director Leo Brandt said the pier was safe.\n\n"
            "At Pier Nine, Mayor Ana Ruiz toured the docks with two divers. She said the repairs would take a year.", "the repairs", "Ana Ruiz"},
       })
    check_claim_speaker(k);
  // A person named with no claim does not become a speaker on their own.
  auto k = run("Mayor Ana Ruiz toured the pier on Monday.");
  CHECK(k.speakers.empty());
}

TEST_CASE("he and she skip a person known to be of the other gender") {
  // The last speaker is a spokesman; "She" goes back to the chairwoman, not to him.
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"Harbour board chairwoman Ana Ruiz said the pier would reopen in May.\n\n"
            "Tom Beck, a spokesman for the ferry line, said the boats were ready.\n\n"
            "She said the repairs had cost less than planned.", "the repairs", "Ana Ruiz"},
           // "He" goes to the last person when nothing is known of either gender.
           {"Ana Ruiz said the pier would reopen in May.\n\nTom Beck said the boats were ready.\n\n"
            "He said the repairs had cost less than planned.", "the repairs", "Tom Beck"},
           // A person of unknown gender is no better a guess: with none known to fit, the last person stays
           // ("Kim" is borne by women and men: not in rules::kFemaleGivenNames, kMaleGivenNames).
           {"Kim Holt said the pier would reopen in May.\n\nMr. Beck said the boats were ready.\n\n"
            "She said the repairs had cost less than planned.", "the repairs", "Beck"},
           // A given name of clear usual gender breaks the tie: "Lena" is a woman's name.
           {"Lena Holt said the pier would reopen in May.\n\nMr. Beck said the boats were ready.\n\n"
            "She said the repairs had cost less than planned.", "the repairs", "Lena Holt"},
       })
    check_claim_speaker(k);
}

TEST_CASE("a person named with an honorific is the referent of a later he or she, even by surname alone") {
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"Port director Leo Brandt said the pier was safe.\n\n"
            "Mrs. Ruiz toured the pier on Monday. She said the repairs would take a year.", "the repairs", "Ruiz"},
           // A pending person of the other gender is passed over: "He" is still the port director.
           {"Port director Mr. Brandt said the pier was safe.\n\n"
            "Mrs. Ruiz toured the pier on Monday. He said the repairs would take a year.", "the repairs", "Brandt"},
       })
    check_claim_speaker(k);
}

TEST_CASE("a mention's gender comes from its honorifics and role words, not from the people it names") {
  CHECK(gender_of_mention("Mrs. Ana Ruiz") == Gender::female);
  CHECK(gender_of_mention("Ana Ruiz, a spokeswoman for the ferry line") == Gender::female);
  CHECK(gender_of_mention("Mr. Beck") == Gender::male);
  CHECK(gender_of_mention("Ana Ruiz") == Gender::unknown);
  // Words after a connector or a relative pronoun describe someone else.
  CHECK(gender_of_mention("a spokesman for Mrs. Ruiz") == Gender::male);
  CHECK(gender_of_mention("Tom Beck, whose wife runs the ferry line") == Gender::unknown);
  // Words before a possessive describe the owner.
  CHECK(gender_of_mention("Mr. Beck's sister Lena") == Gender::female);
  CHECK(gender_of_mention("Mr. Beck\u2019s sister Lena") == Gender::female);
  // "and" ends the first person; words of both kinds before it leave the gender unknown.
  CHECK(gender_of_mention("Mr. and Mrs. Beck") == Gender::male);
  CHECK(gender_of_mention("the spokeswoman, Mr. Beck") == Gender::unknown);
}

TEST_CASE("a surname with an honorific of the other gender is another person") {
  auto d = run("Mr. Tom Beck said the ferry would run all winter.\n\nMrs. Beck said the kiosk would close in May.");
  const Claim* ferry = claim_starting(d, "the ferry", ClaimKind::reported);
  const Claim* kiosk = claim_starting(d, "the kiosk", ClaimKind::reported);
  REQUIRE(ferry != nullptr);
  REQUIRE(kiosk != nullptr);
  CHECK(ferry->speaker != kiosk->speaker);
  CHECK(speaker_of(d, ferry->speaker) == "Tom Beck");
  // With no honorific the surname is the same person, as before.
  auto e = run("Mr. Tom Beck said the ferry would run all winter.\n\nBeck said the kiosk would close in May.");
  const Claim* f = claim_starting(e, "the ferry", ClaimKind::reported);
  const Claim* g = claim_starting(e, "the kiosk", ClaimKind::reported);
  REQUIRE(f != nullptr);
  REQUIRE(g != nullptr);
  CHECK(f->speaker == g->speaker);
}

TEST_CASE("a he or she after a question goes to the one asked, not the asker") {
  // The pronoun in the topic of the question, and in the answer after it.
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"The host asked Ana Ruiz about remarks she had made, when she called the pier “a ruin.”", "the pier", "Ana Ruiz"},
           {"Tom Beck chaired the meeting. The host asked Ana Ruiz whether she would resign. She said she would not.", "she would not", "Ana Ruiz"},
           // Traps: a pronoun of the other gender stays with the asker, and after "told" the he is the
           // teller's.
           {"Ana Ruiz asked Tom Beck whether he would run. She said the race was open.", "the race", "Ana Ruiz"},
           {"Tom Beck told Carl Ruiz that the toll was fair. He said it would not rise.", "it would not", "Tom Beck"},
       })
    check_claim_speaker(k);
}

TEST_CASE("the one asked and an earlier subject of the same paragraph are read in text order") {
  // The asked one is noted while the paragraph's claims are read, its earlier subject after:
  // read out of order, "she" would go to the subject named first.
  check_claim_speaker({"Maria Lind opened the hearing. The host asked Ana Ruiz whether she would resign, and she said she would not.", "she would not", "Ana Ruiz"});
}
