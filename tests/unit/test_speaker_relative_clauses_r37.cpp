// Speakers, thirty-seventh round: a cue inside a relative clause set off by a comma ("Tom
// thanked Ana Ruiz, who toured the pier and said …") is the relative clause's; its source is
// the pronoun, named by the antecedent, not the main clause's subject. Traps: the clause closed
// by a comma before the cue, an object relative ("a levy, which she favours and says …"), a
// participle describing the clause's object, a cue word inside the clause opening a clause of
// its own, and an aside on the sentence's own subject.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("relative clause cue: a coordinated verb after \"who …\" is the antecedent's") {
  auto d = run("The mayor phoned Ana Ruiz, who toured the flooded pier on Monday and said the docks would reopen.");
  CHECK(speaker_of_claim(d, "the docks would reopen") == "Ana Ruiz");
  CHECK(source_of_claim(d, "the docks would reopen").ends_with("who"));
  auto e = run("The crews spoke with the Harbour Union, which opposes the new toll and warns that it will cost jobs.");
  CHECK(speaker_of_claim(e, "that it will cost jobs") == "Harbour Union");
}

TEST_CASE("relative clause cue: an -ing cue after \"by\", a subordinator or an auxiliary") {
  auto d = run("The board heard from Tom Beck, who surprised the members by announcing that the toll would rise.");
  CHECK(speaker_of_claim(d, "that the toll would rise") == "Tom Beck");
  auto e = run("The union wrote to Lena Ortiz, who was visibly tired while insisting that the ferry would run.");
  CHECK(speaker_of_claim(e, "that the ferry would run") == "Lena Ortiz");
  auto f = run("Port staff met the new director, Lena Ortiz, who is now saying the ferry will run all winter.");
  CHECK(speaker_of_claim(f, "the ferry will run all winter") == "Lena Ortiz");
}

TEST_CASE("relative clause cue: traps") {
  // The relative clause closes before the cue: the main subject speaks.
  auto d = run("Mayor Ruiz thanked the crews, who worked all night, and said the pier was safe.");
  CHECK(speaker_of_claim(d, "the pier was safe") == "Ruiz");
  // An object relative: the subject after "which" is the one that says.
  auto e = run("Mayor Ruiz proposed a new levy, which she favours and says will fund the pier.");
  CHECK(speaker_of_claim(e, "will fund the pier") == "Ruiz");
  CHECK_FALSE(has_speaker_named(e, "levy"));
  // A participle after the clause's object describes that object, not the relative pronoun.
  auto f = run("Mayor Ruiz released a report, which listed harbour staff warning that the cranes were unsafe.");
  CHECK_FALSE(has_speaker_named(f, "report"));
  // A cue word inside the clause opens a clause with a subject of its own.
  auto g = run("The council met Tom Beck, who said dock workers often fail to understand that the toll is fair.");
  CHECK(speaker_of_claim(g, "that the toll is fair") != "Tom Beck");
  // An aside on the sentence's own subject is background: no claim is made of it here.
  auto h = run("Ana Ruiz, who chaired the board for years and warned that the pier was failing, left the port.");
  CHECK(claim_starting(h, "that the pier was failing", ClaimKind::reported) == nullptr);
}
