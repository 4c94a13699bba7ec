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
  if (s.lo < s.end && (in_opens || opens_with_as(s.lo))) wording_opener(s);  // "As Ruiz put it, …"
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
    if (k + 2 < s.end && lower_case && t_[k + 1].lower == "by" && k > s.lo && reported_by_agent(s, k)) continue;  // "Y was reported by X."
    if (is(speech_class::question) && asked_question(s, k)) continue;  // "Asked whether …, X said"
    if (lower_case && is(speech_class::statement_noun) && owned_statement(s, k)) continue;  // "Ruiz's claim that …"
    if (lower_case && is(speech_class::infinitive) && infinitive(s, k)) continue;
    if (lower_case && is(speech_class::sourceless) && sourceless(s, k)) continue;  // "is expected to"
    if (lower_case && is(speech_class::hearsay) && hearsay_adverb(s, k)) continue;  // "has reportedly lost"
    if (lower_case && is(speech_class::that_cue) && state_of_mind(s, k)) continue;  // "are confident (that) …"
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
      } else if (lower_case) {
        thatless_clause(s, k);  // "Officials hope the new ferry will ease the queues"
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
