// Speaker grammar: the subject of a cue verb, read back from it past modifiers, a day, a
// relative clause without commas, a participle phrase of place or a coordinated verb.
#include "speaker_phrases.h"

#include "speaker_phrases_detail.h"
#include "rules/cues.h"
#include "rules/speaker_words.h"

namespace claimscope {

using namespace speaker_detail;  // the helpers the speaker grammar's files share

namespace {

// "Residents living near the plant said", "Protesters marching through the
// streets chanted": the noun after a participle and its preposition of place
// is where the speakers are, not who speaks. The speaker is the noun before
// the participle, described by the whole phrase.
std::optional<MentionRange> with_participle_phrase(const std::vector<Token>& toks, const MentionRange& m, size_t lo) {
  if (m.pronoun || m.first < lo + 3) return std::nullopt;
  const Token& preposition = toks[m.first - 1];
  const Token& participle = toks[m.first - 2];
  if (!preposition.word || preposition.capitalized || !is_place_preposition(preposition.lower)) return std::nullopt;
  if (!participle.word || participle.capitalized || !is_ing(participle.lower)) return std::nullopt;
  auto head = mention_ending_at(toks, m.first - 3, lo);
  if (!head || head->pronoun) return std::nullopt;
  return MentionRange{head->first, m.last, false, head->core_last};
}

constexpr size_t kMaxRelativeClause = 12;  // "a port official who asked not to be named said"

// Whether [from, to) holds only what may stand between a subject and its verb: auxiliaries and
// adverbs ("has not", "can", "once"), a day ("on Sunday"); true when empty.
bool only_auxiliaries(const std::vector<Token>& toks, size_t from, size_t to) {
  for (size_t j = from; j < to; ++j) {
    const Token& t = toks[j];
    const std::string_view w = t.lower;
    const bool negation = w == "not" || w.ends_with("n't") || w.ends_with("n\u2019t");  // "don't", "aren’t"
    const bool aux = is_cue_modifier(w) || is_ly_adverb(t) || negation || w == "on" || w == "been" || w == "be" ||
                     in_table<rules::kModalVerbs>(w) || is_weekday(w) || is_part_of_day(w);
    if (!aux) return false;
  }
  return true;
}

// The speaker before "who" at `who`, when the words from it to the verb at `k` are a
// relative clause on that speaker (see before_relative_clause). Rare: out of line.
[[gnu::cold]] std::optional<MentionRange> speaker_before_who(const std::vector<Token>& toks, size_t who, size_t k,
                                                               size_t lo) {
  for (size_t j = who + 1; j < k; ++j) {
    const Token& t = toks[j];
    if (is_speaker_pronoun(t.lower)) return std::nullopt;  // "voters who … if it opposes"
    // "leaders who get votes and have backed": a verb joined to the clause's is the clause's too.
    if ((t.lower == "and" || t.lower == "but" || t.lower == "or") && only_auxiliaries(toks, j + 1, k)) return std::nullopt;
  }
  // "an official who asked not to be named", "leaders who can support": the verb right after
  // "who" and its auxiliaries is the clause's own.
  if (only_auxiliaries(toks, who + 1, k)) return std::nullopt;
  const Token& next = toks[who + 1];
  if (next.capitalized || is_determiner(next.lower) || is_speaker_pronoun(next.lower)) return std::nullopt;
  auto m = mention_ending_at(toks, who - 1, lo);
  if (!m || m->pronoun) return std::nullopt;
  return MentionRange{m->first, k - 1, false, m->core_last};
}

// "A port official who asked not to be named said", "the lawyer who represents them said": a
// relative clause with no commas between the speaker and the verb at `k`. The speaker is the
// mention before "who", described by the clause. Not "the driver who police said …", where
// the clause has a subject of its own and the cue is that subject's, nor the clause's own verb.
// Only a "who" among the words before the verb is looked for here (most cues have none).
std::optional<MentionRange> before_relative_clause(const std::vector<Token>& toks, size_t k, size_t lo) {
  for (size_t j = k; j > lo + 1 && k - j < kMaxRelativeClause;) {
    const Token& t = toks[--j];
    if (!t.word) return std::nullopt;
    if (t.lower.size() == 3 && t.lower == "who" && !t.capitalized) return speaker_before_who(toks, j, k, lo);
  }
  return std::nullopt;
}

}  // namespace

std::optional<MentionRange> subject_of_cue(const std::vector<Token>& toks, size_t cue, size_t lo) {
  size_t k = cue;
  while (k > lo && cue - k < kMaxModifiers && toks[k - 1].word &&
         (is_cue_modifier(toks[k - 1].lower) || is_ly_adverb(toks[k - 1]))) {
    --k;
  }
  // "Ruiz on Tuesday said", "The board Friday night voted": a day between subject and verb.
  // Only after a name, pronoun, role or institution: in "the survey published Friday shows"
  // the day belongs to the subject.
  if (size_t d = before_day_adjunct(toks, k, lo); d != k) {
    const Token& h = toks[d - 1];
    // A parenthesis closes a name's party and state: "Sen. Ana Ruiz (D-Ore.) last week said".
    // A relative "who" after a comma stands for the name before it: "Ruiz, who on Tuesday said".
    const bool relative_who = h.word && h.lower == "who" && d - 1 > lo && is_punct(toks[d - 2], ',');
    // An appositive's closing comma: "Tom Beck, the harbour master, last week announced" (the
    // appositive search below reads the name, or nothing: never the adjunct's "week").
    const bool appositive_comma = is_punct(h, ',') && d - 1 > lo;
    if ((h.word && (h.capitalized || is_speaker_pronoun(h.lower) || is_role_token(h) || is_institution_token(h))) ||
        is_punct(h, ')') || relative_who || appositive_comma) {
      k = d;
    }
    // "Ruiz later Thursday told …": a time adverb before the day.
    else if (h.word && !h.capitalized && is_cue_modifier(h.lower) && d - 1 > lo) {
      const Token& g = toks[d - 2];
      if (g.word && (g.capitalized || is_speaker_pronoun(g.lower) || is_role_token(g) || is_institution_token(g))) k = d - 1;
    }
  }
  if (k == lo) return std::nullopt;
  // "Maria Lopez, who said": the relative pronoun stands for the name before it; also with its
  // auxiliary contracted onto it ("Lopez, who’s argued").
  if (k >= lo + 3 && is_punct(toks[k - 2], ',') &&
      (toks[k - 1].lower == "who" || contracted_relative_length(toks[k - 1]))) {
    if (auto m = mention_ending_at(toks, k - 3, lo); m && !m->pronoun) return MentionRange{m->first, k - 1, false, m->core_last};
    return std::nullopt;
  }
  if (auto m = before_relative_clause(toks, k, lo)) return m;
  if (auto m = mention_with_appositive_ending_at(toks, k - 1, lo)) {
    if (is_punct(toks[k - 1], ',')) {
      if (auto owner = aside_owner(toks, *m, k - 1, lo)) return owner;
    }
    if (auto described = with_participle_phrase(toks, *m, lo)) m = described;
    // ", union members and leaders say": a lower-case first half joined by "and".
    if (!m->pronoun && m->first > lo + 1 && toks[m->first - 1].lower == "and" && !toks[m->first].capitalized) {
      if (auto start = coordinated_start(toks, m->first - 1, lo)) m->first = *start;
    }
    return with_coordinated_head(toks, with_list_head(toks, *m, lo), lo);
  }
  // "Ruiz closed by saying, “…”", "he paused before adding …": an -ing cue after "by",
  // "before", "without" … is done by the subject of the clause.
  if (toks[k - 1].word && in_table<rules::kGerundClausePrepositions>(toks[k - 1].lower) && is_ing(toks[cue].lower)) {
    return clause_subject(toks, k - 1, lo);
  }
  // "Ruiz used her speech to call for …", "seized on the vote to renew her call for …": the
  // infinitive's speaker is the subject of the clause it serves, not the noun before "to".
  if (toks[k - 1].lower == "to" && k >= lo + 2) return clause_subject(toks, k - 1, lo);
  if (toks[k - 1].lower != "and" && toks[k - 1].lower != "but") return std::nullopt;
  // "…, he laughed and said": a subject pronoun right before the first verb is its subject, however
  // long the clause before the comma ("When Beck was asked … whether Ruiz would …, he laughed").
  if (k >= lo + 3 && toks[k - 3].word && is_speaker_pronoun(toks[k - 3].lower) && toks[k - 2].word &&
      !toks[k - 2].capitalized && (k - 3 == lo || !toks[k - 4].word)) {
    return MentionRange{k - 3, k - 3, true, k - 3};
  }
  // "I laughed and said", "He adopted a fake accent and joked": the clause subject.
  return clause_subject(toks, k - 1, lo);
}

}  // namespace claimscope
