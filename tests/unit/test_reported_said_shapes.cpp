// Session 29 (said83): three "said" shapes: a subject described by a participle phrase ("A
// report released Monday said …"), a clause after the cue's adjunct and its comma ("said
// Thursday at a town hall in Dover, the pier would …"), and the writer's words that finish a
// quoted sentence after its attribution ("“Only you,” she said, would …"). Each with traps.
// Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a noun phrase described by a participle phrase speaks") {
  const SaidCase cases[] = {
      {"A report released Monday said the harbour fees had doubled since the storm.",
       "the harbour fees had doubled since the storm", "A report released Monday"},
      {"The audit published on Wednesday said the ferry operator had overstated its costs.",
       "the ferry operator had overstated its costs", "The audit published on Wednesday"},
      {"The study, released Monday by the port authority, said boat traffic had fallen.", "boat traffic had fallen",
       "The study, released Monday by the port authority"},
      {"A council aide, speaking on the condition that she not be named, said the vote would be close.",
       "the vote would be close", "A council aide, speaking on the condition that she not be named"},
  };
  for (const SaidCase& k : cases) check_said_claim(k);
}

TEST_CASE("a participle that is part of a comparison or a clause gives no described subject") {
  // "failed as predicted": "predicted" is a cue, but "as" before it makes a comparison; "and"
  // or a modal inside the phrase means a clause of its own, not a description.
  const char* texts[] = {
      "In the end, the old pier failed as predicted by the engineers.",
      "The ferry sailed late and officials said nothing.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    for (const Claim& c : d.claims) {
      CHECK(slice(d, c.source).find("pier failed") == std::string::npos);
      CHECK(slice(d, c.source).find("ferry sailed") == std::string::npos);
    }
  }
}

TEST_CASE("a clause after the cue's adjunct and its comma is the content") {
  const SaidCase cases[] = {
      {"The mayor said Thursday at a town hall in Dover, the pier would reopen before the summer.",
       "the pier would reopen before the summer", "The mayor"},
      {"The mayor said in an interview on Friday with the Harbour Gazette, the fees would fall.",
       "the fees would fall", "The mayor"},
      {"Ruiz said at the harbour on Monday, she would not resign.", "she would not resign", "Ruiz"},
  };
  for (const SaidCase& k : cases) check_said_claim(k);
}

TEST_CASE("an adjunct's appositive or a sentence that ends after the adjunct is no content") {
  const char* texts[] = {
      // The words after the comma have no verb: the time again, or a name for the place.
      "The mayor said Thursday, the first day of the hearing.",
      "The mayor spoke at the first sitting, the Harbour Dialogue, held each spring in Dover.",
      "Lee said at the first sitting of the forum, the Harbour Dialogue, held each spring in Dover.",
      // An absolute phrase, not a clause.
      "The mayor said on Friday at the old pier, the crowd cheering behind her.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(reported_count(d) == 0);
  }
  // An appositive followed by "that": the "that" clause is the content, not the appositive.
  auto d = run("She said on Tuesday in Dover, the state capital, that the toll would stay.");
  for (const Claim& c : d.claims) CHECK(slice(d, c.span).rfind("the state capital", 0) != 0);
}

TEST_CASE("the writer's words that finish a quoted sentence after its attribution are reported") {
  const SaidCase cases[] = {
      {"“Only you, Marta,” she said, would turn a parking fine into a lecture on civic duty.",
       "would turn a parking fine into a lecture on civic duty", "she"},
      {"“It was plain bad luck,” he said, that both boats had sailed from the same small marina.",
       "that both boats had sailed from the same small marina", "he"},
  };
  for (const SaidCase& k : cases) {
    check_said_claim(k);
    auto d = run(k.text);
    CHECK(d.quotes.size() == 1);  // the quotation keeps its own claim
  }
}

TEST_CASE("an adjunct of the writer after a quotation's attribution is not reported") {
  // A participle, a preposition or a subordinator opens the writer's own words about the telling.
  const char* texts[] = {
      "“We will rebuild,” she said, smiling at the crowd on the quay.",
      "“We will rebuild,” the mayor said, in a speech to the harbour council.",
      "“We will rebuild,” she said, as the crowd on the quay cheered.",
      "“We will rebuild,” he said, without naming the firms that would do it.",
      "“We will rebuild,” he said, dressed in a yellow oilskin and boots.",
  };
  for (const char* text : texts) {
    INFO(std::string(text));
    auto d = run(text);
    CHECK(reported_count(d) == 0);
  }
}

TEST_CASE("a time adjunct or a figure right after the cue leaves the clause after it as the content") {
  const SaidCase cases[] = {
      {"The mayor said last week the ferry operator had raised its fares.", "the ferry operator had raised its fares",
       "The mayor"},
      {"The mayor said earlier this year the harbour board would shrink.", "the harbour board would shrink",
       "The mayor"},
      {"The mayor said yesterday the ferry operator had raised its fares.", "the ferry operator had raised its fares",
       "The mayor"},
      {"The mayor said at least six trawlers had left the port.", "at least six trawlers had left the port",
       "The mayor"},
  };
  for (const SaidCase& k : cases) check_said_claim(k);
}

TEST_CASE("a time phrase of the writer after the adjunct's comma is no content") {
  // "two hours after …" is when the telling happened; the sentence before keeps its own claim.
  auto d = run("The pier will close in May, the harbour board announced on Thursday, two days after the storm "
               "had passed.");
  for (const Claim& c : d.claims) CHECK(slice(d, c.span).rfind("two days", 0) != 0);
  const Claim* c = claim_starting(d, "The pier will close in May", ClaimKind::reported);
  CHECK(c != nullptr);
  // "said last week at the pier": a time and a place, no clause.
  CHECK(reported_count(run("The mayor said last week at the pier.")) == 0);
}
