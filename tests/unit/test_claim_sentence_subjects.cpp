// Issue 4: the named subject of a sentence that holds a claim, when it is no claim's source
// and stands before the claims, is the nearer antecedent of a pronoun source after it; a
// he or she with nobody named does not fall back to an institution; a surname looked up
// among many people of that surname reads a bounded number of them.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"
#include "speakers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("claim sentence subjects: a named subject before a pronoun source is its antecedent") {
  // Ana Ruiz is named last before; the sentence's own subject, Tom Hale, is the he.
  auto d = run("Mayor Ana Ruiz said the ferry would stop in June.\n\n"
               "Senator Tom Hale spent the morning at the pier, where he said the ferry should run all year.");
  CHECK(speaker_of_claim(d, "the ferry should run") == "Tom Hale");
  auto e = run("Tom Hale said the ferry would stop in June.\n\n"
               "Mayor Ana Ruiz wrote to the council, and she said the ferry can be saved.");
  CHECK(speaker_of_claim(e, "the ferry can be saved") == "Ana Ruiz");
  auto f = run("Mayor Ana Ruiz said the ferry would stop in June.\n\n"
               "Senator Tom Hale listed the towns he said would lose their ferry.");
  CHECK(speaker_of_claim(f, "would lose their ferry") == "Tom Hale");
}

TEST_CASE("claim sentence subjects: trap: a name inside the claim is no antecedent of its speaker") {
  // Tom Hale is named inside the quotation: the he is the earlier named Ben Ortiz.
  check_claim_speaker({"Ben Ortiz said the budget was late.\n\n"
                       "\u201CTom Hale never reads the papers,\u201D he said.", "\u201CTom Hale never", "Ben Ortiz", ClaimKind::quote});
  // A reported claim that opens with Tom Hale, its source after it: the he still is Ben Ortiz.
  auto e = run("Ben Ortiz said the budget was late.\n\n"
               "Tom Hale had ignored the warnings, he said.");
  CHECK(speaker_of_claim(e, "Tom Hale had ignored") == "Ben Ortiz");
  // The subject of the other gender stays pending: the she is the woman named before.
  auto f = run("Mayor Ana Ruiz said the ferry would stop in June.\n\n"
               "Senator Tom Hale called on Monday, and she said the ferry could not be saved.");
  CHECK(speaker_of_claim(f, "the ferry could not be saved") == "Ana Ruiz");
}

TEST_CASE("claim sentence subjects: a he with nobody named takes no institution") {
  auto d = run("The Pentagon said the drill had ended.\n\n\u201CThe ships are back,\u201D he said.");
  const Claim* c = claim_starting(d, "\u201CThe ships are back", ClaimKind::quote);
  REQUIRE(c != nullptr);
  CHECK(c->speaker == kNone);
  // Trap: an office held by one person is a he ("the President"), and "it" still takes the institution.
  check_claim_speaker({"The President said the drill had ended.\n\n\u201CThe ships are back,\u201D he said.", "\u201CThe ships are back", "President", ClaimKind::quote});
  auto g = run("The Pentagon said the drill had ended. It said the ships were back.");
  CHECK(speaker_of_claim(g, "the ships were back") == "Pentagon");
}

TEST_CASE("claim sentence subjects: a surname among many of that surname finds the latest fitting one") {
  // Ten people named Hale, each of another given name ("Bax", "Bex", …), between two namings
  // of Tom Hale: the second is the first Tom Hale again.
  const char* consonants = "BDFGK";
  const char* vowels = "ae";
  std::string text = "Tom Hale said the ferry was late.\n\n";
  for (int i = 0; i < 10; ++i) {
    text += std::string(1, consonants[i / 2]) + vowels[i % 2] + "x Hale said the road was shut.\n\n";
  }
  text += "Tom Hale said the ferry was full.";
  auto d = run(text);
  CHECK(speaker_of_claim(d, "the ferry was late") == "Tom Hale");
  const Claim* full = claim_starting(d, "the ferry was full", ClaimKind::reported);
  const Claim* late = claim_starting(d, "the ferry was late", ClaimKind::reported);
  REQUIRE(full != nullptr);
  REQUIRE(late != nullptr);
  CHECK(full->speaker == late->speaker);
}
