// Reported speech: quoting verbs, "according to X", "as reported by X" and the cue verb ("X said Y", "Y, X said").
#include "quote_cues.h"
#include "reported_finder.h"

namespace claimscope::reported_detail {

namespace {

// Where an opening source phrase's comma should stand ("As reported by the Gazette,", "As
// Ruiz put it,"): the first token from `from` that is no unquoted word, within
// kMaxSourceTokens of it (or the sentence's end).
size_t end_of_source_words(const ParagraphView& v, const Sentence& s, size_t from) {
  size_t j = from;
  while (j < s.end && j < from + kMaxSourceTokens && v.toks[j].word && v.quote_of[j] == kNone) ++j;
  return j;
}

}  // namespace

// "X called the plan “a disaster”": only with a quotation in the clause.
void Finder::quoting_verb(const Sentence& s, size_t k) {
  // "its proposed cutoff", "the five proposed bills": after a determiner, a possessive or a
  // figure the participle is an adjective of a noun.
  if (k > s.lo && t_[k - 1].word &&
      (is_determiner(t_[k - 1].lower) || t_[k - 1].possessive || is_number_token(t_[k - 1]))) {
    return;
  }
  auto subject = subject_of_cue(t_, k, s.lo);
  if (!subject && !is_ing(t_[k].lower)) subject = relative_clause_subject(s, k);
  if (!subject) subject = speech_act_subject(v_, k, s.lo);  // "Some of her allies have described it as …"
  // "…, calling him a “sinking ship”": a participle clause shares the subject of its
  // sentence; so does one after an issued document ("X released a statement calling …").
  bool document = subject && !subject->pronoun && is_issued_document(t_[subject->core_last].lower);
  if ((document || (!subject && k > s.lo + 1 && is_punct(t_[k - 1], ','))) && is_ing(t_[k].lower)) {
    auto owner = participle_subject(s, k);
    if (owner || !document) subject = owner;
  }
  // "what former staff have called a “…”", "had been called the “…”": asked only with a
  // quotation ahead (a passive names nobody: the claim is kept with no speaker).
  NamingShape shape = NamingShape::none;
  if (!subject && last_quoted() > k + 1) shape = naming_shape(v_, k, s.lo, s.end, subject);
  if ((!subject && shape == NamingShape::none) || k + 1 >= s.end) return;
  // "Senator Brandt accused the port board of stalling", "she criticized the police
  // chief": speech acts report their object clause even without quotation.
  auto unquoted = [&] {
    if (shape != NamingShape::none || !t_[k + 1].word || starts_with_preposition(t_[k + 1])) return;
    size_t end = named_complement_end(s, k);
    if (!end && is_speech_act_verb(t_[k].lower) && !noun_modifying_participle(s, k)) {
      end = speech_act_object_end(k + 1, content_end(k + 1, s.end));
    }
    if (end && ends_in_relative_pronoun(*subject)) end = relative_clause_end(k + 1, end);
    if (end) emit(k + 1, end, k, k, subject, false, 1);
  };
  if (last_quoted() <= k + 1) return unquoted();
  // The content ends with the first quotation: "called the law a “total mess”".
  size_t q = k + 1;
  // "groused to reporters that the toll was “a scam”": past a listener, the content is the
  // "that" clause.
  size_t from = k + 1;
  while (q < s.end && q < k + 1 + kMaxQuotingGap && v_.quote_of[q] == kNone) {
    // "defended the remark, saying “…”": that cue speaks ("calling the report a “…”" is a noun).
    if (is_cue_token(t_[q]) && !used_as_noun(q)) return;
    if (t_[q].lower == "that" && t_[k + 1].lower == "to" && from == k + 1) from = q;
    ++q;
  }
  if (q >= s.end || v_.quote_of[q] == kNone) return unquoted();
  // The content runs to the clause's last quotation: "called the mayor a “coward” who is
  // “reckless”", but not "… “a scandal” Tuesday on a radio show".
  const size_t clause = content_end(k + 1, s.end);
  if (clause <= q) return;
  size_t end = clause;
  while (end > q && v_.quote_of[end - 1] == kNone) --end;
  // "called the levy “theft,” and her aides …": a first quotation that closes on a comma
  // ends the complement; what follows is the reporter's.
  size_t first_end = q;
  while (first_end < clause && v_.quote_of[first_end] == v_.quote_of[q]) ++first_end;
  const bool in_clause = shape >= NamingShape::passive_clause;
  if (first_end < end && (closes_on_comma(q, first_end) || in_clause)) end = first_end;
  // "called the fare a “bargain” for families on the island": the complement's tail after
  // the quotation is part of it, unless it is a time adjunct ("… “a scandal” Tuesday …"),
  // the setting of the words ("… “a sham” in a tweet", "on his radio show") or a new clause
  // ("… “a decent man” and he …").
  // A relative naming clause ("what critics called a “…”") is a noun phrase of the sentence: it ends there.
  // A quoted sentence that ends in its own mark ("chiding him, “Who pays for it?” when …") ends it too.
  if (end < clause && !in_clause && t_[end].word && !closes_on_comma(q, end) && !closes_own_sentence(q, end) &&
      !is_weekday(t_[end].lower) &&
      !opens_time_adjunct(t_[end]) && !opens_setting_phrase(end, clause) && !opens_next_clause(end, clause)) {
    end = clause;
  }
  // The quotation carries the content, so the clause may be short: "calling it “absurd”".
  if (!is_single_quote(v_, from, end)) emit(from, end, k, k, subject, false, 1);
}

// An unquoted "-ing" speech act speaks for the sentence's subject only as a participle
// clause or a progressive: "…, criticizing the toll", "is criticizing", "and accusing him of
// …", "by denouncing …". Right after a noun or a preposition it describes the noun ("a
// resolution condemning the raid", "a history of blaming others"): no claim of its own.
bool Finder::noun_modifying_participle(const Sentence& s, size_t k) const {
  if (!is_ing(t_[k].lower) || k == s.lo) return false;
  const Token& p = t_[k - 1];
  if (!p.word) return !is_punct(p, ',');
  return p.lower != "and" && p.lower != "by" && !is_passive_auxiliary(p.lower);
}

// The quotation ending at `end` (its first token at `first`) closes on a comma, inside its
// mark (“…,”) or right after it (“…”,).
bool Finder::closes_on_comma(size_t first, size_t end) const {
  if (end >= first + 2 && !t_[end - 1].word && is_punct(t_[end - 2], ',')) return true;
  return end < sentence_.end && is_punct(t_[end], ',');
}

// The quotation ending at `end` (its first token at `first`) ends its own sentence: a full
// stop, question or exclamation mark just inside its closing mark (“…?”; ?'' is three tokens).
bool Finder::closes_own_sentence(size_t first, size_t end) const {
  size_t close = end - 1;  // the closing mark
  if (close > first + 2 && is_punct(t_[close], '\'') && is_punct(t_[close - 1], '\'')) --close;
  return close >= first + 2 && !t_[close - 1].word && utf8::is_terminal(t_[close - 1].first);
}

// [a, b) opens with a preposition whose phrase names where words were voiced, within a few
// words: "in a tweet Tuesday", "on his radio show", "in an interview with the Gazette".
bool Finder::opens_setting_phrase(size_t a, size_t b) const {
  if (a >= b || !starts_with_preposition(t_[a])) return false;
  for (size_t j = a + 1; j < b && j <= a + kMaxSettingWords; ++j) {
    if (!t_[j].word || v_.quote_of[j] != kNone) return false;
    if (is_speech_setting(t_[j].lower) || is_issued_document(t_[j].lower) || in_table<rules::kVoicedIn>(t_[j].lower)) return true;
  }
  return false;
}

// ", in an interview with the Gazette on Sunday.": a setting phrase after the clause's comma
// that runs to the sentence end, short and with no comma of its own, says where the words
// were voiced; it is not part of them.
bool Finder::trailing_setting(size_t a, size_t end) const {
  if (end - a > kMaxFinalAdjunctTokens) return false;
  for (size_t j = a; j < end; ++j) {
    if (!t_[j].word) return false;  // checked before the word tables: most tails hold punctuation
  }
  return opens_setting_phrase(a, end);
}

// "… and he …", "… and accusing him of …": after a quotation, "and" or "but" followed by a
// subject pronoun, a determiner, a name, a participle or a comma opens the subject's next clause.
bool Finder::opens_next_clause(size_t a, size_t b) const {
  if (a + 1 >= b || (t_[a].lower != "and" && t_[a].lower != "but")) return false;
  if (is_punct(t_[a + 1], ',')) return true;  // "… “a mess” and, after the vote, left"
  const Token& n = t_[a + 1];
  return is_subject_pronoun(n.lower) || is_determiner(n.lower) || n.capitalized ||
         (is_ing(n.lower) && !is_not_participle(n.lower));
}

// "called the plan a disaster", "branded him a liar": a naming verb in the active voice,
// an object of a few words, then "a"/"an" (the complement). "called a meeting" has none.
// A verdict word ending the clause completes it too, and ends it: "called the charges
// baseless, and left", "called him divisive and walked out". Returns the end of the reported content, or 0 without a complement.
size_t Finder::named_complement_end(const Sentence& s, size_t k) const {
  if (!is_naming_verb(t_[k].lower) || k == s.lo || is_passive_auxiliary(t_[k - 1].lower)) return 0;
  for (size_t j = k + 2; j < s.end && j <= k + 1 + kMaxNamedObject; ++j) {
    const Token& t = t_[j];
    // A cue word after a determiner or a possessive is a noun of the object: "the report", "NATO’s demand".
    bool noun = is_determiner(t_[j - 1].lower) || t_[j - 1].possessive;
    if (!t.word || v_.quote_of[j] != kNone || (is_cue_token(t) && !noun)) return 0;
    if (t.lower == "a" || t.lower == "an") {
      if (t_[j - 1].lower == "to" || starts_with_preposition(t_[j - 1])) return 0;
      // "called it a disgrace and left": "and"/"but" with a verb of its own ends it, as below.
      const size_t end = content_end(k + 1, s.end);
      for (size_t e = j + 2; e < end && e < j + 2 + kMaxContentScan; ++e) {
        if (v_.quote_of[e] == kNone && opens_clause_joint(e, end)) return e;
      }
      return end;
    }
    // "called the plan divisive and left": "and"/"but" with a verb of its own ends it too.
    if (is_judgement_word(t.lower) && (j + 1 == s.end || !t_[j + 1].word || opens_clause_joint(j + 1, s.end))) {
      return j + 1;
    }
  }
  return 0;
}

// The source after "according to" is often not a name ("a count by the
// Harbor Gazette", "figures her office put out on Friday"): it runs to
// the next comma or the sentence end, bounded.
void Finder::according_to(const Sentence& s, size_t k) {
  size_t src = k + 2;
  if (src >= s.end) return;
  size_t stop = src;
  while (stop < s.end && stop < src + kMaxSourceTokens && !is_punct(t_[stop], ',') &&
         !(!t_[stop].word && utf8::is_terminal(t_[stop].first))) {
    ++stop;
  }
  if (stop == src) return;
  std::optional<MentionRange> m = mention_starting_at(t_, src, s.end);
  if (!m || m->last + 1 < stop) m = MentionRange{src, stop - 1, false, stop - 1};
  bool comma_before = k > s.lo && is_punct(t_[k - 1], ',');
  const bool comma_after = stop + 1 < s.end && is_punct(t_[stop], ',');
  // "But, according to the poll, 46 percent …", "The next day, according to Ruiz, the board
  // …": after a short opener set off by commas the source introduces the clause after it.
  const bool opener_before = comma_before && comma_after && v_.quote_of[k - 1] == kNone &&
                             !has_words(s.lo, k, kMaxShortAdverbialWords + 1) &&
                             t_[stop + 1].word && !is_clause_link(t_[stop + 1].lower) &&
                             v_.quote_of[stop + 1] == kNone && no_quote_between(s.lo, k) &&
                             !cue_between(stop + 1, content_end(stop + 1, s.end));
  if (k == s.lo || opener_before || (!comma_before && comma_after)) {
    // "The deficit, according to the office, will grow": the words before the aside are part
    // of what the source says, as in "The toll, the mayor said, will rise" (PolNeAR keeps
    // both pieces); not a lone conjunction ("But, according to …") nor the setting.
    const bool first_piece = opener_before && !only_connectives(s.lo, k - 1) && !names_setting(s.lo, k - 1);
    if (first_piece) emit(s.lo, k - 1, k, k + 1, m, false, 1);
    if (stop < s.end && is_punct(t_[stop], ','))
      emit(stop + 1, content_end(stop + 1, s.end), k, k + 1, m, false, first_piece ? 1 : kMinContentWords);
  } else {
    // "Y, according to a poll released last week." / "Y according to X."
    // Y may begin inside a quotation that opened sentences earlier (“A. B,” he said,
    // according to …): the layered claim starts with the quotation.
    size_t from = s.lo;
    while (from > 0 && v_.quote_of[from] != kNone && v_.quote_of[from - 1] == v_.quote_of[from]) --from;
    const size_t end = comma_before ? k - 1 : k;
    emit(last_sourced_part(from, end), end, k, k + 1, m);
  }
}

// "As reported by the Gazette, the board will …", "As first noted by Ruiz on Monday, …": "as",
// a cue in the passive (an adverb between them at most) and its agent open the sentence;
// the agent is the source of the clause after the comma, as for "according to X, Y".
bool Finder::as_reported_by(const Sentence& s, size_t k) {
  if (k == s.lo) return false;  // "Reported by …" opens the sentence: no "as"
  size_t as = k - 1;
  if (as > s.lo && t_[as].word && is_cue_modifier(t_[as].lower)) --as;  // "first", "previously"
  if (as != s.lo || t_[as].lower != "as" || !is_cue_token(t_[k])) return false;
  const size_t comma = end_of_source_words(v_, s, k + 2);
  if (comma == k + 2 || comma + 1 >= s.end || !is_punct(t_[comma], ',') || !t_[comma + 1].word) return false;
  // "by Coast Radio on Monday": the mention without its adjunct; else the whole phrase.
  std::optional<MentionRange> m = mention_starting_at(t_, k + 2, comma);
  if (!m) m = MentionRange{k + 2, comma - 1, false, comma - 1};
  const size_t end = content_end(comma + 1, s.end);
  if (cue_between(comma + 1, end)) return true;  // "As noted by X, Lee said that …": that cue reports it
  emit(comma + 1, end, as, k + 1, m);
  return true;
}

// "As Ruiz put it, the toll is “a tax on fishing”", "In the mayor's words, …": an aside of
// wording opens the sentence, and its owner speaks the clause after its comma (mixed when it
// quotes). A quotation right after the comma is quote attribution's ("As Ruiz put it, “…”"),
// and a cue in the clause reports it ("As Ruiz put it, Lee said …").
void Finder::wording_opener(const Sentence& s) {
  const size_t comma = end_of_source_words(v_, s, s.lo + 1);
  if (comma + 1 >= s.end || !is_punct(t_[comma], ',') || !t_[comma + 1].word || v_.quote_of[comma + 1] != kNone) return;
  auto aside = t_[s.lo].lower == "as" ? as_wording_aside(t_, s.lo, comma) : words_aside_before(t_, s.lo, comma);
  if (!aside || !aside->mention) return;
  if (t_[s.lo].lower == "in" && aside->cue_first != s.lo) return;
  const size_t end = content_end(comma + 1, s.end);
  if (cue_between(comma + 1, end)) return;
  emit(comma + 1, end, aside->cue_first, aside->cue_last, aside->mention);
}

constexpr size_t kMaxWordsAside = 10;  // "in the words of the harbour board's chief engineer"

// "…, because, in her words, “…”": an aside of wording right before a quotation hands the
// quotation to its owner, a direct quote of its own; the content ends before the aside.
bool Finder::opens_words_aside_quote(size_t k, size_t end) const {
  if (k >= end || !t_[k].word || t_[k].lower != "in") return false;
  for (size_t c = k + 2; c + 1 < end && c <= k + kMaxWordsAside; ++c) {
    if (!is_punct(t_[c], ',')) continue;
    return opens_quote(t_[c + 1]) && words_aside_before(t_, k, c).has_value();
  }
  return false;
}

// "The next day, according to Reuters, Lee said that …": that cue reports the clause.
bool Finder::cue_between(size_t a, size_t b) const {
  for (size_t j = a; j < b; ++j) {
    if (!t_[j].capitalized && (is_cue_token(t_[j]) || is_that_cue(t_[j].lower))) return true;
  }
  return false;
}

// The part of "Y" that a trailing "according to X" sources: Y's last clause after a colon,
// a ", with" phrase or a ", which/who" relative clause ("…, with 56 percent of voters
// viewing him positively, according to a poll": the poll gives the figure, not the frame).
size_t Finder::last_sourced_part(size_t from, size_t end) const {
  // Only Y's last comma or colon is read: "the company, which is based in Reno, took …"
  // has its relative clause inside.
  const size_t stop = end - from > kMaxSourcedPartScan ? end - kMaxSourcedPartScan : from + 1;
  for (size_t j = end; j > stop; --j) {
    const size_t p = j - 1;
    if (v_.quote_of[p] != kNone || !(is_punct(t_[p], ',') || is_punct(t_[p], ':'))) continue;
    if (j + 1 >= end || !t_[j].word) return from;
    if (is_punct(t_[p], ':')) return is_number_token(t_[j]) ? from : j;  // not "8:30 p.m."
    if (t_[j].capitalized) return from;
    if (t_[j].lower == "with") return j + 1;
    if (is_relative_pronoun(t_[j].lower)) return j;
    return from;
  }
  return from;
}

bool Finder::no_quote_between(size_t a, size_t b) const {
  for (size_t j = a; j < b; ++j) {
    if (v_.quote_of[j] != kNone) return false;
  }
  return true;
}

// `classes`: speech_word_classes of the cue word (one of kCueVerbs), which answers the
// tables asked about it here.
void Finder::cue_verb(const Sentence& s, size_t k, uint32_t classes) {
  std::string_view w = t_[k].lower;
  const auto is = [classes](uint32_t table) { return (classes & table) != 0; };
  // "adding to her list of medals", "adds to the confusion": "add to" is to increase, not to say.
  if (k + 1 < s.end && t_[k + 1].lower == "to" && w.compare(0, 3, "add") == 0) return;
  // "pointed to the pier", "pointing a finger": without its particle the verb is a gesture,
  // unless a speaker points to something as a reason or an example ("Ruiz pointed to the delays").
  if (is(speech_class::particle) && !(k + 1 < s.end && t_[k + 1].word && is_cue_particle(t_[k + 1].lower))) {
    if (k + 2 < s.end && t_[k + 1].lower == "to") pointed_to(s, k);
    return;
  }
  // "The toll was mentioned twice", "has been cited": in the passive the subject is what was
  // talked about, not who spoke.
  if (k > s.lo && t_[k - 1].word && is_passive_auxiliary(t_[k - 1].lower) &&
      (is_irregular_past(w) || has_ed_ending(w))) {
    return;
  }
  bool participle = is_ing(w);
  const auto progressive = [&] { return k > s.lo && t_[k - 1].word && is_cue_modifier(t_[k - 1].lower); };  // "is warning"
  // "the crime report shows …", "the report said …": a source noun before its own verb.
  if (is(speech_class::evidence_source) && k + 1 < s.end && (is_that_cue(t_[k + 1].lower) || is_cue_token(t_[k + 1]))) return;
  // "its red warning until noon", "a warning": a noun after a determiner (and an adjective).
  // But "issued a statement saying …" is a document and its participle ("In a statement
  // announcing …" is an adjunct).
  // (Asked of participles only: most cues are not, and the document table's probe was made for every one.)
  const auto issued = [&] {
    return k > s.lo + 2 && is_issued_document(t_[k - 1].lower) && t_[k - 3].word && !t_[k - 3].capitalized &&
           !starts_with_preposition(t_[k - 3]);
  };
  if (participle && k > s.lo && t_[k - 1].word && !issued() &&
      (is_determiner(t_[k - 1].lower) || (k > s.lo + 1 && t_[k - 2].word && is_determiner(t_[k - 2].lower) &&
                                          !t_[k - 1].capitalized && !is_cue_modifier(t_[k - 1].lower)))) {
    return;
  }
  if (participle && !progressive()) {
    // "…, adding that Y": the clause's subject, else the previous clause's speaker.
    size_t c = content_start(s, k, classes);
    if (c < s.end && is_punct(t_[c], ',')) ++c;
    if (c >= s.end || opens_quote(t_[c])) return;  // “…” right after the cue: a direct quote
    auto subject = share_subject(t_, k, s.lo);  // "…, with 30 percent of voters saying …"
    if (!subject && k == s.lo) return opening_participle(s, k, c);
    if (!subject) subject = participle_subject(s, k);
    if (subject) emit(c, content_end(c, s.end), k, k, subject);
    else if (!out_.empty()) emit(c, content_end(c, s.end), k, k, std::nullopt, true);
    return;
  }
  // "Two in three said …", "On taxes, 47% say …": a share of people polled speaks.
  std::optional<MentionRange> share;
  if (is(speech_class::plain_speech)) share = share_subject(t_, k, s.lo);
  // "She went on to say that …": the subject stands before "went on to" (`verb`).
  size_t verb = k;
  // "She appeared to concede that …", "Lee seems to think …": the subject stands before the
  // verb of appearance, which is part of the cue (`cue_first`) and hedges the claim.
  size_t cue_first = k;
  if (k > s.lo + 3 && t_[k - 1].lower == "to" && t_[k - 2].lower == "on" && t_[k - 3].word &&
      is_continuation_verb(t_[k - 3].lower)) {
    verb = k - 3;
  } else if (k > s.lo + 2 && t_[k - 1].lower == "to" && t_[k - 2].word && !t_[k - 2].capitalized &&
             is_seem_verb(t_[k - 2].lower)) {
    verb = cue_first = k - 2;
  }
  // "a way to report profits", "a majority to confirm judges": an infinitive, not the subject's speech.
  if (verb == k && k > s.lo && t_[k - 1].lower == "to") return;
  // "a tally of pledged donations", "the club's pledged funds": a modifier, not a verb.
  // ("Another said", "Many say": a quantifier opening the clause is the subject.)
  if (!share && k > s.lo && t_[k - 1].word &&
      (t_[k - 1].lower == "of" || ((is_determiner(t_[k - 1].lower) || t_[k - 1].possessive) && k - 1 > s.lo &&
                                   t_[k - 2].word))) {
    return;
  }

  std::optional<MentionRange> subject = share ? share : subject_of_cue(t_, verb, s.lo);
  if (!subject && is(speech_class::plain_speech)) subject = loose_subject(t_, verb, s.lo);
  // (The aside first: "Lee, R-Dover, speaking …, said" is Lee, not "R-Dover, speaking …".)
  if (!subject && is(speech_class::plain_speech)) subject = aside_subject(s, verb);
  if (!subject && is(speech_class::plain_speech)) subject = described_subject(s, verb);
  if (subject && !can_speak_with(t_, k, *subject)) return;
  if (subject && denies_speech(*subject)) return;  // "Nobody asked about …"
  // "11% of Democratic claims", "in Harbour Party reports": a cue form that is also a noun,
  // after a phrase that follows a preposition, is that noun.
  if (subject && is(speech_class::noun_like) && subject->first > s.lo && !subject->pronoun &&
      starts_with_preposition(t_[subject->first - 1])) {
    return;
  }
  if (subject) {
    if (size_t end = stance_object_end(s, k)) return emit_stance(k, end, *subject);  // "… say otherwise."
    // "the fee, which officials said will rise", "what the mayor said was a mistake": the
    // relative pronoun before the subject stands for part of what was said (kRelativeContent).
    // Not after a preposition ("the ad in which Ruiz said …" is the setting), nor inside a
    // clause already reported ("said voters heard what Lee said …"); "which" only after a
    // comma ("footage on Friday which officials said …" may be the setting's own clause).
    if (size_t r = subject->first; r > s.lo + 1 && t_[r - 1].word && v_.quote_of[r - 1] == kNone &&
                                   lexicon<rules::kRelativeContent>().contains(t_[r - 1].lower) &&
                                   !(t_[r - 2].word && starts_with_preposition(t_[r - 2])) &&
                                   (t_[r - 1].lower != "which" || is_punct(t_[r - 2], ',')) &&
                                   !(!out_.empty() && out_.back().content.end >= t_[r - 1].span.end)) {
      emit(r - 1, r, cue_first, k, subject, false, 1);
    }
    size_t c = content_start(s, k, classes);
    // "He said, again, that …", "told the board, in a letter, that …": a parenthetical
    // between commas before "that" leaves the content after it.
    if (size_t that = that_after_parenthetical(s, c)) c = that;
    // "Y, he said; Z": a semicolon right after the cue closes the attribution of Y as a
    // full stop would; Z is a new clause. (A colon was measured too: after "“A,” she
    // said:" it took the quotation before it for a reported clause.)
    bool closed = k + 1 < s.end && is_punct(t_[k + 1], ';') && clause_end_before(s, subject->first);
    if (closed || adjunct_tail(s, k + 1) || listener_tail(s, k)) {
      // "Y, X said." (also after a quote that ends with its comma: “…,” X said). Not when Y
      // is the question put to X ("Asked whether …, she said no."): it is reported on its own.
      auto b = clause_end_before(s, subject->first);
      if (b && !(t_[s.lo].word && is_question_cue(t_[s.lo].lower)) && !names_setting(s.lo, *b) &&
          !short_adverbial(s.lo, *b) && !quote_attributed_inside(s.lo, *b)) {
        emit(after_colon_quote(s.lo, *b), *b, cue_first, k, subject);
      }
      return;
    }
    // "Y, Brandt said, since Z": Y is reported too.
    // The first piece may be short: "The festival, Mr. Brandt said, drew …", and may be a
    // fronted adjunct of the content ("On balance, Ruiz said, the pier …": PolNeAR keeps it).
    // Not when the first piece is a conjunction ("But, he said, …") or the setting of the
    // speech ("At a news conference, she said, …"). Before a quotation ("The new pier, she
    // said, “is a gift”") only a noun phrase or a clause is: "In February, he said, “…”" and
    // "As the crowd cheered, she said, “…”" set the scene.
    bool first_piece = false;
    const bool quote_follows = c + 1 < s.end && opens_quote(t_[c + 1]);
    if (c < s.end && is_punct(t_[c], ',') &&
        (!quote_follows || opens_noun_phrase(s.lo) || opens_claim_condition(s.lo, subject->first))) {
      if (auto b = clause_end_before(s, subject->first); b && !only_connectives(s.lo, *b) && !names_setting(s.lo, *b) &&
                                                          !(quote_follows && counts_time(v_, s.lo, *b))) {
        emit(after_colon_quote(s.lo, *b), *b, cue_first, k, subject, false, 1);
        first_piece = true;
      }
    }
    // "But to avoid delays, she said, drivers should leave early."
    bool parenthetical = c < s.end && is_punct(t_[c], ',') && subject->first > s.lo &&
                         is_punct(t_[subject->first - 1], ',');
    if (parenthetical) {
      ++c;
      if (c < s.end && opens_quote(t_[c])) return;  // “A,” he said, “B.”: quote attribution's job
    } else if (c + 1 < s.end && is_punct(t_[c], ',') && closes_on_comma(s, subject->first) &&
               continues_quoted_sentence(c + 1)) {
      // "“Only you,” she said, would …", "“It was bad luck,” he said, that both …": the
      // quotation ends on a comma, and after its attribution the writer's words finish the
      // quoted sentence; they are reported.
      parenthetical = true;
      ++c;
    }
    if (c < s.end && !is_punct(t_[c], ',') &&
        (!(starts_with_preposition(t_[c]) && !has_that_ && !opens_figure(c)) || (first_piece && parenthetical && infinitive_tail(s, c)))) {
      // "The new ferry, the captain said, is faster": after a first piece the rest may be short.
      size_t end = content_end(c, s.end);
      // "Ruiz, who has said that …, visited", "The toll, which officials said will rise, was …"
      if (relative_subject(s, *subject) || inside_relative_clause(s, *subject)) end = comma_or(c, end);
      // "asked Ruiz about the toll, when …": the topic asked about ends at its comma.
      if (c > k + 1 && t_[c - 1].lower == "about" && is_question_cue(t_[k].lower)) end = comma_or(c, end);
      // "If the toll rises, Ruiz said she would resign": a fronted condition or concession
      // before the subject is part of the claim, a piece of its own.
      if (!first_piece && !parenthetical && has_words(c, end, kMinContentWords)) {
        if (auto b = clause_end_before(s, subject->first); b && opens_claim_condition(s.lo, *b)) {
          emit(s.lo, *b, cue_first, k, subject, false, 1);
        }
      }
      emit(c, end, cue_first, k, subject, false, parenthetical && first_piece ? 1 : kMinContentWords);
    } else if (c + 1 < s.end && is_punct(t_[c], ',') && opens_as_aside(s, subject->first)) {
      // "As Ruiz told the Harbor Gazette, the new toll is …": the content follows the comma;
      // so it does after an aside ("The pier, as Ruiz pointed out, has no lights").
      if (!opens_quote(t_[c + 1])) emit(c + 1, content_end(c + 1, s.end), cue_first, k, subject);
    }
    return;
  }
  // "Y, said X." (also “…,” said X)
  if (auto b = clause_end_before(s, k)) {
    // "…, said council member Beck.": a role noun between an institution and the name.
    auto m = with_role_and_name(t_, mention_starting_at(t_, k + 1, s.end), true);
    // The source may close the sentence with an appositive: "…, said the chief executive, John Doe."
    bool appositive = m && m->last + 1 < s.end && is_punct(t_[m->last + 1], ',');
    // "…, said an official who was briefed on the talks.": a relative clause on the source
    // describes it to the sentence end.
    bool relative = m && m->last + 1 < s.end && !m->pronoun && t_[m->last + 1].word &&
                    (t_[m->last + 1].lower == "who" || t_[m->last + 1].lower == "whose");
    if (m && (adjunct_tail(s, m->last + 1) || appositive || relative) && !holds_modal(*m)) emit(s.lo, *b, k, k, m);
  }
}

}  // namespace claimscope::reported_detail
