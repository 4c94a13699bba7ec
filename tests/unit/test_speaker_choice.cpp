// Which mention of a sentence speaks: the causes of wrong speakers counted on
// PolNeAR train in the twenty-sixth round (docs/attribution.md). Sentences
// written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a description never ends on “to”: the object before an infinitive does not speak") {
  auto d = run("Mayor Ana Ruiz used her speech to call for the dismissal of the harbour master.");
  const Claim* c = claim_starting(d, "the dismissal", ClaimKind::reported);
  REQUIRE(c);
  CHECK(slice(d, c->source) == "Mayor Ana Ruiz");
  CHECK(speaker_of(d, c->speaker) == "Ana Ruiz");
  // A description still ends on its noun.
  auto e = run("A spokesman for the ministry said that the ferry would run.");
  const Claim* f = claim_starting(e, "that the ferry", ClaimKind::reported);
  REQUIRE(f);
  CHECK(slice(e, f->source) == "A spokesman for the ministry");
}

TEST_CASE("“…, with X saying …”: the name after “with” speaks the participle") {
  auto d = run("The council was quick to respond, with Mayor Ana Ruiz saying that the cuts were unfair.");
  const Claim* c = claim_starting(d, "that the cuts", ClaimKind::reported);
  REQUIRE(c);
  CHECK(slice(d, c->source) == "Mayor Ana Ruiz");
  check_only_quote_source({"Fishermen were quick to weigh in, with the harbour union calling the plan “a slow death for the port.”", "the harbour union"});
  // Without "with", the clause subject still speaks.
  auto e = run("Mayor Ana Ruiz toured the pier on Monday, saying that the cuts were unfair.");
  const Claim* f = claim_starting(e, "that the cuts", ClaimKind::reported);
  REQUIRE(f);
  CHECK(slice(e, f->source) == "Mayor Ana Ruiz");
}

TEST_CASE("“…,” citing X: a participle after the quotation takes no inverted subject") {
  auto d = run("The two council members argue that “the cuts were never needed,” citing a ruling in which a ferry was saved.");
  for (const auto& q : d.quotes) {
    if (q.speaker == kNone) continue;
    CHECK(slice(d, q.source) != "a ruling");
    CHECK(speaker_of(d, q.speaker) != "ruling");
  }
  // A finite verb after the quotation still names its speaker after it.
  check_only_quote_speaker({"“The cuts were never needed,” said council member Tom Beck.", "Tom Beck"});
}

TEST_CASE("a surname alone goes to the person the article names most, unless another was just named") {
  // The mayor is quoted throughout; her son is quoted once, three paragraphs before the bare surname.
  const std::string text =
      "Mayor Ana Ruiz said the pier would reopen in May.\n\n"
      "Ruiz said the repairs had cost less than planned.\n\n"
      "Tomas Ruiz, her son, said the boats were ready.\n\n"
      "The harbour was quiet on Sunday.\n\n"
      "Fishermen waited at the gate.\n\n"
      "Ruiz said the first ferry would leave at noon.";
  auto d = run(text);
  const Claim* late = claim_starting(d, "the first ferry", ClaimKind::reported);
  REQUIRE(late);
  CHECK(speaker_of(d, late->speaker) == "Ana Ruiz");
  const Claim* son = claim_starting(d, "the boats", ClaimKind::reported);
  REQUIRE(son);
  CHECK(speaker_of(d, son->speaker) == "Tomas Ruiz");
  // Trap: the son just named, in the paragraph before, is the one meant.
  auto e = run(
      "Mayor Ana Ruiz said the pier would reopen in May.\n\n"
      "Ruiz said the repairs had cost less than planned.\n\n"
      "Tomas Ruiz, her son, said the boats were ready.\n\n"
      "Ruiz said the nets had been mended.");
  const Claim* near = claim_starting(e, "the nets", ClaimKind::reported);
  REQUIRE(near);
  CHECK(speaker_of(e, near->speaker) == "Tomas Ruiz");
  // Trap: a person named twice keeps the surname, as the latest of that name.
  auto f = run(
      "Mayor Ana Ruiz said the pier would reopen in May.\n\n"
      "Ruiz said the repairs had cost less than planned.\n\n"
      "Tomas Ruiz said the boats were ready.\n\n"
      "Tomas Ruiz said the crews were hired.\n\n"
      "The harbour was quiet on Sunday.\n\n"
      "Ruiz said the nets had been mended.");
  const Claim* again = claim_starting(f, "the nets", ClaimKind::reported);
  REQUIRE(again);
  CHECK(speaker_of(f, again->speaker) == "Tomas Ruiz");
}

TEST_CASE("“Neither X nor Y” is no name: the quantifier stays out of the speaker's name") {
  auto d = run("Neither Ana Ruiz nor the council said when the pier would reopen.\n\n"
               "Ruiz said the repairs were nearly done.");
  for (const Speaker& s : d.speakers) CHECK(s.name.rfind("Neither", 0) != 0);
}

TEST_CASE("a long fronted adverbial holds no subject even when the participle's window opens inside it") {
  auto d = run(
      "Speaking to fishermen in Port Alma following the harbour vote, Mayor Ana Ruiz said that the town has "
      "“a single honest plan that can still save this harbour,” adding that this is why the council "
      "“keeps postponing the budget and shuts out the crews.”");
  const Claim* c = claim_starting(d, "that this is why", ClaimKind::reported);
  REQUIRE(c);
  CHECK(speaker_of(d, c->speaker) == "Ana Ruiz");
  // Trap: a short adverbial, whose comma the window starts after, changes nothing.
  auto e = run("Speaking in Port Alma, Mayor Ana Ruiz said that the pier would reopen in May, adding that the "
               "fares would not rise.");
  const Claim* f = claim_starting(e, "that the fares", ClaimKind::reported);
  REQUIRE(f);
  CHECK(speaker_of(e, f->speaker) == "Ana Ruiz");
  // Trap: a sentence with no fronted adverbial is read as before.
  auto g = run("The mayor said that the pier would reopen in May, adding that the fares would not rise.");
  const Claim* h = claim_starting(g, "that the fares", ClaimKind::reported);
  REQUIRE(h);
  CHECK(slice(g, h->source) == "The mayor");
}
