#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "annotate.h"
#include "checkworthy.h"
#include "lexicon.h"
#include "rules/checkworthy.h"
#include "rules/evidence.h"
#include "rules/hedges.h"
#include "split_words.h"

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

// The one lookup per word behind the word features (checkworthy_word_flags)
// sits behind a joint bitmap (word_filter.h): it must answer exactly as the
// seven tables it is built from, for their own words and for strangers.
namespace {

uint32_t feature_bit_of(const char* id) {
  for (size_t b = 0; b < checkworthy_feature_count(); ++b) {
    if (std::string(checkworthy_feature_name(b)) == id) return 1u << b;
  }
  return 0;
}

// The flags of one word, from the tables directly (no index, no filter).
uint32_t flags_from_tables(std::string_view w) {
  uint32_t f = 0;
  for (const WordRule& r : rules::kCheckworthyWords) f |= w == r.text ? feature_bit_of(r.id) : 0u;
  for (const WordRule& r : rules::kHedgeWords) f |= w == r.text ? feature_bit_of("hedge") : 0u;
  f |= w == "may" ? kCheckworthyMayWord : 0u;
  for (const WordRule& r : rules::kFirstPerson) f |= w == r.text ? kCheckworthyFirstPerson : 0u;
  for (const WordRule& r : rules::kOpinionVerbs) f |= w == r.text ? kCheckworthyOpinionVerb : 0u;
  for (const WordRule& r : rules::kNumberWords) f |= w == r.text ? kEvidenceNumberWord : 0u;
  for (const WordRule& r : rules::kMonths) f |= w == r.text ? kEvidenceDateWord : 0u;
  for (const WordRule& r : rules::kWeekdays) f |= w == r.text ? kEvidenceDateWord : 0u;
  return f;
}

}  // namespace

TEST_CASE("check-worthiness: every table word keeps its flags behind the word filter") {
  size_t n = 0;
  auto check_table = [&](const auto& table) {
    for (const WordRule& r : table) {
      INFO(r.text);
      CHECK(checkworthy_word_flags(r.text) != 0u);
      CHECK(checkworthy_word_flags(r.text) == flags_from_tables(r.text));
      ++n;
    }
  };
  check_table(rules::kCheckworthyWords);
  check_table(rules::kHedgeWords);
  check_table(rules::kFirstPerson);
  check_table(rules::kOpinionVerbs);
  check_table(rules::kNumberWords);
  check_table(rules::kMonths);
  check_table(rules::kWeekdays);
  CHECK(n > 100);
}

TEST_CASE("check-worthiness: words of no table carry no flags") {
  // Sentences of my own, lower-cased as the lexer gives them: neighbours of
  // table words by first and last byte and length ("wax" for "was", "hid" for
  // "had", "mare" for "more", "wile" for "will"), one-byte words, long words.
  const char* sentences[] = {
      "the wax on the hid mare was not a wile of the taxman",
      "a b c d e f g h i j k l m n o p q r s t u v w x y z we us me",
      "thinking believers felt rows tallest recorded unemployed governments",
      "an extraordinarily-long-hyphenated-word and internationalisation reached the shore",
      "it's 2019 and the mayor's office cut 40 jobs last week because taxes rose",
      "the tow of thee mays and jane or julie drove a monda fiver with sixy millionaire dozers in sept",
  };
  for (const char* s : sentences) {
    for (const std::string& w : words_of(s)) {
      INFO(w);
      CHECK(checkworthy_word_flags(w) == flags_from_tables(w));
    }
  }
  CHECK(checkworthy_word_flags("") == 0u);
}

TEST_CASE("check-worthiness: each sentence of a paragraph gets the word features it has alone") {
  // One paragraph of several sentences (the walk that finds each sentence's
  // words in the paragraph's), against each sentence annotated on its own.
  const char* sentences[] = {"Will the council approve the plan?", "I think we deserve better.",
                             "Prices rose last year, the highest since records began.",
                             "Officials in Brno could delay the vote.", "Thank you."};
  std::string paragraph;
  for (const char* s : sentences) paragraph += std::string(paragraph.empty() ? "" : " ") + s;
  auto d = annotate(paragraph).doc;
  REQUIRE(d.sentences.size() == std::size(sentences));
  for (size_t i = 0; i < std::size(sentences); ++i) {
    INFO(sentences[i]);
    auto alone = annotate(sentences[i]).doc;
    REQUIRE(alone.sentences.size() == 1);
    CHECK(d.sentences[i].features == alone.sentences[0].features);
  }
}

TEST_CASE("check-worthiness: words are looked up in place, whatever their length and wherever they end") {
  // The lookup reads eight bytes at a word's lowered text: a table word as the
  // text's last bytes (no stop after it) still fires, and one byte more or
  // less than a table word, or the same first eight bytes, does not.
  const char* hedges[] = {"may", "could", "perhaps", "probably", "allegedly", "reportedly", "approximately"};
  for (const char* w : hedges) {
    INFO(w);
    CHECK(first_sentence(std::string("The ferry left ") + w).has("hedge"));
    CHECK(first_sentence(std::string("Reportedly the ferry left, ") + w + " too.").has("hedge"));
  }
  const char* not_hedges[] = {"mayo", "coulds", "perhap", "probablyx", "allegedl", "reportedlyx", "approximatelyy",
                              "approximatelyreportedly"};
  for (const char* w : not_hedges) {
    INFO(w);
    CHECK_FALSE(first_sentence(std::string("The ferry left ") + w).has("hedge"));
  }
  // "I" is the one capital that names no one; "Ib" mid-sentence does.
  CHECK_FALSE(first_sentence("Then I left").has("named_entity"));
  CHECK(first_sentence("Then I think").has("first_person_opinion"));
  CHECK(first_sentence("Then Ib left").has("named_entity"));
  // A NUL byte is lexed as a token of its own: first, last and alone.
  for (std::string text : {std::string("\0 may", 5), std::string("may \0", 5), std::string(1, '\0')}) {
    auto d = annotate(text).doc;
    CHECK(d.sentences.size() <= 1);
  }
}

TEST_CASE("check-worthiness: \"May\" the month or a name is no hedge, as the hedge finder reads it") {
  // The hedge feature asks the hedge finder's question (hedges.h): a capitalised
  // "May" after a word is the month or a name, unless a title-case word follows.
  for (const char* text : {"The ferries ran late in May", "The harbour board met Theresa May on Friday",
                           "Fares rose sharply on May 4 and again later"}) {
    INFO(text);
    CHECK_FALSE(first_sentence(text).has("hedge"));
  }
  for (const char* text : {"The ferries may run late this winter", "May the ferries run late this winter",
                           "Harbour Fares May Rise Again", "In May the ferries may run late"}) {
    INFO(text);
    CHECK(first_sentence(text).has("hedge"));
  }
  // The hedge finder agrees: no hedge span on the month.
  auto d = annotate("The mayor said the ferries ran late in May.").doc;
  REQUIRE(d.claims.size() == 1);
  CHECK_FALSE(d.claims[0].hedged);
}

TEST_CASE("check-worthiness: an \"-ed\" ending counts on words of five bytes or more, wherever they stand") {
  CHECK(first_sentence("a rated shed").has("past_event"));
  CHECK(first_sentence("x closed").has("past_event"));
  CHECK_FALSE(first_sentence("a bed shed ed").has("past_event"));
  CHECK_FALSE(first_sentence("d ed red").has("past_event"));
  CHECK_FALSE(first_sentence("Fred Alfred").has("past_event"));  // capitalised: names
}

TEST_CASE("check-worthiness: marks open phrases, keep or end a question, and start amounts") {
  // A question mark, then a closing quote or bracket: still a question; then
  // any other mark: no longer one (words after it change nothing).
  CHECK(first_sentence("He asked \xE2\x80\x9Cwhy?\xE2\x80\x9D and left the room").has("question"));
  CHECK(first_sentence("He asked (why?) and left the room").has("question"));
  CHECK(first_sentence("He asked \"why?\" and left the room").has("question"));
  CHECK_FALSE(first_sentence("He asked \xE2\x80\x9Cwhy?\xE2\x80\x9D, and left the room").has("question"));
  CHECK_FALSE(first_sentence("He asked 'why?' and left the room").has("question"));
  // After an opening mark a capital names no one; after a closing one it does.
  for (const char* open : {"\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x94 ", "\xE2\x80\x93 ", "(", ": ", "- ", "\""}) {
    INFO(open);
    CHECK_FALSE(first_sentence(std::string("then the ferry left ") + open + "Rain fell").has("named_entity"));
  }
  CHECK(first_sentence("then the ferry left, Rain fell").has("named_entity"));
  CHECK(first_sentence("then the ferry left) Rain fell").has("named_entity"));
  // A currency sign starts an amount, whichever sign.
  for (const char* sign : {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "\xE2\x82\xB9"}) {
    INFO(sign);
    CHECK(first_sentence(std::string("the ferry cost ") + sign + "30 a seat").has("money_or_percent"));
  }
}
