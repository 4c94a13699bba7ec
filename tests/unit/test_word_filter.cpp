// JointWordFilter (word_filter.h) is the first test of may_open_reported_speech
// and may_start_speech_cue: it may let a stranger through, never drop a word
// that was added, and the sets it guards must answer exactly as their tables.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "rules/cues.h"
#include "word_classes.h"
#include "word_filter.h"
#include "split_words.h"

using namespace claimscope;

namespace {

struct Word {
  const char* text;
};

bool in_any_reported_speech_table(std::string_view w) {
  return lexicon<rules::kCueVerbs>().contains(w) || lexicon<rules::kThatCues>().contains(w) ||
         lexicon<rules::kInfinitiveCues>().contains(w) || lexicon<rules::kSourcelessCues>().contains(w) ||
         lexicon<rules::kQuotingVerbs>().contains(w) || lexicon<rules::kForCues>().contains(w) ||
         lexicon<rules::kStanceVerbs>().contains(w) || lexicon<rules::kViewVerbs>().contains(w) ||
         lexicon<rules::kMakeVerbs>().contains(w) || lexicon<rules::kStatementNouns>().contains(w) ||
         lexicon<rules::kHearsayAdverbs>().contains(w) || lexicon<rules::kTopicCues>().contains(w) ||
         lexicon<rules::kReferenceCues>().contains(w) || lexicon<rules::kObjectStanceVerbs>().contains(w) ||
         w == "according";
}

}  // namespace

TEST_CASE("JointWordFilter passes every word added, of any length") {
  const Word added[] = {{"a"}, {"of"}, {"say"}, {"told"}, {"warned"}, {"acknowledged"}, {"gen."},
                        {"counter-intuitively"}, {"a-very-long-word-of-more-than-thirty-two-bytes"}};
  JointWordFilter filter;
  filter.add_all(added);
  for (const Word& w : added) {
    INFO(w.text);
    CHECK(filter.may_contain(w.text));
  }
  CHECK_FALSE(filter.may_contain(""));
}

TEST_CASE("JointWordFilter tells apart words the separate byte masks do not") {
  // "sand" has the first, second and last byte and the length of "said": the
  // Lexicon's masks let it through, the joint key (with the second-to-last byte) not.
  JointWordFilter filter;
  filter.add("said");
  filter.add("tolls");
  CHECK(filter.may_contain("said"));
  CHECK_FALSE(filter.may_contain("sand"));
  CHECK_FALSE(filter.may_contain("saids"));
  CHECK_FALSE(filter.may_contain("tells"));
  CHECK_FALSE(filter.may_contain(std::string_view("said", 3)));
  JointWordFilter empty;
  CHECK_FALSE(empty.may_contain("said"));
}

TEST_CASE("may_open_reported_speech answers as its tables on the words of running text") {
  const char* sentences[] = {
      "the harbour board said on tuesday it had agreed to review the ferry timetable after residents complained",
      "according to the mayor the council rejected claims that the bridge was unsafe and vowed to reopen it",
      "she told reporters she disagreed with the report and spoke about the cost of the new tolls",
      "officials reportedly warned that the dam could fail referring to an inspection made last spring",
      "a b of in to by us gen. vice-president re- x42 ruiz's well-known",
  };
  for (const char* s : sentences) {
    for (const std::string& w : words_of(s)) {
      INFO(w);
      CHECK(may_open_reported_speech(w) == in_any_reported_speech_table(w));
    }
  }
  for (const WordRule& e : rules::kObjectStanceVerbs) {
    INFO(e.text);
    CHECK(may_open_reported_speech(e.text));
  }
}
