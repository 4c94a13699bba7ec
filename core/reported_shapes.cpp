// Reported speech: the cue shapes besides "X said": topic nouns, views, questions, infinitives, passives, stances.
#include "reported_finder.h"
#include "speakers.h"
#include "statement_owner.h"

namespace claimscope::reported_detail {

// "Ruiz spoke about the delays", "spoke out about …", "talked emotionally of …": a verb of
// speaking (kTopicCues) and its "about"/"of" phrase, which is the content. Returns whether
// it reported one.
// `reference`: the word is a reference verb (kReferenceCues), else a topic verb (kTopicCues).
// A stance adjective of kTopicCues ("critical of", "worried about"): its rows' ids say so.
static bool is_topic_adjective(std::string_view w) {
  const WordRule* rule = lexicon<rules::kTopicCues>().find(w);
  return rule && std::string_view(rule->id).starts_with("topic.adj.");
}

bool Finder::topic_cue(const Sentence& s, size_t k, bool reference) {
  // "referring to the toll": a reference verb takes "to" where a topic verb takes "about".
  // "told them never to speak of it": an infinitive is no one's speech yet.
  if (k > s.lo && t_[k - 1].lower == "to") return false;
  // "what is referred to as …": a passive reference is a name, not anyone's words.
  if (reference && !is_ing(t_[k].lower)) {
    for (size_t j = k; j > s.lo && t_[j - 1].word && (is_cue_modifier(t_[j - 1].lower) || is_ly_adverb(t_[j - 1]));) {
      if (is_passive_auxiliary(t_[--j].lower)) return false;  // "is often referred to as"
    }
  }
  size_t p = k + 1;
  if (p < s.end && (t_[p].lower == "out" || is_ly_adverb(t_[p]))) ++p;  // "spoke out about", "spoke warmly of"
  const bool opens = reference ? t_[p].lower == "to" : opens_topic(t_[p]);
  if (p + 1 >= s.end || !opens || v_.quote_of[p + 1] != kNone) return false;
  // "the fees we're talking about, the mayor said, …": a preposition left at the end of a
  // relative clause has its object before it; the comma after it opens no content.
  if (!t_[p + 1].word) return false;
  // "was referring to", "is talking about": a progressive has its own subject.
  const bool progressive = k > s.lo && is_cue_modifier(t_[k - 1].lower);
  const bool participle = is_ing(t_[k].lower) && !progressive;
  // "…,” Ruiz said, referring to the toll": a reference participle continues a cue before it
  // in the sentence; with none it is the writer's gloss ("The Narrows is a loose name,
  // referring to …").
  if (!reference && is_topic_adjective(t_[k].lower)) return stance_adjective(s, k, p);
  auto subject = participle ? (reference ? earlier_cue_subject(s, k) : participle_subject(s, k))
                            : subject_of_cue(t_, k, s.lo);
  if (!subject) return false;
  emit(p + 1, content_end(p + 1, s.end), k, p, subject);
  return true;
}

// "The union has long been critical of the toll" (the linking verb's subject): a stance
// adjective of kTopicCues at k and its object after the preposition at p. Right after a noun the adjective describes it ("Countries
// concerned about the border have …", half the time no one's stance on train), and degree
// words without a linking verb compare ("the most critical of the three votes"): nothing.
// The object is a noun phrase, a name alone too: it ends at a dash, a colon or a subordinator.
bool Finder::stance_adjective(const Sentence& s, size_t k, size_t p) {
  const Linked linked = linked_subject(s, k);
  std::optional<MentionRange> subject = linked.subject;
  // "Officials have long worried about …": a verb's past (kStateOfMindVerbs) is the verb.
  if (!linked.link && !linked.degrees && in_table<rules::kStateOfMindVerbs>(t_[k].lower)) {
    subject = subject_of_cue(t_, k, s.lo);
  }
  if (!subject) return false;
  size_t end = content_end(p + 1, s.end);
  for (size_t j = p + 1; j < end; ++j) {
    if (v_.quote_of[j] != kNone) continue;
    // A hyphen standing alone ("the skipper - she …") is a dash too; "since", "because" open
    // the writer's clause ("critical of Lee since the vote").
    if (t_[j].word ? !t_[j].capitalized && is_subordinator(t_[j].lower)
                   : is_dash(t_[j]) || is_punct(t_[j], '-') || is_punct(t_[j], ':')) {
      end = j;
    }
  }
  while (end > p + 1 && is_punct(t_[end - 1], ',')) --end;  // "…, because": the comma is the writer's
  emit(p + 1, end, k, p, subject, false, 1);  // "critical of Ruiz": a name is the whole object
  return true;
}

// "In a new survey of harbour users, most said …" is "According to a new survey, …": a
// sentence that opens with "in" and a poll, study or report reports what follows its
// comma. Not when a speech verb follows ("In a letter to the board, the mayor urged …"):
// that verb's subject speaks, and its cue reads the sentence.
void Finder::in_document(const Sentence& s, size_t k) {
  size_t comma = k + 1;
  std::optional<size_t> noun;
  while (comma < s.end && comma < k + 1 + kMaxSourceTokens && !is_punct(t_[comma], ',')) {
    // "In a Harbor Times/Coast Radio poll": a slash joins the poll's sponsors.
    if ((!t_[comma].word && !is_punct(t_[comma], '/')) || v_.quote_of[comma] != kNone) return;
    if (!noun && is_finding_source(t_[comma].lower)) noun = comma;
    ++comma;
  }
  if (!noun || comma >= s.end || !is_punct(t_[comma], ',')) return;
  const size_t end = content_end(comma + 1, s.end);
  for (size_t j = comma + 1; j < end; ++j) {
    if (v_.quote_of[j] != kNone || is_cue_token(t_[j]) || is_that_cue(t_[j].lower) ||
        is_quoting_verb(t_[j].lower) || is_infinitive_cue(t_[j].lower)) {
      return;
    }
  }
  emit(comma + 1, end, k, k, MentionRange{k + 1, comma - 1, false, *noun});
}

// "The union sees the toll as a tax on families": the object and its "as" complement,
// an object of a few words with no verb of its own, in the active voice.
void Finder::view_verb(const Sentence& s, size_t k) {
  if (k == s.lo || is_passive_auxiliary(t_[k - 1].lower) || k + 2 >= s.end) return;
  if (!t_[k + 1].word || starts_with_preposition(t_[k + 1]) || v_.quote_of[k + 1] != kNone) return;
  const size_t end = content_end(k + 1, s.end);
  size_t as = k + 2;
  while (as < end && as <= k + 1 + kMaxNamedObject && t_[as].word && t_[as].lower != "as" &&
         !is_cue_token(t_[as]) && v_.quote_of[as] == kNone) {
    ++as;
  }
  if (as + 1 >= end || t_[as].lower != "as" || is_speaker_pronoun(t_[as + 1].lower)) return;
  for (size_t j = as + 1; j < end && j <= as + 2; ++j) {
    if (is_not_complement_as(t_[j].lower)) return;
  }
  auto subject = subject_of_cue(t_, k, s.lo);
  if (subject) emit(k + 1, end, k, k, subject);
}

// "Asked whether the ferry would run, the captain …", "when asked about the toll": the
// one asked is the subject or is left out (the cue opens the sentence, follows a passive
// auxiliary, a subordinator or a comma), so the asker is unnamed and the question is
// reported with no speaker, or with the agent's ("asked by the host"). It starts at its opener ("whether", "what", …) or after
// "about", past a short listener or adjunct ("asked by a reporter on Monday whether"),
// and ends at the first comma. False when no question follows (the cue's other readings).
bool Finder::asked_question(const Sentence& s, size_t k) {
  if (k > s.lo) {
    const Token& p = t_[k - 1];
    bool passive = p.word && (is_passive_auxiliary(p.lower) || is_subordinator(p.lower));
    if (t_[k].capitalized || !(passive || is_punct(p, ','))) return false;
  }
  size_t start = 0;
  std::optional<MentionRange> asker;
  for (size_t j = k + 1; j < s.end && j <= k + kMaxQuestionGap; ++j) {
    if (!t_[j].word || v_.quote_of[j] != kNone || t_[j].lower == "to" || t_[j].lower == "for") return false;
    // "was asked by the host whether …": the agent asks.
    if (j == k + 1 && t_[j].lower == "by") {
      if ((asker = mention_starting_at(t_, j + 1, s.end)) && asker->pronoun) asker.reset();
      continue;
    }
    if (!t_[j].capitalized && is_question_opener(t_[j].lower)) {
      start = t_[j].lower == "about" ? j + 1 : j;
      break;
    }
  }
  if (!start) return false;
  size_t end = start;
  const size_t stop = content_end(start, s.end);
  while (end < stop && !is_punct(t_[end], ',')) ++end;
  // "“…,” Ruiz said, asked about the toll.": a question trailing a speaker's words is their
  // setting; reported with no speaker, it would end the speaker's run before the next quotation.
  if (!asker && k > s.lo && is_punct(t_[k - 1], ',') && end == s.end) return true;
  emit(start, end, k, k, asker, false, 1);
  return true;
}

// "X vowed to …", "X urged voters to …", "X called on the council to …":
// the content starts at "to" (after a listener, if any).
bool Finder::infinitive(const Sentence& s, size_t k) {
  if (in_table<rules::kReadinessAdjectives>(t_[k].lower)) return readiness(s, k);  // "was eager to …"
  size_t c = k + 1;
  // "…, vowing to cut the toll": a participle takes its "to" at once ("a promising start
  // to the season" is an adjective) and shares its sentence's subject after a comma.
  const bool participle = is_ing(t_[k].lower);
  // "called on / calls upon / calling on the board to act": "call" appeals only with its particle.
  const bool called = in_table<rules::kCallOnVerbs>(t_[k].lower);
  // "asked for more time to study it": a request (kForCues), read by for_cue; no listener.
  if (c < s.end && t_[c].lower == "for" && in_table<rules::kForCues>(t_[k].lower)) return false;
  if (called) {
    if (c >= s.end || !in_table<rules::kCallOnParticles>(t_[c].lower)) return false;
    ++c;
  } else if (participle && (c + 1 >= s.end || t_[c].lower != "to")) {
    return false;
  }
  if (c < s.end && t_[c].lower != "to") {
    if (auto m = mention_starting_at(t_, c, s.end)) {
      // "told the station the talks had stalled": the listener's phrase ends
      // where an article opens the next one, the content's subject.
      size_t next = m->last + 1;
      for (size_t j = c + 2; j <= m->last; ++j) {
        if (is_article(t_[j].lower)) { next = j; break; }
      }
      c = next;
    }
    else if (t_[c].word && !t_[c].capitalized) {
      // "urged them to", "called on ferry operators to": a few lower-case words before "to".
      // After a verb of asking, a question's opener ends them: in "asked workers if they
      // planned to stay" the "to" is the question's own, and the question is read as one.
      const bool asking = is_question_cue(t_[k].lower) || in_table<rules::kAskingForms>(t_[k].lower);
      size_t j = c + 1;
      while (j < s.end && j <= c + kMaxPlainListenerWords && t_[j].word && !t_[j].capitalized && t_[j].lower != "to" &&
             v_.quote_of[j] == kNone && !is_cue_token(t_[j]) && t_[j].lower != "that" &&
             !(asking && is_question_opener(t_[j].lower))) {
        ++j;
      }
      c = j < s.end && t_[j].lower == "to" ? j : c + 1;
    }
  }
  if (c + 1 >= s.end || t_[c].lower != "to") return false;
  // "called on the board to act", "urged voters to stay home": the one appealed to is part of
  // the appeal (kAppealCues); a promise or a plan has no listener.
  const size_t listener = k + (called ? 2 : 1);
  const size_t from = listener < c && in_table<rules::kAppealCues>(t_[k].lower) ? listener : c;
  // "says it plans to …": already part of the reported clause of "says".
  if (!out_.empty() && out_.back().content.start <= t_[k].span.start && t_[k].span.end <= out_.back().content.end) {
    return true;
  }
  auto subject = participle && k > s.lo + 1 && is_punct(t_[k - 1], ',') ? participle_subject(s, k)
                                                                        : subject_of_cue(t_, k, s.lo);
  if (!subject) return false;
  size_t end = content_end(c, s.end);
  // "A petition calling on the mayor to resign has passed …": a participle right after the
  // sentence's subject, with no comma, belongs to that subject, whose own verb ends the appeal.
  if (participle && subject->first == s.lo && subject->last + 1 == k) end = before_subject_verb(v_, c + 1, end);
  emit(from, end, k, called ? k + 1 : k, subject, false, kMinInfinitiveWords);
  return true;
}

// "Officials hope the new ferry will ease the queues", "Many fear the fees would drive
// skippers away": a hope or a fear (kThatlessClauseVerbs) whose clause drops "that". The
// clause opens with an article, a determiner, a subject pronoun or a name, and a finite
// auxiliary or modal stands before its first punctuation or relative pronoun: "fear the
// worst", "hoped for a deal", "fear the flooded roads", "fear the man who would …" report
// nothing. A past form is not enough: it is as often a participle on the object.
void Finder::thatless_clause(const Sentence& s, size_t k) {
  if (!in_table<rules::kThatlessClauseVerbs>(t_[k].lower) || !opens_thatless_clause(s, k + 1)) return;
  if (auto subject = subject_of_cue(t_, k, s.lo)) emit(k + 1, content_end(k + 1, s.end), k, k, subject);
}

// Token c opens a clause whose "that" was dropped (thatless_clause's test, above).
bool Finder::opens_thatless_clause(const Sentence& s, size_t c) const {
  if (c + 2 >= s.end) return false;
  const Token& n = t_[c];
  if (!n.word || v_.quote_of[c] != kNone || n.lower == "that") return false;
  if (!(is_determiner(n.lower) || is_subject_pronoun(n.lower) || (n.capitalized && is_name_word(n)))) return false;
  for (size_t j = c + 1; j < s.end && j < c + kMaxClauseVerbWords; ++j) {
    const Token& u = t_[j];
    if (!u.word || v_.quote_of[j] != kNone || in_table<rules::kRelativeClausePronouns>(u.lower)) return false;
    if (!u.capitalized && in_table<rules::kFiniteAuxiliaries>(u.lower)) return true;
  }
  return false;
}

// The subject of an adjective at k after a linking verb (kStateOfMindLinks) and any degree
// words (kStateOfMindDegrees, "-ly" adverbs): "The board has long been [very] nervous",
// "they’re hopeful" (a pronoun contracted with its verb). `link` false when no linking verb
// stands there; `degrees` true when degree words came between.
Finder::Linked Finder::linked_subject(const Sentence& s, size_t k) const {
  size_t p = k;
  while (p > s.lo && k - p <= kMaxStateDegreeWords && t_[p - 1].word && v_.quote_of[p - 1] == kNone &&
         (is_ly_adverb(t_[p - 1]) || in_table<rules::kStateOfMindDegrees>(t_[p - 1].lower))) {
    --p;
  }
  Linked out;
  out.degrees = p != k;
  if (p == s.lo || !t_[p - 1].word || v_.quote_of[p - 1] != kNone) return out;
  const Token& link = t_[p - 1];
  if (!link.capitalized && in_table<rules::kStateOfMindLinks>(link.lower)) {
    out.link = true;
    out.subject = subject_of_cue(t_, p - 1, s.lo);
  } else if (is_subject_pronoun(link.lower) && before_apostrophe(link.lower).size() < link.lower.size()) {
    out.link = true;
    out.subject = subject_of_cue(t_, p, s.lo);
  }
  return out;
}

// "Pier owners are confident the repairs will hold", "She remained convinced that …": a
// state of mind (kStateOfMindAdjectives) after a linking verb (kStateOfMindLinks, or a
// pronoun contracted with one: "they’re hopeful"), and its clause, with "that" or without
// (as thatless_clause reads it). The subject is the linking verb's. False when k is no
// such adjective (the caller reads it as a verb then); true otherwise, claim or not: "a
// confident skipper", "so nervous that she left" report nothing.
bool Finder::state_of_mind(const Sentence& s, size_t k) {
  if (!in_table<rules::kStateOfMindAdjectives>(t_[k].lower)) return false;
  const Linked linked = linked_subject(s, k);
  // "he worried that …": without a linking verb a verb's past is read as the verb.
  if (!linked.link) return !in_table<rules::kStateOfMindVerbs>(t_[k].lower);
  const auto& subject = linked.subject;
  if (!subject) return true;
  const size_t c = k + 1;
  if ((c < s.end && t_[c].word && t_[c].lower == "that") || opens_thatless_clause(s, c)) {
    emit(c, content_end(c, s.end), k, k, subject);
  }
  return true;
}

// The subject of an evidence verb when it is a document, poll or study:
// "the Port Authority’s Water Quality average shows …", "The latest fishing
// survey out on Friday shows …". The noun phrase runs back from the verb
// to the clause start; it must hold an evidence noun (kEvidenceSources).
std::optional<MentionRange> Finder::evidence_subject(const Sentence& s, size_t k) const {
  std::optional<size_t> noun;
  size_t first = k;
  while (first > s.lo && k - first < kMaxSourceTokens) {
    const Token& t = t_[first - 1];
    if (!t.word || v_.quote_of[first - 1] != kNone) break;
    // "The crime report shows …": "report" is the source here, not a cue.
    bool source_noun = is_evidence_source(t.lower);
    // "footage which the ferry firm claimed showed …", "footage that shows …": a relative clause, not a subject.
    // "… after leaked emails showed …": a subordinator opens the source's clause.
    if (!source_noun && !t.capitalized &&
        (is_cue_token(t) || is_that_cue(t.lower) || t.lower == "that" || is_relative_pronoun(t.lower) ||
         is_subordinator(t.lower))) {
      break;
    }
    if (!noun && source_noun) noun = first - 1;  // "Video of the collision shows …"
    --first;
  }
  if (!noun || first == k) return std::nullopt;
  // "In a new report, …": the phrase opens after a preposition, never with one.
  while (first < *noun && (starts_with_preposition(t_[first]) || is_not_name(t_[first].lower))) ++first;
  return MentionRange{first, k - 1, false, *noun};
}

// "The firm has reportedly lost two contracts": the predicate after a hearsay adverb
// (kHearsayAdverbs) is reported with no named source, and the subject with the auxiliary
// before the adverb as a piece of its own. Not before a cue verb ("reportedly told aides
// that …": that verb speaks). False when k is no such adverb in that place.
bool Finder::hearsay_adverb(const Sentence& s, size_t k) {
  if (k == s.lo || k + 2 >= s.end || !t_[k - 1].word) return false;  // the caller asked kHearsayAdverbs
  for (size_t j = k + 1; j < s.end && j <= k + 3 && t_[j].word; ++j) {
    if (is_cue_token(t_[j]) || is_that_cue(t_[j].lower) || is_infinitive_cue(t_[j].lower)) return false;
    if (!is_cue_modifier(t_[j].lower)) break;
  }
  if (!t_[k + 1].word || v_.quote_of[k + 1] != kNone) return false;
  emit(k + 1, content_end(k + 1, s.end), k, k, std::nullopt, false, 2);
  // "fined for allegedly ignoring the limit": after a preposition the adverb has no subject.
  if (!starts_with_preposition(t_[k - 1])) emit(subject_piece_start(s, k), k, k, k, std::nullopt, false, 1);
  return true;
}

// Where the subject piece of a sourceless cue starts, back from `verb`: the sentence start,
// a comma or a word that links its clause to the one before ("and Ruiz is expected to"
// gives "Ruiz", "…, which is expected to" the relative pronoun). `verb` when a cue of its
// own comes first ("Skippers say fares rose as the piers are seen as …").
size_t Finder::subject_piece_start(const Sentence& s, size_t verb) const {
  size_t from = verb;
  while (from > s.lo && (t_[from - 1].word || digit_group_comma(from - 1)) && v_.quote_of[from - 1] == kNone) {
    const Token& t = t_[from - 1];
    // A cue of its own speaks first; a state of mind in the subject is a noun's word
    // ("presidential hopeful Ann Lee has reportedly …"), no cue.
    if (!t.capitalized && (is_cue_token(t) || (is_that_cue(t.lower) && !in_table<rules::kStateOfMindAdjectives>(t.lower)))) {
      return verb;
    }
    // "…, which is expected to", "a scheme that’s been faulted for …", "sent what has been
    // described as …": a relative pronoun right before the verb (also contracted with its
    // auxiliary, or a free relative "what") is the piece.
    if (from == verb && !t.capitalized && (t.lower == "what" || opens_relative_clause(before_apostrophe(t.lower)))) {
      return from - 1;
    }
    if (!t.capitalized && is_clause_link(t.lower)) break;
    --from;
  }
  return from;
}

// "The flood report is expected to arrive on Monday", "is widely seen as …": the clause
// from the particle is an attribution with no named source; the subject is reported as a
// piece too, as far back as the clause start. False unless a passive auxiliary comes
// before the verb and its particle after it (kSourcelessPhrases).
bool Finder::sourceless(const Sentence& s, size_t k) {
  if (k + 2 >= s.end || !t_[k + 1].word) return false;
  // "was accused by regulators of hiding losses", "has been criticized by several of her
  // rivals for …": the agent between the verb and its particle is the source.
  std::optional<MentionRange> agent;
  size_t p = k + 1;
  if (t_[p].lower == "by") {
    agent = passive_agent(s, k, p + 1, &p);
    if (!agent) return false;
  }
  // Every phrase of kSourcelessPhrases has one of these particles second: most "said"
  // and "expected" are followed by none, and no phrase is built for them.
  const std::string_view particle = t_[p].lower;
  if (particle != "to" && particle != "as" && particle != "of" && particle != "for") return false;
  std::string phrase(t_[k].lower);
  phrase += ' ';
  phrase += particle;
  size_t phrase_end = p + 1;
  if (!in_table<rules::kSourcelessPhrases>(phrase)) {
    // "is said to be", "was reported to have": a verb of saying, with its infinitive.
    if (agent || t_[k + 1].lower != "to" || !t_[k + 2].word) return false;
    phrase += ' ';
    phrase += t_[k + 2].lower;
    if (!in_table<rules::kSourcelessPhrases>(phrase)) return false;
    phrase_end = k + 3;
  }
  size_t verb = k;
  // "is not expected to", "had been expected to", "is widely seen as": negation, passive
  // auxiliaries and manner adverbs too.
  auto auxiliary = [](const Token& t) {
    return is_cue_modifier(t.lower) || is_passive_auxiliary(t.lower) || t.lower == "not" || is_ly_adverb(t);
  };
  while (verb > s.lo && t_[verb - 1].word && auxiliary(t_[verb - 1])) --verb;
  // "He expected to win" is an infinitive cue, "accused the board of …" a speech act. A
  // finite passive only: "can be seen as", "to be viewed as", "being perceived as" are the
  // writer's own reading or an aim, not what others hold.
  bool passive = false;
  for (size_t j = verb; j < k; ++j) {
    std::string_view w = t_[j].lower;
    if (w == "be" || w == "being") return false;
    passive = passive || is_passive_auxiliary(w);
  }
  if (!passive) return false;
  // "are said to be urging …": a content that stops at "be" (before another cue) says nothing.
  size_t end = content_end(p, s.end);
  if (end <= phrase_end && phrase_end > p + 1) return false;
  const size_t subject = subject_piece_start(s, verb);
  // "The firm, which was accused of hiding losses, closed": the relative clause ends at its comma.
  if (subject > s.lo && is_punct(t_[subject - 1], ',') && opens_relative_clause(t_[subject].lower)) {
    end = comma_or(p, end);
  }
  emit(p, end, k, k, agent, false, 2);
  emit(subject, verb, k, k, agent, false, 1);  // the subject, a piece of its own
  return true;
}

// The agent of a passive cue, from `from` (after "by") up to the cue's particle (`*particle`
// is set to it): a mention or a few plain words ("some of his rivals"), with no clause in
// it; an aside set off by commas after it ("by a reporter, who worked for him, of …") is
// skipped. The words' "of" is the particle only for a cue that takes "of" and only when no
// determiner follows it ("accused by members of the board of …").
std::optional<MentionRange> Finder::passive_agent(const Sentence& s, size_t k, size_t from, size_t* particle) const {
  if (from >= s.end || !t_[from].word) return std::nullopt;
  auto is_particle = [&](size_t j) {
    if (!t_[j].word || !(t_[j].lower == "of" || t_[j].lower == "for" || t_[j].lower == "as")) return false;
    std::string phrase(t_[k].lower);
    phrase += ' ';
    phrase += t_[j].lower;
    if (!in_table<rules::kSourcelessPhrases>(phrase)) return false;
    return !(t_[j].lower == "of" && j + 1 < s.end && t_[j + 1].word &&
             (is_determiner(t_[j + 1].lower) || t_[j + 1].possessive));
  };
  size_t j = from;
  while (j < s.end && j < from + kMaxPassiveAgentWords && t_[j].word && v_.quote_of[j] == kNone &&
         !is_relative_clause_verb(t_[j].lower) && t_[j].lower != "that" && !(j > from && is_particle(j))) {
    ++j;
  }
  if (j == from || j + 1 >= s.end) return std::nullopt;
  const MentionRange agent{from, j - 1, false, j - 1};
  // ", who worked for Mr. Bannon,": an aside on the agent, closed by a comma before the particle.
  if (is_punct(t_[j], ',') && t_[j + 1].word && t_[j + 1].lower == "who") {
    size_t c = j + 2;
    while (c < s.end && c < j + 2 + kMaxPassiveAgentWords && !is_punct(t_[c], ',')) ++c;
    if (c + 2 >= s.end || !is_punct(t_[c], ',') || !is_particle(c + 1)) return std::nullopt;
    *particle = c + 1;
    return agent;
  }
  if (!is_particle(j)) return std::nullopt;
  *particle = j;
  return agent;
}

constexpr size_t kMaxOwnedStatementAdjectives = 1;  // "Ruiz's repeated warning that"

// "dismissed Ruiz's claim that the pier was unsafe", "rebutted Mayor Ana Ruiz's repeated
// warning that …": a statement noun owned by a name or a possessive pronoun (statement_owner, the
// quote context's reader too) reports its "that" clause in the owner's name. False when it is not so owned.
bool Finder::owned_statement(const Sentence& s, size_t k) {
  if (k == s.lo || k + 2 >= s.end || t_[k + 1].lower != "that" || v_.quote_of[k + 1] != kNone) return false;
  if (held_statement(s, k)) return true;
  auto owner = statement_owner(t_, k, s.lo, kMaxOwnedStatementAdjectives);
  if (!owner) return false;
  // "questioned his claim that …", "their repeated warning that …" (thirty-sixth round): a
  // possessive pronoun owns the statement as a name does; it is the speaker, resolved as
  // "he", "they". Not the sentence's subject ("His claim that … drew laughter": left alone,
  // as for names), nor before a relative "that" ("his claim that was rejected").
  if (owner->pronoun) {
    if (owner->first == s.lo || t_[owner->first].capitalized) return false;
    if (t_[k + 2].word && is_relative_clause_verb(t_[k + 2].lower)) return false;
  } else if (owner->first == s.lo || !t_[owner->first - 1].word) {
    // As the sentence's subject ("Ruiz's claim that the pier was unsafe drew laughter") the
    // clause ends before a verb the grammar cannot find: left alone.
    return false;
  }
  emit(k + 1, fronted_statement_end(s, k, content_end(k + 1, s.end)), k, k, *owner);
  return true;
}

// "Despite her claim that the pier was safe, the board closed it", "Contrary to his
// warning that fares would “soar,” …": a statement noun inside a fronted adverbial
// (kFrontedStatementPrepositions opens the sentence) reports up to the adverbial's comma,
// or just past a quotation that closes on it; otherwise `end`.
size_t Finder::fronted_statement_end(const Sentence& s, size_t k, size_t end) const {
  if (!t_[s.lo].word || !in_table<rules::kFrontedStatementPrepositions>(t_[s.lo].lower)) return end;
  for (size_t j = k + 2; j < end; ++j) {
    if (!is_punct(t_[j], ',')) continue;
    if (v_.quote_of[j] == kNone) return j;
    size_t after = j + 1;  // “…,” : the comma closes the quotation when only marks follow it in it
    while (after < end && !t_[after].word && v_.quote_of[after] == v_.quote_of[j]) ++after;
    if (after < end && v_.quote_of[after] == kNone) return after;
  }
  return end;
}

// "Ruiz expressed concern that …", "Lee repeated his claim that …": a statement noun as
// the object of a voicing verb (a determiner and one adjective between them at most) is
// the view of the verb's subject, who must be able to hold one. A relative "that" ("the
// idea that was floated") opens no content.
bool Finder::held_statement(const Sentence& s, size_t k) {
  size_t verb = k - 1;
  if (verb > s.lo && t_[verb].word && !is_determiner(t_[verb].lower) && t_[verb - 1].word &&
      is_determiner(t_[verb - 1].lower)) {
    --verb;  // "the old idea that": the adjective
  }
  if (verb > s.lo && t_[verb].word && is_determiner(t_[verb].lower)) --verb;
  const Token& v = t_[verb];
  if (verb == s.lo || !v.word || v.capitalized || v_.quote_of[verb] != kNone || !in_table<rules::kVoicingVerbs>(v.lower)) return false;
  if (t_[k + 2].word && is_relative_clause_verb(t_[k + 2].lower)) return false;
  // "pushing the idea that …" after a comma: the participle shares its sentence's subject.
  auto subject = is_ing(v.lower) ? participle_subject(s, verb) : subject_of_cue(t_, verb, s.lo);
  // Only someone who can hold a view: "the storm raised fears that …" has no holder.
  if (!subject || !(subject->pronoun || is_name_word(t_[subject->core_last]) || is_role_token(t_[subject->core_last]) ||
                    is_institution_token(t_[subject->core_last]))) {
    return false;
  }
  emit(k + 1, content_end(k + 1, s.end), verb, k, subject);
  return true;
}

// "made clear that …", "made it clear to the board on Friday that …", "made a strong case
// that …": the verb and its statement object (kMadeStatements) are the cue; the content is
// the "that" clause after them, past a listener or an adjunct.
void Finder::made_statement(const Sentence& s, size_t k) {
  if (k + 2 >= s.end || !t_[k + 1].word || v_.quote_of[k + 1] != kNone) return;
  if (k > s.lo && t_[k - 1].lower == "to") return;  // "to make clear that …": an aim, not a statement
  size_t object_end = 0;  // one past the statement object
  std::string phrase(t_[k + 1].lower);
  if (is_made_statement(phrase)) object_end = k + 2;
  for (size_t j = k + 2; !object_end && j < s.end && j <= k + 3 && t_[j].word; ++j) {
    std::string longer = phrase;  // "the case", then "a [strong] case"
    longer += ' ';
    longer += t_[j].lower;
    if (is_made_statement(longer)) object_end = j + 1;
  }
  if (!object_end) return;
  size_t that = 0;
  const size_t limit = std::min(s.end, object_end + kListenerThatWindow);
  for (size_t j = object_end; j < limit; ++j) {
    if (!t_[j].word || v_.quote_of[j] != kNone || is_cue_token(t_[j])) break;
    if (t_[j].lower == "that" && !is_relative_that(j, limit)) {
      that = j;
      break;
    }
  }
  if (!that) return;
  auto subject = is_ing(t_[k].lower) ? participle_subject(s, k) : subject_of_cue(t_, k, s.lo);
  if (subject) emit(that, content_end(that, s.end), k, object_end - 1, subject);
}

// "Ruiz endorsed the new toll", "most skippers oppose the fee", "the union is backing Lee":
// a verb of stance (kObjectStanceVerbs) in the active voice, with a subject that can hold a
// view; the content is its object, to a comma, a time adjunct or a new clause. Not a noun
// ("the support of"), a passive ("was backed by") or a phrasal verb ("backed down").
bool Finder::object_stance(const Sentence& s, size_t k) {
  if (k == s.lo || k + 1 >= s.end) return false;
  const Token& before = t_[k - 1];
  const Token& next = t_[k + 1];
  const bool participle = is_ing(t_[k].lower);
  if (before.word && (is_determiner(before.lower) || before.possessive || before.lower == "of" ||
                      before.lower == "to" || (!participle && is_passive_auxiliary(before.lower)))) {
    return false;
  }
  // "the union backing Lee": a participle speaks only after an auxiliary ("is backing").
  if (participle && !(before.word && is_cue_modifier(before.lower))) return false;
  // "favor that", "support needed", "support 27 percent": no noun-phrase object.
  if (!next.word || v_.quote_of[k + 1] != kNone || starts_with_preposition(next) || next.lower == "that" ||
      lexicon<rules::kNoStanceObject>().contains(next.lower) || is_cue_modifier(next.lower) ||
      (!next.capitalized && has_ed_ending(next.lower)) || is_number_token(next)) {
    return false;
  }
  // "said she opposed the war": already part of the reported clause around it.
  if (!out_.empty() && out_.back().content.start <= t_[k].span.start && t_[k].span.end <= out_.back().content.end) {
    return false;
  }
  auto subject = subject_of_cue(t_, k, s.lo);
  if (!subject) subject = relative_clause_subject(s, k);
  if (subject && !can_hold_view(*subject)) return false;
  // "Most skippers want …", "voters who support Lee": a short phrase the mention grammar does
  // not read, only before a verb that is no noun here (a past form or after a plural).
  if (!subject && !lexicon<rules::kStanceVerbsNamedOnly>().contains(t_[k].lower) &&
      (has_ed_ending(t_[k].lower) || (before.word && !before.capitalized && before.lower.back() == 's'))) {
    subject = loose_subject(t_, k, s.lo);
  }
  if (!subject) return false;
  const bool rejection = lexicon<rules::kRejectionVerbs>().contains(t_[k].lower);
  // "dismissed the plan as “a stunt”": a quoting verb with a quotation ahead is read there.
  if (rejection && last_quoted() > k + 1 && is_quoting_verb(t_[k].lower)) return false;
  const size_t end = object_end(k + 1, content_end(k + 1, s.end), rejection);
  // "expressed concern that …": the statement noun's "that" clause is the content (held_statement).
  // "wants Lee to resign": the appeal's "to" clause is read by the infinitive cue.
  const bool infinitive_cue = is_infinitive_cue(t_[k].lower);
  for (size_t j = k + 2; j < end; ++j) {
    if (!rejection && t_[j].lower == "that" && t_[j - 1].word && is_statement_noun(t_[j - 1].lower)) return false;
    if (infinitive_cue && t_[j].lower == "to") return false;
  }
  emit(k + 1, end, k, k, subject, false, 1);
  return true;
}

// "The ferry union, which endorsed Ruiz, …", "Ben Orr, who on Tuesday backed the toll, …":
// the subject of a verb in a relative clause set off by a comma is the phrase before the comma,
// with its pronoun. Cue modifiers and a day between the pronoun and the verb are skipped.
std::optional<MentionRange> Finder::relative_clause_subject(const Sentence& s, size_t k) const {
  size_t j = k;
  while (j > s.lo && j + kMaxRelativeGap > k && t_[j - 1].word &&
         (is_cue_modifier(t_[j - 1].lower) || is_weekday(t_[j - 1].lower) || t_[j - 1].lower == "on")) {
    --j;
  }
  if (j < s.lo + 3 || !t_[j - 1].word || !is_relative_pronoun(t_[j - 1].lower) ||
      !is_punct(t_[j - 2], ',')) {
    return std::nullopt;
  }
  auto antecedent = mention_ending_at(t_, j - 3, s.lo);
  if (!antecedent || antecedent->pronoun) return std::nullopt;
  return MentionRange{antecedent->first, j - 1, false, antecedent->core_last};
}

// A subject that ends in ", who" or ", which": its verb's content ends with the relative
// clause, at the next comma ("Ben Orr, who endorsed the toll, spoke first").
bool Finder::ends_in_relative_pronoun(const MentionRange& m) const {
  std::string_view w = t_[m.last].lower;
  return m.last > m.first && is_relative_pronoun(w) && is_punct(t_[m.last - 1], ',');
}

size_t Finder::relative_clause_end(size_t from, size_t end) const {
  for (size_t j = from; j < end; ++j) {
    if (v_.quote_of[j] == kNone && (is_punct(t_[j], ',') || is_dash(t_[j]))) return j;
  }
  return end;
}

// A pronoun, a name, a role or an institution ("the storm raised fears" has no holder).
bool Finder::can_hold_view(const MentionRange& m) const {
  const Token& head = t_[m.core_last];
  return m.pronoun || is_name_word(head) || is_role_token(head) || is_institution_token(head);
}

// Where a stance verb's object [from, end) ends: before a comma or dash, a time adjunct
// ("on Friday", "last week", "Tuesday"), an adverbial clause (kObjectEnders) or "and"/"but"
// with a verb of its own ("opposed the fee and said …"). After a verb of rejection "as" goes
// on with the verdict ("dismissed the report as partisan": `verdict_as`).
size_t Finder::object_end(size_t from, size_t end, bool verdict_as) const {
  for (size_t j = from + 1; j < end; ++j) {
    const Token& t = t_[j];
    if (v_.quote_of[j] != kNone) continue;
    if (!t.word) {
      if ((is_punct(t, ',') && !digit_group_comma(j)) || is_punct(t, ';') || is_punct(t, ':') || is_dash(t)) return j;
      continue;
    }
    if (is_weekday(t.lower) || opens_time_adjunct(t) ||
        (lexicon<rules::kObjectEnders>().contains(t.lower) && !(verdict_as && t.lower == "as"))) {
      return j;
    }
    if ((t.lower == "on" || t.lower == "in") && j + 1 < end && (is_weekday(t_[j + 1].lower) || is_number_token(t_[j + 1]))) {
      return j;
    }
    // "favored Lee 58 percent to 21 percent": the margin is the poll's, not the object.
    if (is_number_token(t) && j + 1 < end && t_[j + 1].word && is_share_unit(t_[j + 1].lower)) return j;
    if ((t.lower == "and" || t.lower == "but") && j + 1 < end) {
      const Token& n = t_[j + 1];
      if (n.word && (is_cue_modifier(n.lower) || is_cue_token(n) || is_past_tense_verb(n))) return j;
      // "favored Cruz and 15 percent backed Rubio": a share after the conjunction opens a
      // clause of its own (the margin rule above would stop after "and").
      if (opens_share(j + 1, end)) return j;
    }
  }
  return end;
}

// Where a speech act's object [from, end) ends: before "and"/"but" with a verb of its own
// ("endorsed Lee last week and has appeared at his side"), or before a time adjunct that
// closes it ("defended the plan this week on his radio show", "praised the crews on
// Monday."); one followed by more of the object stays ("blasted Lee on Monday over …").
size_t Finder::speech_act_object_end(size_t from, size_t end) const {
  end = named_object_end(v_, from - 1, end);
  for (size_t j = from + 1; j < end; ++j) {
    const Token& t = t_[j];
    if (!t.word || v_.quote_of[j] != kNone) continue;
    size_t after = 0;  // one past a time adjunct opening at j
    if (is_weekday(t.lower)) {
      after = j + 1;
    } else if (j + 1 < end && (opens_time_adjunct(t) || ((t.lower == "on" || t.lower == "in") && is_weekday(t_[j + 1].lower)))) {
      after = j + 2;
    }
    if (after && (after >= end || !t_[after].word || opens_clause_joint(after, end) || opens_setting_phrase(after, end))) {
      return j;
    }
    if (opens_clause_joint(j, end)) return is_punct(t_[j - 1], ',') ? j - 1 : j;
    // "criticized the plan, though he added that …", "praised the crew, but the board …": a
    // contrasting clause with a subject of its own ends the object at its comma.
    if (is_punct(t_[j - 1], ',') && v_.quote_of[j - 1] == kNone && !t_[j].capitalized &&
        (opens_contrast_clause(j, end) || opens_contrast_clause(j, end, true))) {
      return j - 1;
    }
  }
  return end;
}

// "and"/"but" at j with a verb of its own after it: "… and has appeared", "… but also used".
bool Finder::opens_clause_joint(size_t j, size_t end) const {
  if (j + 1 >= end || (t_[j].lower != "and" && t_[j].lower != "but")) return false;
  const Token& n = t_[j + 1];
  return n.word && (is_cue_modifier(n.lower) || is_cue_token(n) || is_past_tense_verb(n));
}

// "Ruiz pointed to the long delays", "…, pointing to the new toll": what a speaker offers as a
// reason or an example is the content, from after "to" to the clause end. Only for a subject
// that can hold a view ("the needle pointed to north" is a gesture or a reading).
void Finder::pointed_to(const Sentence& s, size_t k) {
  const size_t c = k + 2;
  if (!t_[c].word || v_.quote_of[c] != kNone) return;
  if (k > s.lo && t_[k - 1].word && is_passive_auxiliary(t_[k - 1].lower)) return;  // "was pointed to"
  const bool participle = is_ing(t_[k].lower);
  auto subject = participle ? participle_subject(s, k) : subject_of_cue(t_, k, s.lo);
  if (!subject || !can_hold_view(*subject)) return;
  // "said the delays pointed to …": already part of the reported clause around it.
  if (!out_.empty() && out_.back().content.start <= t_[k].span.start && t_[k].span.end <= out_.back().content.end) return;
  // "pointed to reports that Lee called the plan “a joke”": a quotation makes it a mixed
  // quote, whose extent quote attribution sets.
  const size_t end = content_end(c, s.end);
  if (!no_quote_between(c, end)) return;
  emit(c, end, k, k + 1, subject, false, 1);
}

// "X called for a fishing ban", "pressed for new tariffs": what the subject
// demands is the content, from after "for" to the clause end. In a relative clause on
// the speaker ("Ruiz, who had pushed for the plan since 2024, said …") the demand ends
// with that clause, not in the main clause's "said …", and a time phrase that closes it
// dates the pushing, not the plan: the reader sees "the plan".
void Finder::for_cue(const Sentence& s, size_t k) {
  std::optional<MentionRange> subject;
  std::string_view w = t_[k].lower;
  if (is_ing(w)) {
    subject = participle_subject(s, k);  // "…, calling for …"
  } else {
    subject = subject_of_cue(t_, k, s.lo);
  }
  if (!subject) return;
  size_t c = k + 2;
  // "the changes her aides have asked for, even though …": the object was fronted; none follows.
  if (c >= s.end || is_punct(t_[c], ',')) return;
  size_t end = content_end(c, s.end);
  if (ends_in_relative_pronoun(*subject)) end = closing_time_phrase(c, relative_clause_end(c, end));
  emit(c, end, k, k + 1, subject, false, 1);
}

// Where a time phrase that closes [from, end) starts, else end: "since 2024", "since
// last year", "on Monday", "last week", "Tuesday" (a preposition of time, then a
// figure, a weekday or a time word and its noun).
size_t Finder::closing_time_phrase(size_t from, size_t end) const {
  if (end < from + 2) return end;
  size_t j = end - 1;
  const Token& last = t_[j];
  if (!last.word || v_.quote_of[j] != kNone) return end;
  if (!is_number_token(last) && !is_weekday(last.lower)) {
    if (j < from + 2 || !opens_time_adjunct(t_[j - 1])) return end;  // "last year"
    --j;
  }
  if (j > from && t_[j - 1].word) {
    // "since 2024", "on Tuesday"; "a vote by Friday", "a fare of 3" hold their figure.
    if (lexicon<rules::kTimePrepositions>().contains(t_[j - 1].lower)) {
      --j;
    } else if (starts_with_preposition(t_[j - 1])) {
      return end;
    }
  }
  return j > from ? j : end;
}

}  // namespace claimscope::reported_detail
