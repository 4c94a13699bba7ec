// Reported speech: find_reported_speech, and Finder's cue screen, sentence loop and clause output.
#include "reported_speech.h"

#include "reported_finder.h"

namespace claimscope {
namespace reported_detail {

// One buffer per thread for the paragraph's cue candidates (Finder::cues_): one entry per
// token and an end mark. A fresh vector per paragraph was a heap block per paragraph (most
// of the cost on one-word lines). Finder writes every entry before it reads one: no fill.
// It only grows (Finder reads no size): resizing to each paragraph's length branched on
// growing or shrinking, a coin toss per paragraph.
NoFillVector<uint32_t>& cue_candidates(size_t n) {
  thread_local NoFillVector<uint32_t> cues;
  if (cues.size() < n) cues.resize(n);
  return cues;
}

// The same for a sentence's answers to "does a clause end here?" (Finder::content_end).
std::vector<uint8_t>& clause_end_answers() {
  thread_local std::vector<uint8_t> answers;
  return answers;
}

Finder::Finder(const ParagraphView& v, std::vector<ReportedClause>& out)
    : v_(v), t_(v.toks), out_(out), cues_(cue_candidates(v.toks.size() + 1)), clause_ends_(clause_end_answers()) {
  out_.clear();
  // One pass lists the unquoted words that pass may_open_reported_speech's
  // filter, the only tokens the sentence loop acts at: an index is written for
  // every token and kept by adding 0 or 1, so no branch on a word the text decides.
  // Quoted tokens come in runs (a quotation's words), so a branch passes over them
  // and their filter hash for a mispredict or two a quotation.
  const JointWordFilter& screen = reported_speech_screen();
  const int32_t* quote_of = v_.quote_of.data();
  const Token* toks = t_.data();
  const size_t count = t_.size();
  uint32_t* cue = cues_.data();  // the next entry to write
  for (size_t k = 0; k < count; ++k) {
    const Token& t = toks[k];
    if (quote_of[k] != kNone) continue;
    *cue = uint32_t(k);
    cue += unsigned(t.word) & unsigned(screen.may_contain_token(t.lower));
  }
  *cue = UINT32_MAX;  // past every sentence's end
  headline_ = !t_.empty() && t_.size() <= kMaxHeadlineTokens &&
              (t_.back().word || !utf8::is_terminal(t_.back().first) || title_case());
  // "Lynch: No outside influence on the inquiry.": the article's first line is its title,
  // whose "Name: words" label holds even with a full stop (only the label rule reads it so).
  title_line_ = v.paragraph == 0 && !t_.empty() && t_.size() <= kMaxTitleLineTokens;
}

// "Ruiz Says She Will Keep The Toll.": every word of four letters or more capitalized is a
// headline in title case, even when a full stop was added after it.
bool Finder::title_case() const {
  size_t long_words = 0;
  for (const Token& t : t_) {
    if (!t.word || t.lower.size() < 4) continue;
    if (!t.capitalized) return false;
    ++long_words;
  }
  return long_words >= kMinTitleWords;
}

void Finder::run() {
  for (size_t lo = 0; lo < t_.size();) {
    const size_t hi = end_of_run(v_.sentence_start.data(), t_.size(), lo + 1, v_.sentence_start[lo]);
    if (may_report(lo, hi)) {
      size_t end = hi;
      while (end > lo && !t_[end - 1].word && utf8::is_terminal(t_[end - 1].first)) --end;
      // "• “…,” said X", "Breaking: The dam held, X said": a line's bullet, emoji or label is
      // no part of the sentence, nor of what it reports.
      sentence(Sentence{after_line_markers(t_, lo, end), hi, end});
    }
    lo = hi;
  }
}

// Whether tokens [a, b) hold at least n words. Every reader asks about a few words
// (at most kMaxShortAdverbialWords + 1), so counting from a to the n-th word is
// short; a prefix count kept for every token of every paragraph cost more, as
// most paragraphs report nothing.
bool Finder::has_words(size_t a, size_t b, size_t n) const {
  for (size_t k = a; k < b && n > 0; ++k) n -= t_[k].word;
  return n == 0;
}

void Finder::emit(size_t a, size_t b, size_t cue_a, size_t cue_b, std::optional<MentionRange> m, bool cont,
          size_t min_words) {
  if (a >= b || !has_words(a, b, min_words) || is_single_quote(v_, a, b)) return;
  if (v_.quote_of[a] != kNone && v_.quote_of[a] == v_.quote_of[b - 1]) return;  // inside one quotation
  // A clause that ends inside a quotation ends with it: “… a leader.” keeps its closing mark.
  if (int32_t q = v_.quote_of[b - 1]; q != kNone) {
    while (b < t_.size() && v_.quote_of[b] == q) ++b;
  }
  Span content = span_of(v_, a, b);
  // "told reporters she feels confident about …": a cue inside the clause just found, whose
  // content ends with it, only repeats part of that claim.
  // A named speaker inside ("According to the Harbor Gazette, Paul Dunn said that …") is a layered source: kept;
  // the outer clause's own speaker again ("…, calling it a “mess”" inside its content) is not.
  if (!out_.empty() && (!m || m->pronoun ||
                        (same_mention(out_.back().mention, *m) && goes_on_to_fragment(cue_a, sentence_.end)))) {
    const ReportedClause& outer = out_.back();
    if (outer.content.start <= t_[cue_a].span.start && t_[cue_b].span.end <= outer.content.end &&
        content.end <= outer.content.end && content.start > outer.content.start) {
      return;
    }
  }
  // "Ruiz responded by saying that …": both cues find the same clause; it is reported once.
  if (!out_.empty() && out_.back().content.start == content.start && out_.back().content.end == content.end) return;
  out_.push_back(ReportedClause{content, span_of(v_, cue_a, cue_b + 1), m, cont});
}

// "… say otherwise.", "… denied it,": the words after the cue at k are only a
// stance object that ends the clause; one past them, else 0.
// The phrase is joined only where the clause ends (seldom): every cue with a subject asks.
size_t Finder::stance_object_end(const Sentence& s, size_t k) const {
  for (size_t j = k + 1; j < s.end && j <= k + kMaxStanceWords; ++j) {
    if (!t_[j].word || v_.quote_of[j] != kNone) return 0;
    bool clause_ends = j + 1 == s.end || is_punct(t_[j + 1], ',') || is_punct(t_[j + 1], ';');
    if (!clause_ends) continue;
    std::string phrase(t_[k + 1].lower);
    for (size_t i = k + 2; i <= j; ++i) (phrase += ' ') += t_[i].lower;
    if (in_table<rules::kStanceObjects>(phrase)) return j + 1;
  }
  return 0;
}

// A speaker takes a stand without content: no claim, only the mention.
void Finder::emit_stance(size_t cue, size_t end, const MentionRange& m) {
  ReportedClause rc{span_of(v_, cue, end), span_of(v_, cue, cue + 1), m};
  rc.stance_only = true;
  out_.push_back(rc);
}

void Finder::sentence(const Sentence& s) {
  sentence_ = s;
  commas_found_ = false;  // clause_ends_ and subordinate_end_ are set up when a content end is first asked for
  last_quoted_known_ = false;  // and last_quoted_ when a cue first asks for it
  if ((headline_ || title_line_) && s.lo == 0) headline_label(s);
  // The words before this sentence's are behind the cursor: it moves on to its first candidate.
  const bool in_opens = s.lo < s.end && opens_with_in(s.lo);
  if (in_opens) in_document(s, s.lo);  // "In a survey out on Friday, 60 percent of …"
  size_t c = next_cue_;
  if (in_opens && cues_[c] == s.lo) ++c;
  for (; cues_[c] < s.end; ++c) {
    const size_t k = cues_[c];
    // Every branch below needs a word of one of the cue tables (or
    // "according"): one lookup passes over the rest, before the topic test
    // reads the next word. A new branch on another table must add it to
    // may_start_speech_cue (which may_open_reported_speech includes).
    // Every table it asks about this word answers in one probe: the word passed the screen.
    const uint32_t classes = screened_speech_word_classes(t_[k].lower);
    if (!(classes & speech_class::kOpens)) continue;
    const bool lower_case = !t_[k].capitalized;
    const auto is = [&](uint32_t table) { return (classes & table) != 0; };
    // "called on him to apologize for suggesting …": inside the claim around it, no speech act of its own.
    if (is_gerund_object(k) && inside_last_claim(k)) continue;
    // "spoke about …": the next word is tested first, a cheap filter before the table.
    if (k + 2 < s.end && lower_case && is(speech_class::topic | speech_class::reference) &&
        (opens_topic(t_[k + 1]) || t_[k + 1].lower == "to" || t_[k + 1].lower == "out" || is_ly_adverb(t_[k + 1])) &&
        topic_cue(s, k, is(speech_class::reference))) {
      continue;
    }
    // "Ruiz endorsed the toll", "most skippers oppose the fee": a stance and its object.
    if (lower_case && is(speech_class::object_stance) && object_stance(s, k)) {
      continue;
    }
    if (!is(speech_class::kStartsCue | speech_class::according)) continue;
    if (k + 2 < s.end && t_[k + 1].lower == "by" && as_reported_by(s, k)) continue;  // "As reported by X, Y"
    if (is(speech_class::question) && asked_question(s, k)) continue;  // "Asked whether …, X said"
    if (lower_case && is(speech_class::statement_noun) && owned_statement(s, k)) continue;  // "Ruiz's claim that …"
    if (lower_case && is(speech_class::infinitive) && infinitive(s, k)) continue;
    if (lower_case && is(speech_class::sourceless) && sourceless(s, k)) continue;  // "is expected to"
    if (lower_case && is(speech_class::hearsay) && hearsay_adverb(s, k)) continue;  // "has reportedly lost"
    const bool cue_token = lower_case && is(speech_class::cue_verb);  // is_cue_token of a word
    if (lower_case && k + 2 < s.end && t_[k + 1].lower == "for" && is(speech_class::for_cue)) {
      for_cue(s, k);  // "called for a fishing ban …"
    } else if (t_[k].lower == "according" && k + 1 < s.end && t_[k + 1].lower == "to") {
      according_to(s, k);
    } else if (cue_token && k + 1 < s.end && !t_[k + 1].capitalized && is_institution_token(t_[k + 1]) &&
               !(is(speech_class::plain_speech) &&
                 ((k > s.lo && is_punct(t_[k - 1], ',')) || !is_listener_cue(t_[k].lower)))) {
      // "state media", "report office": a noun modifier, not a cue verb. A reporting verb that
      // is never a noun modifies none: "…, said council member Beck" is the inverted cue, and
      // "Ruiz said company leaders had …" reports the clause. After a listener cue the noun
      // opens the listener ("told union members …"), which the listener reading does not
      // take whole yet: left as before.
      continue;
    } else if (cue_token || (!lower_case && is(speech_class::cue_verb) &&
                             (headline_ ? k > s.lo : k == s.lo && is_ing(t_[k].lower)))) {
      // Title-case headlines capitalise the cue ("Council Says …"); a sentence may open
      // with a participle cue ("Noting that …, Ruiz said").
      cue_verb(s, k, classes);
    } else if (lower_case && is(speech_class::that_cue) && k + 1 < s.end && t_[k + 1].lower == "that") {
      auto subject = subject_of_cue(t_, k, s.lo);
      if (!subject) subject = evidence_subject(s, k);  // "The harbour survey out on Friday shows that …"
      if (subject) emit(k + 1, content_end(k + 1, s.end), k, k, subject);
    } else if (is(speech_class::that_cue) && lower_case && adjunct_tail(s, k + 1)) {
      // "Y, the audit shows.", "Y, a new survey found on Friday": the finding is the clause before.
      if (auto source = evidence_subject(s, k)) {
        if (auto b = clause_end_before(s, source->first)) emit(s.lo, *b, k, k, source);
      }
    } else if (is(speech_class::that_cue) && (lower_case || headline_) && k + 1 < s.end) {
      // "A new poll shows Mayor Ruiz ahead": documents, polls and studies need no
      // "that" (but "the footage was shown on TV" is a passive with an adjunct).
      if (auto source = evidence_subject(s, k); source && t_[k + 1].word && !starts_with_preposition(t_[k + 1])) {
        emit(k + 1, content_end(k + 1, s.end), k, k, source);
      }
    } else if (lower_case && is(speech_class::quoting)) {
      quoting_verb(s, k);
    } else if (lower_case && is(speech_class::view)) {
      view_verb(s, k);
    } else if (lower_case && is(speech_class::make)) {
      made_statement(s, k);  // "made clear that …", "made the case that …"
    } else if (lower_case && is(speech_class::stance)) {
      if (auto subject = subject_of_cue(t_, k, s.lo)) emit_stance(k, k + 1, *subject);  // "The unions disagree"
    }
  }
  next_cue_ = c;
}

// "Ruiz: Ferry Toll Will Stay": a headline that opens with a name and a colon gives that
// name's words (the convention of "Name: “…”" without the marks). Not a section label
// ("Breaking: …", "The Latest: …": kHeadlineKickers).
void Finder::headline_label(const Sentence& s) {
  size_t colon = s.lo + 1;
  while (colon < s.end && colon <= s.lo + kMaxLabelWords && t_[colon].word) ++colon;
  if (colon >= s.end || !is_punct(t_[colon], ':') || colon + 1 >= s.end) return;
  for (size_t k = s.lo; k < colon; ++k) {
    if (is_headline_kicker(t_[k].lower)) return;
  }
  auto m = mention_starting_at(t_, s.lo, colon);
  // "Q: …" is an interview's question mark-up, not a name.
  if (!m || m->pronoun || m->last + 1 != colon || !is_name_word(t_[m->core_last]) || t_[m->core_last].lower.size() < 2) {
    return;
  }
  emit(colon + 1, s.end, colon, colon + 1, m);
}

// ends_clause_before can be true only here: in a quotation, at ",", ";" or a dash, or at an
// unquoted "-ing" word, "as", "and" or "but". Most tokens of a content are none of these,
// and this test needs no call. A new clause end at another token must widen this test.
// `quote`: the token's quotation (quote_of), kNone outside one.
bool Finder::may_end_clause_before(const Token& t, int32_t quote) {
  if (quote != kNone) return true;
  if (!t.word) return t.first == ',' || t.first == ';' || t.first == ':' || (t.first >= 0x2013 && t.first <= 0x2015);  // a dash
  const std::string_view w = t.lower;
  const size_t n = w.size();
  if (n == 0) return false;  // no word is empty
  // First the last two bytes, without a branch on the length (a coin toss per word): few
  // words end like "ing", "and", "as" or "but".
  const auto last = [&](size_t back) { return uint8_t(w[n > back ? n - 1 - back : 0]); };
  const uint32_t end2 = uint32_t(last(1)) << 8 | last(0);
  constexpr auto pair = [](char a, char b) { return uint32_t(uint8_t(a)) << 8 | uint8_t(b); };
  const unsigned may = unsigned(end2 == pair('n', 'g')) | unsigned(end2 == pair('n', 'd')) |
                       unsigned(end2 == pair('a', 's')) | unsigned(end2 == pair('u', 't'));
  if (!may) return false;
  return w == "and" || w == "as" || w == "but" || (n > 4 && w.compare(n - 3, 3, "ing") == 0);
}

// Token k starts a new attribution that ends the content before it:
// ", the Gazette reported", ", said X", ", arguing that", "and warned that".
bool Finder::ends_clause_before(size_t k, size_t end) const {
  if (k + 1 >= end) return false;
  // “…closed,” sparking …: a comma inside the closing mark ends the clause like one outside it.
  if (v_.quote_of[k] != kNone) {
    bool closes_on_comma = !t_[k].word && k > 0 && is_punct(t_[k - 1], ',') && v_.quote_of[k + 1] == kNone &&
                           v_.quote_of[k - 1] == v_.quote_of[k];
    // "… “non-entities,” but he gave …", "“…,” though the board has not …": "but" or a
    // concession with a subject of its own opens a clause of the writer's, as after a plain
    // comma ("“a bargain,” while the rest …" may still be the speaker's comparison).
    return closes_on_comma && (introduces_source(k + 1, end) || is_participle_cue(t_[k + 1]) ||
                               opens_participle_clause(k + 1, end) || trailing_setting(k + 1, end) ||
                               (t_[k + 1].lower == "but" && opens_contrast_clause(k + 1, end)) ||
                               opens_contrast_clause(k + 1, end, true));
  }
  // "… stating “…”"; but "the warning", "her reporting" are nouns of the clause, and
  // "for suggesting" is the object of the words before it.
  if (is_participle_cue(t_[k]) && k > 0 && !is_cue_modifier(t_[k - 1].lower) &&
      !(t_[k - 1].word && (is_determiner(t_[k - 1].lower) || t_[k - 1].possessive)) && !is_gerund_object(k)) {
    return true;
  }
  if (is_punct(t_[k], ';')) return true;  // "Y; they later agreed …": a new clause
  // content_end keeps a quoted sentence's colon or dash for "that" clauses only.
  if (is_punct(t_[k], ':')) return opens_quoted_sentence(k);
  // "… — a claim the union disputes": a gloss after a dash, unless a second dash closes it
  // as an aside inside the content ("said the toll — a steep one — would stay").
  if (is_dash(t_[k])) return opens_quoted_sentence(k) || (opens_gloss(k + 1, end) && !has_dash(k + 1, end));
  if (is_punct(t_[k], ',')) {
    // "said that, while 37 percent say …, 39 percent …": a contrast right after "that" opens
    // the content's own fronted clause.
    const bool after_that = k > 0 && t_[k - 1].word && t_[k - 1].lower == "that";
    return introduces_source(k + 1, end) || is_participle_cue(t_[k + 1]) || opens_participle_clause(k + 1, end) ||
           (!after_that && opens_contrast_clause(k + 1, end)) || opens_gloss(k + 1, end) || opens_trailing_relative(k + 1, end) ||
           opens_comparison(k + 1, end) || trailing_setting(k + 1, end) ||
           (t_[k + 1].lower == "and" && opens_pronoun_clause(v_, k, end)) ||
           opens_second_source(k + 1, end);
  }
  // "says she is “ready for the vote” as she heads …": after a quotation, "as" with a subject
  // pronoun opens the reporter's circumstance.
  if (k > 0 && v_.quote_of[k - 1] != kNone && !t_[k - 1].word && t_[k].lower == "as" && t_[k + 1].word &&
      !t_[k + 1].capitalized && is_subject_pronoun(t_[k + 1].lower)) {
    return true;
  }
  // "… and warned that", "… but noted that", "… and has also said"
  if (t_[k].lower != "and" && t_[k].lower != "but") return false;
  size_t c = k + 1;
  while (c < end && c <= k + 3 && t_[c].word && is_cue_modifier(t_[c].lower)) ++c;
  // "called it “reckless” and made a short speech …": a second past-tense verb phrase
  // after a quotation is the subject's next act, not more of what was said.
  if (c < end && k > 0 && v_.quote_of[k - 1] != kNone && is_past_tense_verb(t_[c])) return true;
  if (c < end && (is_cue_token(t_[c]) || is_that_cue(t_[c].lower) || is_quoting_verb(t_[c].lower))) return true;
  // "… and Senator Brandt accused the mayor of …", "… and he noted that": a new speaker speaks.
  auto m = c == k + 1 ? mention_starting_at(t_, c, end) : std::nullopt;
  if (!m) return c == k + 1 && (plural_speaker_speaks(c, end) || share_speaks(c, end));
  c = m->last + 1;
  while (c < end && c <= m->last + 3 && t_[c].word && is_cue_modifier(t_[c].lower)) ++c;
  if (c < end && is_cue_token(t_[c]) && !can_speak_with(t_, c, *m)) return false;
  return c < end && (is_cue_token(t_[c]) || is_quoting_verb(t_[c].lower));
}

// ": “They waited …”", "— “They waited …”": a colon or dash before a quotation that opens
// with a capital, a quoted sentence of its own.
bool Finder::opens_quoted_sentence(size_t k) const {
  if (k + 2 >= sentence_.end || t_[k].word || (!is_punct(t_[k], ':') && !is_dash(t_[k]))) return false;
  return opens_quote(t_[k + 1]) && v_.quote_of[k + 1] != kNone && v_.quote_of[k + 2] == v_.quote_of[k + 1] &&
         t_[k + 2].word && t_[k + 2].capitalized;
}

// "said that the board had failed the riders: “They waited …”": after a "that" clause whose
// content already has a verb, a quoted sentence set off by a colon or dash is said in the
// speaker's own words, a direct quote of its own; the clause ends before it. Elsewhere
// ("rebuked him: “…”") the quotation is the content.
[[gnu::cold]] bool Finder::that_clause_ends_before_quote(size_t from, size_t k) const {
  for (size_t j = from + 1; j < k; ++j) {
    if (v_.quote_of[j] == kNone && (is_past_tense_verb(t_[j]) || is_relative_clause_verb(t_[j].lower))) return true;
  }
  return false;
}

// "said that the board failed, calling it a “slow disaster”", "told friends that … and thought
// the fee was a “fair price”": in a "that" clause, a verb of thought or naming with no subject
// of its own (a participle after the comma at k, or a verb after "and" at k) whose clause holds
// a quoted fragment goes on with the speaker's content; the fragment is part of it, as a mixed
// quote. Only after "that": "called them “boring”, …" after a plain object is its own act.
bool Finder::fragment_follows(size_t k, size_t end) const {
  size_t verb = k + 1;
  if (is_ing(t_[k].lower) && k > 0 && is_punct(t_[k - 1], ',')) {
    verb = k;  // the participle itself ends a clause too
  } else if (is_punct(t_[k], ',')) {
    // ", calling it …", ", describing it as …": a naming participle. Not ", saying it's …" or
    // ", suggesting the board …": a participle of speech reports a clause of its own.
    if (verb >= end || !is_ing(t_[verb].lower)) return false;
  } else if (t_[k].lower == "and") {
    while (verb < end && verb <= k + 3 && t_[verb].word && is_cue_modifier(t_[verb].lower)) ++verb;
  } else {
    return false;  // "but called it …" sets a second view against the first
  }
  if (verb >= end || (is_ing(t_[verb].lower) && !is_quoting_verb(t_[verb].lower))) return false;
  // "and said …" is a second statement, not more of the first.
  return !is_plain_speech_verb(t_[verb].lower) && goes_on_to_fragment(verb, end);
}

// The verb at k is one of speech, thought or naming, and a quoted fragment follows it within
// kMaxQuotingGap tokens, before any comma, "that" or other cue.
bool Finder::goes_on_to_fragment(size_t k, size_t end) const {
  if (!t_[k].word || t_[k].capitalized || !(is_cue_token(t_[k]) || is_quoting_verb(t_[k].lower))) return false;
  for (size_t j = k + 1; j < end && j <= k + kMaxQuotingGap; ++j) {
    if (v_.quote_of[j] != kNone) {
      // An opening mark after a word, then a lower-case word: a fragment, not a full quotation.
      return t_[j - 1].word && j + 1 < end && t_[j + 1].word && !t_[j + 1].capitalized;
    }
    // "but warned that …": a "that" clause of its own is the verb's own content.
    if (!t_[j].word || t_[j].lower == "that" || (is_cue_token(t_[j]) && !used_as_noun(j))) return false;
  }
  return false;
}

// ", a move that …", ", a swipe at the board": an indefinite noun phrase after the clause's
// comma is the writer's gloss on what was said. Not an item of a list (", a bridge and a
// tunnel"): no "and"/"or" in its first few words; not a time phrase (", a day after …").
bool Finder::opens_gloss(size_t k, size_t end) const {
  if (k + 1 >= end || (t_[k].lower != "a" && t_[k].lower != "an") || is_time_unit(t_[k + 1].lower)) return false;
  for (size_t j = k + 1; j < end && j <= k + kListItemWords; ++j) {
    if (t_[j].lower == "and" || t_[j].lower == "or" || is_punct(t_[j], ',')) return false;
  }
  return true;
}

// "40% said they would use the ferry, compared with 25% last year": the writer sets the
// figure beside another one; the comparison is not part of what was said. Only a figure
// (a number within the next few words): "compared with the old pier" may be the speaker's.
bool Finder::opens_comparison(size_t k, size_t end) const {
  if (k + 2 >= end || t_[k].lower != "compared" || (t_[k + 1].lower != "with" && t_[k + 1].lower != "to")) return false;
  for (size_t j = k + 2; j < end && j <= k + kComparisonFigureWords + 1; ++j) {
    if (t_[j].word && !t_[j].lower.empty() && t_[j].lower[0] >= '0' && t_[j].lower[0] <= '9') return true;
  }
  return false;
}

// ", which votes in March", ", who runs the board": a relative clause that runs to the end
// of the sentence is the writer's note on the last noun; one closed by a comma sits inside
// the content ("said the plan, which costs more, is a mistake"). Nor one whose subject is a
// pronoun: "…, which it blames for the lost jobs" is still the speaker's view.
bool Finder::opens_trailing_relative(size_t k, size_t end) const {
  if (k + 1 >= end || (t_[k].lower != "which" && t_[k].lower != "who") || is_speaker_pronoun(t_[k + 1].lower)) return false;
  for (size_t j = k + 1; j < end; ++j) {
    if (is_punct(t_[j], ',') || v_.quote_of[j] != kNone) return false;
  }
  return true;
}

bool Finder::has_dash(size_t k, size_t end) const {
  for (; k < end; ++k) {
    if (is_dash(t_[k])) return true;
  }
  return false;
}

// ", according to a pool report" (kSecondSourceOpeners): a second source named after the
// content's comma, at the clause's end, ends the content; the trailing attribution reads its
// own claim. Not an aside inside the content ("said the fees, according to the board, had
// doubled"): a comma in the source that a lower-case word other than a determiner or "who"
// follows goes back to the content. Reads at most kMaxSourceTokens tokens.
bool Finder::opens_second_source(size_t k, size_t end) const {
  if (k + 2 >= end || !t_[k].word || !word_or_two_in<rules::kSecondSourceOpeners>(k, k + 1)) return false;
  for (size_t j = k + 2; j + 1 < end && j < k + 2 + kMaxSourceTokens; ++j) {
    if (!is_punct(t_[j], ',')) continue;
    const Token& next = t_[j + 1];
    if (next.word && !next.capitalized && !is_determiner(next.lower) && next.lower != "who") return false;
  }
  return true;
}

// ", but the board …", ", while he …", ", but Ruiz …": a contrast conjunction
// (kContrastConjunctions) with a subject of its own opens the writer's contrast, not more
// of what was said. ", and …" was measured too: it is as often part of the reported clause.
// `concession`: "though" or "although" instead (kConcessiveConjunctions), asked only right
// after a quotation closing on a comma ("“…,” though the board has not voted").
bool Finder::opens_contrast_clause(size_t k, size_t end, bool concession) const {
  if (k + 1 >= end || !t_[k].word || !t_[k + 1].word) return false;
  if (concession ? !in_table<rules::kConcessiveConjunctions>(t_[k].lower) : !is_contrast_conjunction(t_[k].lower)) {
    return false;
  }
  const Token& next = t_[k + 1];
  return is_speaker_pronoun(next.lower) || is_determiner(next.lower) || next.capitalized || share_speaks(k + 1, end);
}

// "said about half of the boats had left", "said over 40 trucks …": "about" or "over"
// before a figure approximates it; it opens no adjunct.
bool Finder::opens_figure(size_t c) const {
  if (c + 1 >= sentence_.end || !t_[c].word) return false;
  if (is_share_approximator(t_[c].lower)) return is_number_token(t_[c + 1]);
  // "at least six", "at most ten" (kFigureApproximators)
  return c + 2 < sentence_.end && t_[c + 1].word && word_or_two_in<rules::kFigureApproximators>(c, c + 1) &&
         is_number_token(t_[c + 2]);
}

// "…, and 30 percent said …", "but more than 4 in 10 voters say …": a figure of people
// polled (after an approximator) that opens a clause and speaks within a few words is a
// new group's answer, not more of the one before.
bool Finder::share_speaks(size_t c, size_t end) const {
  const size_t j = share_approximators_after(t_, c, end);
  if (j >= end || !is_number_token(t_[j])) return false;
  for (size_t v = j + 1; v < end && v <= j + kMaxShareWords; ++v) {
    if (v_.quote_of[v] != kNone || (!t_[v].word && !is_punct(t_[v], '%'))) return false;
    if (t_[v].word && !t_[v].capitalized && is_plain_speech_verb(t_[v].lower)) return true;
  }
  return false;
}

// "… and fishermen accused them of …", "… but local residents said …": a lower-case
// plural noun (a word or two, -s or -men) right before a speech verb that is never a
// noun is a new group speaking; the mention grammar reads only names and roles.
bool Finder::plural_speaker_speaks(size_t c, size_t end) const {
  size_t j = c;
  while (j < end && j < c + kMaxPluralSubjectWords && t_[j].word && !t_[j].capitalized &&
         v_.quote_of[j] == kNone && !is_determiner(t_[j].lower) && !is_adjunct_opener(t_[j].lower) &&
         !is_cue_token(t_[j]) && !is_cue_modifier(t_[j].lower) && !is_speech_act_verb(t_[j].lower)) {
    ++j;
  }
  if (j == c || j >= end) return false;
  std::string_view head = t_[j - 1].lower;
  bool plural = (head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's') ||
                (head.size() > 4 && head.compare(head.size() - 3, 3, "men") == 0);
  if (!plural) return false;
  while (j < end && j < c + kMaxPluralSubjectWords + 3 && t_[j].word && is_cue_modifier(t_[j].lower)) ++j;
  return j < end && (is_plain_speech_verb(t_[j].lower) || is_speech_act_verb(t_[j].lower));
}

// One past the sentence's last quoted token (0 with none), asked for by the few cues
// that read quotations ahead: a scan of every sentence of a quoted paragraph cost more.
size_t Finder::last_quoted() const {
  if (!last_quoted_known_) {
    size_t last = 0;  // a select, not a branch per token
    if (v_.has_quote) {
      for (size_t k = sentence_.lo; k < sentence_.end; ++k) last = v_.quote_of[k] != kNone ? k + 1 : last;
    }
    last_quoted_ = last;
    last_quoted_known_ = true;
  }
  return last_quoted_;
}

size_t Finder::content_end(size_t from, size_t end) const {
  // The first clause end after `from`, before `end`: tokens are asked only
  // up to it, and each answer is kept for the sentence's next content end.
  if (!commas_found_) {
    clause_ends_.assign(sentence_.end - sentence_.lo, kUnknown);
    subordinate_end_ = fronted_clause_comma(sentence_);  // only content_end reads it
    clear_lo_ = clear_hi_ = 0;  // no token of this sentence known yet
    commas_found_ = true;
  }
  size_t stop = end;
  const bool that_clause = from < end && t_[from].lower == "that";
  // Locals, not members: the answers are bytes, whose store may alias anything for the
  // compiler, which then reloaded every member the loop reads after each token's answer.
  // The pre-test needs no answer kept: only the tokens it passes are asked and remembered.
  const Token* toks = t_.data();
  const int32_t* quote_of = v_.quote_of.data();
  const size_t lo = sentence_.lo, sentence_end = sentence_.end;
  uint8_t* answers = clause_ends_.data();
  // Bounded (kMaxContentScan): in an unpunctuated paste with a cue every few words, each cue
  // would read on to the sentence's end; past the bound the content runs to `end`.
  const size_t last = std::min({end, sentence_end, from + kMaxContentScan});
  size_t k = std::max(from + 1, lo);
  // Tokens [clear_lo_, clear_hi_) of this sentence are known to end no clause (whatever
  // `from` and `end`): a walk that starts among them goes on from clear_hi_. With a cue
  // every two words each walk then reads only the tokens the one before did not.
  size_t clear = k;  // [clear, k) end no clause
  if (clear_lo_ <= k && k <= clear_hi_) clear = clear_lo_, k = clear_hi_;
  for (;; ++k) {
    while (k < last && !may_end_clause_before(toks[k], quote_of[k])) ++k;
    if (k >= last) break;
    uint8_t known = answers[k - lo];
    if (known == kUnknown) {
      known = ends_clause_before(k, sentence_end) ? kYes : kNo;
      answers[k - lo] = known;
    }
    if (known != kYes) continue;
    keep_clear(clear, k);
    clear = k + 1;
    if (!(that_clause && fragment_follows(k, end)) &&
        (!opens_quoted_sentence(k) || (that_clause && that_clause_ends_before_quote(from, k)))) {
      stop = k;
      break;
    }
  }
  if (stop == end) keep_clear(clear, std::max(k, last));
  // "said the ferry was late, but critics said …": a clause that ends at the conjunction
  // after a comma ends before the comma (one inside a quotation stays with its quotation).
  if (stop < end && stop > from + 1 && is_punct(t_[stop - 1], ',') && v_.quote_of[stop - 1] == kNone) --stop;
  return from < subordinate_end_ && subordinate_end_ < stop ? subordinate_end_ : stop;
}

// "When Ruiz accused the board of stalling, the chair walked out": a sentence that opens
// with a subordinating conjunction; the comma closing that clause, else 0 (no quotation
// before it, at most kMaxFrontedClause tokens on).
size_t Finder::fronted_clause_comma(const Sentence& s) const {
  // "And while he said …, he …": a conjunction joining the sentence to the one before may
  // come first.
  size_t opener = s.lo;
  if (opener + 1 < s.end && t_[opener].word && in_table<rules::kClauseLeads>(t_[opener].lower)) ++opener;
  // "Even as Ruiz praised the plan, …", "Even if …": "even" opens the clause with "as" (which
  // alone is too often a preposition to count) or a subordinator.
  bool even_as = false;
  if (opener + 1 < s.end && t_[opener].word && t_[opener].lower == "even" && t_[opener + 1].word) {
    ++opener;
    even_as = t_[opener].lower == "as";
  }
  if (opener >= s.end || !t_[opener].word || !(even_as || is_subordinator(t_[opener].lower))) return 0;
  for (size_t j = opener + 1; j < s.end && j <= opener + kMaxFrontedClause; ++j) {
    if (v_.quote_of[j] != kNone) return 0;
    if (is_punct(t_[j], ',')) return j;
  }
  return 0;
}

// Nothing after the cue but a short time or place adjunct ("on Tuesday").
bool Finder::adjunct_tail(const Sentence& s, size_t from) const {
  if (from >= s.end) return true;
  const Token& t = t_[from];
  if (!may_open_adjunct(t)) return false;
  if (clause_after_time_words(s, from)) return false;  // "said last week the ferry had …"
  // "said that day", "said that same evening" close the sentence; "said that the dam held"
  // opens a short "that" clause, read as "said the dam held" is.
  if (s.end - from <= kMaxTailTokens) return t.lower != "that" || that_time_adjunct(from, s.end);
  // "Y, X said Monday morning, as the ferry docked.": an adjunct closed by a comma.
  // Only a preposition or a time word opens such a long adjunct ("said there
  // had been no serious, lasting damage" has content before its comma).
  bool time_word = is_weekday(t.lower) || t.lower == "today" || t.lower == "yesterday" || t.lower == "last" ||
                   t.lower == "earlier" || t.lower == "later";
  if (!starts_with_preposition(t) && !time_word) return false;
  for (size_t j = from + 1; j < s.end && j <= from + kMaxAdjunctTokens; ++j) {
    if (t_[j].lower == "that" || v_.quote_of[j] != kNone) return false;
    // (Not when a clause follows the comma: "said Monday at the pier, the ferry would …".)
    if (is_punct(t_[j], ',')) return !(!is_ing(t_[from - 1].lower) && clause_after_adjunct(s, from));
  }
  // "Y, Ruiz said on Friday in a radio interview with the Gazette.": an adjunct opened by a
  // preposition that runs to the sentence end, with no "that", quotation or subject pronoun
  // (which would open content); not a figure ("said about 40 boats had left").
  if (s.end - from > kMaxFinalAdjunctTokens || !starts_with_preposition(t) || opens_figure(from)) return false;
  for (size_t j = from + 1; j < s.end; ++j) {
    if (t_[j].lower == "that" || v_.quote_of[j] != kNone || is_punct(t_[j], ',') ||
        (!t_[j].capitalized && is_subject_pronoun(t_[j].lower))) {
      return false;
    }
  }
  return true;
}

// "that day", "that same evening": the demonstrative "that" at `from` opens a time adjunct
// (a time noun one or two words on), not a "that" clause.
bool Finder::that_time_adjunct(size_t from, size_t end) const {
  for (size_t j = from + 1; j < end && j <= from + 2; ++j) {
    if (t_[j].word && (is_time_unit(t_[j].lower) || is_part_of_day(t_[j].lower))) return true;
  }
  return false;
}

// "Y, Ruiz told reporters.", "Y, a spokesman told the Coast Gazette on Monday.": after a
// listener cue, a listener and at most an adjunct close the sentence. The listener is a
// mention or a few plain words, with no "that" or subject pronoun (which open content:
// "told reporters he would stay").
bool Finder::listener_tail(const Sentence& s, size_t k) const {
  if (k + 1 >= s.end || !is_listener_cue(t_[k].lower) || !t_[k + 1].word || may_open_adjunct(t_[k + 1])) return false;
  // "…, Lee asked the mayor about it": a question put, not a statement; "After the vote, Lee
  // told the board …" opens with the setting, not with what was said.
  if (t_[k].lower == "asked" || (t_[s.lo].word && is_subordinator(t_[s.lo].lower))) return false;
  size_t j = k + 1;
  if (auto m = mention_starting_at(t_, j, s.end); m && !m->pronoun) {
    j = m->last + 1;
  } else {
    while (j < s.end && j <= k + kMaxPlainListenerWords && t_[j].word && !may_open_adjunct(t_[j]) &&
           !is_weekday(t_[j].lower)) {
      ++j;
    }
  }
  for (size_t i = k + 1; i < j; ++i) {
    if (v_.quote_of[i] != kNone || t_[i].lower == "that" || is_subject_pronoun(t_[i].lower)) return false;
  }
  // "warned residents.", "told reporters on Monday.": a listener, unless the phrase is the
  // content's subject ("warned the move could backfire").
  if (phrase_opens_predicate(k + 1, j, s.end)) return false;
  return adjunct_tail(s, j);
}

// "warned the move could backfire", "told the board the plan was late": a lower-case modal
// or auxiliary ("could", "was", "has") in (first, last] opens the predicate of the words
// before it, so the phrase from `first` is the content's subject, not a listener. Not after
// a relative pronoun ("told reporters who were waiting", "the crews whom it had hired").
bool Finder::phrase_opens_predicate(size_t first, size_t last, size_t end) const {
  for (size_t i = first + 1; i <= last && i < end; ++i) {
    const Token& t = t_[i];
    if (t.word && !t.capitalized && (is_relative_clause_verb(t.lower) || in_table<rules::kModalVerbs>(t.lower)) &&
        !(t_[i - 1].word && opens_relative_clause(t_[i - 1].lower))) {
      return true;
    }
  }
  return false;
}

// End of "Y" in "Y, X said": the comma before the subject, or a closing
// quotation mark that holds the comma (“…,” X said).
std::optional<size_t> Finder::clause_end_before(const Sentence& s, size_t subject_first) const {
  if (subject_first <= s.lo + 1) return std::nullopt;
  const Token& before = t_[subject_first - 1];
  if (is_punct(before, ',')) return subject_first - 1;
  if (!before.word && v_.quote_of[subject_first - 1] != kNone && is_punct(t_[subject_first - 2], ',')) {
    return subject_first;
  }
  return std::nullopt;
}

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
  bool adjunct_first = c < s.end && may_open_adjunct(t_[c]);
  // A preposition opens a longer adjunct: "said during a rally in the old port that …".
  const bool preposition_first = c < s.end && starts_with_preposition(t_[c]);
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

}  // namespace reported_detail

void find_reported_speech(const ParagraphView& v, std::vector<ReportedClause>& out) {
  reported_detail::Finder(v, out).run();
}

std::vector<ReportedClause> find_reported_speech(const ParagraphView& v) {
  std::vector<ReportedClause> out;
  find_reported_speech(v, out);
  return out;
}

}  // namespace claimscope
