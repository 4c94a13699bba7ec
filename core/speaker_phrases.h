// Speaker mentions next to a cue verb: a small phrase grammar over tokens.
//
// A mention is a pronoun ("he"), a name with its titles ("Port Authority
// Director General Maria Lopez", "Norway's ambassador to Ireland"), a description
// opened by a determiner ("a senior regional harbour official") or an
// institution ("the ministry", "state media"). Mention spans keep titles and
// determiners; the person's name is derived from the mention (speakers.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "tokens.h"

namespace claimscope {

struct MentionRange {
  // Token indexes of one paragraph, inclusive. 32 bits: every reported clause
  // holds one, and a huge paragraph holds a clause per cue (64-byte clauses
  // with size_t indexes, 40 with these).
  uint32_t first = 0;
  uint32_t last = 0;
  uint32_t core_last = 0;  // last token of the name itself, before an appositive or parenthesis
  bool pronoun = false;

  MentionRange() = default;
  MentionRange(size_t first_, size_t last_, bool pronoun_, size_t core_last_)
      : first(uint32_t(first_)), last(uint32_t(last_)), core_last(uint32_t(core_last_)), pronoun(pronoun_) {}
};

constexpr size_t kMaxConjuncts = 4;  // "Britain, France, Germany and Italy said"

/// The conjuncts of one mention, in text order: at most kMaxConjuncts, held in
/// place (most mentions have one, and the page asks for them on every claim).
class Conjuncts {
 public:
  size_t size() const { return count_; }
  const MentionRange& operator[](size_t i) const { return items_[i]; }
  MentionRange& back() { return items_[count_ - 1]; }
  void push_back(const MentionRange& m) { items_[count_++] = m; }

 private:
  MentionRange items_[kMaxConjuncts];
  size_t count_ = 0;
};

/// The speakers a mention names: the conjuncts of "the harbour board and
/// the city" or "Chile, Peru and Ecuador", else the mention itself. Names with
/// an inner "and" after a connector stay whole ("the Department of Roads
/// and Bridges"), and so does anything with a lower-case word in a
/// conjunct ("top county lawmakers and").
Conjuncts conjuncts(const std::vector<Token>& toks, const MentionRange& m);

/// The mention that ends at token `head` (the word just before a cue verb),
/// not reaching before token `lo`. Looks back at most a dozen tokens.
std::optional<MentionRange> mention_ending_at(const std::vector<Token>& toks, size_t head, size_t lo);

/// Like mention_ending_at, but when `head` is a comma, the mention is a name
/// followed by an appositive ("Joe Brandt, the attorney general of X,");
/// the mention then covers both.
std::optional<MentionRange> mention_with_appositive_ending_at(const std::vector<Token>& toks, size_t head,
                                                             size_t lo);

/// The subject of the cue verb at `cue`: the mention before it, skipping cue
/// modifiers ("has also said") and a coordinated verb ("laughed and said").
/// Coordinated names ("Chile and Peru warned") are one mention; see conjuncts().
std::optional<MentionRange> subject_of_cue(const std::vector<Token>& toks, size_t cue, size_t lo);

/// The subject of the clause that holds token `cue`: the leftmost mention in
/// the few dozen tokens before it that is followed by a lower-case verb
/// ("Later, Brandt attacked Ruiz …, saying …" -> "Brandt").
std::optional<MentionRange> clause_subject(const std::vector<Token>& toks, size_t cue, size_t lo);

/// The relative pronoun whose clause holds the cue at `cue` ("Tom thanked Ana Ruiz, who toured
/// the pier and said …" -> "who"); none when the clause closed before the cue or is an aside on
/// the sentence's subject. Part of clause_subject; asked first for a participle cue too.
std::optional<MentionRange> subject_in_relative_clause(const std::vector<Token>& toks, size_t cue, size_t lo);

/// The subject of a participle cue at `cue` set after "with" ("…, with Senator Ruiz saying …"):
/// the named mention between them, not the clause's subject. None otherwise.
std::optional<MentionRange> subject_after_with(const std::vector<Token>& toks, size_t cue, size_t lo);

/// For a cue verb that is never a noun ("said"): the short phrase right
/// before it, back to a comma, a relative pronoun, "that" or another cue,
/// when the mention grammar reads no subject ("Anti-war activists in both
/// parties said", "26 percent said", "voters who said" -> "who").
std::optional<MentionRange> loose_subject(const std::vector<Token>& toks, size_t cue, size_t lo);

/// "Two in three said", "47% say", "…, 33%, say", "with 30 percent of voters saying": a share
/// of people polled before the cue, opening its clause (at `lo`, after a comma, "and" or "with").
/// The share is the subject.
std::optional<MentionRange> share_subject(const std::vector<Token>& toks, size_t cue, size_t lo);

/// The mention that starts at token `start` (just after "said" or
/// "according to"), not reaching `hi` or beyond. Looks ahead a dozen tokens.
std::optional<MentionRange> mention_starting_at(const std::vector<Token>& toks, size_t start, size_t hi);

/// "council member Tom Beck", "KBC moderator Tom Beck": the mention `m`, read after a cue or a
/// quotation, ends at a role or institution (or, with `after_cue`, at a name: an acronym)
/// before a lower-case role noun no table knows; the mention then runs on to the name after it.
std::optional<MentionRange> with_role_and_name(const std::vector<Token>& t, std::optional<MentionRange> m,
                                               bool after_cue);

/// Whether a mention a cue grammar found stops inside a phrase, so it cannot be who speaks:
/// a description of two words or more whose last word is a determiner ("The most",
/// "Clinton's lawyers looked through the"), a preposition ("her agenda around"), an
/// auxiliary or adverb of the cue's ("he sometimes", "we are now being": kCueModifiers,
/// kModifierOnlyWords) or a modifier that heads no phrase ("her own", "a few"). Names,
/// pronouns, one-word mentions ("Many said") and descriptions with a relative clause are
/// never fragments.
bool is_fragment_mention(const std::vector<Token>& toks, const MentionRange& m);

/// The words a fragment (is_fragment_mention) opens with, up to its first verb, auxiliary,
/// preposition or later determiner ("Her lawyers looked through the" -> "Her lawyers",
/// "allies have in the past" -> "allies"), when they make a whole mention; none when
/// nothing is cut or what is left is a fragment too ("her own", "a").
std::optional<MentionRange> fragment_lead(const std::vector<Token>& toks, const MentionRange& m);

/// Token helpers shared by the attribution grammars.
bool is_name_word(const Token& t);     // capitalised word that can be part of a name
bool is_role_token(const Token& t);    // title or role noun
bool is_institution_token(const Token& t);
/// "He’s", "they'd", "we’ll": a subject pronoun with a verb contracted onto it
/// (kPronounVerbContractions; not "it’s", mostly impersonal). The pronoun's length in bytes
/// (2 for "He’s"): a mention of it is the pronoun alone. 0 for any other token.
size_t contracted_pronoun_length(const Token& t);
/// "It’s", "You’ve", "That's": a kNotNames word with a verb contracted onto it
/// (kPronounVerbContractions): the word's length in bytes (2 for "It’s"), else 0.
size_t contracted_stem_length(const Token& t);
/// "who’s", "who'd", "who’ve": a lower-case relative pronoun (kRelativePronouns) with a verb
/// contracted onto it (kPronounVerbContractions): the pronoun's length in bytes (3), else 0.
/// "Who’s" (capitalised) opens a question, not a relative clause.
size_t contracted_relative_length(const Token& t);
/// Inline (with is_dash): a test of two fields, asked in loops by every grammar file; a call
/// across files cost more than the test (the split of speaker_phrases.cpp lost its inlining).
inline bool is_punct(const Token& t, char32_t cp) { return !t.word && t.first == cp; }
// A hyphen inside a word is part of the word token; these stand between words.
inline bool is_dash(const Token& t) {  // "—", "–", "―" between words
  return !t.word && (t.first == 0x2014 || t.first == 0x2013 || t.first == 0x2015);
}
/// "happily", "forcefully": a lower-case manner adverb (before a cue, or opening a clause).
inline bool is_ly_adverb(const Token& t) {
  return t.word && !t.capitalized && t.lower.size() > 5 && t.lower.compare(t.lower.size() - 2, 2, "ly") == 0;
}
/// A cue verb as used in running text: lower case ("States" in "United States" is a name).
bool is_cue_token(const Token& t);
/// A figure: digits or a number word ("two" in "two in three said", "half").
/// "made", "cast", "ranked": a lower-case past-tense form, from its -ed ending or the
/// table of common irregular verbs.
bool is_past_tense_verb(const Token& t);
bool is_number_token(const Token& t);
/// "more than" in "more than 4 in 10 voters say": approximator words before a share's figure.
constexpr size_t kMaxShareApproximators = 2;
/// One reading of a share's approximators for both directions (kShareApproximators, any case:
/// "Nearly half said" opens a sentence): the first of those right before `figure` (at most
/// kMaxShareApproximators, not before `lo`), and the first token after those that start at `from`.
size_t share_approximators_before(const std::vector<Token>& toks, size_t figure, size_t lo);
size_t share_approximators_after(const std::vector<Token>& toks, size_t from, size_t end);

}  // namespace claimscope
