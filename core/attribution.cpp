// Who says what. Reads paragraphs, sentences and quotes; writes quote
// speakers, doc.speakers and doc.claims.
//
// Per paragraph, reported clauses and quotes are visited in text order so a
// quote with no cue of its own can take the speaker of what came just before
// (the rest of a split quote, the next paragraph of the same statement, a
// quoted fragment inside a reported clause). Speakers are resolved at the
// end, in order of their mentions, so pronouns find the latest named one.
#include "attribution.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <utility>

#include "annotate_scratch.h"
#include "hedges.h"
#include "kept_memory.h"
#include "line_markers.h"
#include "nearly_sorted.h"
#include "paragraph_view.h"
#include "quote_cues.h"
#include "quote_marks.h"
#include "reported_speech.h"
#include "segmenter.h"
#include "rules/cues.h"
#include "rules/quote_clauses.h"
#include "sentence_end.h"
#include "speakers.h"
#include "utf8.h"
#include "word_classes.h"
#include "word_shapes.h"

namespace claimscope {
namespace {

// Tokens either side of a sentence-opening capitalised word searched for the same word in
// lower case (common_word_opening).
constexpr size_t kCommonWordTokens = 128;

constexpr size_t kMaxFragmentWords = 4;  // “false flag”, “red line”
constexpr size_t kMaxTermWords = 2;      // “attack,” in a list of quoted search terms

// The names of a record's own named mention. Kept beside the records, not in
// them: many records have none (pronouns, inherited speakers), and a huge
// paragraph holds several records per sentence, all written to fresh memory.
struct MentionNames {
  SpeakerName name;
  std::vector<std::pair<SpeakerName, Span>> partners;  // further coordinated speakers
};

// Fields by size, largest first: no padding between them.
struct Attribution {
  std::vector<int32_t> speakers;  // all speakers when coordinated
  Span content;
  Span source;
  Span cue;
  Span name_span;           // the first speaker's own mention
  int32_t names = kNone;    // index into Attributor::names_: set for a named mention
  int32_t quote = kNone;
  uint32_t paragraph = 0;
  int32_t inherit = kNone;  // shares the speaker of this attribution
  int32_t speaker = kNone;
  ClaimKind kind = ClaimKind::reported;
  bool pronoun = false;
  bool claim = true;        // false: a stance with no content ("X say otherwise"), a speaker only
};
static_assert(sizeof(Attribution) <= 80, "a huge paragraph writes several records per sentence");

Span token_span(const ParagraphView& v, size_t first, size_t last) {
  return {v.toks[first].span.start, v.toks[last].span.end};
}

constexpr size_t kMaxNamedSubjectTokens = 30;  // a person named without a claim: the sentence's first words
constexpr int kMaxNamedSubjectTries = 3;       // names or titles tried there
constexpr size_t kMaxTitleWords = 8;     // “Harbour Talk Tonight,” ‘Make Your Boat a Home’

// A title of a show, book or slogan in running text: every word capitalised
// except small function words (“The Book of the Tides”), after a lower-case
// word ("host of “Harbour Talk Tonight,”"). In a title-case headline the word
// before is capitalised too, and a quoted headline is a real quotation.
bool is_title_words(const ParagraphView& v, size_t first, size_t end);

bool ends_with_punctuation(const ParagraphView& v, size_t end);

// “Donald Trump.” after a full stop, ‘I Think She Will.’ after a colon: a quotation that
// opens a sentence (or follows a colon) and ends in its own full stop, question or
// exclamation mark is a quoted sentence, however short, not a title in running text.
bool is_quoted_sentence(const ParagraphView& v, size_t first, size_t end) {
  const Token& before = v.toks[first - 1];
  if (before.word || v.quote_of[first - 1] != kNone || !(utf8::is_terminal(before.first) || before.first == ':')) {
    return false;
  }
  return end >= first + 2 && ends_with_punctuation(v, end) && utf8::is_terminal(v.toks[end - 2].first);
}

bool is_title(const ParagraphView& v, size_t first, size_t end) {
  if (first == 0 || v.toks[first - 1].capitalized) return false;
  return !is_quoted_sentence(v, first, end) && is_title_words(v, first, end);
}

// Every word capitalised except small function words: “The Book of the Tides”.
bool is_title_words(const ParagraphView& v, size_t first, size_t end) {
  size_t words = 0;
  for (size_t k = first; k < end; ++k) {
    const Token& t = v.toks[k];
    if (!t.word) continue;
    if (++words > kMaxTitleWords) return false;
    if (!t.capitalized && !utf8::is_digit(t.first) && !is_title_function_word(t.lower)) return false;
  }
  return words > 0;
}

// A sentence's end or a comma: what closes a quoted statement (“…,” / “….”).
bool is_statement_end(const Token& t) { return !t.word && (utf8::is_terminal(t.first) || t.first == ','); }

// Punctuation just inside the closing mark ends a statement: “…,” / “….”
bool ends_with_punctuation(const ParagraphView& v, size_t end) { return end >= 2 && is_statement_end(v.toks[end - 2]); }

// Punctuation before the closing mark ends a statement (ends_with_punctuation), wherever the
// quotation's last marks are: a piece of a quotation that goes on in the next paragraph has none
// (the paragraph ends inside it: "The vote is due. ¶ "…"), one that ends on a nested quotation
// has two ("… ‘What now?’”"), as has a mark typed as two apostrophes (.''). Skips at most three.
bool piece_ends_with_punctuation(const ParagraphView& v, size_t first, size_t end) {
  constexpr size_t kMaxClosingMarks = 3;
  size_t k = end;
  while (k > first + 1 && end - k < kMaxClosingMarks && !v.toks[k - 1].word &&
         (is_quote_mark(v.toks[k - 1].first) || v.toks[k - 1].first == '\'')) {
    --k;
  }
  return k > first + 1 && is_statement_end(v.toks[k - 1]);  // (not when nothing but marks)
}

constexpr size_t kMaxPullQuoteWords = 8;

// ‘A fight from start to finish.’ alone in its paragraph: a few words in single
// marks are a pull-quote subhead (news text quotes speech in double marks), not a
// statement of the last speaker.
bool is_pull_quote_heading(const ParagraphView& v, size_t first, size_t end) {
  const Token& open = v.toks[first];
  if (open.word || (open.first != U'\u2018' && open.first != '\'')) return false;
  size_t words = 0;
  for (size_t k = first; k < end; ++k) words += v.toks[k].word;
  return words > 0 && words <= kMaxPullQuoteWords;
}

// A short quoted phrase inside a sentence rather than a quoted statement.
bool is_fragment(const ParagraphView& v, size_t first, size_t end) {
  size_t words = 0;
  std::optional<size_t> first_word;
  for (size_t k = first; k < end; ++k) {
    if (!v.toks[k].word) continue;
    ++words;
    if (!first_word) first_word = k;
  }
  bool punct_end = end >= first + 2 && ends_with_punctuation(v, end);
  if (words <= kMaxFragmentWords && !punct_end) return true;
  // “attack,” “undeclared.”: a word or two is a term or a list item even before a comma.
  if (words <= kMaxTermWords && first > 0 && v.toks[first - 1].word) return true;
  return first_word && !v.toks[*first_word].capitalized && !punct_end && words <= 2 * kMaxFragmentWords;
}

constexpr size_t kMaxHeadlineTokens = 16;

// A short paragraph that does not end in a full stop outside quotation marks.
bool is_headline(const ParagraphView& v) {
  if (v.toks.empty() || v.toks.size() > kMaxHeadlineTokens) return false;
  const Token& last = v.toks.back();
  return v.quote_of.back() != kNone || last.word || !utf8::is_terminal(last.first);
}

// "Ruiz ‘will reopen the harbour’": the headline's opening name says it.
std::optional<MentionRange> headline_speaker(const ParagraphView& v, size_t first) {
  if (first == 0) return std::nullopt;
  auto m = mention_starting_at(v.toks, 0, first);
  if (!m || m->pronoun || m->last + 1 != first) return std::nullopt;
  return m;
}

constexpr size_t kMaxClauseTail = 40;  // tokens after a quoted fragment to the clause end

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

// A regular past form ("sniped", "mused"), lower case. Present "-s" forms are left
// out: "the accusations that …" is a plural noun.
bool is_past_form(const Token& t) {
  std::string_view w = t.lower;
  return t.word && !t.capitalized && has_ed_ending(w);
}

constexpr size_t kMaxThatDistance = 15;  // tokens between "that" and a quoted fragment

// "X <verb> that … “…”": the "that" and the verb's subject, if any.
std::optional<std::pair<size_t, MentionRange>> that_clause_before(const ParagraphView& v, size_t first) {
  if (first == 0) return std::nullopt;
  const size_t lo = v.sentence_start[first - 1];
  for (size_t k = first; k > lo + 1 && first - k < kMaxThatDistance;) {
    --k;
    const Token& t = v.toks[k];
    if (v.quote_of[k] != kNone || (!t.word && utf8::is_terminal(t.first))) return std::nullopt;
    if (t.lower != "that") continue;
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
  return std::nullopt;
}

constexpr size_t kMaxVerbDistance = 20;  // tokens between a speech verb and a quoted fragment

constexpr size_t kMaxParticipleLead = 4;  // words between a comma and its participle: "at times calling"

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

// “…” set off by a colon or a dash and opening with a capital: a quoted sentence of its own
// (reported_speech.cpp's Finder asks the same at the colon, to end a clause before it).
bool is_set_off_sentence(const ParagraphView& v, size_t first) {
  if (first == 0 || first + 1 >= v.toks.size() || v.quote_of[first - 1] != kNone) return false;
  const Token& before = v.toks[first - 1];
  const Token& opening = v.toks[first + 1];
  return (is_punct(before, ':') || is_dash(before)) && opening.word && opening.capitalized;
}

// A quotation embedded in running text: it follows a word ("as a “reliable
// partner,”") and opens in lower case, so it is a fragment of the sentence.
bool is_embedded_fragment(const ParagraphView& v, size_t first, size_t end) {
  if (first == 0 || first + 1 >= end) return false;
  const Token& before = v.toks[first - 1];
  if (!before.word || v.quote_of[first - 1] != kNone || is_cue_token(before)) return false;
  const Token& opening = v.toks[first + 1];
  return opening.word && !opening.capitalized;
}

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

// "“Museum picks a new director,” by the Gazette's Ana Ruiz": a byline right after the
// closing mark makes the quotation the title of an article or a book, whatever its case.
// `end` is the token after the closing mark.
constexpr size_t kMaxBylineWords = 8;  // "the New York Post's Amy Spencer"

bool has_byline_after(const ParagraphView& v, size_t first, size_t end) {
  size_t k = end;
  // A comma sets the byline off ("“…,” by", "“…”, by"); without one only a title-case quotation
  // is a title: "labeled “top secret” by the State Department" names the agent of a passive.
  size_t inside = end;  // one past the last token before the closing mark(s) ('' is two)
  while (inside > first + 1 && !v.toks[inside - 1].word && classify_mark(v.toks[inside - 1].first).is_mark) --inside;
  const bool comma_after = k < v.toks.size() && is_punct(v.toks[k], ',');
  const bool comma = is_punct(v.toks[inside - 1], ',') || comma_after;
  if (comma_after) ++k;
  if (k + 1 >= v.toks.size() || !v.toks[k].word || v.toks[k].lower != "by" || v.toks[k].capitalized) return false;
  size_t j = k + 1;
  if (v.toks[j].lower == "the") ++j;
  // Capitalised words up to a punctuation mark, a link or the paragraph's end: "by Tom Beck's
  // count the third" is a measure, not a byline.
  const size_t name_first = j;
  for (; j < v.toks.size() && j - name_first < kMaxBylineWords && v.toks[j].word; ++j) {
    const Token& t = v.toks[j];
    if (t.lower.rfind("http", 0) == 0 || t.lower.rfind("www", 0) == 0) break;
    if (!t.capitalized) return false;
  }
  return j > name_first && j - name_first < kMaxBylineWords && (comma || is_title_words(v, first, end));
}

// A programme, book or section title, whatever the sentence around it:
// after a possessive or a preposition (“Channel 9's “Harbour Watch,””, “on “Morning
// Tide.””), after a noun for a work (“the podcast “Low Tide””), or a title-case quotation standing as its own paragraph
// (a section heading such as ‘Nothing Is Settled.’).
bool is_named_title(const ParagraphView& v, size_t first, size_t end, bool whole_paragraph) {
  if (has_byline_after(v, first, end)) return true;
  if (end <= first + 2 || !is_title_words(v, first, end)) return false;
  if (whole_paragraph) return true;
  if (first == 0) return false;
  const Token& before = v.toks[first - 1];
  // A title-case headline capitalises its prepositions too ("Fishers March Downtown To ‘…’"): only a
  // lower-case one, or one opening the sentence, counts.
  bool preposition = is_adjunct_opener(before.lower) && (!before.capitalized || v.sentence_start[first - 1] == first - 1);
  // "his memoir “Salt and Iron”", "In her 2019 book, “Salt and Iron,”": a work noun names what follows.
  const Token& noun = !before.word && before.first == ',' && first >= 2 ? v.toks[first - 2] : before;
  if (noun.word && !noun.capitalized && is_work_noun(noun.lower)) return true;
  // "told “Harbour Hour” that …": after a listener cue a programme is who was told. Two words or more
  // and no sentence end inside: "told “No.”" and "warned “Stop!”" are words said.
  if (before.word && !before.capitalized && is_listener_cue(before.lower)) {
    const Token& last = v.toks[end - 2];
    return !(!last.word && utf8::is_terminal(last.first)) && v.toks[first + 2].word && end > first + 3;
  }
  return before.word && (before.possessive || preposition);
}

// Whether the quotation ends on a full stop inside its closing mark(s) ('' is two tokens).
bool ends_on_full_stop(const ParagraphView& v, size_t first, size_t end) {
  size_t close = end;
  if (close > first + 2 && is_punct(v.toks[close - 1], '\'') && is_punct(v.toks[close - 2], '\'')) --close;
  return close >= first + 3 && is_punct(v.toks[close - 2], '.');
}

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

constexpr size_t kMaxRelayWords = 8;  // ", according to a White House pool report."

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

constexpr size_t kMaxLeadIn = 40;  // tokens of a sentence before its quotation that we look at

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

// Only ASCII letters and digits: the tokenizer makes one token of it.
bool is_one_plain_word(std::string_view text, Span span) {
  if (span.empty()) return false;
  for (uint32_t i = span.start; i < span.end; ++i) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b >= 0x80 || !utf8::ascii::has(b, utf8::ascii::kWord)) return false;
  }
  return true;
}

// A person named in a sentence with no attribution.
struct Person {
  SpeakerName name;
  Span mention;
  uint32_t paragraph = 0;
  bool titled = false;  // a title or role before the name
  bool described = false;  // one asked by description ("asked the mayor"), not a name
};

// The hedge cues of one paragraph with attributions of its own:
// AttributionBuffers::hedge_spans[first, end).
struct ParagraphHedges {
  uint32_t paragraph = 0;
  uint32_t first = 0, end = 0;
  size_t cursor = 0;  // mark_hedge's last answer
};

}  // namespace

// The Attributor's working lists, its members (it derives from this): its
// own, or for the run the memory of annotate()'s kept from one document to
// the next (AnnotateScratch::attribution), so that a batch of documents
// grows them once. Each document starts with all of them empty (clear());
// their elements are not kept, only the lists' memory.
struct AttributionBuffers {
  // The hedge cues of each paragraph with attributions of its own, in
  // paragraph order; only there can a claim start. Not one entry per
  // paragraph: a text of short lines has a paragraph every few bytes. The
  // cues of all of them in one list, not one list each (an allocation each).
  std::vector<ParagraphHedges> hedges_;
  std::vector<Span> hedge_spans_;  // hedges_'s cues, paragraph after paragraph
  std::vector<Attribution> attrs_;
  std::vector<MentionNames> names_;  // the named mentions of attrs_
  std::vector<Person> people_;  // persons named in sentences with no attribution, in text order
  // The views of the batch's paragraphs that can hold a record (valid until
  // the next batch starts: the batch and its neighbours never share a slot).
  std::vector<const ParagraphView*> batch_;
  // batch_[i]'s reported clauses; each list is emptied where it is filled
  // again, so clear() leaves them (their memory is reused).
  std::vector<std::vector<ReportedClause>> batch_clauses_;
  size_t clause_room_ = 0;  // the sum of batch_clauses_' capacities, kept as they grow (read_batch)
  std::vector<uint32_t> unnamed_pieces_;  // quotes of a group that no record names, in order
  std::vector<int32_t> indexes_;  // resolve_speakers' and share_group_speakers' lists of records
  std::vector<uint32_t> order_;   // write_claims' order of records
#if !defined(__wasm__)
  // resolve_speakers' registry when kept (natively): its tables are set up
  // once, not per document; start() empties it for each.
  std::unique_ptr<SpeakerRegistry> registry_;
#endif

  void clear() {
    hedges_.clear();
    hedge_spans_.clear();
    attrs_.clear();
    names_.clear();
    people_.clear();
    batch_.clear();
    unnamed_pieces_.clear();
    indexes_.clear();
    order_.clear();
  }
  /// The heap memory of the lists (not of their elements' own lists and
  /// names, which clear() frees).
  size_t bytes() const {
    return hedges_.capacity() * sizeof(ParagraphHedges) + hedge_spans_.capacity() * sizeof(Span) +
           attrs_.capacity() * sizeof(Attribution) + names_.capacity() * sizeof(MentionNames) +
           people_.capacity() * sizeof(Person) + batch_.capacity() * sizeof(const ParagraphView*) +
           unnamed_pieces_.capacity() * sizeof(uint32_t) + indexes_.capacity() * sizeof(int32_t) +
           order_.capacity() * sizeof(uint32_t) + clause_bytes() + registry_bytes();
  }
  size_t registry_bytes() const {
#if !defined(__wasm__)
    if (registry_) return sizeof(SpeakerRegistry) + registry_->bytes();
#endif
    return 0;
  }
  // Asked twice per document (the run's end and annotate()'s cap): a kept
  // sum, not a walk of the lists.
  size_t clause_bytes() const {
    return batch_clauses_.capacity() * sizeof(batch_clauses_[0]) + clause_room_ * sizeof(ReportedClause);
  }
};

void KeptBuffersDeleter::operator()(AttributionBuffers* b) const noexcept { delete b; }
size_t kept_buffer_bytes(const AttributionBuffers& b) { return b.bytes(); }

namespace {

// annotate()'s kept lists when it lends the document its scratch (made when
// first asked for), else null.
AttributionBuffers* kept_lists(Document& doc) {
  if (!kKeepsBuffers || !doc.scratch) return nullptr;
  auto& kept = doc.scratch->attribution;
  if (!kept) kept.reset(new AttributionBuffers);
  return kept.get();
}

class Attributor : AttributionBuffers {
 public:
  // The views' buffers and the lists are annotate()'s kept ones when it has
  // them (doc.scratch): the lists' memory is moved in for the run and back
  // when it ends, and the members are the lists themselves, not references.
  Attributor(Document& doc, ParagraphListener* listener)
      : doc_(doc),
        views_(doc, kKeepsBuffers && doc.scratch ? &doc.scratch->views : nullptr),
        listener_(listener),
        kept_(kept_lists(doc)) {
    if (kept_) lists() = std::move(*kept_);
    clear();
#if !defined(__wasm__)
    if (listener) views_.with_evidence_words();
#endif
  }

  ~Attributor() {
    if (kept_) *kept_ = std::move(lists());
  }
  Attributor(const Attributor&) = delete;
  Attributor& operator=(const Attributor&) = delete;

  void run() {
    size_t q = 0;  // the first quote of the next paragraph to attribute, or a later one
    for (uint32_t b = 0; b < views_.size();) {
      const uint32_t e = views_.batch_end(b);
      read_batch(b, e, q);
      for (size_t i = 0; i < batch_.size(); ++i) attribute_paragraph(*batch_[i], batch_clauses_[i], q);
      b = e;
    }
#if !defined(__wasm__)
    if (listener_ && told_ < views_.size()) listener_->skipped(told_, uint32_t(views_.size()));
#endif
    // The views and the clause buffers are not read again: freed before the
    // speakers and claims are built (for one huge paragraph its tokens and
    // clauses would otherwise stay beside the claims, at the peak).
    views_.release();
    if (!kept_ || clause_bytes() > kKeptBytes) {
      std::vector<std::vector<ReportedClause>>().swap(batch_clauses_);
      clause_room_ = 0;
    }
    share_group_speakers();
    resolve_speakers();
    write_claims();
  }

 private:
  // Paragraphs [b, e) that can hold a record: their views, then their
  // reported clauses in order of content. Each part runs over the whole
  // batch before the next one starts, so its code stays in the instruction
  // cache (one paragraph at a time, the attribution stage's ~90 KB of hot
  // code went through a 32 KB cache once per paragraph). Neither part reads
  // a record: the result is the same as one paragraph at a time. `q` is the
  // first quote of paragraph b or later.
  void read_batch(uint32_t b, uint32_t e, size_t q) {
    batch_.clear();
    for (uint32_t p = b; p < e; ++p) {
      while (q < doc_.quotes.size() && doc_.quotes[q].paragraph < p) ++q;
      // A paragraph of one plain word with no quotation (a line of a list, a
      // one-word heading) is one token: too few for a reported clause, so it
      // adds no record and its view need not be built (that was most of
      // attribution's cost on one-word lines). A later quotation that looks
      // back at it builds the view then.
      if (is_one_plain_word(doc_.text, doc_.paragraphs[p].span) && !quotes_in_paragraph(p, q)) continue;
#if !defined(__wasm__)  // (the page's module runs the evidence pass on its own: its bytes)
      // A long paragraph's evidence before its tokens exist (the listener
      // lexes it and gives its buffers back): both at once would raise the peak.
      if (listener_ && !views_.evidence_in_walk(p)) tell(p, nullptr);
#endif
      const ParagraphView& v = views_[p];
      batch_.push_back(&v);
#if !defined(__wasm__)
      // The evidence and word features of the paragraph (from the evidence
      // words its view lexed with the tokens, still in the data cache), and
      // of the skipped ones before it, in order.
      if (listener_ && told_ <= p) tell(p, views_.evidence_words_of(p));
#endif
    }
    if (batch_clauses_.size() < batch_.size()) batch_clauses_.resize(batch_.size());
    for (size_t i = 0; i < batch_.size(); ++i) {
      const ParagraphView& v = *batch_[i];
      std::vector<ReportedClause>& clauses = batch_clauses_[i];
      // A reported clause needs a cue word and one more token (its content or
      // its speaker): a one-token paragraph has none, and setting up the
      // finder was most of reported speech's cost on a one-word line.
      const size_t room = clauses.capacity();
      if (v.toks.size() < 2) clauses.clear();
      else find_reported_speech(v, reserve_clauses(clauses, v.toks.size()));
      clause_room_ += clauses.capacity() - room;
      auto by_start = [](const ReportedClause& a, const ReportedClause& b) { return a.content.start < b.content.start; };
      stable_sort_nearly_sorted(clauses.begin(), clauses.end(), by_start);
    }
  }

#if !defined(__wasm__)
  // The listener, of paragraph p (and of the skipped ones before it).
  void tell(uint32_t p, const std::vector<EvidenceWord>* lexed) {
    if (told_ < p) listener_->skipped(told_, p);
    listener_->paragraph(p, lexed);
    told_ = p + 1;
  }
#endif

  // The records of one paragraph of the batch: its quotes and reported
  // clauses in text order, its hedges, and the people it names. `q` is its
  // first quote, or a later paragraph's; moved past its quotes.
  void attribute_paragraph(const ParagraphView& v, const std::vector<ReportedClause>& clauses, size_t& q) {
    const size_t attrs_before = attrs_.size(), unnamed_before = unnamed_pieces_.size();
    if (!clauses.empty() || (q < doc_.quotes.size() && doc_.quotes[q].paragraph == v.paragraph)) {
      reserve_records(v.paragraph, q, clauses.size());
    }
    size_t c = 0;
    containing_ = kNone;
    while (true) {
      bool has_quote = q < doc_.quotes.size() && doc_.quotes[q].paragraph == v.paragraph;
      bool has_clause = c < clauses.size();
      if (!has_quote && !has_clause) break;
      if (has_clause && (!has_quote || clauses[c].content.start <= doc_.quotes[q].span.start)) {
        add_clause(v, clauses[c++]);
      } else {
        add_quote(v, uint32_t(q++));
      }
    }
    // Hedges are looked up only where claims start: paragraphs with attributions of their own.
    // (A piece that may be named later is one: its claim is written if it is.)
    if (attrs_.size() > attrs_before || unnamed_pieces_.size() > unnamed_before) {
      const uint32_t first = uint32_t(hedge_spans_.size());
      find_hedges(v, hedge_spans_);
      hedges_.push_back({v.paragraph, first, uint32_t(hedge_spans_.size())});
    }
    note_people(v, attrs_before);
  }

  // `a` is a fresh record (set once). A mention that stops inside a phrase ("her own", "a
  // few") gives way to the speaker its phrase names (fragment_source), or to none.
  void set_mention(Attribution& a, const ParagraphView& v, const MentionRange& given) {
    std::optional<MentionRange> whole(given);
    if (is_fragment_mention(v.toks, given)) whole = fragment_source(v, given, a.cue);
    if (!whole) return;
    const MentionRange& m = *whole;
    a.source = token_span(v, m.first, m.last);
    a.name_span = a.source;
    a.pronoun = m.pronoun;
    if (m.pronoun) return;
    // "Chile and Peru warned …": each conjunct is a speaker credited with the claim.
    auto parts = conjuncts(v.toks, m);
    a.names = int32_t(names_.size());
    MentionNames& n = names_.emplace_back();
    n.name = speaker_name(doc_.text, v.toks, parts[0]);
    // "Officials on Monday said", "Over the weekend the mayor …": an ordinary word that opens
    // the sentence is a description, not a person's name.
    if (n.name.person && common_word_opening(v, m)) n.name.person = false;
    if (parts.size() < 2) return;
    a.name_span = token_span(v, parts[0].first, parts[0].last);
    for (size_t i = 1; i < parts.size(); ++i) {
      n.partners.emplace_back(speaker_name(doc_.text, v.toks, parts[i]), token_span(v, parts[i].first, parts[i].last));
    }
  }

  // Who speaks when the cue grammar's mention `m` is a fragment (is_fragment_mention): a
  // subject pronoun it opens with ("he sometimes added" -> "he"); the whole phrase when it runs
  // on to a name ("the board's top legal adviser Ana Ruiz"); the owner a possessive names
  // when the fragment stands right before its cue, a noun ("her own plans to …" -> "her",
  // resolved as "she"); else the subject of the clause the fragment stands in ("The mayor
  // outlined a detailed plan to …" -> "The mayor"); else the whole mention the fragment opens
  // with ("Her lawyers looked through the files and found that …" -> "Her lawyers"); else the
  // possessive's owner; else nobody: a piece of a phrase is no speaker. Rare: out of line.
  [[gnu::cold]] static std::optional<MentionRange> fragment_source(const ParagraphView& v, const MentionRange& m,
                                                                   Span cue) {
    const Token& first = v.toks[m.first];
    const MentionRange self{m.first, m.first, true, m.first};
    if (first.word && is_speaker_pronoun(first.lower)) return self;
    // "said the board's top legal adviser Ana Ruiz": the phrase runs on to a name.
    if (auto longer = mention_starting_at(v.toks, m.first, v.toks.size());
        longer && longer->last > m.last && v.toks[longer->core_last].capitalized && !longer->pronoun) {
      return longer;
    }
    const bool possessive = first.word && !subject_of_possessive(first.lower).empty();
    if (possessive && !cue.empty() && token_at_or_after(v, cue.start) == m.last + 1) return self;
    if (m.first > 0) {
      auto subject = clause_subject(v.toks, m.first, v.sentence_start[m.first]);
      if (subject && subject->last < m.first && !is_fragment_mention(v.toks, *subject)) return subject;
    }
    if (auto lead = fragment_lead(v.toks, m)) return lead;
    if (possessive) return self;
    return std::nullopt;
  }

  // "Criticism within the party grew …", "Officials on Monday said": a lone capitalised word
  // that opens its sentence, with no cue right after it, is an ordinary word, not a name, when
  // it is a cue verb or a sentence starter (word tables), or when its paragraph (within
  // kCommonWordTokens tokens either side) uses it in lower case and never capitalised inside a
  // sentence. "Young said …" (a cue follows), "Mayor Young" (a title), "Young, 41, said" (an
  // appositive) and a surname named mid-sentence nearby ("… met Young.") stay names.
  static bool common_word_opening(const ParagraphView& v, const MentionRange& m) {
    if (m.first != m.last || m.pronoun) return false;
    const Token& t = v.toks[m.first];
    if (!t.word || !t.capitalized || t.possessive || t.lower.size() < 2) return false;
    for (size_t k = v.sentence_start[m.first]; k < m.first; ++k) {
      if (v.toks[k].word) return false;
    }
    if (m.last + 1 < v.toks.size() && is_cue_token(v.toks[m.last + 1])) return false;
    if (is_cue_verb(t.lower) || seg::starters().contains(t.lower)) return true;
    // Bounded: cost stays linear in a huge paragraph.
    const size_t from = m.first > kCommonWordTokens ? m.first - kCommonWordTokens : 0;
    const size_t to = std::min(v.toks.size(), size_t(m.first) + kCommonWordTokens);
    bool lower_case = false;
    for (size_t k = from; k < to; ++k) {
      const Token& o = v.toks[k];
      if (k == m.first || o.lower.size() != t.lower.size() || o.lower != t.lower) continue;
      if (!o.capitalized) lower_case = true;
      else if (k > 0 && v.sentence_start[k] != k && (v.toks[k - 1].word || is_punct(v.toks[k - 1], ','))) return false;
    }
    return lower_case;
  }

  // "Mayor Ana Ruiz toured the pier on Monday.": the subject of a sentence that holds no
  // attribution, when it names a person, is kept for a later he or she (SpeakerRegistry::
  // note_person). Attributions of this paragraph start at attrs_before.
  void note_people(const ParagraphView& v, size_t attrs_before) {
    const size_t subjects = people_.size();  // this paragraph's asked ones (note_asked) are before
    size_t a = attrs_before;
    for (size_t lo = 0; lo < v.toks.size();) {
      const size_t end = end_of_run(v.sentence_start.data(), v.toks.size(), lo + 1, uint32_t(lo));
      const uint32_t from = v.toks[lo].span.start, to = v.toks[end - 1].span.end;
      bool attributed = false;
      for (; a < attrs_.size() && attrs_[a].content.start < to; ++a) {
        if (attrs_[a].content.end > from) attributed = true;
      }
      if (!attributed) {
        if (auto m = named_subject(v, lo, end); m && conjuncts(v.toks, *m).size() == 1) {
          SpeakerName name = speaker_name(doc_.text, v.toks, *m);
          if (name.person) {
            people_.push_back(
                Person{std::move(name), token_span(v, m->first, m->last), v.paragraph, titled(v.toks, *m)});
          }
        }
      }
      lo = end;
    }
    // The ones asked (note_asked) were noted before this paragraph's sentence subjects, both in
    // text order: people are read in text order, so the two runs are merged.
    size_t from = subjects;
    while (from > 0 && people_[from - 1].paragraph == v.paragraph) --from;
    if (from < subjects && subjects < people_.size() &&
        people_[subjects].mention.start < people_[subjects - 1].mention.start) {
      merge_people(from, subjects);
    }
  }

  // Merges people_[from, mid) and [mid, end), each in text order; on equal starts the first
  // run's come first. Linear, and no std::stable_sort of Person in the page's module (its
  // code cost ~1.5 KB of gzip). Rare: a paragraph with an asked one and a later subject.
  [[gnu::cold]] void merge_people(size_t from, size_t mid) {
    std::vector<Person> merged;
    merged.reserve(people_.size() - from);
    size_t i = from, j = mid;
    while (i < mid || j < people_.size()) {
      const bool second = j < people_.size() && (i == mid || people_[j].mention.start < people_[i].mention.start);
      merged.push_back(std::move(people_[second ? j++ : i++]));
    }
    std::move(merged.begin(), merged.end(), people_.begin() + std::ptrdiff_t(from));
  }

  // The first name or title in [lo, end) (at most kMaxNamedSubjectTries phrases, within
  // kMaxNamedSubjectTokens) that opens a mention followed by a lower-case verb: "Mayor Ana Ruiz
  // toured …", "On Monday, Mayor Ana Ruiz toured …". Cheaper than clause_subject, which also
  // tries every determiner and pronoun: this runs on every sentence without an attribution.
  static std::optional<MentionRange> named_subject(const ParagraphView& v, size_t lo, size_t end) {
    int tries = 0;
    const size_t limit = std::min(end, lo + kMaxNamedSubjectTokens);
    // A lower-case word is no name word: its test needs no call. The answer for
    // toks[j - 1] is the one the loop just found, unless it jumped past a mention.
    auto name_or_title = [](const Token& t) { return t.word && ((t.capitalized && is_name_word(t)) || is_role_token(t)); };
    bool before_known = false, before = false;
    for (size_t j = lo; j + 1 < limit && tries < kMaxNamedSubjectTries; ++j) {
      const bool part = name_or_title(v.toks[j]);
      const bool known = before_known, was = before;
      before_known = true, before = part;
      if (!part) continue;
      if (known ? was : j > lo && name_or_title(v.toks[j - 1])) continue;
      ++tries;
      auto m = mention_starting_at(v.toks, j, end);
      if (!m) continue;
      const size_t after = m->last + 1;
      if (after < end && v.toks[after].word && !v.toks[after].capitalized && !is_name_connector(v.toks[after].lower) &&
          !is_not_name(v.toks[after].lower) && v.quote_of[after] == kNone) {
        return m;
      }
      before_known = j == m->last;  // else toks[m->last] was not read
      j = m->last;
    }
    return std::nullopt;
  }

  bool recent(int32_t idx, uint32_t paragraph) const {
    return idx != kNone && attrs_[idx].paragraph + 1 >= paragraph;
  }

  void add_clause(const ParagraphView& v, const ReportedClause& rc) {
    Attribution a;
    a.content = rc.content;
    a.cue = rc.cue;
    a.paragraph = v.paragraph;
    a.claim = !rc.stance_only;
    if (rc.continues_previous) {
      if (!recent(last_, v.paragraph)) return;
      a.inherit = last_;
    } else if (rc.mention) {
      set_mention(a, v, *rc.mention);
      if (!a.source.empty()) note_asked(v, rc.cue);
    }
    containing_ = push(a);
  }

  // "The host asked Ana Ruiz about remarks she had made", "… asked Tom Beck whether he …": the
  // one asked, after the asker, is the nearer antecedent of a he or she in the question and its
  // answer. Noted as a person (SpeakerRegistry::note_person) as a sentence's subject is; the
  // registry's rules decide whether a later pronoun takes it (a name it knows as a person, of a
  // gender that fits). Only after a question cue ("asked"): after "told X that he …" the he is
  // usually the teller.
  void note_asked(const ParagraphView& v, Span cue) {
    // Its last word first, from the text: most cues are not questions (no token search).
    const std::string_view cue_text = std::string_view(doc_.text).substr(cue.start, cue.size());
    const size_t space = cue_text.find_last_of(' ');
    if (cue.empty() || !is_question_cue(space == std::string_view::npos ? cue_text : cue_text.substr(space + 1))) return;
    size_t c = token_at_or_after(v, cue.start);
    while (c + 1 < v.toks.size() && v.toks[c + 1].span.end <= cue.end) ++c;  // the cue's last word
    if (c + 1 >= v.toks.size() || !v.toks[c].word || !is_question_cue(v.toks[c].lower)) return;
    auto m = mention_starting_at(v.toks, c + 1, v.toks.size());
    if (!m || m->pronoun || conjuncts(v.toks, *m).size() != 1) return;
    SpeakerName name = speaker_name(doc_.text, v.toks, *m);
    // "asked the mayor about remarks she had made": one person by role, not by name (a
    // description whose last word is a singular role noun: not "the officials").
    const bool described = !name.person && is_singular_role(v.toks[m->core_last]) && m->core_last == m->last;
    if (!name.person && !described) return;
    const Span mention = token_span(v, m->first, m->last);
    // Kept in text order (note_people merges, not sorts): one asked before the last noted, in
    // nested claims only, is left out.
    if (!people_.empty() && people_.back().paragraph == v.paragraph && people_.back().mention.start > mention.start) return;
    people_.push_back(Person{std::move(name), mention, v.paragraph, titled(v.toks, *m), described});
  }

  // "mayor", "congresswoman", "spokesman": a role noun (kRoleWords) of one person, not
  // "officials", "congressmen" or "staff" (is_plural_head, the registry's own test).
  static bool is_singular_role(const Token& t) {
    return !t.capitalized && is_role_token(t) && !is_plural_head(t.lower);
  }

  // "Mayor Ana Ruiz", "fisheries minister Ana Ruiz": a title or role before the name.
  static bool titled(const std::vector<Token>& toks, const MentionRange& m) {
    for (size_t k = m.first; k < m.core_last; ++k) {
      if (is_role_token(toks[k])) return true;
    }
    return false;
  }

  void add_quote(const ParagraphView& v, uint32_t qi) {
    Quote& q = doc_.quotes[qi];
    size_t first = token_at_or_after(v, q.span.start);
    size_t end = token_at_or_after(v, q.span.end, first);  // a quotation ends after it starts
    Attribution a;
    a.kind = ClaimKind::quote;
    a.content = q.span;
    a.quote = int32_t(qi);
    a.paragraph = v.paragraph;
    int32_t parent = containing_ != kNone && attrs_[containing_].content.end >= q.span.end ? containing_ : kNone;
    if (is_named_title(v, first, end, q.span == doc_.paragraphs[v.paragraph].span)) {
      q.scare = true;  // a title is named, not said
      return;
    }
    auto cue = find_quote_cue(v, first, end);
    if (cue && cue_opens_next_statement(v, first, end, *cue)) cue.reset();
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
      if (parent == kNone && cue_view == &v && cue->cue_last < first &&
          (is_fragment(v, first, end) || is_embedded_fragment(v, first, end)) &&
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
      if (cue_view == &v && cue->cue_last < first && is_fragment(v, first, end) &&
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
    } else if (auto verb = is_embedded_fragment(v, first, end) ? verb_clause_before(v, first) : std::nullopt) {
      // A mixed quote: the claim is the clause the fragment sits in, from its verb.
      Attribution clause;
      clause.content = token_span(v, verb->first, clause_end(v, end) - 1);
      clause.cue = v.toks[verb->first - 1].span;
      clause.paragraph = v.paragraph;
      set_mention(clause, v, verb->second);
      containing_ = push(clause);
      a.inherit = containing_;
    } else if (first < end && (is_fragment(v, first, end) || is_title(v, first, end))) {
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

  // A cue-less quotation that opens a sentence right after a sentence of the same paragraph
  // with no attribution and no quotation, whose subject is a person (a pronoun, a name or a
  // role: "Ruiz shook her head. “Not this year.”"): news puts the speaker's action just
  // before the words. Looks at that one sentence (at most kMaxLeadIn tokens): bounded.
  // The paragraph's first token after its dateline ("PORT ALMA, May 4 —"): a month there
  // ("May") or the place is no subject of the sentence that follows.
  size_t after_dateline(const ParagraphView& v) const {
    const Span d = doc_.paragraphs[v.paragraph].dateline;
    return d.empty() ? 0 : token_at_or_after(v, d.end);
  }

  std::optional<MentionRange> previous_sentence_actor(const ParagraphView& v, size_t first) const {
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
  bool take_colon_line_speaker(Attribution& a, const ParagraphView& v, size_t first) {
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
  void group_with_previous(uint32_t qi, const Attribution& a, bool continues) {
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
  bool shares_cue_with_last_quote(const Attribution& a, const ParagraphView& v, const MentionRange& m) {
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

  // A cue or a mention found for the record itself (before resolve_speakers copies them).
  static bool names_own_speaker(const Attribution& a) { return !a.source.empty() || !a.cue.empty(); }

  // The record `i` takes its speaker from: the end of its inheritance chain.
  int32_t root_of(int32_t i) const {
    while (attrs_[i].inherit != kNone) i = attrs_[i].inherit;
    return i;
  }

  // A quotation in pieces (over several paragraphs, or split around its cue) is one statement
  // of one speaker, wherever its cue stands: “… ¶ “…,” Mayor Ek said. The pieces before the
  // first one with a cue or a speaker of its own, which have neither (none found, or only the
  // last speaker carried over), take that piece's speaker. The pieces after it already
  // continue the nearest piece before them (add_quote): a mark left open in the source can
  // join a second speaker's quotation to the group, and it keeps its own speaker. After the walk, so a cue in a later paragraph reaches back;
  // pieces are consecutive quotes, so one pass over the quotes and one over the records.
  void share_group_speakers() {
    const std::vector<Quote>& quotes = doc_.quotes;
    if (std::none_of(quotes.begin(), quotes.end(), [](const Quote& x) { return x.group != kNone; })) return;
    constexpr int32_t kUnnamed = -2;
    std::vector<int32_t>& record = indexes_;
    record.assign(quotes.size(), kNone);
    for (size_t i = 0; i < attrs_.size(); ++i) {
      if (attrs_[i].quote != kNone) record[attrs_[i].quote] = int32_t(i);
    }
    for (uint32_t qi : unnamed_pieces_) record[qi] = kUnnamed;
    for (size_t s = 0; s < quotes.size();) {
      size_t e = s + 1;
      if (quotes[s].group == kNone) {
        s = e;
        continue;
      }
      while (e < quotes.size() && quotes[e].group == quotes[s].group) ++e;
      size_t named = s;  // the first piece with a cue or a speaker of its own
      while (named < e && !(record[named] >= 0 && names_own_speaker(attrs_[record[named]]))) ++named;
      const int32_t root = named < e ? root_of(record[named]) : kNone;
      if (root != kNone && !attrs_[root].source.empty()) {
        // Only across pieces opened by the same mark: a quotation re-opens each paragraph with its
        // own mark, and a piece in other marks before it ("… ¶ “…,” King said.) is a quoted
        // excerpt that quotes someone inside it, not that person's words.
        const char32_t mark = utf8::decode(doc_.text, quotes[named].span.start).cp;
        size_t from = named;
        while (from > s && utf8::decode(doc_.text, quotes[from - 1].span.start).cp == mark) --from;
        for (size_t j = from; j < named; ++j) {
          if (record[j] == kUnnamed) {
            Attribution a;
            a.kind = ClaimKind::quote;
            a.content = quotes[j].span;
            a.quote = int32_t(j);
            a.paragraph = quotes[j].paragraph;
            a.inherit = root;  // (a later record: resolve_speakers reads roots first)
            attrs_.push_back(a);
          } else if (record[j] >= 0 && root_of(record[j]) != root) {
            attrs_[record[j]].inherit = root;
          }
        }
      }
      s = e;
    }
  }

  // A clause adds at most one record and a quote at most two (its own and a
  // mixed-quote clause). Reserving that bound when it outgrows the buffer
  // keeps one huge paragraph from growing the records by doubling: each
  // doubling copies them into fresh memory and touches twice the pages.
  // Below the bound the buffer still doubles, so many small paragraphs cost
  // no more than before.
  void reserve_records(uint32_t paragraph, size_t q, size_t clauses) {
    const size_t quotes = quotes_in_paragraph(paragraph, q);
    const size_t bound = attrs_.size() + clauses + 2 * quotes;
    if (bound > attrs_.capacity()) attrs_.reserve(std::max(bound, 2 * attrs_.capacity()));
  }

  // A huge paragraph's clause buffer is reserved once from a guess instead of
  // growing by doubling through it (each doubling copies the clauses into
  // fresh pages and touches twice the memory). The finder promises no bound
  // per cue, so this is a guess, not a bound: a clause holds a cue and
  // kMinContentWords words, so one per four tokens is denser than any prose,
  // and past it the buffer still grows. The unused tail is never touched.
  static std::vector<ReportedClause>& reserve_clauses(std::vector<ReportedClause>& clauses, size_t tokens) {
    constexpr size_t kHugeParagraphTokens = 64 * 1024;  // below: doubling is cheap enough
    constexpr size_t kTokensPerClause = 4;
    if (tokens > kHugeParagraphTokens) clauses.reserve(tokens / kTokensPerClause);
    return clauses;
  }

  // How many quotes from doc_.quotes[q] on lie in `paragraph` (quotes are in
  // paragraph order). Galloping, then a binary search: a paragraph of a
  // million quotes costs a logarithm, and one with none a single test.
  size_t quotes_in_paragraph(uint32_t paragraph, size_t q) const {
    const std::vector<Quote>& quotes = doc_.quotes;
    if (q >= quotes.size() || quotes[q].paragraph != paragraph) return 0;
    size_t in = q, step = 1;  // quotes[in] is in the paragraph
    while (in + step < quotes.size() && quotes[in + step].paragraph == paragraph) in += step, step *= 2;
    const size_t out = std::min(in + step, quotes.size());  // past the paragraph's last quote
    auto past = std::partition_point(quotes.begin() + in, quotes.begin() + out,
                                     [paragraph](const Quote& x) { return x.paragraph == paragraph; });
    return size_t(past - quotes.begin()) - q;
  }

  // The reported clause a quotation belongs to (a mixed quote, or a partial
  // quotation ending a clause): pushed first, in the quotation's name, and
  // the quotation inherits its speaker from it.
  void push_clause_around(Attribution& a, Span content) {
    Attribution clause = a;
    clause.kind = ClaimKind::reported;
    clause.quote = kNone;
    clause.content = content;
    a.inherit = push(clause);
  }

  // The new record's index. A record with nobody named ("The fare is expected to rise",
  // a question with no asker) does not become the last speaker: a quotation or an
  // "adding that" after it continues the speaker before it.
  int32_t push(const Attribution& a) {
    attrs_.push_back(a);
    const int32_t idx = int32_t(attrs_.size() - 1);
    if (!a.source.empty() || a.inherit != kNone) last_ = idx;
    return idx;
  }

  void resolve_speakers() {
    // Natively the kept registry, emptied (its memory from earlier documents
    // reused); the page's module, which keeps nothing, one of its own.
    std::optional<SpeakerRegistry> own_registry;
    SpeakerRegistry* kept = nullptr;
#if !defined(__wasm__)
    if (kept_) {
      kept = &kept_registry();
      kept->start(doc_.speakers, doc_.text, &doc_.scratch->speakers);
    }
#endif
    SpeakerRegistry& registry = kept ? *kept : own_registry.emplace(doc_.speakers, doc_.text);
    std::vector<int32_t>& own = indexes_;
    own.clear();
    for (size_t i = 0; i < attrs_.size(); ++i) {
      if (!attrs_[i].source.empty()) own.push_back(int32_t(i));
    }
    stable_sort_nearly_sorted(own.begin(), own.end(),
                              [&](int32_t a, int32_t b) { return attrs_[a].source.start < attrs_[b].source.start; });
    size_t person = 0;
    for (int32_t i : own) {
      Attribution& a = attrs_[i];
      for (; person < people_.size() && people_[person].mention.start < a.source.start; ++person) {
        const Person& p = people_[person];
        if (p.described) registry.note_described(p.name, p.mention, p.paragraph);
        else registry.note_person(p.name, p.mention, p.paragraph, p.titled);
      }
      if (a.names != kNone) {
        const MentionNames& n = names_[a.names];
        a.speaker = registry.add_named(n.name, a.name_span, a.paragraph);
        if (!n.partners.empty()) {
          a.speakers.push_back(a.speaker);
          for (const auto& [name, span] : n.partners) {
            int32_t other = registry.add_named(name, span, a.paragraph);
            if (std::find(a.speakers.begin(), a.speakers.end(), other) == a.speakers.end()) a.speakers.push_back(other);
          }
          if (a.speakers.size() < 2) a.speakers.clear();
          else registry.add_group(a.speakers, a.paragraph);  // "Chile and Peru": a later "they"
        }
      } else {
        std::string pronoun = utf8::lower(std::string_view(doc_.text).substr(a.source.start, a.source.size()));
        a.speaker = registry.add_pronoun(a.source, pronoun, a.paragraph, a.speakers);
      }
    }
    // Inheritance points back to an earlier attribution, or (share_group_speakers) to a root,
    // which inherits nothing: in order, each record's source is final when it is read.
    for (Attribution& a : attrs_) {
      if (a.inherit == kNone) continue;
      const Attribution& from = attrs_[a.inherit];
      a.speaker = from.speaker;
      a.speakers = from.speakers;
      a.source = from.source;
      if (a.cue.empty()) a.cue = from.cue;
    }
    registry.finish();
  }

  // Claims come in text order, so the paragraph stays or moves forward: a
  // cursor walks the list, and a binary search finds it when it goes back.
  void mark_hedge(uint32_t paragraph, Claim& c) {
    size_t& i = hedge_at_;
    if (i < hedges_.size() && hedges_[i].paragraph > paragraph) {
      auto before = [](const ParagraphHedges& h, uint32_t p) { return h.paragraph < p; };
      i = size_t(std::lower_bound(hedges_.begin(), hedges_.end(), paragraph, before) - hedges_.begin());
    }
    while (i < hedges_.size() && hedges_[i].paragraph < paragraph) ++i;
    if (i < hedges_.size() && hedges_[i].paragraph == paragraph) {
      ParagraphHedges& h = hedges_[i];
      claimscope::mark_hedge(std::span<const Span>(hedge_spans_.data() + h.first, h.end - h.first), h.cursor, c);
    }
  }

  void write_claims() {
    // Claims in text order. The order is sorted, not the records: an
    // Attribution is large to move.
    std::vector<uint32_t>& order = order_;
    order.resize(attrs_.size());
    std::iota(order.begin(), order.end(), 0u);
    auto in_text_order = [&](uint32_t x, uint32_t y) {
      const Attribution& a = attrs_[x];
      const Attribution& b = attrs_[y];
      return a.content.start != b.content.start ? a.content.start < b.content.start : a.content.end > b.content.end;
    };
    stable_sort_nearly_sorted(order.begin(), order.end(), in_text_order);
    doc_.claims.reserve(doc_.claims.size() + order.size());  // one claim per attribution
    for (uint32_t i : order) {
      const Attribution& a = attrs_[i];
      if (!a.claim) continue;
      Claim c;
      c.span = a.content;
      c.kind = a.kind;
      c.speaker = a.speaker;
      c.speakers = a.speakers;
      c.source = a.source;
      c.cue = a.cue;
      c.quote = a.quote;
      if (a.quote != kNone) {
        Quote& q = doc_.quotes[a.quote];
        q.speaker = a.speaker;
        q.source = a.source;
        q.cue = a.cue;
      }
      mark_hedge(a.paragraph, c);
      doc_.claims.push_back(std::move(c));
    }
  }

  // Whether the article quotes speech in double marks (“…”, "…", ''…''); where it uses
  // single marks for speech (British style), a short single-quoted paragraph is speech too.
  bool quotes_speech_in_double_marks() {
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

  Document& doc_;
  int double_marks_ = -1;  // unknown until first asked
  ParagraphViews views_;
  [[maybe_unused]] ParagraphListener* listener_;  // (read natively only)
#if !defined(__wasm__)
  uint32_t told_ = 0;  // the paragraphs before it the listener was told of
#endif
  // The lists (AttributionBuffers, the base) as one.
  AttributionBuffers& lists() { return *this; }
#if !defined(__wasm__)
  SpeakerRegistry& kept_registry() {
    if (!registry_) registry_ = std::make_unique<SpeakerRegistry>();
    return *registry_;
  }
#endif

  AttributionBuffers* kept_;  // annotate()'s kept lists (their memory is in the base during the run), or null
  size_t hedge_at_ = 0;  // mark_hedge's cursor
  int32_t last_ = kNone;
  int32_t last_quote_ = kNone;
  int32_t containing_ = kNone;
};

}  // namespace

void attribute(Document& doc) {
  doc.speakers.clear();
  doc.claims.clear();
  Attributor(doc, nullptr).run();
}

#if !defined(__wasm__)
void attribute(Document& doc, ParagraphListener& listener) {
  doc.speakers.clear();
  doc.claims.clear();
  Attributor(doc, &listener).run();
}
#endif

}  // namespace claimscope
