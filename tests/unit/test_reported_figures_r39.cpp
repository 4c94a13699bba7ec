// Session 39 (reported133): figures inside and after a reported clause. A comma that joins
// the digit groups of a figure ("2,400") ends no clause and no subject; a figure opening the
// clause after a contrast conjunction ("…, while 9 percent …") is the writer's second clause.
// Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a comma between digit groups ends no fronted clause, content or subject") {
  // The fronted "While" clause ended at the first comma, inside the figure.
  check_claim_span({"While one club says there are more than 2,400 boats in the port, another says there are 1,800.",
                    "there are more than", "there are more than 2,400 boats in the port"});
  // The content of a stance ran to the figure's comma.
  check_claim_span({"Lee said the closure forced the yard to cut 30,000 jobs across the coast.", "the closure",
                    "the closure forced the yard to cut 30,000 jobs across the coast"});
  // A stance verb's object ended at its first comma, the figure's.
  check_claim_span({"Lee attacked Ruiz for a plan that would cut 30,000 jobs.", "Ruiz",
                    "Ruiz for a plan that would cut 30,000 jobs"});
  // The subject piece of a sourceless cue stopped at the figure's comma ("000 riders").
  check_claim_span({"By most counts, more than 250,000 riders are expected to vote.", "more than",
                    "more than 250,000 riders"});
}

TEST_CASE("a comma with a space after a figure still ends the clause") {
  // The trap: "12, the harbour master …" is a clause end after a figure, not a digit group.
  check_claim_span({"While Ruiz said the fleet had 12, the harbour master counted 14 at the quay.", "the fleet",
                    "the fleet had 12"});
  check_claim_span({"Lee attacked Ruiz for a plan that would cut 30, and more.", "Ruiz",
                    "Ruiz for a plan that would cut 30"});
}

TEST_CASE("a figure after a contrast conjunction opens the writer's second clause") {
  check_claim_span({"About 40 percent said they would take the ferry, while 9 percent found the fare too high.",
                    "they would", "they would take the ferry"});
  check_claim_span({"Most skippers said they want a new pier, but about 4 in 10 prefer the old one.", "they want",
                    "they want a new pier"});
}

TEST_CASE("a finding in figures keeps its own contrast with another figure") {
  // The trap: the content is itself a share, so the second figure is more of the finding.
  check_claim_span({"The poll found that 28 percent backed Lee, while 23 percent favored Ruiz.", "that 28",
                    "that 28 percent backed Lee, while 23 percent favored Ruiz"});
}

TEST_CASE("a figure after and ends a stance verb's object") {
  check_claim_span({"Of the skippers polled, 20 percent backed Lee and 9 percent backed Orr.", "Lee", "Lee"});
  // The traps: a figure that is no share is more of the object; so is a plain noun phrase.
  check_claim_span({"The union backed Lee and 9 other skippers.", "Lee", "Lee and 9 other skippers"});
  check_claim_span({"The union backed Lee and his plan for the pier.", "Lee", "Lee and his plan for the pier"});
}

TEST_CASE("a contrast conjunction before a word that is no figure leaves the content whole") {
  // The trap: "while waiting" has no subject of its own; the clause goes on.
  check_claim_span({"Ruiz said the crews kept the pumps running, while waiting for the tide to turn.", "the crews",
                    "the crews kept the pumps running, while waiting for the tide to turn"});
}
