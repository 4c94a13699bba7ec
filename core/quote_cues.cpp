#include "quote_cues.h"

#include "rules/cues.h"
#include "rules/speaker_words.h"
#include "statement_owner.h"
#include "utf8.h"
#include "word_classes.h"
#include "word_shapes.h"

namespace claimscope {
namespace {

constexpr size_t kCueWindowBefore = 7;  // "X told reporters on Tuesday evening: “…”"
constexpr size_t kMaxAppositive = 20;   // "Name, the executive director of X,"
constexpr size_t kMaxAppositives = 2;   // "Name, the attorney general of X, one of the states suing,"

bool is_according_to(const ParagraphView& v, size_t k) {
  return k + 1 < v.toks.size() && v.toks[k].lower == "according" && v.toks[k + 1].lower == "to";
}

bool outside_quotes(const ParagraphView& v, size_t k) { return v.quote_of[k] == kNone; }

constexpr size_t kMaxRoleWords = 5;  // “…,” said retired beekeeper Jane Doe

// “…,” said retired beekeeper Jane Doe: lower-case role words the mention
// grammar does not know, then the name.
std::optional<MentionRange> name_after(const std::vector<Token>& t, size_t from) {
  for (size_t k = from; k < t.size() && k < from + kMaxRoleWords; ++k) {
    if (!t[k].word) return std::nullopt;
    if (is_name_word(t[k])) return mention_starting_at(t, k, t.size());
  }
  return std::nullopt;
}

// A word that can be the verb of "“…,” X <verb>": lower case, and not a
// preposition, conjunction, determiner or name connector.
bool may_be_verb(const Token& t) {
  return t.word && !t.capitalized && !is_not_name(t.lower) && !is_determiner(t.lower) &&
         !is_name_connector(t.lower) && !is_adjunct_opener(t.lower);
}

// "put it" in "as Ruiz put it": a verb of wording and its "it" at `verb`.
bool wording_aside(const std::vector<Token>& t, size_t verb) {
  return verb + 1 < t.size() && t[verb].word && is_wording_verb(t[verb].lower) && t[verb + 1].lower == "it";
}

constexpr size_t kMaxDocumentModifiers = 2;  // "the campaign's fundraising email"

// "the email", "her campaign letter", "Ruiz's memo": a document named as a mention, from `from`.
std::optional<MentionRange> document_starting_at(const std::vector<Token>& t, size_t from) {
  if (from >= t.size() || !t[from].word || !(is_determiner(t[from].lower) || t[from].possessive)) return std::nullopt;
  for (size_t k = from + 1; k < t.size() && k <= from + 1 + kMaxDocumentModifiers; ++k) {
    if (!t[k].word) return std::nullopt;
    if (is_issued_document(t[k].lower)) return MentionRange{from, k, false, k};
  }
  return std::nullopt;
}

// The same, ending at the document noun `head` ("The email" before "goes on to say"); the
// owner of a possessive may be a name of several words ("Tom Beck's letter").
std::optional<MentionRange> document_ending_at(const std::vector<Token>& t, size_t head, size_t lo) {
  if (head <= lo || head >= t.size() || !is_issued_document(t[head].lower)) return std::nullopt;
  for (size_t j = head; j > lo && head - j <= kMaxDocumentModifiers; --j) {
    const Token& u = t[j - 1];
    if (!u.word) return std::nullopt;
    if (!(is_determiner(u.lower) || u.possessive)) continue;
    size_t first = j - 1;
    while (u.possessive && first > lo && is_name_word(t[first - 1])) --first;
    return MentionRange{first, head, false, head};
  }
  return std::nullopt;
}

// "read" (kDocumentCues): a table of a word or two is scanned, not hashed: a lexicon of its
// own costs the page more code.
bool is_document_cue(std::string_view w) {
  for (const WordRule& r : rules::kDocumentCues) {
    if (w == r.text) return true;
  }
  return false;
}

// "“…,” read the email." / "“…,” the statement read.": a document cue beside its document
// ("“…,” the email said" is read by the mention grammar already).
std::optional<QuoteCue> document_cue_after(const std::vector<Token>& t, size_t k) {
  if (is_document_cue(t[k].lower)) {
    auto doc = document_starting_at(t, k + 1);
    return doc ? std::optional<QuoteCue>(QuoteCue{k, k, doc}) : std::nullopt;
  }
  auto doc = document_starting_at(t, k);
  const size_t c = doc ? doc->last + 1 : 0;
  if (!doc || c >= t.size() || !is_document_cue(t[c].lower)) return std::nullopt;
  return QuoteCue{c, c, doc};
}

constexpr size_t kMaxTrailingSubject = 14;  // “…,” Northbay Capital fund manager Nora Quist said

// “…,” Ruiz, author of “Low Tide,” said: when the quotation opening at `open` follows a word
// (a title in an appositive) and closes on a comma, the cue right after its closing mark.
[[gnu::cold]] std::optional<size_t> cue_after_title(const ParagraphView& v, size_t open) {
  const auto& t = v.toks;
  const auto q = v.quote_of[open];
  if (q == kNone || open == 0 || !t[open - 1].word || v.quote_of[open - 1] == q) return std::nullopt;
  size_t close = open + 1;
  while (close < t.size() && v.quote_of[close] == q && close - open <= kMaxAppositive) ++close;
  --close;  // the title's last token: its closing mark
  if (close < open + 3 || t[close].word || !is_punct(t[close - 1], ',')) return std::nullopt;
  size_t cue = close + 1;
  for (size_t n = 0; n < 4 && cue < t.size() && t[cue].word && is_cue_modifier(t[cue].lower); ++n) ++cue;
  if (cue < t.size() && is_cue_token(t[cue]) && outside_quotes(v, cue)) return cue;
  return std::nullopt;
}

// “…,” X said / “…,” said X / “…,” according to X. With `open_end` (the
// quotation closes on a comma, ? or !, so its sentence goes on) any verb
// after the subject reports it: “…,” Brandt shot back / she sighed.
std::optional<QuoteCue> cue_after(const ParagraphView& v, size_t k, bool open_end) {
  const auto& t = v.toks;
  while (k < t.size() && !t[k].word && (t[k].first == ',' || t[k].first == U'\u2014' || t[k].first == '-')) ++k;
  if (k >= t.size() || !outside_quotes(v, k)) return std::nullopt;
  if (is_according_to(v, k)) {
    auto m = mention_starting_at(t, k + 2, t.size());
    if (m) return QuoteCue{k, k + 1, m};
    return std::nullopt;
  }
  if (t[k].word && !t[k].capitalized) {
    if (auto doc = document_cue_after(t, k)) return doc;
  }
  if (is_cue_token(t[k])) {
    // “…,” citing a ruling: the words after a participle are its object, never an inverted subject.
    if (is_ing(t[k].lower)) return std::nullopt;
    auto m = with_role_and_name(t, mention_starting_at(t, k + 1, t.size()), true);
    if (!m && open_end) m = name_after(t, k + 1);
    if (m) return QuoteCue{k, k, m};
    return std::nullopt;
  }
  // “…!” beamed Ana Ruiz, “…,” recalled Mayor Tom Beck: any past-tense verb before a name
  // reports the quotation when it goes on after it. Not when a cue follows the name: “…,”
  // retired general Tom Beck said (the past form is the name's adjective).
  if (open_end && is_past_tense_verb(t[k]) && outside_quotes(v, k)) {
    auto m = mention_starting_at(t, k + 1, t.size());
    if (m && !m->pronoun && is_name_word(t[m->core_last]) && !(m->last + 1 < t.size() && is_cue_token(t[m->last + 1]))) {
      return QuoteCue{k, k, m};
    }
  }
  // “…,” as Ruiz put it.
  if (t[k].word && t[k].lower == "as") {
    auto m = mention_starting_at(t, k + 1, t.size());
    if (m && wording_aside(t, m->last + 1)) return QuoteCue{m->last + 1, m->last + 2, m};
    return std::nullopt;
  }
  // “…” ― Name
  if (!t[k].word && is_attribution_dash(t[k].lower)) {
    auto m = mention_starting_at(t, k + 1, t.size());
    if (m && !m->pronoun) return QuoteCue{k, k, m};
    return std::nullopt;
  }
  auto m = with_role_and_name(t, mention_starting_at(t, k, t.size()), false);
  if (!m) return std::nullopt;
  size_t c = m->last + 1;
  // “…,” Name, the director of X, said; “…,” Name, the director of X, one of the towns suing, said
  if (c < t.size() && is_punct(t[c], ',') && !m->pronoun) {
    size_t appositives = 0;
    for (size_t j = c + 1; j < t.size() && j <= c + kMaxAppositive; ++j) {
      // "Joe Brandt, R-Mont., said": an abbreviation's dot before a comma ends nothing.
      bool abbreviation_dot = is_punct(t[j], '.') && j + 1 < t.size() && is_punct(t[j + 1], ',');
      if (!t[j].word && !abbreviation_dot && (utf8::is_terminal(t[j].first) || !outside_quotes(v, j))) {
        // “…,” Ruiz, author of “Low Tide,” said: a title's closing mark after the appositive's comma.
        if (auto cue = cue_after_title(v, j)) return QuoteCue{*cue, *cue, MentionRange{m->first, *cue - 1, false, m->core_last}};
        break;
      }
      if (!is_punct(t[j], ',')) continue;
      size_t cue = j + 1;
      for (size_t n = 0; n < 4 && cue < t.size() && t[cue].word && is_cue_modifier(t[cue].lower); ++n) ++cue;
      if (cue < t.size() && is_cue_token(t[cue])) return QuoteCue{cue, cue, MentionRange{m->first, j - 1, false, m->core_last}};
      if (++appositives == kMaxAppositives) break;
    }
  }
  for (size_t n = 0; n < 4 && c < t.size() && t[c].word && is_cue_modifier(t[c].lower); ++n) ++c;
  if (c < t.size() && is_cue_token(t[c]) && outside_quotes(v, c)) return QuoteCue{c, c, m};
  if (open_end && c < t.size() && outside_quotes(v, c) && may_be_verb(t[c])) return QuoteCue{c, c, m};
  return std::nullopt;
}

// "Ruiz called the plan “a gift,” while Beck said …": "while", "but", "and" or a subordinator
// after the quotation opens a clause of its own, and the cue there reports that clause, not
// the quotation (which the cue before it, if any, reports). A word must follow it: "though,"
// set off by a comma is an adverb of the clause the quotation sits in.
bool opens_next_clause(const Token& t, const Token& next) {
  return t.word && !t.capitalized && next.word &&
         (t.lower == "and" || is_contrast_conjunction(t.lower) || is_subordinator(t.lower));
}

// “…,” <a subject the mention grammar does not read> said: the cue verb a
// few words on, and the mention that ends before it.
std::optional<QuoteCue> cue_after_long_subject(const ParagraphView& v, size_t end) {
  const auto& t = v.toks;
  size_t k = end;
  while (k < t.size() && !t[k].word && (t[k].first == ',' || t[k].first == U'\u2014')) ++k;
  const size_t lo = k;
  if (lo + 1 >= t.size() || opens_next_clause(t[lo], t[lo + 1])) return std::nullopt;
  for (size_t c = k + 1; c < t.size() && c < lo + kMaxTrailingSubject; ++c) {
    if (!outside_quotes(v, c) || (!t[c].word && utf8::is_terminal(t[c].first))) return std::nullopt;
    // “…,” an official who asked not to be named said: a relative clause's verb is not the cue.
    if (!is_cue_token(t[c]) || t[c - 1].lower == "who") continue;
    auto m = subject_of_cue(t, c, lo);
    // A pronoun further on belongs to a clause inside the subject ("whom he hired").
    if (m && (m->first == lo || !m->pronoun)) return QuoteCue{c, c, m};
    // “…,” federal auditors wrote: a short phrase right after the quotation, all of it before
    // the cue, is the subject even when the mention grammar reads none.
    if (!m) {
      auto loose = loose_subject(t, c, lo);
      if (loose && loose->first == lo) return QuoteCue{c, c, loose};
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// A mention that can speak: a pronoun, a name, a role, an institution or a document it issued
// ("The letter continues:"); "Her view" cannot.
bool names_speaker(const std::vector<Token>& t, const MentionRange& m) {
  const Token& c = t[m.core_last];
  return m.pronoun || is_name_word(c) || is_role_token(c) || is_institution_token(c) || is_issued_document(c.lower);
}

// "he returned to his familiar lines:", "Ana Ruiz sent a letter to Mayor Beck:": the word
// before a colon is a noun, so the clause's verb is the nearest past form before it (not one
// after a determiner: "his embattled"), and its subject speaks. A fronted "Back home," is no subject.
std::optional<MentionRange> subject_of_verb_before(const ParagraphView& v, size_t k, size_t lo) {
  const auto& t = v.toks;
  for (size_t j = k; j > lo + 1; --j) {
    const Token& u = t[j - 1];
    if (!outside_quotes(v, j - 1)) return std::nullopt;
    if (is_past_tense_verb(u) && !is_determiner(t[j - 2].lower) && !t[j - 2].possessive) return subject_of_cue(t, j - 1, lo);
  }
  return std::nullopt;
}

// "She went on to say:", "The email goes on to say:": the cue's subject stands before the
// continuation verb (kContinuationVerbs); a document there speaks for itself.
std::optional<MentionRange> subject_before_continuation(const std::vector<Token>& t, size_t cue, size_t lo) {
  if (cue < lo + 4 || t[cue - 1].lower != "to" || t[cue - 2].lower != "on" || !is_continuation_verb(t[cue - 3].lower)) {
    return std::nullopt;
  }
  if (auto doc = document_ending_at(t, cue - 4, lo)) return doc;
  return subject_of_cue(t, cue - 3, lo);
}

// A present verb in "-s" that takes an object: "The memo makes a blunt case:". A plural noun
// has the same ending ("the threats against"); the verb is told apart by its place, right
// after the subject that opens the sentence and before the object's determiner.
bool may_be_present_verb(const Token& u, const Token& next) {
  const std::string_view w = u.lower;
  return u.word && !u.capitalized && !u.possessive && w.size() > 3 && w.back() == 's' &&
         w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i' && next.word &&
         is_determiner(next.lower);
}

// "Ruiz's letter makes a more pointed case:": the sentence opens with a subject that can speak
// and its present verb, whose object runs up to the colon at `colon`.
std::optional<MentionRange> subject_of_present_verb(const ParagraphView& v, size_t colon, size_t lo) {
  const auto& t = v.toks;
  for (size_t j = lo + 1; j + 1 < colon; ++j) {
    if (!outside_quotes(v, j) || !t[j].word) return std::nullopt;
    if (!may_be_present_verb(t[j], t[j + 1])) continue;
    auto m = document_ending_at(t, j - 1, lo);
    if (!m) m = subject_of_cue(t, j, lo);
    if (m && m->first == lo && m->last + 1 == j && names_speaker(t, *m)) return m;
    return std::nullopt;
  }
  return std::nullopt;
}

constexpr size_t kMaxAdjunctRun = 16;  // "wrote on her blog, in bold type and at length, “…”"

// "Lately she wrote on her blog, in bold type and at length, “…”": a cue beyond the window
// whose adjuncts (a preposition right after it) run up to the comma before the quotation.
std::optional<QuoteCue> cue_before_adjuncts(const ParagraphView& v, size_t first, size_t lo) {
  const auto& t = v.toks;
  if (!is_punct(t[first - 1], ',')) return std::nullopt;
  for (size_t c = first - 1; c > lo && first - c < kMaxAdjunctRun; --c) {
    const Token& u = t[c - 1];
    if (!outside_quotes(v, c - 1) || (!u.word && utf8::is_terminal(u.first)) || u.lower == "that") return std::nullopt;
    if (!is_cue_token(u)) continue;
    if (!(t[c].word && is_adjunct_opener(t[c].lower))) return std::nullopt;
    auto m = subject_of_cue(t, c - 1, lo);
    return m ? std::optional<QuoteCue>(QuoteCue{c - 1, c - 1, m}) : std::nullopt;
  }
  return std::nullopt;
}

// X said: “…” / X told reporters, “…” / according to X, “…” / …, stating “…”
// "She sent an email saying, “…”", "X issued a statement describing it as “…”": before an
// -ing cue, a document as the subject stands for its sender, the clause's subject. Else `m`.
// "sent a message to donors saying: “…”": the object of "to" listens; the sender speaks too.
// The sender is the subject of the nearest past verb before the mention ("Before Ruiz won, her
// campaign sent …"), else the clause's subject.
MentionRange sender_of_document(const ParagraphView& v, size_t cue, size_t lo, const MentionRange& m) {
  const auto& t = v.toks;
  const bool listeners = m.first > lo && t[m.first - 1].lower == "to";
  if (m.pronoun || !is_ing(t[cue].lower) || !(listeners || is_issued_document(t[m.core_last].lower))) return m;
  auto owner = subject_of_verb_before(v, m.first, lo);
  if (!owner) owner = clause_subject(t, cue, lo);
  return owner ? *owner : m;
}

// "X released a statement Friday, saying …": the clause's subject; else (the mention grammar
// reads no clause subject before "Friday,") the subject of the nearest past verb, when that
// subject opens the sentence.
std::optional<MentionRange> participle_subject(const ParagraphView& v, size_t cue, size_t lo) {
  if (auto m = clause_subject(v.toks, cue, lo)) return m;
  auto m = subject_of_verb_before(v, cue - 1, lo);
  if (m && m->first == lo && names_speaker(v.toks, *m)) return m;
  return std::nullopt;
}

// The inverted cue before a name and a colon: "Said Ellis:" opens the sentence, "In other
// words, explained Ellis:" follows a fronted adverbial's comma. kNoToken when there is none.
// The cue after a comma is looked for in the last kMaxInvertedCueLead tokens before the colon:
// the speaker's phrase between it and the colon ("KBC moderator Tom Beck") is far shorter, and
// every quotation after a colon asks, so a scan from the sentence's start was quadratic.
constexpr size_t kMaxInvertedCueLead = 48;
constexpr size_t kNoToken = size_t(-1);
size_t inverted_cue(const std::vector<Token>& t, size_t lo, size_t colon) {
  if (colon <= lo + 1) return kNoToken;
  if (t[lo].word && t[lo].capitalized && is_cue_verb(t[lo].lower)) return lo;
  // Not "telling CNBC:" (who listens) nor "said of Ruiz:" (whom it is about).
  for (size_t p = colon - lo > kMaxInvertedCueLead ? colon - kMaxInvertedCueLead : lo + 1; p + 1 < colon; ++p) {
    if (!is_punct(t[p - 1], ',') || !t[p].word || !is_cue_token(t[p])) continue;
    const bool inverted = !is_ing(t[p].lower) && !is_listener_cue(t[p].lower) && t[p + 1].word &&
                          !is_adjunct_opener(t[p + 1].lower) && !is_name_connector(t[p + 1].lower);
    return inverted ? p : kNoToken;
  }
  return kNoToken;
}

// "Ruiz’s answer was: “…”", "Her reply was blunt:", "His response:": a speech noun owned by a
// name or a possessive pronoun, then at most "was" and one word, before the colon at `colon`. The
// owner speaks; none when the words before the colon are anything else.
std::optional<MentionRange> owner_of_answer(const std::vector<Token>& t, size_t lo, size_t colon) {
  size_t n = colon - 1;
  if (n > lo && t[n].word && !t[n].capitalized && !in_table<rules::kAnswerNouns>(t[n].lower)) {
    // "was", or "was" and one word ("was blunt"), between the noun and the colon.
    const bool was_one = t[n].lower == "was" || t[n].lower == "is";
    const bool was_two = n > lo + 1 && t[n - 1].word && (t[n - 1].lower == "was" || t[n - 1].lower == "is");
    if (!was_one && !was_two) return std::nullopt;
    n -= was_one ? 1 : 2;
  }
  if (n <= lo || !t[n].word || t[n].capitalized || !in_table<rules::kAnswerNouns>(t[n].lower)) return std::nullopt;
  const Token& owner = t[n - 1];
  if (!owner.word) return std::nullopt;
  if (owner.possessive && owner.capitalized) {
    size_t f = n - 1;
    while (f > lo && is_name_word(t[f - 1]) && !t[f - 1].possessive) --f;
    return MentionRange{f, n - 1, false, n - 1};
  }
  if (owner.lower == "his" || owner.lower == "her" || owner.lower == "their") return MentionRange{n - 1, n - 1, true, n - 1};
  return std::nullopt;
}

constexpr size_t kMaxWordingAdverbs = 2;  // "put it more bluntly:"

// "Ruiz put it plainly:", "She puts it more simply:", "He put it this way:": a wording verb
// and its "it", then at most two lower-case words (whatever adverb) before the colon at
// `colon`. The cue is the verb and "it", the verb's subject speaks.
std::optional<QuoteCue> wording_before_colon(const ParagraphView& v, size_t lo, size_t colon) {
  const auto& t = v.toks;
  for (size_t words = 0; words <= kMaxWordingAdverbs && colon >= lo + words + 3; ++words) {
    const size_t verb = colon - 2 - words;
    if (words > 0) {
      const Token& w = t[colon - words];
      if (!w.word || w.capitalized || !outside_quotes(v, colon - words)) return std::nullopt;
    }
    if (!wording_aside(t, verb) || !outside_quotes(v, verb)) continue;
    auto m = subject_of_cue(t, verb, lo);
    if (m && names_speaker(t, *m)) return QuoteCue{verb, verb + 1, m};
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<QuoteCue> cue_before(const ParagraphView& v, size_t first) {
  const auto& t = v.toks;
  if (first == 0) return std::nullopt;
  size_t lo = v.sentence_start[first - 1];
  size_t k = first - 1;
  // "said on “Harbour Watch”": the quotation is the preposition's object.
  if (t[k].word && !t[k].capitalized && is_adjunct_opener(t[k].lower)) return std::nullopt;
  if (!t[k].word && (t[k].first == ':' || t[k].first == ',')) {
    if (k == lo) return std::nullopt;
    // "…, in her words, “…”", "In the words of one skipper, “…”": the aside's owner speaks.
    if (t[k].first == ',') {
      if (auto aside = words_aside_before(t, lo, k)) {
        // "in the words of X": the cue reaches over X, which follows it, so that the
        // quotation after the comma is introduced directly (its fragment's clause starts
        // at the quotation, not at X).
        if (aside->mention->first > aside->cue_last) aside->cue_last = aside->mention->last;
        return aside;
      }
    }
    // "Nora Quist: ‘…’", "Rep. Jane Doe (D-Ore.): “…”": a name alone before
    // the colon is the transcript and headline convention for who speaks.
    if (t[k].first == ':') {
      // "Said Ellis: “…”": the inverted cue opens the sentence and the name follows it.
      const size_t inverted = inverted_cue(t, lo, k);
      const size_t from = inverted != kNoToken ? inverted + 1 : lo;
      auto m = mention_starting_at(t, from, k);
      // "explained KBC moderator Tom Beck:": the grammar stops after "KBC"; a role and a name follow.
      if (m && inverted != kNoToken && m->last + 1 < k) {
        auto named = name_after(t, m->last + 1);
        if (named && named->last + 1 == k) m = MentionRange{m->first, named->last, false, named->core_last};
      }
      if (m && !m->pronoun && m->last + 1 == k && is_name_word(t[m->core_last])) {
        return inverted != kNoToken ? QuoteCue{inverted, inverted, m} : QuoteCue{k, k, m};
      }
      // "Ferry fares to rise - Ana Ruiz: “…”": a digest line names who speaks after a dash.
      for (size_t d = k; d > lo + 1; --d) {
        if (t[d - 1].word) continue;
        if (!is_dash(t[d - 1]) && t[d - 1].lower != "-") break;
        auto named = mention_starting_at(t, d, k);
        if (named && !named->pronoun && named->last + 1 == k && is_name_word(t[named->core_last])) {
          return QuoteCue{k, k, named};
        }
        break;
      }
      if (auto owner = owner_of_answer(t, lo, k)) return QuoteCue{k, k, owner};
      if (auto wording = wording_before_colon(v, lo, k)) return wording;
    }
    --k;
    // "Brandt stood up and thundered: “…”": any verb with a subject introduces a quote with a colon.
    if (t[k + 1].first == ':' && t[k].word && !is_cue_token(t[k]) && outside_quotes(v, k)) {
      // Only a pronoun, a name, a role or an institution: "Her message was clear:" has no speaker.
      // "She addressed the crowd again:": an adverb is no verb, and the word before it is the object.
      // A capitalised word is a name, the verb's object ("sent a letter to Mayor Beck:").
      auto m = is_cue_modifier(t[k].lower) || t[k].capitalized ? std::nullopt : subject_of_cue(t, k, lo);
      // "gave him a back-handed compliment:": no one ends before a noun, or only its own words.
      if (!(m && names_speaker(t, *m))) m = subject_of_present_verb(v, k + 1, lo);
      if (!(m && names_speaker(t, *m))) m = subject_of_verb_before(v, k, lo);
      // "The mayor released the following statement:": the subject of the clause.
      if (!m) {
        m = clause_subject(t, k, lo);
        // Its verb must look like one ("released", "gave"): "Partial transcript as follows:" has none.
        size_t verb = m ? m->last + 1 : 0;
        while (m && verb < k && t[verb].word && is_cue_modifier(t[verb].lower)) ++verb;
        if (m && !(verb < t.size() && t[verb].word && (is_irregular_past(t[verb].lower) ||
                   has_ed_ending(t[verb].lower)))) {
          m.reset();
        }
      }
      if (m && names_speaker(t, *m)) {
        return QuoteCue{k, k, m};
      }
    }
  }
  if (t[k].word && t[k].lower == "that" && k > lo) --k;
  for (size_t n = 0; n < kCueWindowBefore; ++n, --k) {
    const Token& u = t[k];
    if (!outside_quotes(v, k) || (!u.word && utf8::is_terminal(u.first))) return std::nullopt;
    if (k > lo && is_according_to(v, k - 1)) {
      auto m = mention_starting_at(t, k + 1, first);
      return m ? std::optional<QuoteCue>(QuoteCue{k - 1, k, m}) : std::nullopt;
    }
    // "As Ruiz put it, “…”": the wording verb speaks only after "as".
    if (u.word && u.lower == "it" && k > lo + 1 && wording_aside(t, k - 1)) {
      auto m = subject_of_cue(t, k - 1, lo);
      if (m && m->first > lo && t[m->first - 1].word && t[m->first - 1].lower == "as") return QuoteCue{k - 1, k, m};
    }
    // "dismissed the report as a “hoax”", "his comments": a cue form after a determiner is a noun.
    bool noun = k > lo && t[k - 1].word && (is_determiner(t[k - 1].lower) || t[k - 1].possessive);
    if (is_cue_token(u) && !noun) {
      QuoteCue cue{k, k, subject_of_cue(t, k, lo)};
      if (!cue.mention) cue.mention = subject_before_continuation(t, k, lo);
      // "…, saying, “…”": the sentence's subject speaks.
      if (!cue.mention && k > lo + 1 && is_punct(t[k - 1], ',')) cue.mention = participle_subject(v, k, lo);
      if (!cue.mention && is_plain_speech_verb(u.lower)) cue.mention = loose_subject(t, k, lo);
      if (cue.mention) cue.mention = sender_of_document(v, k, lo, *cue.mention);
      // "“The fares will stay,” Beck said, adding …": words quoted earlier in the sentence
      // are what someone said, never its subject.
      if (cue.mention && !outside_quotes(v, cue.mention->first)) cue.mention.reset();
      return cue;
    }
    // "X is labeling the plan “…”": a quoting verb right before the quotation.
    if (u.word && !u.capitalized && is_quoting_verb(u.lower)) {
      if (auto m = subject_of_cue(t, k, lo)) return QuoteCue{k, k, sender_of_document(v, k, lo, *m)};
    }
    // "Said Okafor: “…”" opens its sentence with the cue.
    if (k == lo && u.word && u.capitalized && is_cue_verb(u.lower)) {
      auto m = mention_starting_at(t, k + 1, first);
      if (m) return QuoteCue{k, k, m};
    }
    if (k == lo) break;
  }
  return cue_before_adjuncts(v, first, lo);
}

}  // namespace

constexpr size_t kMaxWordsAdjectives = 1;  // "in her own words"
constexpr size_t kMaxWordsOwner = 8;  // "in the words of the harbour board's chief engineer"

std::optional<QuoteCue> words_aside_before(const std::vector<Token>& t, size_t lo, size_t end) {
  if (end < lo + 3 || end > t.size()) return std::nullopt;
  const size_t w = end - 1;
  if (t[w].word && t[w].lower == "words") {
    // "in Ana Ruiz's words", "in Gates’ words", "in her own words": the owner of a statement noun, with one word
    // between them at most ("own", "exact"). A lower-case owner ("the mayor's") is left: the
    // mention grammar reads no possessive role.
    std::optional<MentionRange> m = statement_owner(t, w, lo, kMaxWordsAdjectives);
    if (!m || m->first == lo || !t[m->first - 1].word || t[m->first - 1].lower != "in") return std::nullopt;
    return QuoteCue{m->first - 1, w, m};
  }
  // "in the words of X": X runs to `end`.
  for (size_t of = w; of >= lo + 3 && end - of <= kMaxWordsOwner; --of) {
    if (!t[of].word) return std::nullopt;
    if (t[of].lower != "of") continue;
    if (t[of - 1].lower != "words" || t[of - 2].lower != "the" || t[of - 3].lower != "in") return std::nullopt;
    auto m = mention_starting_at(t, of + 1, end);
    if (!m || m->last + 1 != end) return std::nullopt;
    return QuoteCue{of - 3, of, m};
  }
  return std::nullopt;
}

std::optional<QuoteCue> as_wording_aside(const std::vector<Token>& t, size_t as, size_t end) {
  if (as + 3 >= end || end > t.size() || !t[as].word || t[as].lower != "as") return std::nullopt;
  // The verb first, then its subject: the mention grammar may stop inside a possessive
  // owner ("As the Gazette's Ana Ruiz put it").
  size_t verb = as + 2;
  while (verb + 1 < end && !wording_aside(t, verb)) ++verb;
  if (verb + 1 >= end) return std::nullopt;
  auto m = subject_of_cue(t, verb, as + 1);
  if (!m || m->first != as + 1 || m->last + 1 != verb) return std::nullopt;
  // "As Ruiz put it bluntly,", "put it more simply,": at most two adverbs after "it"; the
  // last one in -ly ("As crews put it together," is no wording).
  if (end - (verb + 2) > kMaxWordingAdverbs) return std::nullopt;
  for (size_t j = verb + 2; j < end; ++j) {
    if (!t[j].word || t[j].capitalized) return std::nullopt;
  }
  if (end > verb + 2 && !is_ly_adverb(t[end - 1])) return std::nullopt;
  return QuoteCue{verb, verb + 1, m};
}

constexpr size_t kMaxLeadInSentence = 24;  // "Nils Varga, the board's spokesman, said in a statement."

std::optional<QuoteCue> find_lead_in_sentence(const ParagraphView& v, size_t first) {
  const auto& t = v.toks;
  if (first < 2 || v.sentence_start[first] != first) return std::nullopt;
  const size_t lo = v.sentence_start[first - 1];
  if (first - lo > kMaxLeadInSentence) return std::nullopt;
  size_t end = first;
  while (end > lo && !t[end - 1].word && utf8::is_terminal(t[end - 1].first)) --end;
  for (size_t k = lo + 1; k < end; ++k) {
    if (!outside_quotes(v, k)) return std::nullopt;
    if (!is_cue_token(t[k])) continue;
    // Only an adjunct may follow the cue: "said in a statement", "said Tuesday".
    size_t a = k + 1;
    if (a < end && !(t[a].word && (is_adjunct_opener(t[a].lower) || is_weekday(t[a].lower)))) return std::nullopt;
    for (size_t j = a; j < end; ++j) {
      if (!t[j].word || t[j].lower == "that" || is_cue_token(t[j])) return std::nullopt;
    }
    auto m = subject_of_cue(t, k, lo);
    if (!m) return std::nullopt;
    return QuoteCue{k, k, m};
  }
  return std::nullopt;
}

std::optional<QuoteCue> find_lead_in_cue(const ParagraphView& v) {
  if (v.toks.empty() || !is_punct(v.toks.back(), ':')) return std::nullopt;
  return cue_before(v, v.toks.size());
}

std::optional<QuoteCue> find_signature_line(const ParagraphView& next) {
  const auto& t = next.toks;
  // A hyphen that opens a paragraph is a dash: plain-text news types "-" for "—".
  if (t.size() < 2 || t[0].word || !(is_attribution_dash(t[0].lower) || t[0].lower == "-")) return std::nullopt;
  auto m = mention_starting_at(t, 1, t.size());
  if (!m || m->pronoun || !is_name_word(t[m->core_last])) return std::nullopt;
  // The name ends the line or a comma follows it ("-Ana Ruiz, tweeting after the vote.").
  const size_t after = m->last + 1;
  if (after < t.size() && !(is_punct(t[after], ',') || (is_punct(t[after], '.') && after + 1 == t.size()))) {
    return std::nullopt;
  }
  return QuoteCue{0, 0, m};
}

constexpr size_t kMaxTranscriptLabel = 3;  // "SEN. ANN LEE:"

// "“WALLACE: Let's start with …": a transcript line quoted whole, opening its
// paragraph; the name before the colon speaks.
std::optional<QuoteCue> transcript_label(const ParagraphView& v, size_t first, size_t end) {
  const auto& t = v.toks;
  if (first != 0 || t[first].word || first + 2 >= end) return std::nullopt;
  size_t k = first + 1;
  while (k < end && k < first + 1 + kMaxTranscriptLabel && t[k].word && is_name_word(t[k])) ++k;
  if (k == first + 1 || k >= end || !is_punct(t[k], ':')) return std::nullopt;
  return QuoteCue{k, k, MentionRange{first + 1, k - 1, false, k - 1}};
}

std::optional<QuoteCue> find_quote_cue(const ParagraphView& v, size_t first, size_t end) {
  if (first >= end || end > v.toks.size()) return std::nullopt;
  if (auto label = transcript_label(v, first, end)) return label;
  // Does the quote end a sentence (“….”)? Then what follows usually starts a new one.
  size_t last = end - 1;
  // A closing mark typed as two apostrophes (,'') is two tokens: look before both.
  if (last > first + 1 && is_punct(v.toks[last], '\'') && is_punct(v.toks[last - 1], '\'')) --last;
  bool ends_sentence = last > first && !v.toks[last - 1].word && utf8::is_terminal(v.toks[last - 1].first) &&
                       v.toks[last - 1].first == '.';
  bool open_end = last > first && !v.toks[last - 1].word &&
                  (v.toks[last - 1].first == ',' || v.toks[last - 1].first == '?' || v.toks[last - 1].first == '!');
  auto after = cue_after(v, end, open_end);
  if (!after && open_end) after = cue_after_long_subject(v, end);
  // "X replied: “…?” Her critics laughed.": a question or exclamation after a cue of its own
  // ends its sentence; a verb after it opens the next one.
  const bool asks = open_end && v.toks[last - 1].first != ',' && first > 0 &&
                    (is_punct(v.toks[first - 1], ':') || is_punct(v.toks[first - 1], ','));
  if (after && !ends_sentence && !asks) return after;
  auto before = cue_before(v, first);
  if (before && (before->mention || !(after && asks))) return before;
  // "…, calling her plan a “shambles.” Ruiz said …": a quotation that closes a sentence begun
  // before it is a fragment of that sentence; the next sentence's cue is another statement's.
  if (after && ends_sentence && first > 0 && v.toks[first - 1].word &&
      v.sentence_start[first - 1] == v.sentence_start[first] && v.sentence_start[after->cue_first] != v.sentence_start[first]) {
    return std::nullopt;
  }
  return after;
}

}  // namespace claimscope
