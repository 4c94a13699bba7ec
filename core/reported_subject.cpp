// Reported speech: a cue verb's speaker (described, aside, participle, earlier-cue subjects) and its pieces' tests.
#include "reported_finder.h"

namespace claimscope::reported_detail {

// "It is the board's job, she said, to warn the town …", "It makes sense, aides say, for
// the town to buy the pier": after a cue set off by commas inside the sentence, an
// infinitive (with a short "for" subject, kMaxInfinitiveSubjectWords) finishes the reported
// sentence, and is reported as the piece before the cue is. Not a listener or an adverbial
// ("she said, to reporters …", "to the relief of …", "to them"): the word after "to" is a
// lower-case word, no determiner, pronoun or possessive (kInfinitiveTailBlockers), figure or
// plural in -s, and one more word follows it. Reads at most kMaxInfinitiveSubjectWords + 3
// tokens. The "-s" test is this rule's own, not the registry's is_plural_head: it asks whether
// the word after "to" is a noun ("to reporters") rather than a verb, and a verb may be a
// collective noun too ("to staff", "to police"), which is_plural_head counts as plural.
bool Finder::infinitive_tail(const Sentence& s, size_t c) const {
  size_t to = c;
  if (t_[c].word && t_[c].lower == "for") {
    for (to = c + 1; to < s.end && to <= c + 1 + kMaxInfinitiveSubjectWords && t_[to].word && t_[to].lower != "to";) {
      ++to;
    }
    if (to == c + 1) return false;
  }
  const size_t v = to + 1;
  if (v + 1 >= s.end || !t_[to].word || t_[to].lower != "to" || !t_[v].word || t_[v].capitalized ||
      v_.quote_of[v] != kNone || !t_[v + 1].word) {
    return false;
  }
  const std::string_view w = t_[v].lower;
  const bool plural = w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's';
  return !plural && !is_determiner(w) && !in_table<rules::kInfinitiveTailBlockers>(w) && !is_number_token(t_[v]);
}

// "A report released Monday said …", "The study, published by the port authority on Friday,
// said …", "A council aide, speaking on condition that she not be named, said …": a noun
// phrase that opens its clause, then a participle phrase (or, between commas, a phrase opened
// by a participle, a preposition or an article) that describes it, then a cue that is never a
// noun. The noun phrase speaks; the mention covers its description. Asked only when the
// mention grammar reads no subject. None when the phrase holds a clause of its own: a cue,
// "and/or/but", or, without commas, a relative pronoun, a modal or an auxiliary.
std::optional<MentionRange> Finder::described_subject(const Sentence& s, size_t verb) const {
  if (verb < s.lo + 3) return std::nullopt;
  const bool commas = is_punct(t_[verb - 1], ',');
  const size_t end = commas ? verb - 1 : verb;  // the description ends before this token
  const size_t limit = commas ? kMaxDescriptionWords : kMaxPlainDescriptionWords;
  for (size_t j = end; j > s.lo + 1 && end - j < limit; --j) {
    const Token& u = t_[j - 1];
    const bool quoted = v_.quote_of[j - 1] != kNone;
    if (commas && is_punct(u, ',')) {
      // "…, released Monday …,": the description opens right after this comma.
      const Token& opener = t_[j];
      if (j + 1 >= end || !opener.word || opener.capitalized ||
          !(is_participle_word(opener.lower) || starts_with_preposition(opener) || is_article(opener.lower))) {
        return std::nullopt;
      }
      return described_mention(s, j - 2, end);
    }
    if (!quoted && (!u.word || is_cue_token(u) || is_coordinator(u.lower) || (!commas && is_clause_link(u.lower)))) {
      return std::nullopt;
    }
    if (commas || quoted || !u.word || u.capitalized) continue;
    if (is_passive_auxiliary(u.lower) || in_table<rules::kModalVerbs>(u.lower)) return std::nullopt;
    // "… failed as predicted", "… rose faster than forecast": a comparison, not a subject.
    if (j == end && (u.lower == "as" || u.lower == "than" || starts_with_preposition(u))) return std::nullopt;
    // "A report released Monday said": the participle follows the noun phrase directly.
    if (is_participle_word(u.lower) && j - 1 > s.lo) {
      if (auto m = described_mention(s, j - 2, end)) return m;
    }
  }
  return std::nullopt;
}

// "Ruiz, a captain who ran the harbour for years and later advised the board, said …", "The
// port's union, which has fought the plan since May, said …", "Lee, R-Dover, speaking after
// the vote, said …": a name, role or institution opens the sentence, and an aside between
// commas (or dashes), longer than the subject grammar reads and with commas of its own, runs
// to the cue. The noun phrase speaks; the mention covers the aside. Asked only when no other
// subject was read, at a cue that is never a noun. The scan back from the cue stops after
// kMaxAsideTokens; the aside holds no quotation mark, colon or semicolon.
std::optional<MentionRange> Finder::aside_subject(const Sentence& s, size_t verb) const {
  if (verb < s.lo + 4 || !is_aside_mark(t_[verb - 1])) return std::nullopt;
  for (size_t j = verb - 2; j > s.lo && verb - j <= kMaxAsideTokens; --j) {
    const Token& u = t_[j];
    if (u.word) continue;
    if (v_.quote_of[j] != kNone || is_punct(u, ':') || is_punct(u, ';')) return std::nullopt;
    if (!is_aside_mark(u) || j + 1 >= verb - 1) continue;
    const Token& opener = t_[j + 1];
    if (!opener.word || (!opener.capitalized && is_coordinator(opener.lower))) continue;
    auto m = mention_ending_at(t_, j - 1, s.lo);
    if (!m || m->first != s.lo || m->last != j - 1 || m->pronoun || counts_time(v_, s.lo, j)) continue;
    if (!can_hold_view(*m)) return std::nullopt;
    return MentionRange{m->first, verb - 2, false, m->core_last};
  }
  return std::nullopt;
}

// The noun phrase ending at `head` that opens its clause (the sentence's start, or after a
// comma or a dash), with the description up to `end` (exclusive).
std::optional<MentionRange> Finder::described_mention(const Sentence& s, size_t head, size_t end) const {
  if (!t_[head].word) return std::nullopt;
  auto m = mention_ending_at(t_, head, s.lo);
  if (!m || m->pronoun || m->last != head) return std::nullopt;
  if (m->first > s.lo && (t_[m->first - 1].word || v_.quote_of[m->first - 1] != kNone)) return std::nullopt;
  return MentionRange{m->first, end - 1, false, m->core_last};
}

// The token before `subject_first` closes a quotation whose last token is a comma: “…,” X said.
bool Finder::closes_on_comma(const Sentence& s, size_t subject_first) const {
  if (subject_first < s.lo + 2) return false;
  const size_t mark = subject_first - 1;
  return !t_[mark].word && v_.quote_of[mark] != kNone && !opens_quote(t_[mark]) && is_punct(t_[mark - 1], ',') &&
         v_.quote_of[mark - 1] == v_.quote_of[mark];
}

// The words at `c` go on with a quoted sentence: "that" or a finite auxiliary
// (kFiniteAuxiliaries: "would use …", "is why …"; not "adding …", "referring to …",
// "without …", "in a statement", "as the crowd cheered": the writer's adjuncts).
bool Finder::continues_quoted_sentence(size_t c) const {
  const Token& u = t_[c];
  if (!u.word || u.capitalized || v_.quote_of[c] != kNone) return false;
  return u.lower == "that" || in_table<rules::kFiniteAuxiliaries>(u.lower);
}

// A lower-case modal inside the mention: it is a clause ("the pier must stay"), not a speaker.
bool Finder::holds_modal(const MentionRange& m) const {
  for (size_t j = m.first; j <= m.last; ++j) {
    if (t_[j].word && !t_[j].capitalized && in_table<rules::kModalVerbs>(t_[j].lower)) return true;
  }
  return false;
}

// "As Ruiz told …,", "…, as one of the mayor's advisers pointed out,": "as" opens the
// sentence or follows a comma a few words before the subject (the mention grammar may read
// only the end of a longer subject).
bool Finder::opens_as_aside(const Sentence& s, size_t subject_first) const {
  size_t a = subject_first;
  while (a > s.lo && subject_first - a < kMaxAsideLead && t_[a - 1].word && t_[a - 1].lower != "as") --a;
  if (a == s.lo || t_[a - 1].lower != "as") return false;
  return a - 1 == s.lo || is_punct(t_[a - 2], ',');
}

// "Mayor Ruiz, who has said that the toll will stay, visited …": a cue inside a relative
// clause on the sentence's subject, so the main verb follows; the clause, and the content
// with it, ends at the next comma. (On a later noun, "… backed by Ruiz, who has argued …",
// the clause may run to the sentence end: left as it is.)
bool Finder::relative_subject(const Sentence& s, const MentionRange& m) const {
  const size_t who = m.last;  // also "who’s" ("Ruiz, who’s said that …, visited")
  return t_[who].word && (t_[who].lower == "who" || contracted_relative_length(t_[who])) && who > s.lo &&
         is_punct(t_[who - 1], ',') && m.first == s.lo;
}

// "The new toll, which officials said will rise in May, is …": the subject follows a
// relative pronoun set off by a comma, so the cue sits inside a relative clause on the noun
// before it; the content ends where the clause does, at its next comma.
bool Finder::inside_relative_clause(const Sentence& s, const MentionRange& m) const {
  if (m.first < s.lo + 2) return false;
  const Token& pronoun = t_[m.first - 1];
  return pronoun.word && !pronoun.capitalized && is_punct(t_[m.first - 2], ',') && pronoun.lower != "that" &&
         opens_relative_clause(pronoun.lower);
}

// The first comma outside quotations in [from, end), else end.
size_t Finder::comma_or(size_t from, size_t end) const {
  for (size_t j = from; j < end; ++j) {
    if (is_punct(t_[j], ',') && v_.quote_of[j] == kNone) return j;
  }
  return end;
}

// c is a comma that opens a short parenthetical closed by a comma and "that": the
// index of "that", else 0.
size_t Finder::that_after_parenthetical(const Sentence& s, size_t c) const {
  if (c >= s.end || !is_punct(t_[c], ',')) return 0;
  for (size_t j = c + 1; j < s.end && j <= c + 1 + kMaxAdjunctTokens; ++j) {
    if (is_punct(t_[j], ',')) return j > c + 1 && j + 1 < s.end && t_[j + 1].lower == "that" ? j + 1 : 0;
    if (!t_[j].word || v_.quote_of[j] != kNone) return 0;
  }
  return 0;
}

// "She set out her rules: “Start early, finish late,” she said.": when Y ends with a
// quotation opened after a colon, Y is that quotation (the words before the colon are
// the reporter's); otherwise Y starts at a.
size_t Finder::after_colon_quote(size_t a, size_t b) const {
  size_t j = b;
  while (j > a && v_.quote_of[j - 1] != kNone && v_.quote_of[j - 1] == v_.quote_of[b - 1]) --j;
  if (j == b || j == a || !is_punct(t_[j - 1], ':')) return a;
  return j;
}

// [a, b) is a phrase after a preposition that names where or how something was said:
// "In an interview with the Gazette", "At a news conference" (kSpeechSettings, kIssuedDocuments).
bool Finder::names_setting(size_t a, size_t b) const {
  if (a >= b || !starts_with_preposition(t_[a])) return false;
  for (size_t k = a + 1; k < b; ++k) {
    if (t_[k].word && (is_speech_setting(t_[k].lower) || is_issued_document(t_[k].lower))) return true;
  }
  return false;
}

// "“…,” Scott Pruitt, the state's attorney general, said …": [a, b) ends with a quotation
// that closes on its comma and a name, the quotation's own speaker; not a clause.
// Only the last kMaxAttributedSpeaker tokens are read: the speaker's phrase must end at b,
// and at every cue of a sentence a scan from its start would make the sentence quadratic.
bool Finder::quote_attributed_inside(size_t a, size_t b) const {
  for (size_t k = b - a > kMaxAttributedSpeaker ? b - kMaxAttributedSpeaker : a + 1; k + 1 < b; ++k) {
    if (v_.quote_of[k] == kNone || t_[k].word || !is_punct(t_[k - 1], ',') || v_.quote_of[k + 1] != kNone) continue;
    auto m = mention_starting_at(t_, k + 1, b);
    return m && m->last + 1 == b;
  }
  return false;
}

// "Like Ruiz, …", "Railing against the toll, …": a few words opened by a preposition or a
// participle are an adverbial of the sentence, not a clause to report.
bool Finder::short_adverbial(size_t a, size_t b) const {
  if (a >= b || has_words(a, b, kMaxShortAdverbialWords + 1) || !t_[a].word) return false;
  return starts_with_preposition(t_[a]) || t_[a].lower == "like" || t_[a].lower == "unlike" ||
         (is_ing(t_[a].lower) && !is_not_participle(t_[a].lower));
}

// Token a opens a noun phrase or a clause, not an adverbial: no preposition, subordinator,
// "as", participle, day or time word ("The new pier", "That", "An early start").
bool Finder::opens_noun_phrase(size_t a) const {
  const Token& t = t_[a];
  if (!t.word || v_.quote_of[a] != kNone) return false;
  const std::string_view w = t.lower;
  return !starts_with_preposition(t) && !is_subordinator(w) && !is_ing(w) && !has_ed_ending(w) && !is_weekday(w) &&
         !opens_time_adjunct(t) && !is_question_cue(w) && !lexicon<rules::kObjectEnders>().contains(w) &&
         !lexicon<rules::kClauseLeads>().contains(w);
}

// [a, b) is a fronted condition (kClaimConditions) of three words or more, with no
// quotation: part of what the speaker after it says ("If the toll rises, Ruiz said, …").
// The table first and the length bound: asked at every cue of a sentence, the scans of
// [a, b) must not run from the sentence's start each time.
bool Finder::opens_claim_condition(size_t a, size_t b) const {
  if (b <= a || b - a > kMaxFrontedClause || !t_[a].word || !word_or_two_in<rules::kClaimConditions>(a, b - 1)) {
    return false;
  }
  return has_words(a, b, kMinContentWords) && no_quote_between(a, b);
}

// [a, b) holds only conjunctions and adverbs such as "But" or "And yet".
bool Finder::only_connectives(size_t a, size_t b) const {
  for (size_t k = a; k < b; ++k) {
    if (t_[k].word && !is_not_name(t_[k].lower)) return false;
  }
  return true;
}

// Who speaks in the participle clause at k: the subject of the nearest cue
// before it, else the clause subject. A document is not its own speaker:
// "The two mayors issued a statement saying …" -> "The two mayors" (the
// phrase before the verb that issued it, when the mention grammar reads none).
std::optional<MentionRange> Finder::participle_subject(const Sentence& s, size_t k) const {
  if (auto with = subject_after_with(t_, k, s.lo)) return with;  // "…, with Ruiz saying …"
  if (auto own = contracted_progressive_subject(s, k)) return own;  // "but he’s not predicting …"
  // "The union wrote to Ruiz, who was tired while insisting …": the relative clause's own cue,
  // not the earlier cue's ("wrote") across the clause's comma.
  if (auto who = subject_in_relative_clause(t_, k, s.lo)) return who;
  auto m = earlier_cue_subject(s, k);
  if (!m) m = clause_subject(t_, k, s.lo);
  if (!m) {
    auto doc = subject_of_cue(t_, k, s.lo);  // "a statement saying …"
    if (doc && !doc->pronoun && is_issued_document(t_[doc->core_last].lower)) m = doc;
  }
  if (!m || m->pronoun || !is_issued_document(t_[m->core_last].lower)) return m;
  size_t verb = m->first;  // "issued", "released", "put out" just before the document
  if (verb <= s.lo + 1 || !t_[verb - 1].word || t_[verb - 1].capitalized) return m;
  --verb;
  if (auto issuer = clause_subject(t_, verb, s.lo)) return issuer;
  if (auto issuer = loose_subject(t_, verb, s.lo)) return issuer;
  return m;
}

// "Noting that the bridge had closed twice, Ruiz said …": a participle cue opening the
// sentence reports the clause up to its comma, in the name of the main clause's subject
// (a mention right after the comma, before a lower-case word, its verb).
[[gnu::cold]] void Finder::opening_participle(const Sentence& s, size_t k, size_t c) {
  for (size_t j = c + 1; j + 2 < s.end && j <= k + kMaxFrontedClause; ++j) {
    if (v_.quote_of[j] != kNone) return;
    if (!is_punct(t_[j], ',')) continue;
    auto m = mention_starting_at(t_, j + 1, s.end);
    if (m && m->last + 1 < s.end && t_[m->last + 1].word && !t_[m->last + 1].capitalized) emit(c, j, k, k, m);
    return;
  }
}

// "He’s suggesting that …", "they’re now warning", "but she’s not predicting …": a progressive
// whose auxiliary is contracted onto a subject pronoun (contracted_pronoun_length) has that
// pronoun as its own subject, not the clause's or an earlier cue's. Past the cue's modifiers
// ("now", "not", "also"), at most kMaxProgressiveModifiers of them.
std::optional<MentionRange> Finder::contracted_progressive_subject(const Sentence& s, size_t k) const {
  size_t j = k;
  while (j > s.lo && k - j < kMaxProgressiveModifiers && t_[j - 1].word && !t_[j - 1].capitalized &&
         (is_cue_modifier(t_[j - 1].lower) || t_[j - 1].lower == "not" || is_ly_adverb(t_[j - 1]))) {
    --j;
  }
  if (j == s.lo || !contracted_pronoun_length(t_[j - 1])) return std::nullopt;
  return MentionRange{j - 1, j - 1, true, j - 1};
}

// "X said in a statement, adding that …": the participle continues the
// speech of the nearest cue before it in the sentence.
std::optional<MentionRange> Finder::earlier_cue_subject(const Sentence& s, size_t k) const {
  for (size_t j = k; j > s.lo + 1 && k - j < kMaxEarlierCue;) {
    --j;
    if (v_.quote_of[j] != kNone || !is_cue_token(t_[j])) continue;
    const Token& before = t_[j - 1];
    if (before.word && (before.lower == "of" || is_determiner(before.lower) || before.possessive)) continue;  // "a series of tweets"
    // "…, saying X but warning Y": both participles share the clause's subject.
    std::string_view w = t_[j].lower;
    if (is_ing(w)) return clause_subject(t_, j, s.lo);
    if (auto m = subject_of_cue(t_, j, s.lo)) return m;
    if (auto m = mention_starting_at(t_, j + 1, k)) return m;  // “…,” said X, adding …
    return std::nullopt;
  }
  return std::nullopt;
}

// ", the Gazette reported" / ", said X": a relaying source that ends the
// clause before it.
bool Finder::introduces_source(size_t k, size_t end) const {
  if (k >= end) return false;
  if (is_cue_token(t_[k])) return mention_starting_at(t_, k + 1, end).has_value();
  auto m = mention_starting_at(t_, k, end);
  return m && m->last + 1 < end && is_cue_token(t_[m->last + 1]);
}

// ", citing her record", ", including the mayor": a participle clause after
// a comma comments on the content rather than continuing it.
bool Finder::opens_participle_clause(size_t k, size_t end) const {
  // ", implicitly putting …": a manner adverb may open the participle clause.
  if (k + 1 < end && is_ly_adverb(t_[k])) ++k;
  const Token& t = t_[k];
  if (!t.word || t.capitalized || !is_ing(t.lower)) return false;
  if (is_not_participle(t.lower) || k + 1 >= end) return false;
  const Token& next = t_[k + 1];
  return next.word && next.lower != "and" && next.lower != "or";  // "jobs, housing and schools" is a list
}

}  // namespace claimscope::reported_detail
