// Quote attribution: the words around a quotation: the clause it sits in (a that- or verb
// clause, its tail), the lead-in before it, the sentence subject, a cue that opens the next
// statement, a source that relays the sentence before.
#include "attributor.h"
#include "statement_owner.h"

namespace claimscope::attribution_detail {

constexpr size_t kMaxClauseTail = 40;  // tokens after a quoted fragment to the clause end

namespace {

// The words that open a statement's setting after its quotation: one list with the setting
// after a speech act's object, less "from" (rules/quote_clauses.h).
bool opens_setting(std::string_view lower) {
  return lower != rules::kNotQuoteSetting && in_table<rules::kObjectSettingOpeners>(lower);
}

// After a quoted fragment, where the writer's own words begin: a dash (— … —, " - ", "--")
// or a comma before rules::kWriterClauseOpeners. Outside quotation marks only.
bool opens_writer_aside(const ParagraphView& v, size_t k) {
  const Token& t = v.toks[k];
  if (t.word || v.quote_of[k] != kNone) return false;
  if (is_dash(t)) return true;
  const bool next_word = k + 1 < v.toks.size() && v.toks[k + 1].word;
  if (t.first == '-') {  // a spaced hyphen or a doubled one standing for a dash
    return k > 0 && (t.span.start > v.toks[k - 1].span.end || (k + 1 < v.toks.size() && is_punct(v.toks[k + 1], '-')));
  }
  return t.first == ',' && next_word && in_table<rules::kWriterClauseOpeners>(v.toks[k + 1].lower);
}

}  // namespace

// "X said, “we have no answer yet” on how many jobs …": the sentence runs on after the
// closing mark in lower case, so the quotation is only part of what was said. One past the
// tail's last token: the tail ends at the clause end or a comma, and holds no cue, no
// conjunction and no other quotation (then it is a clause of its own: “…” and 14 percent said …).
std::optional<size_t> tail_after_quote(const ParagraphView& v, size_t first, size_t end) {
  // A closing mark typed as two apostrophes (,'') is two tokens: the punctuation is before both.
  size_t close = end;
  if (close > first + 2 && is_punct(v.toks[close - 1], '\'') && is_punct(v.toks[close - 2], '\'')) --close;
  if (end >= v.toks.size() || ends_with_punctuation(v, close)) return std::nullopt;
  const Token& next = v.toks[end];
  if (!next.word || next.capitalized || v.sentence_start[end] != v.sentence_start[first]) return std::nullopt;
  if (opens_setting(next.lower)) return std::nullopt;  // “…” in a tweet on Friday: when and where, not what
  const size_t limit = std::min(v.toks.size(), end + kMaxClauseTail);
  size_t k = end;
  for (; k < limit && v.sentence_start[k] == v.sentence_start[end]; ++k) {
    const Token& t = v.toks[k];
    if (!t.word && (t.first == ',' || t.first == ';' || t.first == ':' || utf8::is_terminal(t.first))) break;
    if (v.quote_of[k] != kNone || is_cue_token(t) || is_contrast_conjunction(t.lower) || t.lower == "and" ||
        t.lower == "or") {
      return std::nullopt;
    }
  }
  return k;
}

// Only ", : that" stand between the cue and the quotation: “…” is the content itself.
bool introduces_directly(const ParagraphView& v, size_t cue_last, size_t first) {
  for (size_t k = cue_last + 1; k < first; ++k) {
    const Token& t = v.toks[k];
    if (t.word ? t.lower != "that" : (t.first != ',' && t.first != ':')) return false;
  }
  return true;
}

// One past the last token of the clause that holds tokens up to `end`: the
// sentence end without its final punctuation, a semicolon, or the writer's own aside
// (a dash, ", which …", ", while …": opens_writer_aside); bounded.
size_t clause_end(const ParagraphView& v, size_t end) {
  size_t k = end;
  const size_t limit = std::min(v.toks.size(), end + kMaxClauseTail);
  while (k < limit && v.sentence_start[k] == v.sentence_start[end - 1]) {
    const Token& t = v.toks[k];
    if (!t.word && (t.first == ';' || utf8::is_terminal(t.first)) && v.quote_of[k] == kNone) break;
    if (opens_writer_aside(v, k)) break;
    ++k;
  }
  return k;
}

// One past the last token of a noun's that-clause that holds the quotation [first, end):
// the noun phrase sits inside a sentence of its own ("Contrary to his claim that fares would
// “halve,” the toll rose"), so a comma closing the quotation (“…,” or “…”,) or a comma after
// it ends the clause before clause_end does.
size_t noun_clause_end(const ParagraphView& v, size_t first, size_t end) {
  size_t close = end;  // back over the closing mark(s): '' is two tokens
  while (close > first + 1 && end - close < 2 && !v.toks[close - 1].word &&
         (is_quote_mark(v.toks[close - 1].first) || v.toks[close - 1].first == '\'')) {
    --close;
  }
  if (close < end && is_punct(v.toks[close - 1], ',')) return end;
  const size_t limit = clause_end(v, end);
  for (size_t k = end; k < limit; ++k) {
    if (v.quote_of[k] != kNone || !is_punct(v.toks[k], ',')) continue;
    // "$353,000": a comma with a digit right after it is part of a figure.
    const bool figure = k + 1 < v.toks.size() && v.toks[k + 1].span.start == v.toks[k].span.end &&
                        utf8::is_digit(v.toks[k + 1].first);
    if (!figure) return k;
  }
  return limit;
}

namespace {

// A regular past form ("sniped", "mused"), lower case. Present "-s" forms are left
// out: "the accusations that …" is a plural noun.
bool is_past_form(const Token& t) {
  std::string_view w = t.lower;
  return t.word && !t.capitalized && has_ed_ending(w);
}

constexpr size_t kMaxThatDistance = 15;  // tokens between "that" and a quoted fragment

// The nearest "that" before the quoted fragment at `first`: in its sentence, at most
// kMaxThatDistance tokens back, past no quotation or sentence end and not the sentence's
// first word. Its index, or 0 for none. The two "that" readings below share it.
size_t that_before(const ParagraphView& v, size_t first) {
  if (first == 0) return 0;
  const size_t lo = v.sentence_start[first - 1];
  for (size_t k = first; k > lo + 1 && first - k < kMaxThatDistance;) {
    --k;
    const Token& t = v.toks[k];
    if (v.quote_of[k] != kNone || (!t.word && utf8::is_terminal(t.first))) return 0;
    if (t.lower == "that") return k;
  }
  return 0;
}

}  // namespace

// "X <verb> that … “…”": the "that" and the verb's subject, if any.
std::optional<std::pair<size_t, MentionRange>> that_clause_before(const ParagraphView& v, size_t first) {
  const size_t k = that_before(v, first);
  if (k == 0) return std::nullopt;
  const size_t lo = v.sentence_start[first - 1];
  // The verb must report speech or thought, and be used as a verb ("the 12
  // states that …" is a noun).
  const Token& verb = v.toks[k - 1];
  if (!verb.word || verb.capitalized) return std::nullopt;
  // Any past-tense verb will do ("sniped that", "mused that"): a subject, a verb and
  // "that" before quoted words is reported speech whatever the verb.
  if (!is_cue_verb(verb.lower) && !is_that_cue(verb.lower) && !is_quoting_verb(verb.lower) && !is_past_form(verb)) {
    return std::nullopt;
  }
  if (k >= 2 && v.toks[k - 2].word &&
      (is_determiner(v.toks[k - 2].lower) || v.toks[k - 2].possessive || utf8::is_digit(v.toks[k - 2].first))) {
    return std::nullopt;
  }
  auto subject = subject_of_cue(v.toks, k - 1, lo);
  if (!subject) return std::nullopt;
  return std::make_pair(k, *subject);
}

constexpr size_t kMaxStatementAgentWords = 6;  // "the suggestion by a former harbour master that"
constexpr size_t kMaxStatementAdjectives = 2;  // "Ruiz's recent evidence-free assertion that"
// "Ruiz's claim that the pier was “unsafe”", "his warning that fares would “soar”", "a
// suggestion by the mayor that someone “look into” it": a statement noun (kStatementNouns)
// with an owner (statement_owner) or a "by" agent, then "that" and the clause that holds
// the quoted fragment: that clause is the owner's claim, the noun its cue. With nobody
// named ("the claim that …“…”", "a promise that was “broken”") there is no speaker, and
// the fragment stays a scare quote. Looks back kMaxThatDistance tokens: bounded.
std::optional<OwnedStatement> owned_statement_before(const ParagraphView& v, size_t first) {
  const size_t k = that_before(v, first);
  if (k == 0) return std::nullopt;
  const size_t lo = v.sentence_start[first - 1];
  if (k + 1 < first && v.toks[k + 1].word && is_relative_clause_verb(v.toks[k + 1].lower)) return std::nullopt;
  // "… by the mayor that": the agent runs from "by" to "that", and is a mention.
  size_t by = k - 1;
  while (by > lo && k - by <= kMaxStatementAgentWords && v.toks[by].word && v.toks[by].lower != "by") --by;
  if (by > lo + 1 && by + 1 < k && v.toks[by].lower == "by" && v.toks[by - 1].word &&
      !v.toks[by - 1].capitalized && is_statement_noun(v.toks[by - 1].lower)) {
    auto agent = mention_starting_at(v.toks, by + 1, k);
    if (!agent || agent->last + 1 != k) return std::nullopt;
    return OwnedStatement{by - 1, k, *agent};
  }
  const Token& noun = v.toks[k - 1];
  if (!noun.word || noun.capitalized || !is_statement_noun(noun.lower)) return std::nullopt;
  auto owner = statement_owner(v.toks, k - 1, lo, kMaxStatementAdjectives);
  if (!owner || v.quote_of[owner->last] != kNone) return std::nullopt;
  return OwnedStatement{k - 1, k, *owner};
}

constexpr size_t kMaxVerbDistance = 20;  // tokens between a speech verb and a quoted fragment

constexpr size_t kMaxParticipleLead = 4;  // words between a comma and its participle: "at times calling"

namespace {

// The subject of the clause that a comma ends, when the participle at `k` follows that comma
// within kMaxParticipleLead words: "Ruiz spoke for an hour, at times calling …".
std::optional<MentionRange> subject_before_comma(const ParagraphView& v, size_t k, size_t lo) {
  size_t comma = k;
  while (comma > lo && k - comma <= kMaxParticipleLead && !is_punct(v.toks[comma - 1], ',')) {
    if (!v.toks[comma - 1].word) return std::nullopt;
    --comma;
  }
  if (comma <= lo + 1 || !is_punct(v.toks[comma - 1], ',')) return std::nullopt;
  auto m = clause_subject(v.toks, comma - 1, lo);
  if (m && m->last + 1 >= comma - 1) return std::nullopt;  // the comma right after the mention: an appositive
  return m;
}

}  // namespace

// "Brandt openly praises Ruiz as a “reliable partner,”", "the coast guard reported
// “1,340 boat inspections” in the bay": the nearest speech, thought or
// naming verb before a quoted fragment, in the same sentence and with a
// subject. The fragment's claim is the clause from that verb (or its
// "that") to the clause end. Earlier quotations in the sentence are skipped
// ("calls the tolls “reckless” and “costly”").
std::optional<std::pair<size_t, MentionRange>> verb_clause_before(const ParagraphView& v, size_t first) {
  const size_t lo = v.sentence_start[first - 1];
  for (size_t k = first; k > lo + 1 && first - k < kMaxVerbDistance;) {
    --k;
    const Token& t = v.toks[k];
    if (v.quote_of[k] != kNone) continue;
    if (!t.word) {
      if (utf8::is_terminal(t.first) || t.first == ';' || t.first == ':') return std::nullopt;
      continue;
    }
    if (t.capitalized) continue;
    bool verb = is_cue_verb(t.lower) || is_quoting_verb(t.lower) || is_infinitive_cue(t.lower) ||
                (is_that_cue(t.lower) && k + 1 < first && v.toks[k + 1].lower == "that");
    if (!verb) continue;
    if (k + 1 < v.toks.size() && !v.toks[k + 1].capitalized && is_institution_token(v.toks[k + 1])) continue;
    const Token& prev = v.toks[k - 1];
    std::optional<MentionRange> subject;
    if (prev.word && prev.possessive && prev.capitalized) {
      // "Brandt’s claim that …": a noun cue; its owner is the speaker.
      size_t f = k - 1;
      while (f > lo && is_name_word(v.toks[f - 1]) && !v.toks[f - 1].possessive) --f;
      subject = MentionRange{f, k - 1, false, k - 1};
    } else if (prev.word && (is_determiner(prev.lower) || prev.possessive)) {
      continue;  // "the claims", "his comments": a noun, not the verb of the clause
    } else {
      subject = subject_of_cue(v.toks, k, lo);
      // "…, at times calling the board “cowards”": a participle set off by a comma is done by the
      // subject of the clause before that comma.
      if (!subject && is_ing(t.lower)) subject = subject_before_comma(v, k, lo);
    }
    if (!subject) return std::nullopt;
    size_t start = k + 1;
    while (start < first && v.toks[start].word && is_adjunct_opener(v.toks[start].lower) && start < k + 3) ++start;
    return std::make_pair(start, *subject);
  }
  return std::nullopt;
}

// "Ruiz refers to the governor as “Chris”", "…, referring to the levy as the “fish tax”": a
// verb of rules::kReferAsVerbs, "to", an object of a few words (no punctuation) and "as"
// (and a determiner) right before the quotation. The object starts the claim; the verb's
// subject speaks. None without "as" or a subject.
std::optional<ReferredAs> referred_as_before(const ParagraphView& v, size_t first) {
  if (first < 4) return std::nullopt;
  const size_t lo = v.sentence_start[first - 1];
  size_t as = first - 1;
  if (as > lo && v.toks[as].word && is_determiner(v.toks[as].lower)) --as;  // "as a “reformer”"
  if (as < lo + 3 || v.toks[as].lower != "as") return std::nullopt;
  for (size_t k = as - 1; k > lo && as - k <= rules::kMaxReferObjectWords + 1; --k) {
    const Token& t = v.toks[k];
    if (!t.word || v.quote_of[k] != kNone) return std::nullopt;
    if (t.lower != "to") continue;
    const Token& verb = v.toks[k - 1];
    if (k + 1 == as || !verb.word || verb.capitalized || !in_table<rules::kReferAsVerbs>(verb.lower)) {
      return std::nullopt;
    }
    auto subject = subject_of_cue(v.toks, k - 1, lo);
    if (!subject && is_ing(verb.lower)) subject = subject_before_comma(v, k - 1, lo);
    if (!subject) return std::nullopt;
    return ReferredAs{k - 1, k + 1, *subject};
  }
  return std::nullopt;
}

namespace {

// Whether the quotation ends on a full stop inside its closing mark(s) ('' is two tokens).
bool ends_on_full_stop(const ParagraphView& v, size_t first, size_t end) {
  size_t close = end;
  if (close > first + 2 && is_punct(v.toks[close - 1], '\'') && is_punct(v.toks[close - 2], '\'')) --close;
  return close >= first + 3 && is_punct(v.toks[close - 2], '.');
}

}  // namespace

// "“We will appeal.” She noted that the ruling …", "“…” Ruiz added: “…”": a cue that opens the
// next sentence and goes on to a statement of its own (a colon, "that", a subject pronoun or a
// determiner after the verb) reports that statement, not the finished quotation before it.
bool cue_opens_next_statement(const ParagraphView& v, size_t first, size_t end, const QuoteCue& cue) {
  const size_t after = cue.cue_last + 1;
  if (cue.cue_first < end || after >= v.toks.size() || !ends_on_full_stop(v, first, end)) return false;
  if (v.sentence_start[cue.cue_first] == v.sentence_start[first]) return false;
  const Token& next = v.toks[after];
  // "Ruiz added: “…”": the cue introduces the next quotation. (After "Ruiz added, “…”" news
  // text has the finished quotation as often as not from the same speaker: left to the cue.)
  if (!next.word) return next.first == ':';
  // "said it twice": "it" is as often the object.
  return !next.capitalized && next.lower != "it" &&
         (next.lower == "that" || is_speaker_pronoun(next.lower) || is_determiner(next.lower));
}

constexpr size_t kMaxRelayWords = 8;  // ", according to a shared press office report."

// "“…,” Ruiz said, according to the Courier. “…”": a quotation that opens the sentence after one
// whose cue is relayed by a source at its end (", according to X." / ", reports X.") is quoted
// from that source too. The source is a mention, else the words up to the full stop.
std::optional<MentionRange> relaying_source_before(const ParagraphView& v, size_t first) {
  if (first < 5 || v.sentence_start[first] != first || !is_punct(v.toks[first - 1], '.')) return std::nullopt;
  const size_t dot = first - 1, lo = v.sentence_start[dot];
  size_t from = dot;  // back over the words before the full stop, to a comma
  while (from > lo + 2 && dot - from < kMaxRelayWords && v.toks[from - 1].word) --from;
  const size_t comma = from - 1;
  if (!is_punct(v.toks[comma], ',')) return std::nullopt;
  const Token& relay = v.toks[from];
  if (relay.lower == "according" && from + 2 < dot && v.toks[from + 1].lower == "to") from += 2;
  else if (relay.lower == "reports" && from + 1 < dot) from += 1;
  else return std::nullopt;
  bool cue = false;  // the relayed sentence has a cue of its own: "Ruiz said, according to …"
  for (size_t k = lo; k < comma && !cue; ++k) cue = v.quote_of[k] == kNone && is_cue_token(v.toks[k]);
  if (!cue) return std::nullopt;
  auto m = mention_starting_at(v.toks, from, dot);
  if (m && !m->pronoun && m->last + 1 == dot) return m;
  return MentionRange{from, dot - 1, false, dot - 1};
}

// The subject of the clause a quotation ends, when words of that sentence
// come before the quotation: "Ruiz has since apologized: “…”". `body` is the
// paragraph's first token after a dateline.
std::optional<MentionRange> sentence_subject(const ParagraphView& v, size_t first, size_t body) {
  if (first == 0) return std::nullopt;
  const size_t lo = std::max<size_t>(v.sentence_start[first], body);
  if (lo >= first || first - lo > kMaxLeadIn) return std::nullopt;  // bounded: cost stays linear
  for (size_t k = lo; k < first; ++k) {
    if (v.quote_of[k] != kNone) return std::nullopt;  // an earlier quotation: its own attribution decides
  }
  // Only a pronoun, a name, a role or an institution: "The banner was simple: “…”" names nobody.
  auto m = clause_subject(v.toks, first, lo);
  if (!m || m->pronoun) return m;
  const Token& head = v.toks[m->core_last];
  if (is_name_word(head) || is_role_token(head) || is_institution_token(head)) return m;
  return std::nullopt;
}

constexpr size_t kMinLeadInWords = 2;

// Where the statement starts when a quotation with a cue after it opens
// inside its sentence: the sentence start, if the words before the
// quotation are plain text (no other quotation, no cue of their own).
std::optional<size_t> lead_in_start(const ParagraphView& v, size_t first) {
  if (first == 0) return std::nullopt;
  // "🚨 The new tolls “…,” Lopez said": a line's bullet, emoji or label is no part of the statement.
  const size_t lo = after_line_markers(v.toks, v.sentence_start[first], first);
  if (first - lo > kMaxLeadIn) return std::nullopt;  // bounded: cost stays linear
  size_t words = 0;
  for (size_t k = lo; k < first; ++k) {
    const Token& t = v.toks[k];
    if (v.quote_of[k] != kNone || is_cue_token(t) || (!t.word && (t.first == ':' || t.first == ';'))) return std::nullopt;
    if (t.word && (is_quoting_verb(t.lower) || t.lower == "according")) return std::nullopt;
    words += t.word;
  }
  if (words < kMinLeadInWords) return std::nullopt;
  // "In his 2002 book, “Saving for Tomorrow,” Ruiz suggested …": a quotation set off by a
  // comma after a fronted phrase is a title in an adjunct, not the end of a statement.
  if (is_punct(v.toks[first - 1], ',') && v.toks[lo].word && is_adjunct_opener(v.toks[lo].lower)) return std::nullopt;
  return lo;
}

}  // namespace claimscope::attribution_detail
