// Speaker grammar: the subject of the clause a participle cue goes on ("Later, Brandt attacked
// Ruiz, saying"): fronted adverbials and subordinate clauses skipped, later clauses, "with X saying".
#include "speaker_phrases.h"

#include <algorithm>

#include "speaker_phrases_detail.h"
#include "quote_marks.h"
#include "rules/speaker_words.h"
#include "utf8.h"

namespace claimscope {

using namespace speaker_detail;  // the helpers the speaker grammar's files share

namespace {

// A subordinator ("when", "after", "as") that opens a clause: at the start, or after a comma.
bool opens_subordinate_clause(const std::vector<Token>& toks, size_t j, size_t lo) {
  const Token& t = toks[j];
  if (!t.word || !(is_subordinator(t.lower) || t.lower == "as")) return false;
  // "And although she thanked the crews, she …": after a sentence's opening "And" or "But" too.
  const bool after_conjunction = j == lo + 1 && (toks[lo].lower == "and" || toks[lo].lower == "but");
  return j == lo || is_punct(toks[j - 1], ',') || after_conjunction;
}

// The first comma in [from, end), else end.
size_t comma_before(const std::vector<Token>& toks, size_t from, size_t end) {
  for (size_t k = from; k < end; ++k) {
    if (is_punct(toks[k], ',')) return k;
  }
  return end;
}

// A quotation mark standing alone between tokens; a lone straight apostrophe
// there is a single mark ('Stubborn,' she said), not a word's apostrophe.
bool is_quote_mark(const Token& t) { return !t.word && (claimscope::is_quote_mark(t.first) || t.first == '\''); }

// "Beck, the harbour master," (`m` is "Beck", `comma` the comma after it): the mention with its
// appositive up to the next comma, when a lower-case word follows that comma (the verb).
std::optional<MentionRange> with_appositive_after(const std::vector<Token>& toks, const MentionRange& m, size_t comma,
                                                  size_t cue, size_t lo) {
  // "“Stubborn,” she said, explaining …": a quoted word is no name.
  if (m.first > lo && is_quote_mark(toks[m.first - 1])) return std::nullopt;
  for (size_t c = comma + 2; c + 1 < cue && c - comma <= kMaxAppositive; ++c) {
    if (!toks[c].word && (utf8::is_terminal(toks[c].first) || toks[c].first == ';' || toks[c].first == ':')) break;
    // A dash or a quotation mark: a dateline ("WASHINGTON, June 24 (UPI) — …") or quoted words, not an appositive.
    if (is_dash(toks[c]) || is_quote_mark(toks[c])) return std::nullopt;
    if (!is_punct(toks[c], ',')) continue;
    const Token& next = toks[c + 1];
    if (!next.word || next.capitalized) return std::nullopt;
    auto wide = mention_with_appositive_ending_at(toks, c, lo);
    if (!wide || wide->first != m.first) return std::nullopt;
    return MentionRange{m.first, c - 1, false, m.core_last};
  }
  return std::nullopt;
}

// Whether a verb stands at `after` (past auxiliaries, adverbs and a day): a lower-case word that
// cannot go on a name.
bool verb_follows(const std::vector<Token>& toks, size_t after, size_t cue) {
  // "Over the weekend …", "After a rally in Dover, Delaware the senator went …": a name right
  // before an article is no subject of a verb; the article opens another phrase. (After an
  // auxiliary it may be the verb's object: "Beck had the air of …".)
  if (after < cue && toks[after - 1].capitalized && toks[after].word && is_article(toks[after].lower)) return false;
  while (after < cue && toks[after].word &&
         (is_cue_modifier(toks[after].lower) || in_table<rules::kSubjectVerbAdverbs>(toks[after].lower))) {
    ++after;
  }
  after = after_day_adjunct(toks, after, cue);
  while (after < cue && toks[after].word && is_cue_modifier(toks[after].lower)) ++after;
  if (after >= cue) return false;
  const Token& verb = toks[after];
  return verb.word && !verb.capitalized && !is_name_connector(verb.lower) && !is_not_name(verb.lower);
}

bool is_person_pronoun(const Token& t) { return t.word && t.lower != "it" && is_speaker_pronoun(t.lower); }

// "Ruiz made the harbour her priority, but the plan stalled, and she has clashed with the board,
// at one point calling …": a clause after a comma and "and", "but", "though" has a subject of its
// own, and the last one before the cue is the clause the cue goes on. Its subject opens it ("and
// she has clashed"), or a person pronoun follows an adverbial ("though at a hearing he said").
// Reads from `from` (after the first subject's verb) to the cue; only a comma and a joiner stop it.
std::optional<MentionRange> later_clause_subject(const std::vector<Token>& toks, size_t from, size_t cue) {
  std::optional<MentionRange> found;
  for (size_t j = from; j + 3 < cue; ++j) {
    if (!is_punct(toks[j], ',') || !toks[j + 1].word || !in_table<rules::kClauseJoiners>(toks[j + 1].lower)) continue;
    const size_t s = j + 2;
    const Token& t = toks[s];
    if (t.word && (is_person_pronoun(t) || ((is_part(t) || is_determiner(t.lower)) && t.lower != "it"))) {
      if (auto m = mention_starting_at(toks, s, cue); m && verb_follows(toks, m->last + 1, cue)) {
        found = m;
        j = m->last;
        continue;
      }
    }
    // "though at a hearing last week he said": a pronoun after an adverbial, before the next comma.
    for (size_t k = s + 1; k + 1 < cue && !is_punct(toks[k], ','); ++k) {
      if (is_person_pronoun(toks[k]) && verb_follows(toks, k + 1, cue)) {
        found = MentionRange{k, k, true, k};
        j = k;
        break;
      }
    }
  }
  return found;
}

// The first mention in [from, cue) followed by its verb: clause_subject's search.
std::optional<MentionRange> clause_subject_from(const std::vector<Token>& toks, size_t from, size_t cue, size_t lo) {
  size_t article = toks.size();  // an article after a mention that had none for its verb
  for (size_t j = from; j + 1 < cue; ++j) {
    const Token& t = toks[j];
    if (!t.word) continue;
    // "When my aunt mentioned the price, I laughed and said": a fronted subordinate clause
    // has a subject of its own; the cue's clause starts after the comma that closes it.
    if (opens_subordinate_clause(toks, j, lo)) {
      if (size_t comma = comma_before(toks, j + 1, cue); comma < cue) {
        // "When the tape was out, which showed …, the town …": a relative clause set off by
        // commas right after it belongs to it.
        if (comma + 1 < cue && is_relative_pronoun(toks[comma + 1].lower)) {
          comma = comma_before(toks, comma + 2, cue);
          if (comma >= cue) break;
        }
        j = comma;
        continue;
      }
    }
    // "Over the weekend the mayor fired …": an article after a word that was no subject opens a phrase.
    bool starts_phrase = j == lo || !toks[j - 1].word || !is_part(toks[j - 1]) || j == article;
    if (!starts_phrase || !(is_part(t) || is_speaker_pronoun(t.lower) || is_determiner(t.lower))) continue;
    auto m = mention_starting_at(toks, j, cue);
    if (!m) continue;
    size_t after = m->last + 1;
    // "Thirteen years earlier, she …", "Several months later, Beck …": one word before a
    // period noun is a count of time, not the subject.
    if (after < cue && m->first == m->last && !m->pronoun && is_period_noun(toks[after])) {
      j = m->last;
      continue;
    }
    // "Beck, the island's former mayor, then turned on …": a name's appositive between it and its verb.
    if (after < cue && is_punct(toks[after], ',') && !m->pronoun && toks[m->core_last].capitalized) {
      if (auto wide = with_appositive_after(toks, *m, after, cue, lo)) {
        m = wide;
        after = m->last + 2;  // past the appositive's closing comma
      }
    }
    // "“The storms in Leeds show we need dams,” Ruiz says, pledging …": a subject inside a quotation
    // that closes before the cue is the quoted words', not the clause's.
    if (verb_follows(toks, after, cue) && !inside_quotation(toks, m->first, cue)) {
      if (auto later = later_clause_subject(toks, after, cue)) return later;
      return m;
    }
    if (after < cue && toks[after].word && is_article(toks[after].lower)) article = after;
    j = m->last;
  }
  return std::nullopt;
}

// "Tom thanked Ana Ruiz, who toured the pier and said …", "Beck, who surprised the board by
// announcing …": a cue after a relative pronoun set off by a comma, with no comma between them,
// is in the relative clause, whose subject is the pronoun (the registry names its antecedent).
// Not an object relative ("a tax, which he favors but says …": a subject follows the pronoun),
// nor past a cue word inside the clause, which opens a clause of its own ("who said officials
// fail to understand …"). An -ing cue is the clause's own verb only after an auxiliary, "by" or
// a subordinator ("who is saying", "who was tired while saying"); otherwise it may describe the
// clause's object ("which listed aides suggesting …"). Not on the sentence's opening subject
// ("Beck, who backed the plan and praised …, left"): an aside there is background, rarely a
// claim. Reads back from the cue to the nearest comma, at most to `window`; none at any other mark.
std::optional<MentionRange> relative_clause_from(const std::vector<Token>& toks, size_t cue, size_t window, size_t lo) {
  if (cue < lo + 3) return std::nullopt;
  if (const Token& c = toks[cue]; c.word && is_ing(c.lower)) {
    const Token& p = toks[cue - 1];
    if (!p.word || !(p.lower == "by" || is_passive_auxiliary(p.lower) || is_subordinator(p.lower))) return std::nullopt;
  }
  for (size_t j = cue; j > window + 1;) {
    const Token& t = toks[--j];
    if (t.word) {
      if (j + 1 < cue && is_cue_token(t)) return std::nullopt;
      continue;
    }
    if (!is_punct(t, ',')) return std::nullopt;
    const Token& r = toks[j + 1];
    if (j + 2 >= cue || !r.word || r.capitalized || !is_relative_pronoun(r.lower)) return std::nullopt;
    const Token& next = toks[j + 2];
    if (!next.word || next.capitalized || is_determiner(next.lower) || is_speaker_pronoun(next.lower)) return std::nullopt;
    // The sentence's subject (after a connective: "But Ruiz, who …") runs up to the comma.
    const size_t start = toks[lo].word && is_not_name(toks[lo].lower) ? lo + 1 : lo;
    if (auto subject = mention_starting_at(toks, start, j); subject && subject->last + 1 == j) return std::nullopt;
    return MentionRange{j + 1, j + 1, false, j + 1};
  }
  return std::nullopt;
}

}  // namespace

std::optional<MentionRange> subject_in_relative_clause(const std::vector<Token>& toks, size_t cue, size_t lo) {
  return relative_clause_from(toks, cue, cue > lo + kMaxSubjectDistance ? cue - kMaxSubjectDistance : lo, lo);
}

std::optional<MentionRange> subject_after_with(const std::vector<Token>& toks, size_t cue, size_t lo) {
  if (cue < lo + 2 || !is_ing(toks[cue].lower)) return std::nullopt;
  auto m = mention_ending_at(toks, cue - 1, lo);
  if (!m || m->pronoun || m->first == lo) return std::nullopt;
  const Token& with = toks[m->first - 1];
  if (!with.word || with.lower != "with") return std::nullopt;
  return m;
}

std::optional<MentionRange> clause_subject(const std::vector<Token>& toks, size_t cue, size_t lo) {
  // "The board was quick to respond, with Mayor Ruiz saying …": the participle's own subject.
  if (auto m = subject_after_with(toks, cue, lo)) return m;
  const size_t window = cue > lo + kMaxSubjectDistance ? cue - kMaxSubjectDistance : lo;
  if (auto m = relative_clause_from(toks, cue, window, lo)) return m;
  size_t from = window;
  // "In a tense press conference, Brandt …", "Speaking in Port Alma, Ruiz …":
  // a fronted adverbial holds no subject; the clause starts after its comma. Also when the
  // window opens inside a long one ("Speaking to supporters in Port Alma after a week of
  // talks with the unions …, Ruiz said …, adding"): its names are not the subject.
  if (opens_adverbial(toks[lo])) {
    const size_t end = std::min(cue, lo + kMaxFrontedAdverbial);
    for (size_t k = lo + 1; k < end; ++k) {
      if (is_punct(toks[k], ',')) {
        from = std::max(from, k + 1);
        break;
      }
    }
  }
  if (auto m = clause_subject_from(toks, from, cue, lo)) return m;
  // "Over the weekend the mayor fired her deputy, saying …", "On Sunday Ruiz wrote to the board,
  // asking …": an adverbial with no comma of its own; the comma found was the clause's. Its
  // subject stands before that comma, after the opener and the opener's object ("the weekend").
  if (from == window || window != lo) return std::nullopt;
  const size_t comma = from - 1;
  size_t start = lo + 1;
  if (start < comma && toks[start].word && is_determiner(toks[start].lower)) {
    // "the weekend", "a long debate": the object runs to the next article or name.
    for (++start; start < comma && start - lo < kMaxFrontedObject && toks[start].word && !toks[start].capitalized &&
                  !is_article(toks[start].lower);) {
      ++start;
    }
  } else if (auto object = mention_starting_at(toks, start, comma)) {
    start = object->last + 1;  // "Under Dover law", "On Sunday"
  }
  return clause_subject_from(toks, start, comma, lo);
}

}  // namespace claimscope
