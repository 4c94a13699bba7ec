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

TEST_CASE("JointWordFilter::may_contain_token answers as may_contain for words of every length") {
  // Words of 1 to 40 bytes, each read from a buffer with a byte before and after it (as a
  // token's view into the lowered text is); one-, two- and three-byte words are where the two
  // keys' loads differ. Half of them added: both tests must agree on every one.
  const std::string letters = "qwertyuiopasdfghjklzxcvbnm-.'0123456789";
  JointWordFilter filter;
  std::vector<std::string> words;
  for (size_t n = 1; n <= 40; ++n) {
    for (size_t shift = 0; shift < 3; ++shift) {
      std::string w;
      for (size_t i = 0; i < n; ++i) w += letters[(i * 7 + shift * 5 + n) % letters.size()];
      words.push_back(w);
      if ((n + shift) % 2 == 0) filter.add(w);
    }
  }
  for (const std::string& w : words) {
    for (char around : {' ', 'z', '\0'}) {
      const std::string padded = around + w + around;
      const std::string_view view = std::string_view(padded).substr(1, w.size());
      INFO(w);
      CHECK(filter.may_contain_token(view) == filter.may_contain(w));
      if ((w.size() + (&w - words.data()) % 3) % 2 == 0) CHECK(filter.may_contain_token(view));
    }
  }
  // One-byte words inside running text: the bytes either side are other words' or spaces.
  const std::string text = " a b x ";
  JointWordFilter one;
  one.add("x");
  one.add("a");
  CHECK(one.may_contain_token(std::string_view(text).substr(1, 1)));
  CHECK_FALSE(one.may_contain_token(std::string_view(text).substr(3, 1)));
  CHECK(one.may_contain_token(std::string_view(text).substr(5, 1)));
  CHECK_FALSE(one.may_contain_token(std::string_view(text).substr(1, 0)));
}
