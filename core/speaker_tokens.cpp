// Speaker grammar: the token tests its files and the attribution grammars share (name word,
// role, dash, cue, past tense, figure) and the opener of a fronted adverbial.
#include "speaker_phrases.h"

#include "speaker_phrases_detail.h"
#include "rules/speaker_words.h"
#include "utf8.h"
#include "word_shapes.h"

namespace claimscope {

using namespace speaker_detail;  // the helpers the speaker grammar's files share

bool is_name_word(const Token& t) {
  return t.word && t.capitalized && !is_not_name(t.lower) && !is_determiner(t.lower);
}
// A word without a hyphen is no compound: one lookup, no search for a '-'.
bool is_role_token(const Token& t) { return t.word && (t.hyphenated ? is_role_word(t.lower) : is_simple_role_word(t.lower)); }
bool is_institution_token(const Token& t) { return t.word && is_institution_word(t.lower); }
bool is_cue_token(const Token& t) { return t.word && !t.capitalized && is_cue_verb(t.lower); }

// Pronouns are ASCII and short: "they" + an apostrophe (up to 3 bytes) + "re" is the longest.
constexpr size_t kMaxContractedPronounBytes = 9;
// "yesterday" + an apostrophe (up to 3 bytes) + "ll": the longest kNotNames word read with a
// contraction is shorter.
constexpr size_t kMaxContractedWordBytes = 14;

namespace {

// The letters before a verb contracted onto a word ("he’s": 2, "who'd": 3), the letters after
// its apostrophe a kPronounVerbContractions row; else 0. The three tests below differ only in
// which words those letters may be.
size_t contraction_stem(const Token& t, size_t max_bytes) {
  if (!t.word || t.lower.size() < 3 || t.lower.size() > max_bytes) return 0;
  const std::string_view w = t.lower;
  size_t n = 0;
  while (n < w.size() && w[n] >= 'a' && w[n] <= 'z') ++n;
  if (n == 0 || n == w.size()) return 0;
  const utf8::Decoded d = utf8::decode(w, n);
  if (!utf8::is_apostrophe(d.cp)) return 0;
  return in_table<rules::kPronounVerbContractions>(w.substr(n + d.len)) ? n : 0;
}

}  // namespace

size_t contracted_pronoun_length(const Token& t) {
  const size_t n = contraction_stem(t, kMaxContractedPronounBytes);
  // Not "it’s": mostly impersonal.
  return n && in_table<rules::kContractedSubjectPronouns>(std::string_view(t.lower).substr(0, n)) ? n : 0;
}

// "It’s", "You’ve", "That's": a word no name is made of (kNotNames) with a verb contracted
// onto it (kPronounVerbContractions). The mention grammar reads it as a capitalised name
// ("It’s said that …" made a speaker named "It’s"); set_mention reads it again. Possessives
// ("Beck’s") are no such word: "beck" is in no kNotNames row.
size_t contracted_stem_length(const Token& t) {
  const size_t n = contraction_stem(t, kMaxContractedWordBytes);
  return n && is_not_name(std::string_view(t.lower).substr(0, n)) ? n : 0;
}

// "Ruiz, who’s been pushing for …": the relative clause's subject is the pronoun, the
// contraction its auxiliary; read like "who has been pushing". "Who’s" opens a question.
size_t contracted_relative_length(const Token& t) {
  const size_t n = t.capitalized ? 0 : contraction_stem(t, kMaxContractedWordBytes);
  return n && in_table<rules::kRelativePronouns>(std::string_view(t.lower).substr(0, n)) ? n : 0;
}

namespace speaker_detail {

// A sentence-opening preposition ("In", "Amid") or participle ("Speaking"):
// what follows up to the comma is an adverbial, not the subject.
bool opens_adverbial(const Token& t) {
  if (!t.word) return false;
  if (is_adjunct_opener(t.lower) || t.lower == "amid" || t.lower == "despite" || t.lower == "following") return true;
  if (t.capitalized && in_table<rules::kFrontedPrepositions>(t.lower)) return true;  // "Outside the arena, …"
  std::string_view w = t.lower;
  return t.capitalized && w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0 && !is_not_participle(w);
}

}  // namespace speaker_detail

bool is_past_tense_verb(const Token& t) {
  if (!t.word || t.capitalized) return false;
  std::string_view w = t.lower;
  return has_ed_ending(w) || is_irregular_past(w);
}

bool is_number_token(const Token& t) {
  return t.word && (utf8::is_digit(t.first) || is_share_number(t.lower));
}

}  // namespace claimscope
