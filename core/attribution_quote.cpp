// Quote attribution: the speaker of one quotation (add_quote: its cue, or the shape and the
// words around it), and how it joins the pieces of a split quote.
#include "attributor.h"

namespace claimscope::attribution_detail {

namespace {

// is_fragment and is_embedded_fragment of one quotation, each asked at most once: is_fragment
// reads the whole quotation, and add_quote's branches ask them in up to six places.
class FragmentTests {
 public:
  FragmentTests(const ParagraphView& v, size_t first, size_t end) : v_(v), first_(first), end_(end) {}
  bool fragment() {
    if (fragment_ == kNotAsked) fragment_ = is_fragment(v_, first_, end_);
    return fragment_;
  }
  bool embedded() {
    if (embedded_ == kNotAsked) embedded_ = is_embedded_fragment(v_, first_, end_);
    return embedded_;
  }
  bool either() { return fragment() || embedded(); }

 private:
  static constexpr int8_t kNotAsked = -1;
  const ParagraphView& v_;
  size_t first_, end_;
  int8_t fragment_ = kNotAsked, embedded_ = kNotAsked;
};

// "Ruiz said the plan was “a disgrace,” the board voted for it anyway": a subject, then a verb
// that is neither a speech cue nor a quoting verb ("…,” he called them"), after a quotation that
// goes on (find_quote_cue reads any verb there as its cue: "“…,” Brandt shot back") opens the
// writer's own clause when the quotation sits in another speaker's reported clause.
bool opens_writers_clause(const ParagraphView& v, size_t end, const QuoteCue& cue) {
  if (!cue.mention || cue.mention->first < end || cue.mention->last >= cue.cue_first) return false;
  const Token& verb = v.toks[cue.cue_first];
  // ("“…,” the memo read": a document's own cue.)
  return verb.word && !is_cue_token(verb) && !is_quoting_verb(verb.lower) &&
         !is_issued_document(v.toks[cue.mention->core_last].lower);
}

}  // namespace

void Attributor::add_quote(const ParagraphView& v, uint32_t qi) {
  Quote& q = doc_.quotes[qi];
  size_t first = token_at_or_after(v, q.span.start);
  size_t end = token_at_or_after(v, q.span.end, first);  // a quotation ends after it starts
  Attribution a;
  a.kind = ClaimKind::quote;
  a.content = q.span;
  a.quote = int32_t(qi);
  a.paragraph = v.paragraph;
  int32_t parent = containing_ != kNone && attrs_[containing_].content.end >= q.span.end ? containing_ : kNone;
  // "refers to the governor as “Chris”": a name given by the subject, in title case or not.
  // (The shape first: it reads a token or two, the fragment tests the whole quotation.)
  auto referred = parent == kNone ? referred_as_before(v, first) : std::nullopt;
  FragmentTests fragments(v, first, end);
  if (referred && !fragments.either()) referred.reset();
  if (!referred && is_named_title(v, first, end, q.span == doc_.paragraphs[v.paragraph].span)) {
    q.scare = true;  // a title is named, not said
    return;
  }
  auto cue = find_quote_cue(v, first, end);
  if (cue && cue_opens_next_statement(v, first, end, *cue)) cue.reset();
  if (cue && parent != kNone && opens_writers_clause(v, end, *cue)) {
    attrs_[parent].content.end = q.span.end;  // the reported clause ends with its quotation
    note_clause_subject(v, *cue->mention);
    cue.reset();
  }
  const ParagraphView* cue_view = &v;
  if (!cue) cue = find_lead_in_sentence(v, first);
  if (!cue && first == 0 && v.paragraph > 0) {
    cue_view = &views_[v.paragraph - 1];
    cue = find_lead_in_cue(*cue_view);
  }
  // A quotation alone in its paragraph, signed by the next one ("— Ana Ruiz, mayor.").
  if (!cue && q.span == doc_.paragraphs[v.paragraph].span && v.paragraph + 1 < views_.size()) {
    cue_view = &views_[v.paragraph + 1];
    cue = find_signature_line(*cue_view);
  }
  bool continues = false;
  std::optional<MentionRange> headline_source;
  if (!cue && is_headline(v)) headline_source = headline_speaker(v, first);
  if (cue) a.cue = token_span(*cue_view, cue->cue_first, cue->cue_last);
  if (cue && cue->mention) {
    if (shares_cue_with_last_quote(a, *cue_view, *cue->mention)) a.inherit = last_quote_;
    else set_mention(a, *cue_view, *cue->mention);
    if (parent == kNone && cue_view == &v && cue->cue_last < first && fragments.either() &&
        !introduces_directly(v, cue->cue_last, first)) {
      // "X's claim that there were “hundreds of leaks” in May": the
      // fragment is part of a reported clause that runs from the cue.
      size_t start = cue->cue_last + 1;
      while (start < first && is_punct(v.toks[start], ',')) ++start;  // "said, without evidence, that …"
      push_clause_around(a, token_span(v, start, clause_end(v, end) - 1));
    } else if (auto tail = parent == kNone && cue_view == &v && cue->cue_last < first && !q.unclosed &&
                                   introduces_directly(v, cue->cue_last, first)
                               ? tail_after_quote(v, first, end)
                               : std::nullopt) {
      // "X said, “we have no answer yet” on how many jobs …": the statement runs from the
      // quotation to the end of its tail.
      push_clause_around(a, token_span(v, first, *tail - 1));
    } else if (parent == kNone && cue_view == &v && cue->cue_first >= end) {
      // "The new tolls “will not fix the bridge,” Lopez said": the words before
      // the quotation belong to the statement, a mixed quote from the sentence start.
      if (auto lead = lead_in_start(v, first)) {
        push_clause_around(a, token_span(v, *lead, end - 1));
      }
    }
  } else if (headline_source) {
    set_mention(a, v, *headline_source);  // headline convention: Speaker ‘quote’
  } else if (q.span == doc_.paragraphs[v.paragraph].span && !piece_ends_with_punctuation(v, first, end)) {
    return;  // a quoted phrase standing as its own heading: nobody is named
  } else if (q.span == doc_.paragraphs[v.paragraph].span && is_pull_quote_heading(v, first, end) &&
             quotes_speech_in_double_marks()) {
    q.scare = true;  // a pull-quote subhead: a heading, not a statement
    return;
  } else if (parent != kNone) {
    a.inherit = parent;  // a quoted fragment of a reported clause (mixed quote)
  } else if (cue && recent(last_, v.paragraph)) {
    a.inherit = last_;  // "…, stating “…”"
    if (cue_view == &v && cue->cue_last < first && fragments.fragment() &&
        !introduces_directly(v, cue->cue_last, first)) {
      // "…, saying the port was “in good hands”": the fragment ends a reported
      // clause that runs from the cue, in the same speaker's name.
      push_clause_around(a, token_span(v, cue->cue_last + 1, clause_end(v, end) - 1));
    }
  } else if (take_colon_line_speaker(a, v, first)) {
    // "He told the crowd, to loud cheers: ¶ “…”": the line before names who speaks.
  } else if (q.group != kNone && q.group != int32_t(qi) && last_quote_ != kNone &&
             attrs_[last_quote_].quote + 1 == int32_t(qi)) {
    a.inherit = last_quote_;  // the next paragraph of a multi-paragraph quote
  } else if (auto that = that_clause_before(v, first)) {
    if (is_set_off_sentence(v, first)) {
      // "said that the board had failed the riders: “They waited …”": the clause ends before
      // the colon (reported_speech.cpp); the quoted sentence is the speaker's direct quote.
      a.cue = v.toks[that->first - 1].span;
      set_mention(a, v, that->second);
    } else {
      // "X acknowledged that some boat owners would pay “a little extra”": a quoted
      // fragment in a that-clause is the subject's wording, whatever the verb.
      Attribution clause;
      clause.content = token_span(v, that->first, clause_end(v, end) - 1);
      clause.cue = v.toks[that->first - 1].span;
      clause.paragraph = v.paragraph;
      set_mention(clause, v, that->second);
      a.inherit = push(clause);
    }
  } else if (auto owned = fragments.either() ? owned_statement_before(v, first) : std::nullopt) {
    // "Ruiz's claim that the pier was “unsafe”": the owner's that-clause is the claim.
    Attribution clause;
    clause.content = token_span(v, owned->that, noun_clause_end(v, first, end) - 1);
    clause.cue = v.toks[owned->noun].span;
    clause.paragraph = v.paragraph;
    set_mention(clause, v, owned->owner);
    a.inherit = push(clause);
  } else if (referred) {
    // "Ruiz refers to the governor as “Chris”": the object and its name are the claim.
    Attribution clause;
    clause.content = token_span(v, referred->object, clause_end(v, end) - 1);
    clause.cue = token_span(v, referred->verb, referred->verb + 1);
    clause.paragraph = v.paragraph;
    set_mention(clause, v, referred->subject);
    a.inherit = push(clause);
  } else if (auto verb = fragments.embedded() ? verb_clause_before(v, first) : std::nullopt) {
    // A mixed quote: the claim is the clause the fragment sits in, from its verb.
    Attribution clause;
    clause.content = token_span(v, verb->first, clause_end(v, end) - 1);
    clause.cue = v.toks[verb->first - 1].span;
    clause.paragraph = v.paragraph;
    set_mention(clause, v, verb->second);
    containing_ = push(clause);
    a.inherit = containing_;
  } else if (first < end && (fragments.fragment() || is_title(v, first, end))) {
    q.scare = true;
    return;
  } else if (auto subject = sentence_subject(v, first, after_dateline(v))) {
    // "Ruiz shot back, “…”", "He went back to his usual points: “…”": no
    // cue, but the sentence the quotation closes has its own subject.
    set_mention(a, v, *subject);
  } else if (auto relay = relaying_source_before(v, first)) {
    // "“…,” Ruiz said, according to the Courier. “…”": the relaying source speaks.
    set_mention(a, v, *relay);
  } else if (auto actor = previous_sentence_actor(v, first)) {
    // "The judge turned to the clerk. “Read it again.”": the person the sentence before was about.
    set_mention(a, v, *actor);
  } else if (recent(last_, v.paragraph)) {
    a.inherit = last_;  // no cue: continues the last speaker
    continues = true;
  } else {
    // A quoted statement nobody is named for. A piece of a quotation over several paragraphs
    // may be named in a later one: kept for share_group_speakers.
    if (q.group != kNone) unnamed_pieces_.push_back(qi);
    return;
  }
  group_with_previous(qi, a, continues);
  last_quote_ = push(a);
}

// The subject of the writer's clause after a quotation (opens_writers_clause) speaks no claim,
// but names a person for a later he or she, as note_people notes the subject of a sentence with
// no claim; in text order (a person after the last noted one of the paragraph only).
void Attributor::note_clause_subject(const ParagraphView& v, const MentionRange& m) {
  if (m.pronoun || conjuncts(v.toks, m).size() != 1) return;
  SpeakerName name = speaker_name(doc_.text, v.toks, m);
  const Span mention = token_span(v, m.first, m.last);
  if (!name.person || (!people_.empty() && people_.back().paragraph == v.paragraph && people_.back().mention.start > mention.start)) {
    return;
  }
  people_.push_back(Person{std::move(name), mention, v.paragraph, titled(v.toks, m)});
}

// The paragraph's first token after its dateline ("PORT ALMA, May 4 —"): a month there
// ("May") or the place is no subject of the sentence that follows.
size_t Attributor::after_dateline(const ParagraphView& v) const {
  const Span d = doc_.paragraphs[v.paragraph].dateline;
  return d.empty() ? 0 : token_at_or_after(v, d.end);
}

// A cue-less quotation that opens a sentence right after a sentence of the same paragraph
// with no attribution and no quotation, whose subject is a person (a pronoun, a name or a
// role: "Ruiz shook her head. “Not this year.”"): news puts the speaker's action just
// before the words. Looks at that one sentence (at most kMaxLeadIn tokens): bounded.
std::optional<MentionRange> Attributor::previous_sentence_actor(const ParagraphView& v, size_t first) const {
  if (first == 0 || v.sentence_start[first] != first) return std::nullopt;
  const size_t lo = v.sentence_start[first - 1];
  if (first - lo > kMaxLeadIn) return std::nullopt;
  if (!attrs_.empty() && attrs_.back().paragraph == v.paragraph && attrs_.back().content.end > v.toks[lo].span.start) {
    return std::nullopt;  // the sentence before reports speech of its own
  }
  for (size_t k = lo; k < first; ++k) {
    if (v.quote_of[k] != kNone) return std::nullopt;
  }
  // The subject opens the sentence: after a fronted phrase ("Already, Beck's remarks about the
  // port had angered …") the first mention found is often not the subject.
  auto m = clause_subject(v.toks, first - 1, lo);
  if (!m || m->first != lo) return std::nullopt;
  if (m->pronoun) {
    std::string_view p = v.toks[m->first].lower;
    return p == "he" || p == "she" ? m : std::nullopt;  // "they", "it", "we": often not a person
  }
  const Token& head = v.toks[m->core_last];
  if ((!is_name_word(head) && !is_role_token(head)) || is_institution_token(head)) return std::nullopt;
  return m;
}

// A quotation that opens its paragraph after a line ending in a colon outside quotation marks
// ("As the Gazette reported on Friday, the board is split: ¶ “…”", "He told the crowd, to
// loud cheers: ¶ “…”"), when no cue verb before the colon was read: the attribution that
// runs to the colon speaks, else the subject of the colon's sentence (a pronoun, a name, a
// role or an institution). Looks at one sentence of one paragraph: bounded.
bool Attributor::take_colon_line_speaker(Attribution& a, const ParagraphView& v, size_t first) {
  if (first != 0 || v.paragraph == 0) return false;
  // The text first: most paragraphs before a quotation end otherwise, and their view need not be built.
  const Span line = doc_.paragraphs[v.paragraph - 1].span;
  if (line.empty() || doc_.text[line.end - 1] != ':') return false;
  const ParagraphView& prev = views_[v.paragraph - 1];
  const size_t colon = prev.toks.size() - 1;
  if (prev.toks.size() < 3 || !is_punct(prev.toks[colon], ':') || prev.quote_of[colon] != kNone) return false;
  if (last_ != kNone && attrs_[last_].paragraph == prev.paragraph &&
      attrs_[last_].content.end >= prev.toks[colon - 1].span.end) {
    a.inherit = last_;
    return true;
  }
  const size_t lo = prev.sentence_start[colon];
  if (colon - lo > kMaxLeadIn) return false;
  for (size_t k = lo; k < colon; ++k) {
    if (prev.quote_of[k] != kNone) return false;  // an earlier quotation: its own attribution decides
  }
  auto m = clause_subject(prev.toks, colon, lo);
  if (!m) return false;
  // Its verb must be a past form ("told", "wrote", "issued"): in "The council is split:" or
  // "Transcript as follows:" the line describes, and the quotation is not its subject's.
  size_t verb = m->last + 1;
  while (verb < colon && prev.toks[verb].word && is_cue_modifier(prev.toks[verb].lower)) ++verb;
  if (verb >= colon || !is_past_tense_verb(prev.toks[verb])) return false;
  const Token& head = prev.toks[m->core_last];
  if (!m->pronoun && !is_name_word(head) && !is_role_token(head) && !is_institution_token(head)) return false;
  set_mention(a, prev, *m);
  return true;
}

// Pieces of one split quote share a group: same cue (“A,” she said, “B.”)
// or a cue-less continuation in the same paragraph.
void Attributor::group_with_previous(uint32_t qi, const Attribution& a, bool continues) {
  if (last_quote_ == kNone) return;
  const Attribution& prev = attrs_[last_quote_];
  bool same_cue = !a.cue.empty() && a.cue == prev.cue;
  bool same_paragraph_continuation = continues && prev.paragraph == a.paragraph;
  if (!same_cue && !same_paragraph_continuation) return;
  Quote& before = doc_.quotes[prev.quote];
  if (before.group == kNone) before.group = prev.quote;
  const int32_t own = doc_.quotes[qi].group;
  doc_.quotes[qi].group = before.group;
  // “A,” X said, “B. ¶ “C.”: the piece already opened a quotation over several paragraphs
  // (find_quotes); its later pieces join the same group.
  for (size_t j = qi + 1; own != kNone && own != before.group && j < doc_.quotes.size() && doc_.quotes[j].group == own; ++j) {
    doc_.quotes[j].group = before.group;
  }
}

// “A,” transit chief Oda Lind said, “B.”: the piece before read the same cue token, so both
// name the speaker once. Its mention may have been read wider from its side ("transit chief
// Oda Lind" against "chief Oda Lind"); the two end on the same name. A wider one that adds
// only words before that name is kept; one whose extra words hold a comma ("Of Carson,
// Levine …", "the assailant, John McGraw") is a fronted phrase or an appositive, and the
// piece before takes this narrower reading instead. True when `a` should inherit it.
bool Attributor::shares_cue_with_last_quote(const Attribution& a, const ParagraphView& v, const MentionRange& m) {
  if (last_quote_ == kNone || a.cue.empty()) return false;
  Attribution& prev = attrs_[last_quote_];
  if (prev.cue != a.cue || prev.source.empty() || prev.inherit != kNone) return false;
  const Span mine = token_span(v, m.first, m.last);
  if (mine == prev.source) return true;
  if (mine.end != prev.source.end) return false;
  const Span wider = prev.source.start < mine.start ? prev.source : mine;
  const Span narrower = prev.source.start < mine.start ? mine : prev.source;
  const bool comma = std::string_view(doc_.text).substr(wider.start, narrower.start - wider.start).find(',') !=
                     std::string_view::npos;
  if (!comma) return prev.source == wider;  // (a wider reading of this side: both kept, as before)
  if (prev.source == narrower) return true;
  Attribution reading;
  set_mention(reading, v, m);
  prev.source = reading.source;
  prev.name_span = reading.name_span;
  prev.names = reading.names;
  prev.pronoun = reading.pronoun;
  return true;
}

// The reported clause a quotation belongs to (a mixed quote, or a partial
// quotation ending a clause): pushed first, in the quotation's name, and
// the quotation inherits its speaker from it.
void Attributor::push_clause_around(Attribution& a, Span content) {
  Attribution clause = a;
  clause.kind = ClaimKind::reported;
  clause.quote = kNone;
  clause.content = content;
  a.inherit = push(clause);
}

// Whether the article quotes speech in double marks (“…”, "…", ''…''); where it uses
// single marks for speech (British style), a short single-quoted paragraph is speech too.
bool Attributor::quotes_speech_in_double_marks() {
  if (double_marks_ < 0) {
    double_marks_ = 0;
    for (const Quote& q : doc_.quotes) {
      std::string_view open = std::string_view(doc_.text).substr(q.span.start, 3);
      if (open.rfind("\u201c", 0) == 0 || open.rfind("\"", 0) == 0 || open.rfind("''", 0) == 0) {
        double_marks_ = 1;
        break;
      }
    }
  }
  return double_marks_ == 1;
}

}  // namespace claimscope::attribution_detail
