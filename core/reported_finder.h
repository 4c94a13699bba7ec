// Internal to reported speech (core/reported_*.cpp): the Finder class, which reads one
// paragraph for reported clauses, its limits and its small shared helpers. Not included
// outside those files.
#pragma once

#include "reported_speech.h"

#include <algorithm>
#include <cstdint>

#include "line_markers.h"
#include "quote_cues.h"
#include "quote_marks.h"
#include "reported_rare.h"
#include "rules/cues.h"
#include "sentence_end.h"
#include "utf8.h"
#include "word_classes.h"
#include "word_filter.h"
#include "word_shapes.h"

namespace claimscope::reported_detail {

constexpr size_t kMaxProgressiveModifiers = 3;  // "he’s also not yet saying"
constexpr size_t kMaxEarlierCue = 12;  // "X said in a statement on Friday, adding …"
constexpr size_t kThatWindow = 6;      // "said on Tuesday evening that"
constexpr size_t kThatWindowAfterPreposition = 10;  // "said during a rally in Port Alma on Friday that"
constexpr size_t kListenerThatWindow = 14;  // "told local radio host Dan Pike on Wednesday that"
constexpr size_t kMinContentWords = 3;
constexpr size_t kMinInfinitiveWords = 2;  // "declined to comment", "vowed to stay"
constexpr size_t kMaxTailTokens = 4;   // "Y, X said on Tuesday."
constexpr size_t kMaxAdjunctTokens = 8;  // "said Friday afternoon at a news conference,"
// Tokens a content's end is looked for: news sentences are far shorter (a long one has 60–80).
// (512 until the thirtieth round: in a paste with a cue every two words each cue read 512
// tokens, 12x the cost of ordinary text.)
constexpr size_t kMaxContentScan = 128;
// Tokens before a trailing "according to X" searched for Y's last comma or colon: Y's last
// clause (", with 56 percent of voters viewing him positively,") is a few dozen words at most.
// Bounded: asked at every "according to" of a sentence, it must not read back to its start.
constexpr size_t kMaxSourcedPartScan = 64;
// Tokens before "Y"'s end in which a quotation closing on its comma and its speaker's phrase are
// looked for ("“…,” Scott Pruitt, the state's attorney general, said"): a mention with two
// appositives is well within it.
constexpr size_t kMaxAttributedSpeaker = 64;
constexpr size_t kMaxClauseVerbWords = 12;  // "the [new harbour master from the north shore] would …": a clause's verb
constexpr size_t kMaxFinalAdjunctTokens = 12;  // "said on Friday in a radio interview with the Harbour Gazette."
constexpr size_t kMaxShortAdverbialWords = 6;  // "In a statement released on Thursday,"
constexpr size_t kMaxSourceTokens = 25;  // "according to early counts of harbour traffic compiled for …"
constexpr size_t kMaxHeadlineTokens = 16;
constexpr size_t kMaxTitleLineTokens = 24;  // "Ann Lee: Ferry tolls will stay, pier to reopen in the spring."
constexpr size_t kMaxLabelWords = 4;  // "Rep. Ann Lee:" before a headline's colon
constexpr size_t kMaxAgentAdjunctTokens = 3;  // "…, first reported by the Gazette on Tuesday, …"
constexpr size_t kMinTitleWords = 3;  // 'Ruiz Says Toll Stays.'
constexpr size_t kMaxQuestionGap = 6;  // "asked [by a reporter on Monday] whether"
constexpr size_t kMaxSettingWords = 4;  // "on his weekly radio show"
constexpr size_t kMaxQuotedTitleWords = 6;  // "told “Good Morning Harbour Town”"
constexpr size_t kMaxPassiveAgentWords = 8;  // "by many Wall Street players for …"
constexpr size_t kMaxPlainListenerWords = 3;  // "urged local boat owners to"
constexpr size_t kMaxQuotingGap = 12;  // "called [the new harbour parking rules a] “total mess”"
constexpr size_t kMaxDescriptionWords = 18;  // ", speaking on the condition that she not be named because …,"
constexpr size_t kMaxPlainDescriptionWords = 8;  // "released late on Monday by the port authority"
constexpr size_t kMaxAsideTokens = 40;  // ", a former captain who ran the harbour for a decade and later …,"
constexpr size_t kMaxInfinitiveSubjectWords = 4;  // "…, aides said, for [the harbour board] to buy …"
constexpr size_t kMaxStateDegreeWords = 3;  // "are [now far more] confident"
constexpr size_t kMaxRelativeGap = 4;  // ", who [has also] endorsed", ", which [on Tuesday] backed"

struct Sentence {
  size_t lo, hi;  // tokens [lo, hi)
  size_t end;     // hi without the final . ! ?
};

// "seem(s/ed)", "appear(s/ed)": the verbs of appearance of the hedge table (rules/hedges.h),
// read from it so the two rules share one list. Before "to" and a cue verb they are part of
// the cue: "She appeared to concede that …" ("appeared to be tired" has no cue verb).
inline bool is_seem_verb(std::string_view w) {
  const char* id = hedge_id(w);
  if (!id) return false;
  const std::string_view sv(id);
  return sv == "hedge.verb.seem" || sv == "hedge.verb.appear";
}

constexpr size_t kMaxFrontedClause = 30;  // "When the mayor told the harbour board on Friday that …,"
constexpr size_t kListItemWords = 4;  // ", a bridge and a tunnel": a list, not a gloss
constexpr size_t kMaxStanceWords = 2;  // "the opposite"
constexpr size_t kComparisonFigureWords = 3;  // "compared with [just about] 25%"

inline bool starts_with_preposition(const Token& t) { return t.word && is_adjunct_opener(t.lower); }

// The first word after a cue may open a time or place adjunct ("said on
// Tuesday", "said yesterday"); a subject pronoun opens the content instead,
// however short ("said they backed him", "said she liked that plan").
// `preposition`: starts_with_preposition(t), for a caller that has it already.
inline bool may_open_adjunct(const Token& t, bool preposition) {
  return t.word && (preposition || is_not_name(t.lower)) && !is_speaker_pronoun(t.lower);
}
inline bool may_open_adjunct(const Token& t) { return may_open_adjunct(t, starts_with_preposition(t)); }

// Two clauses of one speaker: the same mention, token for token.
inline bool same_mention(const std::optional<MentionRange>& a, const MentionRange& b) {
  return a && a->first == b.first && a->last == b.last;
}

inline bool is_participle_cue(const Token& t) {
  std::string_view w = t.lower;
  return is_ing(w) && is_cue_token(t);
}

// "that" of "that’s", "who" of "who'd": the word before its first apostrophe (the whole
// word without one).
inline std::string_view before_apostrophe(std::string_view w) {
  for (size_t i = 0; i < w.size();) {
    const utf8::Decoded d = utf8::decode(w, i);
    if (utf8::is_apostrophe(d.cp)) return w.substr(0, i);
    i += d.len;
  }
  return w;
}

// A subject pronoun, also contracted with its verb: "he", "she’s", "they'd", "we’ll".
inline bool is_subject_pronoun(std::string_view w) { return is_speaker_pronoun(before_apostrophe(w)); }

inline bool opens_quote(const Token& t) {
  if (t.word) return false;
  MarkInfo m = classify_mark(t.first);
  return m.is_mark && m.role != MarkRole::closes;
}

// The clause [a, b) is one direct quotation (with its marks).
// Not inlined: the wasm build copied it (with opens_quote's mark lookup) into each caller once
// the split made it an external inline function (page module -229 bytes of gzip, bench/speed-notes.md,
// bytes107); asked once per quoting verb and per emitted clause, a call costs nothing measurable.
[[gnu::noinline]] inline bool is_single_quote(const ParagraphView& v, size_t a, size_t b) {
  if (a >= b) return false;
  int32_t q = v.quote_of[a];
  return q != kNone && opens_quote(v.toks[a]) && v.quote_of[b - 1] == q;
}

// "his bridge comment was …": a cue that is also a noun speaks only for a
// pronoun, a name, a role or an institution.
inline bool can_speak_with(const std::vector<Token>& t, size_t cue, const MentionRange& m) {
  if (!is_noun_like_cue(t[cue].lower) || m.pronoun) return true;
  const Token& head = t[m.core_last];
  return is_name_word(head) || is_role_token(head) || is_institution_token(head);
}

inline Span span_of(const ParagraphView& v, size_t a, size_t b) { return {v.toks[a].span.start, v.toks[b - 1].span.end}; }

// "more than 4 in 10 voters under 30 say": words of a share before its speech verb.
constexpr size_t kMaxShareWords = 6;
// "as [one of] the mayor's advisers pointed out": words between "as" and the subject read.
constexpr size_t kMaxAsideLead = 4;
// "and local fishermen said": at most this many words before the verb.
constexpr size_t kMaxPluralSubjectWords = 2;
// "called the contempt vote and the summons a ploy": the longest object read before "a".
constexpr size_t kMaxNamedObject = 12;

// "told voters this weekend he …", "said last week she …": a time phrase, not content.
inline bool opens_time_adjunct(const Token& t) { return t.word && is_time_adjunct_opener(t.lower); }

class Finder {
 public:
  Finder(const ParagraphView& v, std::vector<ReportedClause>& out);
  bool title_case() const;
  void run();

  // False when sentence() would find nothing in tokens [lo, hi): no cue candidate in it
  // (most sentences), it is not a headline's first, and it does not open with "in" or "as"
  // (the only reports without a cue word). The candidates after it stay for the next sentence.
  bool may_report(size_t lo, size_t hi) const {
    return cues_[next_cue_] < hi || ((headline_ || title_line_) && lo == 0) || opens_with_in(lo) ||
           opens_with_as(lo);
  }
  // "As Ruiz put it, …": the verb of wording is no cue word (Finder::wording_opener).
  bool opens_with_as(size_t lo) const {
    return t_[lo].word && v_.quote_of[lo] == kNone && t_[lo].lower == "as";
  }
  bool opens_with_in(size_t lo) const {
    return t_[lo].word && v_.quote_of[lo] == kNone && t_[lo].lower == "in";
  }

 private:
  // Whether tokens [a, b) hold at least n words. Every reader asks about a few words
  // (at most kMaxShortAdverbialWords + 1), so counting from a to the n-th word is
  // short; a prefix count kept for every token of every paragraph cost more, as
  // most paragraphs report nothing.
  bool has_words(size_t a, size_t b, size_t n) const {
    for (size_t k = a; k < b && n > 0; ++k) n -= t_[k].word;
    return n == 0;
  }
  void emit(size_t a, size_t b, size_t cue_a, size_t cue_b, std::optional<MentionRange> m, bool cont = false,
            size_t min_words = kMinContentWords);
  size_t stance_object_end(const Sentence& s, size_t k) const;
  void emit_stance(size_t cue, size_t end, const MentionRange& m);
  void sentence(const Sentence& s);
  void headline_label(const Sentence& s);

  static bool opens_topic(const Token& t) { return t.word && (t.lower == "about" || t.lower == "of"); }
  bool topic_cue(const Sentence& s, size_t k, bool reference);
  bool stance_adjective(const Sentence& s, size_t k, size_t p);
  void in_document(const Sentence& s, size_t k);
  void view_verb(const Sentence& s, size_t k);
  bool asked_question(const Sentence& s, size_t k);
  bool infinitive(const Sentence& s, size_t k);
  bool readiness(const Sentence& s, size_t k);
  void thatless_clause(const Sentence& s, size_t k);
  bool opens_thatless_clause(const Sentence& s, size_t c) const;
  bool state_of_mind(const Sentence& s, size_t k);
  struct Linked {
    std::optional<MentionRange> subject;
    bool link = false, degrees = false;
  };
  Linked linked_subject(const Sentence& s, size_t k) const;
  std::optional<MentionRange> evidence_subject(const Sentence& s, size_t k) const;
  bool hearsay_adverb(const Sentence& s, size_t k);
  size_t subject_piece_start(const Sentence& s, size_t verb) const;
  bool sourceless(const Sentence& s, size_t k);
  std::optional<MentionRange> passive_agent(const Sentence& s, size_t k, size_t from, size_t* particle) const;
  bool owned_statement(const Sentence& s, size_t k);
  bool held_statement(const Sentence& s, size_t k);
  size_t fronted_statement_end(const Sentence& s, size_t k, size_t end) const;
  void made_statement(const Sentence& s, size_t k);
  bool object_stance(const Sentence& s, size_t k);
  std::optional<MentionRange> relative_clause_subject(const Sentence& s, size_t k) const;
  bool ends_in_relative_pronoun(const MentionRange& m) const;
  size_t relative_clause_end(size_t from, size_t end) const;
  bool can_hold_view(const MentionRange& m) const;
  size_t object_end(size_t from, size_t end, bool verdict_as = false) const;
  size_t speech_act_object_end(size_t from, size_t end) const;
  bool opens_clause_joint(size_t j, size_t end) const;
  void pointed_to(const Sentence& s, size_t k);
  void for_cue(const Sentence& s, size_t k);
  size_t closing_time_phrase(size_t from, size_t end) const;
  void quoting_verb(const Sentence& s, size_t k);
  bool noun_modifying_participle(const Sentence& s, size_t k) const;
  bool closes_on_comma(size_t first, size_t end) const;
  bool closes_own_sentence(size_t first, size_t end) const;
  bool opens_setting_phrase(size_t a, size_t b) const;
  bool trailing_setting(size_t a, size_t end) const;
  bool opens_next_clause(size_t a, size_t b) const;
  size_t named_complement_end(const Sentence& s, size_t k) const;
  void according_to(const Sentence& s, size_t k);
  bool as_reported_by(const Sentence& s, size_t k);
  void wording_opener(const Sentence& s);
  bool opens_words_aside_quote(size_t k, size_t end) const;
  bool reported_by_agent(const Sentence& s, size_t k);
  bool reported_by_agent_aside(const Sentence& s, size_t k, size_t comma);
  bool reported_subject_words(size_t from, size_t to) const;
  bool cue_between(size_t a, size_t b) const;
  size_t last_sourced_part(size_t from, size_t end) const;
  bool no_quote_between(size_t a, size_t b) const;
  void cue_verb(const Sentence& s, size_t k, uint32_t classes);
  bool infinitive_tail(const Sentence& s, size_t c) const;
  std::optional<MentionRange> described_subject(const Sentence& s, size_t verb) const;
  std::optional<MentionRange> aside_subject(const Sentence& s, size_t verb) const;
  static bool is_aside_mark(const Token& t) { return is_punct(t, ',') || is_dash(t); }
  // "2,400", "30,000": a comma that joins digit groups, with no space on either side, is part
  // of the figure; no clause or subject ends there (the tokens split it in three).
  bool digit_group_comma(size_t k) const {
    if (k == 0 || k + 1 >= t_.size() || !is_punct(t_[k], ',')) return false;
    const Token &before = t_[k - 1], &after = t_[k + 1];
    return before.word && after.word && before.span.end == t_[k].span.start && t_[k].span.end == after.span.start &&
           utf8::is_digit(static_cast<unsigned char>(before.lower.back())) && utf8::is_digit(after.first);
  }

  static bool is_coordinator(std::string_view w) { return w == "and" || w == "or" || w == "but"; }
  // An -ed, irregular past or -ing form: "released", "sent", "speaking".
  static bool is_participle_word(std::string_view w) { return has_ed_ending(w) || is_irregular_past(w) || is_ing(w); }
  std::optional<MentionRange> described_mention(const Sentence& s, size_t head, size_t end) const;
  bool closes_on_comma(const Sentence& s, size_t subject_first) const;
  bool continues_quoted_sentence(size_t c) const;

  // A subject that says no one spoke (kNegativeSubjects): "Nobody", "No one in the room", "None of them".
  bool denies_speech(const MentionRange& m) const {
    return word_or_two_in<rules::kNegativeSubjects>(m.first, m.last);
  }

  // The word at `a`, or the two words from it (when a + 1 <= last is a word), is an entry of Table.
  template <const auto& Table>
  bool word_or_two_in(size_t a, size_t last) const {
    if (in_table<Table>(t_[a].lower)) return true;
    if (a >= last || !t_[a + 1].word) return false;
    std::string two(t_[a].lower);
    two += ' ';
    two += t_[a + 1].lower;
    return in_table<Table>(two);
  }
  bool holds_modal(const MentionRange& m) const;
  bool opens_as_aside(const Sentence& s, size_t subject_first) const;
  bool relative_subject(const Sentence& s, const MentionRange& m) const;

  // Words that join a clause to what comes before it: "that", "who", "and", "because"
  // (kClauseLinks, kSubordinators).
  static bool is_clause_link(std::string_view w) {
    return in_table<rules::kClauseLinks>(w) || is_subordinator(w);
  }
  static bool opens_relative_clause(std::string_view w) {
    return in_table<rules::kRelativeClausePronouns>(w);
  }
  bool inside_relative_clause(const Sentence& s, const MentionRange& m) const;
  size_t comma_or(size_t from, size_t end) const;
  size_t that_after_parenthetical(const Sentence& s, size_t c) const;
  size_t after_colon_quote(size_t a, size_t b) const;
  bool names_setting(size_t a, size_t b) const;
  bool quote_attributed_inside(size_t a, size_t b) const;
  bool short_adverbial(size_t a, size_t b) const;
  bool opens_noun_phrase(size_t a) const;
  bool opens_claim_condition(size_t a, size_t b) const;
  bool only_connectives(size_t a, size_t b) const;
  std::optional<MentionRange> participle_subject(const Sentence& s, size_t k) const;
  std::optional<MentionRange> contracted_progressive_subject(const Sentence& s, size_t k) const;
  [[gnu::cold]] void opening_participle(const Sentence& s, size_t k, size_t c);
  std::optional<MentionRange> earlier_cue_subject(const Sentence& s, size_t k) const;
  bool introduces_source(size_t k, size_t end) const;
  bool opens_participle_clause(size_t k, size_t end) const;
  static bool may_end_clause_before(const Token& t, int32_t quote);
  bool ends_clause_before(size_t k, size_t end) const;
  bool opens_quoted_sentence(size_t k) const;
  [[gnu::cold]] bool that_clause_ends_before_quote(size_t from, size_t k) const;
  bool fragment_follows(size_t k, size_t end) const;
  bool goes_on_to_fragment(size_t k, size_t end) const;

  // "apologized for suggesting …", "accused the board of saying …": an "-ing" word after a
  // preposition that takes a gerund (kGerundObjectPrepositions) is that preposition's object.
  bool is_gerund_object(size_t k) const {
    return k > 0 && t_[k - 1].word && is_ing(t_[k].lower) && in_table<rules::kGerundObjectPrepositions>(t_[k - 1].lower);
  }

  // Token k lies inside the content of the last claim found.
  bool inside_last_claim(size_t k) const {
    return !out_.empty() && out_.back().content.start <= t_[k].span.start && t_[k].span.end <= out_.back().content.end;
  }

  // "the report", "a statement": a cue word after a determiner is a noun. (After a possessive,
  // "Ruiz's claim that …", it names someone's speech, which may own the quotation.)
  bool used_as_noun(size_t j) const {
    return j > 0 && t_[j - 1].word && is_determiner(t_[j - 1].lower);
  }
  bool opens_gloss(size_t k, size_t end) const;
  bool opens_comparison(size_t k, size_t end) const;
  bool opens_trailing_relative(size_t k, size_t end) const;
  bool has_dash(size_t k, size_t end) const;
  bool opens_second_source(size_t k, size_t end) const;
  bool opens_contrast_clause(size_t k, size_t end, bool concession = false) const;
  bool opens_figure(size_t c) const;
  bool share_speaks(size_t c, size_t end) const;
  bool opens_with_figure(size_t c, size_t end) const;
  bool opens_share(size_t c, size_t end) const;
  bool figure_contrast_only(size_t k, size_t end) const;
  bool share_between(size_t from, size_t k) const;
  bool plural_speaker_speaks(size_t c, size_t end) const;
  size_t last_quoted() const;
  size_t content_end(size_t from, size_t end) const;

  // content_end's run of tokens that end no clause: the later one of the two kept.
  void keep_clear(size_t lo, size_t hi) const {
    if (hi > clear_hi_) clear_lo_ = lo, clear_hi_ = hi;
  }
  size_t fronted_clause_comma(const Sentence& s) const;
  bool adjunct_tail(const Sentence& s, size_t from) const;
  bool that_time_adjunct(size_t from, size_t end) const;
  bool listener_tail(const Sentence& s, size_t k) const;
  bool phrase_opens_predicate(size_t first, size_t last, size_t end) const;
  std::optional<size_t> clause_end_before(const Sentence& s, size_t subject_first) const;
  size_t content_start(const Sentence& s, size_t k, uint32_t classes);
  size_t clause_after_adjunct(const Sentence& s, size_t from) const;
  size_t read_clause_after_adjunct(const Sentence& s, size_t from) const;
  size_t clause_after_time_words(const Sentence& s, size_t c) const;
  bool holds_verb(size_t a, size_t b) const;
  size_t question_start(const Sentence& s, size_t c) const;
  size_t past_quoted_listener(const Sentence& s, size_t c) const;
  bool opens_doubled_apostrophes(size_t c) const;
  bool is_relative_that(size_t j, size_t limit) const;

  const ParagraphView& v_;
  const std::vector<Token>& t_;
  std::vector<ReportedClause>& out_;
  bool has_that_ = false;
  // The unquoted words that may open reported speech (the filter of may_open_reported_speech),
  // in order, then UINT32_MAX; next_cue_ is the first not read by an earlier sentence.
  NoFillVector<uint32_t>& cues_;
  size_t next_cue_ = 0;
  mutable size_t last_quoted_ = 0;  // last_quoted(), once per sentence
  mutable bool last_quoted_known_ = false;
  bool headline_ = false;  // a short paragraph without a final full stop
  bool title_line_ = false;  // the document's first paragraph, short: a title even with a full stop
  mutable size_t subordinate_end_ = 0;  // the comma closing a fronted "When …," clause, this sentence
  Sentence sentence_{};  // the sentence being read
  // Per token of this sentence: does a clause end before it (a comma before a
  // relaying source, ", arguing that", "; …")? Asked on first use only: the
  // test runs several grammars, and most sentences have no cue.
  enum : uint8_t { kUnknown, kYes, kNo };
  std::vector<uint8_t>& clause_ends_;  // a buffer kept per thread: no block per paragraph
  mutable bool commas_found_ = false;
  mutable size_t clear_lo_ = 0, clear_hi_ = 0;  // content_end: these tokens end no clause (this sentence)
  struct AdjunctAnswer {
    size_t from = SIZE_MAX, lo = 0, end = 0, clause = 0;
  };
  mutable AdjunctAnswer adjunct_asked_;  // clause_after_adjunct's last answer (a sentence's tokens are its key)
  // content_start and then adjunct_tail ask the same of the word after a cue: may it open an
  // adjunct, a preposition, a clause after time words. The last word's answers are kept.
  struct OpenerAnswer {
    size_t at = SIZE_MAX;
    bool preposition = false, adjunct = false;
  };
  mutable OpenerAnswer opener_asked_;
  const OpenerAnswer& opener_at(size_t j) const;
  struct TimeWordsAnswer {
    size_t at = SIZE_MAX, end = 0, clause = 0;
  };
  mutable TimeWordsAnswer time_words_asked_;
  size_t read_clause_after_time_words(const Sentence& s, size_t c) const;
};

}  // namespace claimscope::reported_detail
