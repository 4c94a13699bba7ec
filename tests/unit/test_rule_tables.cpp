// The rule tables as the page's module keeps them (core/packed_rules.h): one
// packed string per table of WordRule, made at compile time from the same
// initialiser. This file compiles the rule headers that way, natively, and
// checks that every table hands out exactly the entries it was written with.
// A table added to a rules header is checked once it is listed here. Every
// header of core/rules is included, so two tables of one name do not compile.
#define CLAIMSCOPE_PACK_WORD_RULES 1  // this file only; no other header of the core is included

#include "rule_tables_check.h"
#include "rules/abbreviations.h"
#include "rules/checkworthy.h"
#include "rules/compare_stems.h"
#include "rules/compare_words.h"
#include "rules/cues.h"
#include "rules/dates.h"
#include "rules/domains.h"
#include "rules/evidence.h"
#include "rules/hedges.h"
#include "rules/line_markers.h"
#include "rules/line_wrap.h"
#include "rules/quote_clauses.h"
#include "rules/quote_marks.h"
#include "rules/roles.h"
#include "rules/sentence_marks.h"
#include "rules/sentence_starters.h"
#include "rules/speaker_words.h"
#include "rules/web_text.h"

#include <array>
#include <string_view>

using claimscope::WordRule;

TEST_CASE("every packed rule table holds exactly its entries' texts and ids, in order") {
  // core/rules/checkworthy.h
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kCheckworthyWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kFirstPerson)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kOpinionVerbs)
  // core/rules/compare_words.h
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kCompareStopWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kSpeakerTitleWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kSpokespersonWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kInstitutionDeterminers)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kCopulas)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPredicateNegations)
  // core/rules/cues.h
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kCueVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPlainSpeechVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNounLikeCues)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kEvidenceSources)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kFindingSources)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kViewVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNotComplementAs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kSubordinators)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kFrontedStatementPrepositions)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kClauseLeads)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNegativeSubjects)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kClaimConditions)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kContrastConjunctions)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kModalVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kConcessiveConjunctions)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kSecondSourceOpeners)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kInfinitiveTailBlockers)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kTimeUnits)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kSourcelessCues)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kAppealCues)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kCallOnVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kCallOnParticles)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kClauseLinks)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kRelativeClausePronouns)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kHearsayAdverbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kSourcelessPhrases)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kQuestionCues)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kAskingForms)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kQuestionOpeners)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kListenerCues)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kQuotingVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kSpeechActVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kThatCues)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kInfinitiveCues)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kThatlessClauseVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kStateOfMindAdjectives)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kStateOfMindVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kStateOfMindLinks)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kStateOfMindDegrees)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kAdjunctOpeners)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNotParticiples)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kTimeAdjunctOpeners)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kTimePrepositions)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kTimeCountEnds)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kObjectSettingOpeners)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPassiveAuxiliaries)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNamingVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNamingRelatives)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNamingSubordinators)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kVoicedIn)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kJudgementWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kMakeVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kMadeStatements)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kStatementNouns)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kVoicingVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kCueParticles)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kContinuationVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kTimeRelations)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kFigureApproximators)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kDocumentCues)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kWordingVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kParticleCues)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kObjectStanceVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kRejectionVerbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kStanceVerbsNamedOnly)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNoStanceObject)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kObjectEnders)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kRelativeContent)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kGerundObjectPrepositions)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kForCues)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kTopicCues)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kReferenceCues)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kWeekdayAbbreviations)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPartsOfDay)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kAttributionDashes)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kSourceFirstPhrases)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kIrregularPastTenses)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kStanceObjects)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kStanceVerbs)
  // core/rules/dates.h
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kMonths)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kWeekdays)
  // core/rules/domains.h
  CLAIMSCOPE_CHECK_TABLE(claimscope, kDomainEndings)
  // core/rules/evidence.h
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNumberWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kScaleWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kCurrencyWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPercentWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kClockWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNotUnits)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kRangeWords)
  // core/rules/hedges.h
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kHedgeWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kHedgePhrases)
  // core/rules/line_markers.h
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kLineLabels)
  // core/rules/line_wrap.h
  CLAIMSCOPE_CHECK_TABLE(claimscope::wrap, kLabelOpeners)
  // core/rules/quote_clauses.h
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kWriterClauseOpeners)
  // core/rules/roles.h
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kBoilerplateLines)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kBoilerplatePrefixes)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kBoilerplatePhrases)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPlatforms)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kBylinePrefixes)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kContributorPhrases)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kCaptionPrefixes)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kCreditWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kWireAgencies)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kDateWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kBioNouns)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kConnectiveEnds)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPronounStarts)
  // core/rules/sentence_starters.h
  CLAIMSCOPE_CHECK_TABLE(claimscope, kSentenceStarters)
  CLAIMSCOPE_CHECK_TABLE(claimscope, kLowercaseStarters)
  CLAIMSCOPE_CHECK_TABLE(claimscope, kTimeFollowers)
  // core/rules/speaker_words.h
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kRoleWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kInstitutionWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kOrganisationDescriptions)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kOrganisationKinds)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kCollectiveNouns)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kGenderedPronouns)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPronounVerbContractions)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kImpersonalParticiples)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kSubjectVerbAdverbs)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kSpeakerPronouns)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kDeterminers)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNameConnectors)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNotNames)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kTitleFunctionWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kWorkNouns)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kDottedAbbreviations)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kIssuedDocuments)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kHeadlineKickers)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kSpeechSettings)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kRelativePronouns)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kShareNumbers)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kShareUnits)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kShareApproximators)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPronounQuantifiers)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kGenderWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPlacePrepositions)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kModifierOnlyWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kAppositiveLinks)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kAsideOpeners)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPronounsAfterOf)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kFrontedPrepositions)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kClauseJoiners)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kAnswerNouns)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kOfficeAdjectiveEndings)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPeriodNouns)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPeriodOpeners)
  // core/rules/web_text.h
  CLAIMSCOPE_CHECK_TABLE(claimscope, kEmoticons)
  CLAIMSCOPE_CHECK_TABLE(claimscope, kUrlPrefixes)
  CLAIMSCOPE_CHECK_TABLE(claimscope, kValedictions)
  CLAIMSCOPE_CHECK_TABLE(claimscope, kGreetings)
  CLAIMSCOPE_CHECK_TABLE(claimscope, kMeridiems)
}

namespace sample {
// Written the way the rules headers write a table.
CLAIMSCOPE_WORD_RULES(kSample) = {
    {"said", "cue.say", "reporting verb"},
    {"according to", "cue.according", "a phrase: the space is kept"},
    {"\xC3\xBC" "ber", "x.uber", "a word beyond ASCII"},
    {"a", "", "an empty id"},
    {"said", "cue.say.again", "a text listed twice keeps both entries"},
    {"says", "cue.say.again", "the id of the entry before: packed as an empty field"},
};
// Counts entries whose text starts with `c` by reading the table in constant
// evaluation (what web_text.cpp's salutation bits do).
constexpr size_t starting_with(char c) {
  size_t n = 0;
  for (const WordRule& r : kSample) n += r.text[0] == c;
  return n;
}
}  // namespace sample

TEST_CASE("a packed table: the string it keeps, and constant evaluation") {
  rule_tables_check::check("kSample", sample::kSample);
  constexpr char kWant[] =
      "said\0cue.say\0according to\0cue.according\0\xC3\xBC" "ber\0x.uber\0a\0\x01\0said\0cue.say.again\0"
      "says\0";
  const std::string_view want(kWant, sizeof kWant);  // with the last NUL
  const auto& chars = claimscope::packed_rules::kChars<decltype(sample::kSample)::source>;
  CHECK(std::string_view(chars.data(), chars.size()) == want);
  static_assert(sample::starting_with('s') == 3);
  static_assert(sample::kSample.size() == 6);
  static_assert(std::string_view(sample::kSample[3].text) == "a");
  // The same entries each time: made once, then kept.
  CHECK(sample::kSample.begin() == sample::kSample.begin());
  CHECK(std::string_view(sample::kSample[4].id) == "cue.say.again");
  CHECK(sample::kSample[5].id == sample::kSample[4].id);  // one copy of a repeated id
  CHECK(std::string_view(sample::kSample[3].id).empty());
}

namespace sample {
// Ids that are a prefix and the text: written as the prefix and 0x02, then
// 0x02 alone while the prefix stays; a phrase's spaces become '_'.
CLAIMSCOPE_WORD_RULES(kDerived) = {
    {"wrong", "judge.wrong", "prefix and text"},
    {"baseless", "judge.baseless", "the same prefix: 0x02 alone"},
    {"baseless", "judge.baseless", "the id of the entry before: an empty field"},
    {"made up", "judge.made_up", "a phrase: its space is '_' in the id"},
    {"fine", "judge.ok", "not the text: written whole"},
    {"fake", "judge.fake", "the last prefix again, after an id written whole"},
    {"x", "x", "the text alone: no prefix, written whole"},
    {"odd", "other.odd", "a new prefix"},
};
}  // namespace sample

TEST_CASE("a packed table: ids made of a prefix and the text are built from it") {
  rule_tables_check::check("kDerived", sample::kDerived);
  constexpr char kWant[] =
      "wrong\0judge.\x02\0baseless\0\x02\0baseless\0\0made up\0\x02\0fine\0judge.ok\0fake\0\x02\0"
      "x\0x\0odd\0other.\x02";
  const std::string_view want(kWant, sizeof kWant);  // with the last NUL
  const auto& chars = claimscope::packed_rules::kChars<decltype(sample::kDerived)::source>;
  CHECK(std::string_view(chars.data(), chars.size()) == want);
  CHECK(sample::kDerived[2].id == sample::kDerived[1].id);  // one built copy of a repeated id
  // The room for the built ids, known at compile time, is what one walk fills.
  using Source = decltype(sample::kDerived)::source;
  constexpr size_t kBuilt = sizeof "judge.wrong" + sizeof "judge.baseless" + sizeof "judge.made_up" +
                            sizeof "judge.fake" + sizeof "other.odd";
  static_assert(claimscope::packed_rules::kBuiltIdBytes<Source> == kBuilt);
  std::array<WordRule, sample::kDerived.size()> out{};
  std::array<char, kBuilt> built{};
  CHECK(claimscope::packed_rules::unpack(chars.data(), out.size(), out.data(), built.data()) == kBuilt);
  CHECK(std::string_view(out[3].id) == "judge.made_up");
  CHECK(std::string_view(out[7].id) == "other.odd");
}

TEST_CASE("unpack reads texts and ids in turn") {
  // An empty text; an id left out (the one before's); an empty id.
  constexpr char packed[] = "he\0pron.he\0\0empty.text\0him\0\0x\0\x01\0";
  std::array<WordRule, 4> out{};
  claimscope::packed_rules::unpack(packed, 4, out.data());
  CHECK(std::string_view(out[0].text) == "he");
  CHECK(std::string_view(out[0].id) == "pron.he");
  CHECK(std::string_view(out[1].text).empty());
  CHECK(std::string_view(out[1].id) == "empty.text");
  CHECK(std::string_view(out[2].text) == "him");
  CHECK(out[2].id == out[1].id);
  CHECK(std::string_view(out[3].text) == "x");
  CHECK(std::string_view(out[3].id).empty());
}
