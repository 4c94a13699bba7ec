// Reported speech: where a content starts after its cue ("that", adjuncts, listeners, questions).
#include "reported_finder.h"

namespace claimscope::reported_detail {

// Where the content starts after the cue at k: after a listener
// ("told reporters"), at a nearby "that", after a colon.
// `classes`: the cue word's speech_word_classes (cue_verb's), whose question and
// plain-speech bits answer for the cue word without a probe of their tables.
size_t Finder::content_start(const Sentence& s, size_t k, uint32_t classes) {
  has_that_ = false;
  size_t c = k + 1;
  // "pointed out that …": the particle belongs to the verb.
  if (c < s.end && t_[c].word && is_cue_particle(t_[c].lower)) ++c;
  // "said of the list that …", "said of the mayor, …": what was said is about that, not it.
  if (c < s.end && t_[c].lower == "of") return s.end;
  // "asked whether the pier …", "asked if …": a verb of asking (kQuestionCues) and the
  // question's opener; after a listener too ("asked Ruiz if …", "asked the mayor about …").
  const bool asking = (classes & speech_class::question) != 0;  // is_question_cue of the cue word
  const bool listener = is_listener_cue(t_[k].lower);
  if (asking) {
    if (size_t q = question_start(s, c)) return q;
  }
  // "kept asking her why …", "asks skippers whether …": the other forms of "ask"
  // (kAskingForms) put their question to a listener too; it starts at its opener.
  if (!asking && c + 1 < s.end && t_[c].word && in_table<rules::kAskingForms>(t_[k].lower)) {
    size_t q = c + 1;
    if (auto m = mention_starting_at(t_, c, s.end)) q = m->last + 1;
    if (size_t opener = question_start(s, q)) return opener;
  }
  // "told local radio host Dan Pike on Wednesday that …", "tells reporters outside
  // the town school in Millbrook that …": a listener and an adjunct before "that".
  if (listener) {
    // "told “Stop the Toll” protesters that …": a quoted title before the listener noun is
    // part of the listener.
    const size_t from = c < s.end && opens_quote(t_[c]) ? past_quoted_listener(s, c) : c;
    for (size_t j = from; j < s.end && j < from + kListenerThatWindow; ++j) {
      if (!t_[j].word || v_.quote_of[j] != kNone || is_cue_token(t_[j])) break;
      if (t_[j].lower == "that") {
        if (j == c) break;  // "told that …": the usual path
        if (is_relative_that(j, std::min(s.end, from + kListenerThatWindow))) continue;
        has_that_ = true;
        return j;
      }
    }
  }
  if (c < s.end && listener && t_[c].lower != "that") {
    const size_t first = c;
    if (auto m = mention_starting_at(t_, c, s.end)) {
      // "told the station the talks had stalled": the listener's phrase ends
      // where an article opens the next one, the content's subject.
      size_t next = m->last + 1;
      for (size_t j = c + 2; j <= m->last; ++j) {
        if (is_article(t_[j].lower)) { next = j; break; }
      }
      c = next;
    }
    else if (t_[c].word && !t_[c].capitalized && !is_adjunct_opener(t_[c].lower)) ++c;  // "told reporters", "told him"
    c = past_quoted_listener(s, c);
    // "warned the sanctions would hurt farmers", "warned the move could backfire" (the mention
    // grammar may read the modal and its verb into the phrase): an auxiliary or modal inside
    // or right after the phrase makes it the content's subject, not a listener ("warned the
    // residents to leave", "warned reporters that …" keep theirs).
    if (c > first && phrase_opens_predicate(first, c, s.end)) c = first;
    if (asking && c > first) {
      if (size_t q = question_start(s, c)) return q;
    }
  }
  // "said Friday as he left the harbour", "said Thursday morning on local radio": a
  // day is an adjunct; what follows it is the content only if it is not
  // another adjunct ("revealed Tuesday the leak was fixed").
  if (c < s.end && t_[c].capitalized && is_weekday(t_[c].lower)) {
    size_t d = c + 1;
    if (d < s.end && is_part_of_day(t_[d].lower)) ++d;
    bool adjunct_next = d >= s.end || !t_[d].word || is_adjunct_opener(t_[d].lower);
    if (t_[d < s.end ? d : c].lower != "that") {
      if (!adjunct_next) return d;
      // "said Thursday at a town hall in Dover, the pier would …": the clause after the adjunct.
      const size_t after = d < s.end && !is_ing(t_[k].lower) ? clause_after_adjunct(s, d) : 0;
      return after ? after : s.end;
    }
  }
  // "said last week the ferry operator had …", "said yesterday the fees …": a time adjunct
  // right after the cue, then a clause of its own, which is the content.
  if (size_t after = clause_after_time_words(s, c)) return after;
  // "said happily on local radio", "said angrily that": a manner adverb is not the content.
  if (c + 1 < s.end && is_ly_adverb(t_[c])) ++c;
  // In "said she liked that plan" the "that" is a determiner of the content.
  bool adjunct_first = c < s.end && opener_at(c).adjunct;
  // A preposition opens a longer adjunct: "said during a rally in the old port that …".
  const bool preposition_first = c < s.end && opener_at(c).preposition;
  size_t window = preposition_first ? kThatWindowAfterPreposition : kThatWindow;
  // The pronoun test's parts that do not change with j (the cue word, the adjunct's first two
  // words): asked at the first j past c + 1, not at every word of the window (-1: not yet).
  int pronoun_may_open = -1;
  for (size_t j = c; j < s.end && j < c + window && (j == c || adjunct_first); ++j) {
    if (!t_[j].word) {
      // "said on NBC’s “Morning Hour” on Sunday that …": a programme's quoted title owned by
      // a name is part of the adjunct.
      const size_t past = j > c ? past_quoted_listener(s, j) : j;
      if (past == j) break;
      window += past - j;  // the title's words and marks do not count against the window
      j = past - 1;
      continue;
    }
    if (t_[j].lower == "that" && !is_relative_that(j, std::min(s.end, c + window))) {
      has_that_ = true;
      return j;
    }
    // "said after the vote he would resign": after a speech verb that is never a noun, a
    // subject pronoun (not "it", which may close the adjunct) opens the content.
    if (j <= c + 1) continue;
    if (pronoun_may_open < 0) {
      pronoun_may_open = (classes & speech_class::plain_speech) != 0 &&  // is_plain_speech_verb of the cue word
                         (preposition_first || opens_time_adjunct(t_[c])) && !is_speaker_pronoun(t_[c + 1].lower);
    }
    if (pronoun_may_open && !t_[j].capitalized && is_subject_pronoun(t_[j].lower) && t_[j].lower != "it" &&
        j + 1 < s.end && t_[j + 1].word && !t_[j + 1].capitalized) {
      has_that_ = true;
      return j;
    }
  }
  // "said in an interview on Friday with the Gazette, the fees would fall": a longer adjunct
  // closed by a comma, then the content as a clause of its own.
  if (preposition_first && !has_that_ && !is_ing(t_[k].lower)) {
    if (size_t after = clause_after_adjunct(s, c)) return after;
  }
  if (c < s.end && is_punct(t_[c], ':')) ++c;
  return c;
}

// After a cue that is never a noun, an adjunct of time or place from `from` (words only, no
// clause of its own: no subject pronoun, cue, "that" or other clause link) closed by a comma,
// then a clause: an article, a determiner or a subject pronoun opening words that hold a
// verb (a modal, an auxiliary or a past form) before the content's end. Its first token, or
// 0. Not when the words after the comma are an appositive on the adjunct's noun ("in Dover,
// the state capital, that …").
size_t Finder::clause_after_adjunct(const Sentence& s, size_t from) const {
  // Asked twice for the same adjunct (content_start, then adjunct_tail): the last answer is
  // kept. Comma clauses ("Y, a spokesman said on Monday, Z, …") paid its reading twice a cue.
  if (from == adjunct_asked_.from && s.lo == adjunct_asked_.lo && s.end == adjunct_asked_.end) {
    return adjunct_asked_.clause;
  }
  const size_t clause = read_clause_after_adjunct(s, from);
  adjunct_asked_ = {from, s.lo, s.end, clause};
  return clause;
}

size_t Finder::read_clause_after_adjunct(const Sentence& s, size_t from) const {
  for (size_t j = from; j < s.end && j < from + kMaxFinalAdjunctTokens; ++j) {
    const Token& u = t_[j];
    if (u.word) {
      if (v_.quote_of[j] != kNone || is_cue_token(u) || is_clause_link(u.lower) || is_subject_pronoun(u.lower)) {
        return 0;
      }
      continue;
    }
    if (j == from || !is_punct(u, ',') || j + 2 >= s.end) return 0;
    const Token& n = t_[j + 1];
    if (!n.word || n.capitalized || v_.quote_of[j + 1] != kNone ||
        !(is_determiner(n.lower) || is_subject_pronoun(n.lower))) {
      return 0;
    }
    size_t next = j + 2;  // the next punctuation, looked for as far as a clause's verb may be
    while (next < s.end && next < j + 1 + kMaxClauseVerbWords && t_[next].word) ++next;
    // No verb before the next punctuation: none before the content's end either (which is no
    // later), so the content's end need not be read. In comma clauses ("…, a spokesman said
    // on Monday, …") that read was half of each cue's cost. (Asked first of the tests that
    // answer 0: in those clauses it is the one that does.)
    if (!holds_verb(j + 2, next)) return 0;
    // "…, two hours after the polls closed": the writer's time.
    for (size_t r = j + 2; r < next && r <= j + 3; ++r) {
      if (in_table<rules::kTimeRelations>(t_[r].lower)) return 0;
    }
    if (next + 1 < s.end && is_punct(t_[next], ',') && t_[next + 1].lower == "that") return 0;
    const size_t end = content_end(j + 1, s.end);
    // The verb stands before the clause's first punctuation: "the Harbour Dialogue, held
    // each spring …" is an appositive on the adjunct's noun.
    if (!has_words(j + 1, end, kMinContentWords) || !holds_verb(j + 2, std::min(next, end))) return 0;
    return j + 1;
  }
  return 0;
}

// "yesterday", "today", or a time adjunct opener (kTimeAdjunctOpeners) and a time unit within
// two words ("last week", "earlier this year") at `c`; then a clause opened by an article,
// a determiner, a subject pronoun or a name, with a verb before its first punctuation. The
// clause's first token, or 0 ("said last week that …" is the that-window's; "said last week
// at the pier" has no clause).
size_t Finder::clause_after_time_words(const Sentence& s, size_t c) const {
  // Asked by content_start, then by adjunct_tail, of the word after the cue: the last answer
  // is kept (its sentence's end is part of the key; a paragraph's Finder owns its tokens).
  if (c != time_words_asked_.at || s.end != time_words_asked_.end) {
    time_words_asked_ = {c, s.end, read_clause_after_time_words(s, c)};
  }
  return time_words_asked_.clause;
}

size_t Finder::read_clause_after_time_words(const Sentence& s, size_t c) const {
  if (c >= s.end || !opens_time_adjunct(t_[c]) || t_[c].capitalized || v_.quote_of[c] != kNone) return 0;
  size_t d = 0;
  if (t_[c].lower == "yesterday" || t_[c].lower == "today") {
    d = c + 1;
  } else {
    for (size_t j = c + 1; j < s.end && j <= c + 2 && t_[j].word; ++j) {
      if (is_time_unit(t_[j].lower)) {
        d = j + 1;
        break;
      }
    }
  }
  if (d == 0 || d + 2 >= s.end || !t_[d].word || v_.quote_of[d] != kNone) return 0;
  const Token& n = t_[d];
  if (!(is_determiner(n.lower) || is_subject_pronoun(n.lower) || (n.capitalized && is_name_word(n)))) return 0;
  if (n.lower == "that" || is_weekday(n.lower)) return 0;
  size_t next = d + 1;  // bounded: an unpunctuated paste must not make each cue read to its end
  while (next < s.end && next < d + kMaxClauseVerbWords && t_[next].word && v_.quote_of[next] == kNone) ++next;
  if (!has_words(d, next, kMinContentWords) || !holds_verb(d + 1, next)) return 0;
  return d;
}

// A lower-case word in [a, b) that is a verb of a clause: a modal or an auxiliary
// (kFiniteAuxiliaries), an -ed or irregular past form ("the pier would reopen", "the fees doubled").
bool Finder::holds_verb(size_t a, size_t b) const {
  for (size_t j = a; j < b; ++j) {
    const Token& u = t_[j];
    if (!u.word || u.capitalized || v_.quote_of[j] != kNone) continue;
    if (in_table<rules::kFiniteAuxiliaries>(u.lower) || is_past_tense_verb(u)) return true;
  }
  return false;
}

// may_open_adjunct and starts_with_preposition of token j (one probe of the adjunct openers
// for both), kept for the last j asked.
const Finder::OpenerAnswer& Finder::opener_at(size_t j) const {
  if (j != opener_asked_.at) {
    const Token& t = t_[j];
    const bool preposition = starts_with_preposition(t);
    opener_asked_ = {j, preposition, may_open_adjunct(t, preposition)};
  }
  return opener_asked_;
}

// Where a reported question opened at c starts: at its opener ("whether", "if", "why": the
// question keeps it, as a "that" clause keeps "that"), or after "about" (the topic asked
// about: "asked Ruiz about the toll"); 0 when c opens none ("asked about 200 people").
size_t Finder::question_start(const Sentence& s, size_t c) const {
  if (c + 1 >= s.end || !t_[c].word || t_[c].capitalized || v_.quote_of[c] != kNone ||
      !is_question_opener(t_[c].lower)) {
    return 0;
  }
  if (t_[c].lower != "about") return c;
  const Token& next = t_[c + 1];
  return next.word && v_.quote_of[c + 1] == kNone && !is_number_token(next) ? c + 1 : 0;
}

// "told NBC’s “Evening Report” on Monday the talks …": a quoted title owned by a name right
// after a listener cue (all its words capitalised, no punctuation) names the programme or
// paper that heard the words, not what was said; the content starts after it (and after a
// word such as "program" that says what it is: kVoicedIn). The quotation itself is a named
// title for quote attribution too (a possessive before it). So is one of two words or more
// right after the cue ("told “Harbour Hour” that …", as is_named_title reads it).
size_t Finder::past_quoted_listener(const Sentence& s, size_t c) const {
  if (c + 1 < s.end && t_[c].word && t_[c].capitalized && t_[c].possessive) ++c;  // "NBC’s"
  if (c >= s.end || c == s.lo || !(opens_quote(t_[c]) || opens_doubled_apostrophes(c))) return c;
  const Token& before = t_[c - 1];
  const bool after_cue = before.word && !before.capitalized && is_listener_cue(before.lower);
  if (!before.possessive && !after_cue) return c;
  const int32_t q = v_.quote_of[c];
  size_t end = c + 1, words = 0;
  for (; end < s.end && v_.quote_of[end] == q; ++end) {
    const Token& t = t_[end];
    if (!t.word) {
      if (t.first == '\'') continue;  // a mark of ''…'' (wire and archive copy)
      if (end + 1 < s.end && v_.quote_of[end + 1] == q) return c;  // punctuation inside: a statement
      continue;
    }
    if (++words > kMaxQuotedTitleWords || (!t.capitalized && !is_title_function_word(t.lower))) return c;
  }
  if (words < (after_cue ? 2 : 1) || end + 1 >= s.end || !t_[end].word) return c;
  if (!t_[end].capitalized && in_table<rules::kVoicedIn>(t_[end].lower)) ++end;
  // "… on Monday the talks …": a day after the title is the time of the telling.
  if (end + 2 < s.end && starts_with_preposition(t_[end]) && is_weekday(t_[end + 1].lower)) end += 2;
  return end;
}

// Two apostrophes that open a quotation (''…'', the double mark of wire and archive copy):
// "said on the BBC's ''Morning Show'' on Sunday that …".
bool Finder::opens_doubled_apostrophes(size_t c) const {
  return c + 1 < sentence_.end && t_[c].first == '\'' && !t_[c].word && t_[c + 1].first == '\'' &&
         !t_[c + 1].word && v_.quote_of[c] != kNone && v_.quote_of[c + 1] == v_.quote_of[c];
}

// "told reporters after the meeting that was held in the old hall that …": a "that"
// between a noun and an auxiliary opens a relative clause on the noun, when another
// "that" follows before `limit` (which then opens the content).
bool Finder::is_relative_that(size_t j, size_t limit) const {
  if (j == 0 || j + 1 >= limit || !t_[j - 1].word || is_cue_token(t_[j - 1])) return false;
  if (!t_[j + 1].word || !is_relative_clause_verb(t_[j + 1].lower)) return false;
  for (size_t n = j + 2; n < limit && t_[n].word && v_.quote_of[n] == kNone; ++n) {
    if (t_[n].lower == "that") return true;
  }
  return false;
}

}  // namespace claimscope::reported_detail
