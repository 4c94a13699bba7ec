// may_start_speech_cue and hedge_words_and_starts are one-lookup filters in front of
// per-table tests (reported speech, hedges): each must hold every word its
// tables could match, and plain words must not pass.
#include <doctest/doctest.h>

#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate.h"
#include "lexicon.h"
#include "paragraph_view.h"
#include "reported_speech.h"
#include "rules/cues.h"
#include "rules/hedges.h"
#include "rules/speaker_words.h"
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
  check_all_start_cues(rules::kHearsayAdverbs);
}

TEST_CASE("may_start_speech_cue: plain words start no cue") {
  for (std::string_view w : {"the", "harbour", "ferry", "green", "tuesday", "according"}) {
    INFO(w);
    CHECK_FALSE(may_start_speech_cue(w));
  }
  CHECK(may_start_speech_cue("said"));
}

TEST_CASE("may_open_reported_speech: the speech cues, topic and reference verbs and 'according'") {
  auto check_table = [](const auto& table) {
    for (const WordRule& e : table) {
      INFO(e.text);
      CHECK(may_open_reported_speech(e.text));
    }
  };
  check_table(rules::kCueVerbs);
  check_table(rules::kThatCues);
  check_table(rules::kInfinitiveCues);
  check_table(rules::kSourcelessCues);
  check_table(rules::kQuotingVerbs);
  check_table(rules::kForCues);
  check_table(rules::kStanceVerbs);
  check_table(rules::kViewVerbs);
  check_table(rules::kMakeVerbs);
  check_table(rules::kStatementNouns);
  check_table(rules::kHearsayAdverbs);
  check_table(rules::kTopicCues);
  check_table(rules::kReferenceCues);
  CHECK(may_open_reported_speech("according"));
  for (std::string_view w : {"the", "harbour", "ferry", "green", "tuesday", "about", "to"}) {
    INFO(w);
    CHECK_FALSE(may_open_reported_speech(w));
  }
}

TEST_CASE("speech_word_classes: one bit per table, the same answer as each table's own lookup") {
  // Every word of every table the reported-speech pass asks, and words of no table.
  std::vector<std::string_view> words = {"the", "harbour", "ferry", "tuesday", "about", "to", "according", "asked"};
  auto add = [&](const auto& table) {
    for (const WordRule& e : table) words.push_back(e.text);
  };
  add(rules::kCueVerbs), add(rules::kThatCues), add(rules::kInfinitiveCues), add(rules::kSourcelessCues);
  add(rules::kQuotingVerbs), add(rules::kForCues), add(rules::kStanceVerbs), add(rules::kViewVerbs);
  add(rules::kMakeVerbs), add(rules::kStatementNouns), add(rules::kHearsayAdverbs), add(rules::kTopicCues);
  add(rules::kReferenceCues), add(rules::kObjectStanceVerbs), add(rules::kQuestionCues);
  add(rules::kParticleCues), add(rules::kEvidenceSources), add(rules::kPlainSpeechVerbs), add(rules::kNounLikeCues);
  for (std::string_view w : words) {
    INFO(w);
    const uint32_t classes = speech_word_classes(w);
    CHECK(screened_speech_word_classes(w) == classes);
    CHECK(bool(classes & speech_class::cue_verb) == is_cue_verb(w));
    CHECK(bool(classes & speech_class::that_cue) == is_that_cue(w));
    CHECK(bool(classes & speech_class::infinitive) == is_infinitive_cue(w));
    CHECK(bool(classes & speech_class::sourceless) == in_table<rules::kSourcelessCues>(w));
    CHECK(bool(classes & speech_class::quoting) == is_quoting_verb(w));
    CHECK(bool(classes & speech_class::for_cue) == in_table<rules::kForCues>(w));
    CHECK(bool(classes & speech_class::stance) == in_table<rules::kStanceVerbs>(w));
    CHECK(bool(classes & speech_class::view) == in_table<rules::kViewVerbs>(w));
    CHECK(bool(classes & speech_class::make) == in_table<rules::kMakeVerbs>(w));
    CHECK(bool(classes & speech_class::statement_noun) == is_statement_noun(w));
    CHECK(bool(classes & speech_class::hearsay) == in_table<rules::kHearsayAdverbs>(w));
    CHECK(bool(classes & speech_class::topic) == in_table<rules::kTopicCues>(w));
    CHECK(bool(classes & speech_class::reference) == in_table<rules::kReferenceCues>(w));
    CHECK(bool(classes & speech_class::object_stance) == in_table<rules::kObjectStanceVerbs>(w));
    CHECK(bool(classes & speech_class::according) == (w == "according"));
    // The question bit rides only on a word that opens reported speech.
    CHECK(bool(classes & speech_class::question) == (is_question_cue(w) && may_open_reported_speech(w)));
    // So do the bits of the tables cue_verb asks about its cue word.
    const bool opens = may_open_reported_speech(w);
    CHECK(bool(classes & speech_class::particle) == (in_table<rules::kParticleCues>(w) && opens));
    CHECK(bool(classes & speech_class::evidence_source) == (is_evidence_source(w) && opens));
    CHECK(bool(classes & speech_class::plain_speech) == (is_plain_speech_verb(w) && opens));
    CHECK(bool(classes & speech_class::noun_like) == (is_noun_like_cue(w) && opens));
    if (is_cue_verb(w)) {  // cue_verb's words: each bit is the table's own answer
      CHECK(bool(classes & speech_class::particle) == in_table<rules::kParticleCues>(w));
      CHECK(bool(classes & speech_class::plain_speech) == is_plain_speech_verb(w));
    }
    CHECK(bool(classes & speech_class::kOpens) == may_open_reported_speech(w));
    CHECK(bool(classes & speech_class::kStartsCue) == may_start_speech_cue(w));
  }
}

TEST_CASE("speech_word_classes: a word in several tables has each table's bit") {
  const uint32_t said = speech_word_classes("said");
  CHECK((said & speech_class::cue_verb) != 0);
  CHECK((speech_word_classes("reportedly") & speech_class::hearsay) != 0);
  CHECK((said & speech_class::plain_speech) != 0);
  CHECK((speech_word_classes("pointed") & speech_class::particle) != 0);
  CHECK((speech_word_classes("comment") & speech_class::noun_like) != 0);
  CHECK((speech_word_classes("poll") & speech_class::evidence_source) == 0);  // no cue word: not listed
  CHECK(speech_word_classes("") == 0);
  CHECK(speech_word_classes("ferry") == 0);
  CHECK(speech_word_classes("Said") == 0);  // lower-cased words only
}

TEST_CASE("hedge_words_and_starts holds every hedge entry and the first word of each") {
  auto may_be_hedge = [](std::string_view w) { return hedge_words_and_starts().contains(w); };
  auto check_table = [&](const auto& table) {
    for (const WordRule& e : table) {
      std::string_view text(e.text);
      INFO(text);
      CHECK(may_be_hedge(text));
      CHECK(may_be_hedge(text.substr(0, text.find(' '))));
    }
  };
  check_table(rules::kHedgeWords);
  check_table(rules::kHedgePhrases);
  CHECK_FALSE(may_be_hedge("harbour"));
}

// Attribution skips the reported-speech finder for a one-token paragraph: a
// clause needs a cue word and another token. Each cue word alone, in lower
// case and capitalised, must indeed give no clause.
TEST_CASE("a cue word alone in its paragraph makes no reported clause") {
  auto check_alone = [](const auto& table) {
    for (const WordRule& e : table) {
      std::string word(e.text);
      if (word.find(' ') != std::string::npos) continue;  // a phrase is more than one token
      for (std::string text : {word, std::string(1, char(std::toupper(word[0]))) + word.substr(1)}) {
        INFO(text);
        Document doc = annotate(text).doc;
        ParagraphViews views(doc);
        REQUIRE(views.size() == 1);
        REQUIRE(views[0].toks.size() == 1);
        CHECK(find_reported_speech(views[0]).empty());
      }
    }
  };
  check_alone(rules::kCueVerbs);
  check_alone(rules::kThatCues);
  check_alone(rules::kInfinitiveCues);
  check_alone(rules::kSourcelessCues);
  check_alone(rules::kQuotingVerbs);
  check_alone(rules::kForCues);
  check_alone(rules::kStanceVerbs);
  check_alone(rules::kHearsayAdverbs);
  check_alone(std::initializer_list<WordRule>{{"according", "", ""}});
}

TEST_CASE("is_ing: an -ing ending on a word of five bytes or more, never a shorter one") {
  for (std::string_view w : {"being", "marching", "sayings-ing", "rowing"}) {
    INFO(w);
    CHECK(is_ing(w));
  }
  for (std::string_view w : {"", "i", "ng", "ing", "sing", "ring", "kings", "ingot", "marched", "inning."}) {
    INFO(w);
    CHECK_FALSE(is_ing(w));
  }
  // A view into a longer text reads only its own bytes.
  const std::string_view text = "the singing bird";
  CHECK(is_ing(text.substr(4, 7)));
  CHECK_FALSE(is_ing(text.substr(4, 4)));   // "sing"
  CHECK_FALSE(is_ing(text.substr(4, 6)));   // "singin"
}

TEST_CASE("lookups that ignore a final dot: with and without it, and a dot alone") {
  CHECK(is_not_name("but"));
  CHECK(is_not_name("but."));
  CHECK_FALSE(is_not_name("but.."));
  CHECK_FALSE(is_not_name("."));
  CHECK_FALSE(is_not_name(""));
  CHECK(is_simple_role_word("spokesman"));
  CHECK(is_simple_role_word("spokesman."));
  CHECK_FALSE(is_simple_role_word("spokesma"));
  CHECK(is_institution_word("ministry."));
  CHECK_FALSE(is_institution_word("ministr."));
  // The dot is looked at only at the end of the view, not past it.
  const std::string_view text = "the ministry.";
  CHECK(is_institution_word(text.substr(4, 8)));
  CHECK(is_institution_word(text.substr(4, 9)));
  CHECK_FALSE(is_institution_word(text.substr(4, 7)));
}

TEST_CASE("the inline lookups answer exactly as their tables") {
  for (const WordRule& e : rules::kCueVerbs) CHECK(is_cue_verb(e.text));
  for (const WordRule& e : rules::kAdjunctOpeners) CHECK(is_adjunct_opener(e.text));
  for (const WordRule& e : rules::kCueModifiers) CHECK(is_cue_modifier(e.text));
  for (const WordRule& e : rules::kSpeakerPronouns) CHECK(is_speaker_pronoun(e.text));
  for (const WordRule& e : rules::kDeterminers) CHECK(is_determiner(e.text));
  for (const WordRule& e : rules::kNameConnectors) CHECK(is_name_connector(e.text));
  for (const WordRule& e : rules::kNotNames) CHECK(is_not_name(e.text));
  for (const WordRule& e : rules::kRoleWords) CHECK(is_simple_role_word(e.text));
  for (const WordRule& e : rules::kInstitutionWords) CHECK(is_institution_word(e.text));
  for (std::string_view w : {"harbour", "ferry", "thee", "hiss", "tow", "spokes", "sai", "saidx", "ofs"}) {
    INFO(w);
    CHECK_FALSE(is_cue_verb(w));
    CHECK_FALSE(is_determiner(w));
    CHECK_FALSE(is_speaker_pronoun(w));
    CHECK_FALSE(is_name_connector(w));
    CHECK_FALSE(is_simple_role_word(w));
  }
}

namespace {

// speaker_word_classes' bits for `w`, each asked of its own table's lookup.
uint32_t classes_by_table(std::string_view w) {
  using namespace speaker_class;
  return (is_not_name(w) ? not_name : 0) | (is_determiner(w) ? determiner : 0) |
         (is_simple_role_word(w) ? role : 0) | (is_institution_word(w) ? institution : 0) |
         (is_speaker_pronoun(w) ? speaker_pronoun : 0) | (is_cue_verb(w) ? cue_verb : 0) |
         (is_cue_modifier(w) ? cue_modifier : 0) | (is_name_connector(w) ? name_connector : 0) |
         (is_adjunct_opener(w) ? adjunct_opener : 0);
}

template <typename Table>
void check_speaker_classes(const Table& table) {
  for (const WordRule& e : table) {
    const std::string word(e.text);
    for (const std::string& w : {word, word + ".", word + "s", word.substr(0, word.size() - 1)}) {
      INFO(w);
      CHECK(speaker_word_classes(w) == classes_by_table(w));
    }
  }
}

}  // namespace

TEST_CASE("speaker_word_classes: one bit per speaker table, each the table's own answer") {
  check_speaker_classes(rules::kNotNames);
  check_speaker_classes(rules::kDeterminers);
  check_speaker_classes(rules::kRoleWords);
  check_speaker_classes(rules::kInstitutionWords);
  check_speaker_classes(rules::kSpeakerPronouns);
  check_speaker_classes(rules::kCueVerbs);
  check_speaker_classes(rules::kCueModifiers);
  check_speaker_classes(rules::kNameConnectors);
  check_speaker_classes(rules::kAdjunctOpeners);
  // Words in several tables carry each table's bit; a dot keeps only the bits of the
  // tables that drop it ("the." is no determiner, "ministry." is an institution).
  using namespace speaker_class;
  CHECK(speaker_word_classes("the") == classes_by_table("the"));
  CHECK((speaker_word_classes("the") & determiner) != 0);
  CHECK((speaker_word_classes("the.") & determiner) == 0);
  CHECK(speaker_word_classes("ministry.") == institution);
  CHECK((speaker_word_classes("spokesman.") & role) != 0);
  for (std::string_view w : {"", ".", "..", "harbour", "ferry", "okafor", "vice-president", "tow", "ofs",
                             "marching", "a.", "u.s.", "élodie", "spokeswoman-elect"}) {
    INFO(w);
    CHECK(speaker_word_classes(w) == classes_by_table(w));
  }
  CHECK(speaker_word_classes("harbour") == 0);
}

TEST_CASE("is_weekday: full names from rules::kWeekdays, abbreviations from kWeekdayAbbreviations, by length") {
  for (const WordRule& e : rules::kWeekdays) {
    INFO(e.text);
    CHECK(std::string_view(e.text).size() >= 6);  // is_weekday's one probe relies on it
    CHECK(is_weekday(e.text));
  }
  for (const WordRule& e : rules::kWeekdayAbbreviations) {
    INFO(e.text);
    CHECK(std::string_view(e.text).size() <= 5);
    CHECK(is_weekday(e.text));
    CHECK(is_weekday(std::string(e.text) + "."));  // "Wed." as lowered
  }
  for (std::string_view w : {"weekday", "mond", "day", "today", "march", "sundays", "fridays", ""}) {
    INFO(w);
    CHECK_FALSE(is_weekday(w));
  }
}
