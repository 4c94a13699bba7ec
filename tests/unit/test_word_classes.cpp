// may_start_speech_cue is the reported-speech pass's one lookup in front of
// its per-table tests: it must hold every word of those tables, and words
// that start no cue must not pass it.
#include <doctest/doctest.h>

#include <string_view>

#include "lexicon.h"
#include "rules/cues.h"
#include "word_classes.h"

using namespace claimscope;

namespace {

template <typename Table>
void check_all_start_cues(const Table& table) {
  for (const WordRule& e : table) {
    INFO(e.text);
    CHECK(may_start_speech_cue(e.text));
  }
}

}  // namespace

TEST_CASE("may_start_speech_cue holds every word of the cue tables it stands for") {
  check_all_start_cues(rules::kCueVerbs);
  check_all_start_cues(rules::kThatCues);
  check_all_start_cues(rules::kInfinitiveCues);
  check_all_start_cues(rules::kSourcelessCues);
  check_all_start_cues(rules::kQuotingVerbs);
  check_all_start_cues(rules::kForCues);
}

TEST_CASE("may_start_speech_cue: plain words start no cue") {
  for (std::string_view w : {"the", "harbour", "ferry", "green", "tuesday", "according"}) {
    INFO(w);
    CHECK_FALSE(may_start_speech_cue(w));
  }
  CHECK(may_start_speech_cue("said"));
}
