#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate.h"
#include "checkworthy.h"

using namespace claimscope;

namespace {

struct Scored {
  float score = 0;
  std::vector<std::string> features;
  bool has(const std::string& f) const {
    for (const auto& x : features) if (x == f) return true;
    return false;
  }
};

// Score and features of the first sentence.
Scored first_sentence(const std::string& text) {
  auto d = annotate(text).doc;
  Scored s;
  if (d.sentences.empty()) return s;
  s.score = d.sentences[0].checkworthy;
  for (size_t b = 0; b < checkworthy_feature_count(); ++b) {
    if (d.sentences[0].features & (1u << b)) s.features.push_back(checkworthy_feature_name(b));
  }
  return s;
}

}  // namespace

TEST_CASE("check-worthiness: numbers, amounts and comparisons fire their features") {
  auto s = first_sentence("Unemployment rose to 7.2% in April, the highest rate since 2016.");
  CHECK(s.has("number"));
  CHECK(s.has("money_or_percent"));
  CHECK(s.has("date_time"));
  CHECK(s.has("comparison"));
  CHECK(s.has("statistic_word"));
  CHECK(s.score > 0.5f);
}

TEST_CASE("check-worthiness: attribution and names") {
  auto s = first_sentence("The mayor of Leeds said the bridge had been closed for repairs.");
  CHECK(s.has("attribution"));
  CHECK(s.has("named_entity"));
  CHECK(s.has("past_event"));
  auto q = first_sentence("“The bridge is safe,” the engineer told reporters.");
  CHECK(q.has("quotation"));
}

TEST_CASE("check-worthiness: questions, opinions and short sentences score low") {
  auto question = first_sentence("Will the council really approve the new stadium?");
  CHECK(question.has("question"));
  auto opinion = first_sentence("I think we deserve a better plan for the town centre.");
  CHECK(opinion.has("first_person_opinion"));
  auto fact = first_sentence("The council spent $4 million on the stadium in 2021, twice the original budget.");
  CHECK(question.score < fact.score);
  CHECK(opinion.score < fact.score);
  auto thanks = first_sentence("Thank you all.");
  CHECK(thanks.has("short"));
  CHECK(thanks.score < 0.3f);
}

TEST_CASE("check-worthiness: a hedge lowers the score of the same sentence") {
  auto plain = first_sentence("The factory employs 400 people in the region.");
  auto hedged = first_sentence("The factory may employ 400 people in the region.");
  CHECK(hedged.has("hedge"));
  CHECK(hedged.score <= plain.score);
}

TEST_CASE("check-worthiness: scores stay in 0..1 and segment-only output has none") {
  auto d = annotate("Hello. 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15? Yes!").doc;
  for (const auto& s : d.sentences) {
    CHECK(s.checkworthy >= 0.0f);
    CHECK(s.checkworthy <= 1.0f);
  }
  Options o;
  o.stage = Stage::segment;
  auto seg = annotate("The council spent $4 million.", o).doc;
  REQUIRE(seg.sentences.size() == 1);
  CHECK(seg.sentences[0].features == 0u);
  CHECK(seg.evidence.empty());
}
