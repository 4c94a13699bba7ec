#include "reported_rare.h"

#include "lexicon.h"
#include "rules/cues.h"
#include "rules/speaker_words.h"
#include "word_classes.h"
#include "word_shapes.h"

namespace claimscope {

size_t before_subject_verb(const ParagraphView& v, size_t a, size_t b) {
  for (size_t j = a; j < b; ++j) {
    const Token& t = v.toks[j];
    if (!t.word || t.capitalized || v.quote_of[j] != kNone) continue;
    const std::string_view w = t.lower;
    if (w == "that" || w == "who" || is_subordinator(w) || in_table<rules::kRelativeContent>(w)) return b;
    if (in_table<rules::kRelativeClauseVerbs>(w)) return j;
  }
  return b;
}

bool counts_time(const ParagraphView& v, size_t a, size_t b) {
  if (b < a + 3) return false;
  size_t words = 0;
  for (size_t j = a; j < b; ++j) words += v.toks[j].word ? 1 : 0;
  const Token& last = v.toks[b - 1];
  const Token& period = v.toks[b - 2];
  return words <= rules::kMaxTimeCountWords && last.word && in_table<rules::kTimeCountEnds>(last.lower) &&
         period.word && !period.capitalized && in_table<rules::kPeriodNouns>(period.lower);
}

size_t named_object_end(const ParagraphView& v, size_t verb, size_t end) {
  if (is_that_cue(v.toks[verb].lower)) return end;
  size_t j = verb + 1;
  while (j < end && v.toks[j].word && v.toks[j].capitalized && v.quote_of[j] == kNone) ++j;
  if (j == verb + 1 || j + 1 >= end || !v.toks[j].word || v.quote_of[j] != kNone) return end;
  return in_table<rules::kObjectSettingOpeners>(v.toks[j].lower) ? j : end;
}

bool opens_pronoun_clause(const ParagraphView& v, size_t k, size_t end) {
  if (k + 3 >= end || v.quote_of[k + 1] != kNone || v.toks[k + 1].lower != "and") return false;
  if (!(v.toks[k + 2].word && is_speaker_pronoun(v.toks[k + 2].lower) && v.toks[k + 3].word &&
        v.quote_of[k + 2] == kNone)) {
    return false;
  }
  // ", and he had access to a server that “was like …”": a quotation further on makes the
  // second clause part of the report (a mixed quote of both); cut there, it left two wrong pieces.
  // Not when a cue of its own comes first (", and she tells crowds that “…”": a new report).
  for (size_t j = k + 3; j < end; ++j) {
    if (v.quote_of[j] != kNone) return false;
    if (is_cue_token(v.toks[j])) return true;
  }
  return true;
}

NamingShape naming_shape(const ParagraphView& v, size_t verb, size_t lo, size_t end, std::optional<MentionRange>& subject) {
  const auto& t = v.toks;
  if (verb == lo || !is_naming_verb(t[verb].lower)) return NamingShape::none;
  // Auxiliaries and adverbs between the subject and the verb: "have long called", "had been called".
  size_t j = verb;
  bool passive = false;
  while (j > lo && t[j - 1].word && (is_cue_modifier(t[j - 1].lower) || is_passive_auxiliary(t[j - 1].lower) ||
                                     is_ly_adverb(t[j - 1]))) {
    passive = passive || is_passive_auxiliary(t[j - 1].lower);
    --j;
  }
  const auto relative = [&](size_t k) { return k > lo && t[k - 1].word && in_table<rules::kNamingRelatives>(t[k - 1].lower); };
  // "is calling" is progressive: only a past participle makes a passive. "was called a
  // fraud by the auditors" names its speaker after "by": not read here.
  if (passive) {
    if (!has_ed_ending(t[verb].lower)) return NamingShape::none;
    for (size_t k = verb + 1; k < end && !is_punct(t[k], ','); ++k) {
      if (t[k].lower == "by" && v.quote_of[k] == kNone) return NamingShape::none;
    }
    return relative(j) ? NamingShape::passive_clause : NamingShape::passive;
  }
  // "when you start calling them “…”": before a participle the words are no subject of their own.
  if (is_ing(t[verb].lower)) return NamingShape::none;
  for (size_t k = j; k > lo && j - k < rules::kMaxNamingSubjectWords; --k) {
    const Token& w = t[k - 1];
    if (!w.word || v.quote_of[k - 1] != kNone) return NamingShape::none;
    const bool opens = relative(k);
    if (w.capitalized || !(opens || in_table<rules::kNamingSubordinators>(w.lower))) continue;
    if (k == j) return NamingShape::none;  // "what called": no subject
    subject = MentionRange{k, j - 1, false, j - 1};
    return opens ? NamingShape::relative : NamingShape::subordinate;
  }
  return NamingShape::none;
}

std::optional<MentionRange> speech_act_subject(const ParagraphView& v, size_t verb, size_t lo) {
  const auto& t = v.toks;
  if (verb == lo || !is_speech_act_verb(t[verb].lower) || is_ing(t[verb].lower)) return std::nullopt;
  auto m = loose_subject(t, verb, lo);
  if (!m || m->pronoun || t[m->core_last].capitalized) return std::nullopt;
  if (m->first > lo && (t[m->first - 1].word || v.quote_of[m->first - 1] != kNone)) return std::nullopt;
  // "though he hasn't endorsed", "as if she had praised": a pronoun or a subordinator inside
  // makes the words a clause of their own, not a subject.
  for (size_t j = m->first; j <= m->last; ++j) {
    if (v.quote_of[j] != kNone) return std::nullopt;
    if (t[j].word && (is_speaker_pronoun(t[j].lower) || is_subordinator(t[j].lower))) return std::nullopt;
  }
  return m;
}

}  // namespace claimscope
