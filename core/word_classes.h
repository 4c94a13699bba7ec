// Table lookups used by the attribution grammars. Each function asks one
// rule table (core/rules/) about a lower-cased word.
#pragma once

#include <cstdint>
#include <string_view>

#if !defined(__wasm__)
#include "lexicon.h"
#endif

namespace claimscope {

class WordSet;

bool is_headline_kicker(std::string_view lower);   // "breaking" in "Breaking: …"
bool is_speech_setting(std::string_view lower);    // "interview" in "In an interview with …, X said, …"
bool is_issued_document(std::string_view lower);    // "statement" in "X released a statement calling …"
bool is_noun_like_cue(std::string_view lower);      // "comment": also a noun, needs a subject that can speak
bool is_plain_speech_verb(std::string_view lower);  // "said": never a noun, so any phrase before it speaks
bool is_quoting_verb(std::string_view lower);     // "called" … “a disaster”
bool is_infinitive_cue(std::string_view lower);   // "vowed" in "vowed to …"
bool is_that_cue(std::string_view lower);          // "found" only in "found that …"
bool is_listener_cue(std::string_view lower);     // "told" (reporters) that ...
bool is_attribution_dash(std::string_view text);  // “…” ― Name
bool is_speech_act_verb(std::string_view lower);  // "accused": reports its object even without quotes
bool is_naming_verb(std::string_view lower);      // "called": "called the plan a disaster" unquoted
bool is_judgement_word(std::string_view lower);   // "wrong": "called the report wrong" unquoted
bool is_time_adjunct_opener(std::string_view lower);  // "last": "said last week she …"
bool is_passive_auxiliary(std::string_view lower);    // "been": "has been called a fraud"
bool is_relative_clause_verb(std::string_view lower);  // "was" in "the meeting that was held"
bool is_made_statement(std::string_view lower);   // "it clear", "the case": made as a statement
bool is_cue_particle(std::string_view lower);     // "out" in "pointed out that"
bool is_statement_noun(std::string_view lower);   // "claim" in "Ruiz's claim that …"
bool is_continuation_verb(std::string_view lower);  // "went" in "went on to say"
bool is_wording_verb(std::string_view lower);       // "put" in "as Ruiz put it"
bool is_evidence_source(std::string_view lower);  // "poll" in "a new poll shows …"
bool is_not_complement_as(std::string_view lower);  // "much" in "as much as": no view complement
bool is_subordinator(std::string_view lower);    // "when" opening "When X said Y, Z …"
bool is_contrast_conjunction(std::string_view lower);  // "but" in "said X, but the board …"
bool is_time_unit(std::string_view lower);       // "day" in ", a day after …"
bool is_finding_source(std::string_view lower);   // "poll" in "In a new poll, …"
bool is_question_cue(std::string_view lower);     // "asked" in "Asked whether …, X said"
bool is_question_opener(std::string_view lower);  // "whether" in "asked whether …"
bool is_weekday(std::string_view lower);          // "friday": an adjunct after a cue ("said Friday")
bool is_part_of_day(std::string_view lower);      // "morning" in "said Thursday morning"
bool is_not_participle(std::string_view lower);   // "during", "morning": -ing words that open no participle clause
bool is_role_word(std::string_view lower);        // "spokesman", "secretary"
bool is_personal_pronoun(std::string_view lower);  // "he", "she", "i": a person speaks
bool is_place_preposition(std::string_view lower);  // "near" in "residents living near the plant"
bool is_title_function_word(std::string_view lower);  // "of", "the" in “The Art of the Deal”
bool is_work_noun(std::string_view lower);            // "book" in his book “…”: a title follows
bool is_abbreviation(std::string_view lower);     // "mr", "gen": keep their dot
bool is_relative_pronoun(std::string_view lower);   // "who", "which"
bool is_pronoun_quantifier(std::string_view lower); // "another" in "Another said …"
bool is_share_number(std::string_view lower);     // "two" in "two in three said"
bool is_share_unit(std::string_view lower);       // "percent" in "26 percent said"
bool is_share_approximator(std::string_view lower);  // "nearly" in "nearly 40 percent said"
bool is_irregular_past(std::string_view lower);     // "made", "took"
// "the", "a", "an": opens a noun phrase (three words: compared, not looked up).
inline bool is_article(std::string_view lower) { return lower == "the" || lower == "a" || lower == "an"; }

// The lookups asked most often (tens of thousands of times per MB of news,
// from the speaker and cue grammars). In WebAssembly they are functions of
// word_classes.cpp like the rest (the page's bytes). Natively they are
// inline at every caller: out of line, each cost a call and a frame around
// a mask test of ~15 instructions, and all callers of one shared the test's
// branch, so the predictor lost what each call site had learned (a site that
// asks only capitalised words, another only lower-case ones).
#if defined(__wasm__)
bool is_cue_verb(std::string_view lower);
bool is_ing(std::string_view lower);  // "marching", "saying": an -ing form of five letters or more
bool is_adjunct_opener(std::string_view lower);    // "on" in "said on Tuesday"
bool is_cue_modifier(std::string_view lower);     // "has", "also" between subject and cue
bool is_simple_role_word(std::string_view lower); // is_role_word for a word with no '-' in it: one lookup
bool is_institution_word(std::string_view lower); // "kremlin", "ministry"
bool is_speaker_pronoun(std::string_view lower);  // "he", "they"
bool is_determiner(std::string_view lower);       // "a", "the", "another"
bool is_name_connector(std::string_view lower);   // "of" in "Secretary of State"
bool is_not_name(std::string_view lower);         // "But", "Tuesday"
#else
// Each table's Lexicon, made at compile time (lexicon.h's compiled_lexicon) and
// defined once, in word_classes.cpp: the lookups reach it at a constant address,
// as in_table does, with no cached pointer to load and test first (declared here,
// the inline lookups need no rules header).
namespace word_tables {
extern const Lexicon<WordRule> cue_verbs;
extern const Lexicon<WordRule> adjunct_openers;
extern const Lexicon<WordRule> cue_modifiers;
extern const Lexicon<WordRule> role_words;
extern const Lexicon<WordRule> institution_words;
extern const Lexicon<WordRule> speaker_pronouns;
extern const Lexicon<WordRule> determiners;
extern const Lexicon<WordRule> name_connectors;
extern const Lexicon<WordRule> not_names;
// A trailing dot ("gen.", "u.s.") is not part of the table key. A select,
// not a branch: one less for the predictor at every inlined call site.
[[gnu::always_inline]] inline std::string_view strip_dot(std::string_view w) {
  const char* last = w.size() > 1 ? w.data() + w.size() - 1 : "";
  return std::string_view(w.data(), w.size() - size_t(*last == '.'));
}
}  // namespace word_tables

// Without a branch: whether a word is long and ends in "ing" is the text's
// coin toss (two branches here mispredicted about one call in two).
inline bool is_ing(std::string_view w) {
  const char* end = w.size() > 4 ? w.data() + w.size() - 3 : "   ";
  return ((end[0] ^ 'i') | (end[1] ^ 'n') | (end[2] ^ 'g')) == 0;
}
inline bool is_cue_verb(std::string_view w) { return word_tables::cue_verbs.contains(w); }
inline bool is_adjunct_opener(std::string_view w) { return word_tables::adjunct_openers.contains(w); }
inline bool is_cue_modifier(std::string_view w) { return word_tables::cue_modifiers.contains(w); }
inline bool is_simple_role_word(std::string_view w) { return word_tables::role_words.contains(word_tables::strip_dot(w)); }
inline bool is_institution_word(std::string_view w) { return word_tables::institution_words.contains(word_tables::strip_dot(w)); }
inline bool is_speaker_pronoun(std::string_view w) { return word_tables::speaker_pronouns.contains(w); }
inline bool is_determiner(std::string_view w) { return word_tables::determiners.contains(w); }
inline bool is_name_connector(std::string_view w) { return word_tables::name_connectors.contains(w); }
inline bool is_not_name(std::string_view w) { return word_tables::not_names.contains(word_tables::strip_dot(w)); }
#endif  // __wasm__
/// A word of a rule table and a bit for every table that lists it (speech_class,
/// speaker_class).
struct ClassedWord {
  const char* text;
  uint32_t classes;
};
/// The classes of a word of the speaker grammar (speaker_phrases.cpp), one bit per rule
/// table, so that a caller asking several of these tables about one token probes once
/// (speaker_word_classes).
namespace speaker_class {
enum : uint32_t {
  not_name = 1u << 0,         // kNotNames (is_not_name)
  determiner = 1u << 1,       // kDeterminers
  role = 1u << 2,             // kRoleWords (is_simple_role_word)
  institution = 1u << 3,      // kInstitutionWords
  speaker_pronoun = 1u << 4,  // kSpeakerPronouns
  cue_verb = 1u << 5,         // kCueVerbs
  cue_modifier = 1u << 6,     // kCueModifiers
  name_connector = 1u << 7,   // kNameConnectors
  adjunct_opener = 1u << 8,   // kAdjunctOpeners
};
/// The tables whose lookups drop a trailing dot ("gen.", "u.s."); no table above lists a
/// word that ends in one, so a dotted word is in the others' tables never.
constexpr uint32_t kDotStripped = not_name | role | institution;
}  // namespace speaker_class
#if defined(__wasm__)
/// The speaker_class bits of `lower`: each bit the answer of that table's lookup above.
uint32_t speaker_word_classes(std::string_view lower);
#else
namespace word_tables {
extern const Lexicon<ClassedWord> speaker_words;  // the speaker_class tables joined (word_classes.cpp)
}  // namespace word_tables
/// The speaker_class bits of `lower`: each bit the answer of that table's lookup above.
[[gnu::always_inline]] inline uint32_t speaker_word_classes(std::string_view w) {
  const std::string_view key = word_tables::strip_dot(w);
  const uint32_t kept = key.size() == w.size() ? ~0u : speaker_class::kDotStripped;
  // A probe without the masks' test: the nine tables' joined masks let most words through,
  // and whether they did was a coin toss. A miss reads a zero entry (a select, no branch).
  static constexpr ClassedWord kNone{"", 0};
  const ClassedWord* e = word_tables::speaker_words.probe(key);
  return (e ? e : &kNone)->classes & kept;
}
#endif  // __wasm__
/// The classes of a word of the reported-speech pass, one bit per rule table
/// (core/rules/cues.h), so that a caller asking several tables about one word
/// probes once (speech_word_classes).
namespace speech_class {
enum : uint32_t {
  cue_verb = 1u << 0,        // kCueVerbs
  that_cue = 1u << 1,        // kThatCues
  infinitive = 1u << 2,      // kInfinitiveCues
  sourceless = 1u << 3,      // kSourcelessCues
  quoting = 1u << 4,         // kQuotingVerbs
  for_cue = 1u << 5,         // kForCues
  stance = 1u << 6,          // kStanceVerbs
  view = 1u << 7,            // kViewVerbs
  make = 1u << 8,            // kMakeVerbs
  statement_noun = 1u << 9,  // kStatementNouns
  hearsay = 1u << 10,        // kHearsayAdverbs
  topic = 1u << 11,          // kTopicCues
  reference = 1u << 12,      // kReferenceCues
  according = 1u << 13,      // "according" (to)
  object_stance = 1u << 14,  // kObjectStanceVerbs
  question = 1u << 15,       // kQuestionCues, set only on a word with one of the bits above
  // Tables cue_verb asks about its own cue word, set (as question) only on a word with a bit above.
  particle = 1u << 16,        // kParticleCues ("pointed" needs "out")
  evidence_source = 1u << 17, // kEvidenceSources ("report", also a cue verb)
  plain_speech = 1u << 18,    // kPlainSpeechVerbs ("said")
  noun_like = 1u << 19,       // kNounLikeCues ("comment")
};
/// The tables may_start_speech_cue stands for.
constexpr uint32_t kStartsCue =
    cue_verb | that_cue | infinitive | sourceless | quoting | for_cue | stance | view | make | statement_noun | hearsay;
/// The tables may_open_reported_speech stands for.
constexpr uint32_t kOpens = kStartsCue | topic | reference | according | object_stance;
}  // namespace speech_class
/// The speech_class bits of `lower`: 0 for a word in none of the kOpens tables (a word
/// only in kQuestionCues included).
uint32_t speech_word_classes(std::string_view lower);
/// speech_word_classes for a word that passed reported_speech_screen() (the screen's
/// test is not made again).
uint32_t screened_speech_word_classes(std::string_view lower);
/// True when `lower` is in any table that can start a reported-speech cue
/// (cue verbs, "that" cues, infinitive, sourceless, quoting, "for" cues and
/// stance verbs):
/// one lookup instead of one per table, so the reported-speech pass can pass
/// over the words that start nothing (most words of a sentence).
bool may_start_speech_cue(std::string_view lower);
/// may_start_speech_cue, or a topic or reference verb ("spoke about", "referring to"), or
/// "according": false for every word at which the reported-speech pass does nothing, so one
/// lookup passes over them before any test on the next word.
bool may_open_reported_speech(std::string_view lower);
class JointWordFilter;
/// may_open_reported_speech's first test alone (word_filter.h), for a caller that screens
/// every token of a paragraph without a branch per token: a word it rejects,
/// may_open_reported_speech rejects.
const JointWordFilter& reported_speech_screen();
/// Hedge cue id for a word or two-word phrase, or nullptr.
const char* hedge_id(std::string_view lower);
/// False when no hedge cue of several words starts with this word: lets the
/// hedge pass skip building "word next" pairs for most words.
bool may_start_hedge_phrase(std::string_view lower);
/// Every hedge cue of its own and the first word of every hedge phrase: a word
/// not in it is no hedge, one lookup that lets the hedge pass (which joins it
/// to its own first test) skip most words outright.
const WordSet& hedge_words_and_starts();

}  // namespace claimscope
