#include "word_classes.h"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "lexicon.h"
#include "word_filter.h"
#include "rules/cues.h"
#include "rules/hedges.h"
#include "rules/speaker_words.h"

namespace claimscope {
namespace {

// A trailing dot ("gen.", "u.s.") is not part of the table key.
std::string_view strip_dot(std::string_view w) {
  return (w.size() > 1 && w.back() == '.') ? w.substr(0, w.size() - 1) : w;
}

}  // namespace


namespace {

// The words of every table the reported-speech pass acts at, in one index whose
// entries hold a bit per table (speech_class), so the pass probes once per word.
// The word that opens "according to", as a table entry of its own.
constexpr WordRule kAccordingTo[] = {{"according", "cue.according", "according to"}};

// The words of several rule tables in one list whose entries hold a bit per
// table (ClassedWord), so a caller asking several tables about one word probes
// once. constexpr: natively the lists and their indexes are made at compile
// time (ClassedIndex below; made at start-up they were ~0.8% of the CLI's
// cost on PolNeAR dev, cli112).
class ClassedWords {
 public:
  // One entry per word: a word in several tables gets each table's bit.
  // Spans, not a template per table: one copy of each loop in the page's module.
  constexpr void add(std::span<const WordRule> table, uint32_t bit) {
    for (const WordRule& e : table) {
      if (2 * (entries_.size() + 1) > slots_.size()) grow_slots();
      int32_t& at = slot_of(e.text);
      if (at < 0) {
        at = int32_t(entries_.size());
        entries_.push_back({e.text, 0});
      }
      entries_[size_t(at)].classes |= bit;
    }
  }
  // `bit` on the words of `table` already listed; no word is added.
  constexpr void mark_listed(std::span<const WordRule> table, uint32_t bit) {
    for (const WordRule& e : table) {
      if (int32_t at = slot_of(e.text); at >= 0) entries_[size_t(at)].classes |= bit;
    }
  }
  constexpr const std::vector<ClassedWord>& entries() const { return entries_; }

 private:
  // While building: the slot of `w` in an open-addressed table of entry indexes (-1 for
  // none yet). A node-based map cost ~0.3 M instructions here, inside the first annotation.
  constexpr int32_t& slot_of(std::string_view w) {
    const size_t mask = slots_.size() - 1;  // a power of two, at most half full: a free slot ends the probe
    for (size_t i = slot_hash(w) & mask;; i = (i + 1) & mask) {
      int32_t& at = slots_[i];
      if (at < 0 || std::string_view(entries_[size_t(at)].text) == w) return at;
    }
  }
  static constexpr uint32_t slot_hash(std::string_view w) {
    uint32_t h = 2166136261u;  // FNV-1a
    for (char c : w) h = (h ^ uint8_t(c)) * 16777619u;
    return h;
  }
  // Twice the slots, every entry placed again: keeps the table at most half full.
  constexpr void grow_slots() {
    slots_.assign(slots_.size() * 2, -1);
    const size_t mask = slots_.size() - 1;
    for (size_t e = 0; e < entries_.size(); ++e) {
      size_t i = slot_hash(entries_[e].text) & mask;
      while (slots_[i] >= 0) i = (i + 1) & mask;
      slots_[i] = int32_t(e);
    }
  }
  std::vector<ClassedWord> entries_;  // the tables' own static strings
  // While building: each word's entry (slot_of). The speech tables hold ~1,000 words with
  // repeats, over 500 distinct: 1,024 slots grow once (so every build runs grow_slots).
  std::vector<int32_t> slots_ = std::vector<int32_t>(1024, -1);
};

using AddClassedWords = void (*)(ClassedWords&);

#if defined(__wasm__)
// The list and its index, built at run time (one copy for both lists: the page's bytes).
class ClassedIndex {
 public:
  explicit ClassedIndex(AddClassedWords add) : entries_(listed(add)), index_(entries_) {}
  const Lexicon<ClassedWord>& index() const { return index_; }
  const std::vector<ClassedWord>& entries() const { return entries_; }

 private:
  static std::vector<ClassedWord> listed(AddClassedWords add) {
    ClassedWords w;
    add(w);
    return w.entries();
  }
  std::vector<ClassedWord> entries_;  // not resized after the index is built: it points into them
  Lexicon<ClassedWord> index_;
};
#else
// The list that `Add` makes, as a constant, and its Lexicon made at compile time.
template <AddClassedWords Add>
constexpr size_t classed_count() {
  ClassedWords w;
  Add(w);
  return w.entries().size();
}
template <AddClassedWords Add>
constexpr std::array<ClassedWord, classed_count<Add>()> classed_list() {
  ClassedWords w;
  Add(w);
  std::array<ClassedWord, classed_count<Add>()> list{};
  for (size_t i = 0; i < list.size(); ++i) list[i] = w.entries()[i];
  return list;
}
template <AddClassedWords Add>
constexpr auto kClassedList = classed_list<Add>();
template <AddClassedWords Add>
constinit const Lexicon<ClassedWord> classed_lexicon = detail::compiled_lexicon<kClassedList<Add>>();

class ClassedIndex {
 public:
  template <AddClassedWords Add>
  static ClassedIndex of() {
    return ClassedIndex(classed_lexicon<Add>, kClassedList<Add>);
  }
  const Lexicon<ClassedWord>& index() const { return *index_; }
  std::span<const ClassedWord> entries() const { return entries_; }

 private:
  ClassedIndex(const Lexicon<ClassedWord>& index, std::span<const ClassedWord> entries)
      : index_(&index), entries_(entries) {}
  const Lexicon<ClassedWord>* index_;
  std::span<const ClassedWord> entries_;
};
#endif

constexpr void add_speech_words(ClassedWords& w) {
  using namespace speech_class;
  w.add(rules::kTopicCues, topic), w.add(rules::kReferenceCues, reference), w.add(kAccordingTo, according);
  w.add(rules::kObjectStanceVerbs, object_stance);
  w.add(rules::kCueVerbs, cue_verb), w.add(rules::kThatCues, that_cue), w.add(rules::kInfinitiveCues, infinitive);
  w.add(rules::kSourcelessCues, sourceless), w.add(rules::kQuotingVerbs, quoting), w.add(rules::kForCues, for_cue);
  w.add(rules::kStanceVerbs, stance);  // "The unions disagree": a speaker with no content
  w.add(rules::kViewVerbs, view);
  w.add(rules::kMakeVerbs, make);  // "made clear that …"
  w.add(rules::kStatementNouns, statement_noun);  // "Ruiz's claim that …"
  w.add(rules::kHearsayAdverbs, hearsay);  // "the firm has reportedly lost …"
  // "Asked whether …": asked only of a word that opens, so it marks those alone; and the
  // tables cue_verb asks about its cue word, which is one of those.
  w.mark_listed(rules::kQuestionCues, question);
  w.mark_listed(rules::kParticleCues, particle), w.mark_listed(rules::kEvidenceSources, evidence_source);
  w.mark_listed(rules::kPlainSpeechVerbs, plain_speech), w.mark_listed(rules::kNounLikeCues, noun_like);
}

// The speaker grammar's tables (speaker_class).
constexpr void add_speaker_words(ClassedWords& w) {
  using namespace speaker_class;
  w.add(rules::kNotNames, not_name), w.add(rules::kDeterminers, determiner);
  w.add(rules::kRoleWords, role), w.add(rules::kInstitutionWords, institution);
  w.add(rules::kSpeakerPronouns, speaker_pronoun), w.add(rules::kCueVerbs, cue_verb);
  w.add(rules::kCueModifiers, cue_modifier), w.add(rules::kNameConnectors, name_connector);
  w.add(rules::kAdjunctOpeners, adjunct_opener);
}

#if defined(__wasm__)
ClassedIndex speech_index() { return ClassedIndex(add_speech_words); }
ClassedIndex speaker_index() { return ClassedIndex(add_speaker_words); }
#else
ClassedIndex speech_index() { return ClassedIndex::of<add_speech_words>(); }
#endif

class SpeechCueWords {
 public:
  SpeechCueWords() { filter_.add_all(words_.entries()); }
  // The joint filter first: the Lexicon's masks alone let ~40% of news words through to its probe.
  uint32_t classes(std::string_view w) const { return filter_.may_contain(w) ? screened_classes(w) : 0; }
  uint32_t screened_classes(std::string_view w) const {
    const ClassedWord* e = words_.index().find(w);
    return e ? e->classes : 0;
  }
  const JointWordFilter& filter() const { return filter_; }

 private:
  ClassedIndex words_ = speech_index();
  JointWordFilter filter_;
};

#if defined(__wasm__)
// The speaker grammar's tables (speaker_class), one index (natively
// word_tables::speaker_words, made at compile time).
class SpeakerWords {
 public:
  const Lexicon<ClassedWord>& index() const { return words_.index(); }

 private:
  ClassedIndex words_ = speaker_index();
};
#endif

}  // namespace

// The word sets below are built on first use in cold functions of their own
// and reached through built_once (lexicon.h): inlined into the lookups, their
// construction made each lookup save six registers and open a stack frame on
// every call.
namespace {

[[gnu::noinline, gnu::cold]] const SpeechCueWords& reported_speech_words() {
  static const SpeechCueWords words;
  return words;
}

#if defined(__wasm__)
[[gnu::noinline, gnu::cold]] const SpeakerWords& speaker_word_index() {
  static const SpeakerWords words;
  return words;
}
#endif

}  // namespace

uint32_t speech_word_classes(std::string_view w) { return built_once<SpeechCueWords, reported_speech_words>().classes(w); }
uint32_t screened_speech_word_classes(std::string_view w) {
  return built_once<SpeechCueWords, reported_speech_words>().screened_classes(w);
}
bool may_start_speech_cue(std::string_view w) { return speech_word_classes(w) & speech_class::kStartsCue; }
bool may_open_reported_speech(std::string_view w) { return speech_word_classes(w) & speech_class::kOpens; }
const JointWordFilter& reported_speech_screen() { return built_once<SpeechCueWords, reported_speech_words>().filter(); }

// The hottest lookups (word_classes.h): functions here in WebAssembly, inline
// natively over these tables, each made at compile time and defined here once.
#if defined(__wasm__)
bool is_cue_verb(std::string_view w) { return in_table<rules::kCueVerbs>(w); }
bool is_ing(std::string_view w) { return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0; }
bool is_adjunct_opener(std::string_view w) { return in_table<rules::kAdjunctOpeners>(w); }
bool is_cue_modifier(std::string_view w) { return in_table<rules::kCueModifiers>(w); }
bool is_simple_role_word(std::string_view w) { return in_table<rules::kRoleWords>(strip_dot(w)); }
bool is_institution_word(std::string_view w) {
  return in_table<rules::kInstitutionWords>(strip_dot(w));
}
bool is_speaker_pronoun(std::string_view w) { return in_table<rules::kSpeakerPronouns>(w); }
bool is_determiner(std::string_view w) { return in_table<rules::kDeterminers>(w); }
bool is_name_connector(std::string_view w) { return in_table<rules::kNameConnectors>(w); }
bool is_not_name(std::string_view w) { return in_table<rules::kNotNames>(strip_dot(w)); }
uint32_t speaker_word_classes(std::string_view w) {
  const std::string_view key = strip_dot(w);
  const ClassedWord* e = speaker_word_index().index().find(key);
  return e ? e->classes & (key.size() == w.size() ? ~0u : speaker_class::kDotStripped) : 0;
}
#else
namespace word_tables {
constinit const Lexicon<WordRule> cue_verbs = detail::compiled_lexicon<rules::kCueVerbs>();
constinit const Lexicon<WordRule> adjunct_openers = detail::compiled_lexicon<rules::kAdjunctOpeners>();
constinit const Lexicon<WordRule> cue_modifiers = detail::compiled_lexicon<rules::kCueModifiers>();
constinit const Lexicon<WordRule> role_words = detail::compiled_lexicon<rules::kRoleWords>();
constinit const Lexicon<WordRule> institution_words = detail::compiled_lexicon<rules::kInstitutionWords>();
constinit const Lexicon<WordRule> speaker_pronouns = detail::compiled_lexicon<rules::kSpeakerPronouns>();
constinit const Lexicon<WordRule> determiners = detail::compiled_lexicon<rules::kDeterminers>();
constinit const Lexicon<WordRule> name_connectors = detail::compiled_lexicon<rules::kNameConnectors>();
constinit const Lexicon<WordRule> not_names = detail::compiled_lexicon<rules::kNotNames>();
constinit const Lexicon<ClassedWord> speaker_words = detail::compiled_lexicon<kClassedList<add_speaker_words>>();
}  // namespace word_tables
#endif  // __wasm__
bool is_headline_kicker(std::string_view w) { return in_table<rules::kHeadlineKickers>(w); }
bool is_speech_setting(std::string_view w) { return in_table<rules::kSpeechSettings>(w); }
bool is_issued_document(std::string_view w) { return in_table<rules::kIssuedDocuments>(w); }
bool is_noun_like_cue(std::string_view w) { return in_table<rules::kNounLikeCues>(w); }
bool is_plain_speech_verb(std::string_view w) { return in_table<rules::kPlainSpeechVerbs>(w); }
bool is_quoting_verb(std::string_view w) { return in_table<rules::kQuotingVerbs>(w); }
bool is_that_cue(std::string_view w) { return in_table<rules::kThatCues>(w); }
bool is_infinitive_cue(std::string_view w) { return in_table<rules::kInfinitiveCues>(w); }
bool is_listener_cue(std::string_view w) { return in_table<rules::kListenerCues>(w); }
bool is_attribution_dash(std::string_view w) { return in_table<rules::kAttributionDashes>(w); }
bool is_evidence_source(std::string_view w) { return in_table<rules::kEvidenceSources>(w); }
bool is_not_complement_as(std::string_view w) { return in_table<rules::kNotComplementAs>(w); }
bool is_subordinator(std::string_view w) { return in_table<rules::kSubordinators>(w); }
bool is_contrast_conjunction(std::string_view w) { return in_table<rules::kContrastConjunctions>(w); }
bool is_time_unit(std::string_view w) { return in_table<rules::kTimeUnits>(w); }
bool is_finding_source(std::string_view w) { return in_table<rules::kFindingSources>(w); }
bool is_question_cue(std::string_view w) { return in_table<rules::kQuestionCues>(w); }
bool is_question_opener(std::string_view w) { return in_table<rules::kQuestionOpeners>(w); }
bool is_speech_act_verb(std::string_view w) { return in_table<rules::kSpeechActVerbs>(w); }
bool is_naming_verb(std::string_view w) { return in_table<rules::kNamingVerbs>(w); }
bool is_judgement_word(std::string_view w) { return in_table<rules::kJudgementWords>(w); }
bool is_time_adjunct_opener(std::string_view w) { return in_table<rules::kTimeAdjunctOpeners>(w); }
bool is_passive_auxiliary(std::string_view w) { return in_table<rules::kPassiveAuxiliaries>(w); }
bool is_relative_clause_verb(std::string_view w) { return in_table<rules::kRelativeClauseVerbs>(w); }
bool is_made_statement(std::string_view w) { return in_table<rules::kMadeStatements>(w); }
bool is_cue_particle(std::string_view w) { return in_table<rules::kCueParticles>(w); }
bool is_statement_noun(std::string_view w) { return in_table<rules::kStatementNouns>(w); }
bool is_continuation_verb(std::string_view w) { return in_table<rules::kContinuationVerbs>(w); }
bool is_wording_verb(std::string_view w) { return in_table<rules::kWordingVerbs>(w); }
// One probe: the full names have six letters or more, the abbreviations five or
// fewer (test_word_classes.cpp checks both tables).
bool is_weekday(std::string_view w) {
  w = strip_dot(w);
  return w.size() >= 6 ? in_table<rules::kWeekdays>(w) : in_table<rules::kWeekdayAbbreviations>(w);
}
bool is_part_of_day(std::string_view w) { return in_table<rules::kPartsOfDay>(w); }
bool is_not_participle(std::string_view w) { return in_table<rules::kNotParticiples>(w); }
// kRoleWords' Lexicon: natively word_tables' one, not a second copy of it.
const Lexicon<WordRule>& role_lexicon() {
#if defined(__wasm__)
  return lexicon<rules::kRoleWords>();
#else
  return word_tables::role_words;
#endif
}
bool is_role_word(std::string_view w) {
  w = strip_dot(w);
  if (role_lexicon().contains(w)) return true;
  // "secretary-general", "vice-president": every part a role word.
  size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  return role_lexicon().contains(w.substr(0, dash)) && is_role_word(w.substr(dash + 1));
}
bool is_personal_pronoun(std::string_view w) { return in_table<rules::kPersonalPronouns>(w); }
bool is_relative_pronoun(std::string_view w) { return in_table<rules::kRelativePronouns>(w); }
bool is_pronoun_quantifier(std::string_view w) { return in_table<rules::kPronounQuantifiers>(w); }
bool is_share_number(std::string_view w) { return in_table<rules::kShareNumbers>(w); }
bool is_share_unit(std::string_view w) { return in_table<rules::kShareUnits>(w); }
bool is_share_approximator(std::string_view w) { return in_table<rules::kShareApproximators>(w); }
bool is_irregular_past(std::string_view w) { return in_table<rules::kIrregularPastTenses>(w); }
bool is_place_preposition(std::string_view w) { return in_table<rules::kPlacePrepositions>(w); }
bool is_title_function_word(std::string_view w) { return in_table<rules::kTitleFunctionWords>(w); }
bool is_work_noun(std::string_view w) { return in_table<rules::kWorkNouns>(w); }
bool is_abbreviation(std::string_view w) { return in_table<rules::kDottedAbbreviations>(w); }
const char* hedge_id(std::string_view w) {
  if (auto* r = lexicon<rules::kHedgeWords>().find(w)) return r->id;
  if (auto* r = lexicon<rules::kHedgePhrases>().find(w)) return r->id;
  return nullptr;
}

namespace {

// Every entry of both hedge tables, and the first word of each.
[[gnu::noinline, gnu::cold]] const WordSet& hedge_words() {
  static const WordSet words([] {
    std::vector<std::string_view> out;
    auto add = [&](const auto& table) {
      for (const WordRule& r : table) {
        std::string_view text(r.text);
        out.push_back(text);
        out.push_back(text.substr(0, text.find(' ')));
      }
    };
    add(rules::kHedgeWords);
    add(rules::kHedgePhrases);
    return out;
  }());
  return words;
}

// First words of the hedge entries that contain a space, from both tables.
[[gnu::noinline, gnu::cold]] const WordSet& hedge_phrase_starts() {
  static const WordSet first([] {
    std::vector<std::string_view> words;
    auto add = [&](const auto& table) {
      for (const WordRule& r : table) {
        std::string_view text(r.text);
        size_t space = text.find(' ');
        if (space != std::string_view::npos) words.push_back(text.substr(0, space));
      }
    };
    add(rules::kHedgeWords);
    add(rules::kHedgePhrases);
    return words;
  }());
  return first;
}

}  // namespace

const WordSet& hedge_words_and_starts() { return built_once<WordSet, hedge_words>(); }
bool may_start_hedge_phrase(std::string_view w) { return built_contains<WordSet, hedge_phrase_starts>(w); }

}  // namespace claimscope
