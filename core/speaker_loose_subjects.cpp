// Speaker grammar: subjects that are no mention the grammar reads: a share of people polled
// ("47% say", "two in three said") and the short phrase before a cue that is never a noun.
#include "speaker_phrases.h"

#include "speaker_phrases_detail.h"
#include "utf8.h"

namespace claimscope {

using namespace speaker_detail;  // the helpers the speaker grammar's files share

size_t share_approximators_before(const std::vector<Token>& toks, size_t figure, size_t lo) {
  size_t first = figure;
  while (first > lo && figure - first < kMaxShareApproximators && toks[first - 1].word &&
         is_share_approximator(toks[first - 1].lower)) {
    --first;
  }
  return first;
}

size_t share_approximators_after(const std::vector<Token>& toks, size_t from, size_t end) {
  size_t j = from;
  while (j < end && j - from < kMaxShareApproximators && toks[j].word && is_share_approximator(toks[j].lower)) ++j;
  return j;
}

namespace {

// "and", "but", "while": a conjunction that opens a clause of its own.
bool opens_coordinate_clause(const Token& t) {
  return t.word && !t.capitalized && (t.lower == "and" || is_contrast_conjunction(t.lower));
}

}  // namespace

std::optional<MentionRange> share_subject(const std::vector<Token>& toks, size_t cue, size_t lo) {
  // Every share holds a figure ("47%", "26 percent") or "in" ("two in three") within reach of
  // the cue: without one there is nothing to look up ("The minister said": no table lookups).
  bool figure_near = false;
  for (size_t i = cue; i > lo && cue - i < kMaxModifiers + 3 && !figure_near; --i) {
    figure_near = toks[i - 1].word && (utf8::is_digit(toks[i - 1].first) || toks[i - 1].lower == "in" ||
                                       toks[i - 1].lower == "half");
  }
  if (!figure_near) return std::nullopt;
  size_t j = cue;
  while (j > lo && cue - j < kMaxModifiers && toks[j - 1].word && is_cue_modifier(toks[j - 1].lower)) --j;
  // "30 percent of voters saying": who was polled, after "of", belongs to the share.
  const size_t end = j;
  for (size_t o = j; o > lo + 2 && j - o < kMaxModifiers && toks[o - 1].word; --o) {
    if (toks[o - 1].lower == "of" && o < j) {
      j = o - 1;
      break;
    }
  }
  // "…, 33%, say": the share between commas.
  const bool closed = j > lo + 1 && is_punct(toks[j - 1], ',');
  if (closed) --j;
  if (j < lo + 2) return std::nullopt;
  const size_t last = j - 1;
  size_t first;
  const Token& u = toks[last];
  if ((is_punct(u, '%') || (u.word && is_share_unit(u.lower))) && utf8::is_digit(toks[last - 1].first)) {
    first = last - 1;  // "47%", "26 percent"
  } else if (j >= lo + 3 && is_number_token(u) && toks[last - 1].lower == "in" && is_number_token(toks[last - 2])) {
    first = last - 2;  // "two in three"
  } else if (u.word && u.lower == "half") {
    first = last;  // "about half said", as share_speaks reads "…, and half say" (kShareNumbers)
  } else {
    return std::nullopt;
  }
  // "more than 4 in 10", "nearly 40 percent": an approximator belongs to the share.
  first = share_approximators_before(toks, first, lo);
  // The share opens its clause: "Last month, 26 percent said", "…, and 30 percent said",
  // "…, with 30 percent saying", not "a fall of 26 percent said".
  if (first > lo && !is_punct(toks[first - 1], ',') && !opens_coordinate_clause(toks[first - 1]) &&
      toks[first - 1].lower != "with") {
    return std::nullopt;
  }
  if (closed && first == lo) return std::nullopt;
  return MentionRange{first, closed ? last : end - 1, false, last};
}

namespace {

constexpr size_t kMaxLooseSubject = 6;

// `coordinated`: the cue may be the second of two verbs ("turned and said"); false when
// reading the first one's subject, so one step back at most (cost stays linear).
std::optional<MentionRange> loose_subject_of(const std::vector<Token>& toks, size_t cue, size_t lo, bool coordinated) {
  size_t j = cue;
  while (j > lo && cue - j < kMaxModifiers && toks[j - 1].word &&
         (is_cue_modifier(toks[j - 1].lower) || is_ly_adverb(toks[j - 1]))) {
    --j;
  }
  if (j == lo) return std::nullopt;
  // "Another member of the school board, Tom Hale, said": the name between two commas.
  if (is_punct(toks[j - 1], ',') && j >= lo + 3) {
    auto m = mention_ending_at(toks, j - 2, lo);
    if (m && !m->pronoun && m->first > lo + 1 && is_punct(toks[m->first - 1], ',') && is_name_word(toks[m->core_last])) {
      // "Tom Beck, the editor of a paper, the Harbour Times, said": the paper is in Beck's aside.
      if (auto owner = aside_owner(toks, *m, j - 1, lo)) return owner;
      return m;
    }
    return std::nullopt;
  }
  const size_t head = j - 1;
  const Token& h = toks[head];
  // "Another said …", "Several said …", "Many say …": a quantifier alone is the subject.
  if (h.word && is_pronoun_quantifier(h.lower) && (head == lo || !toks[head - 1].word)) {
    return MentionRange{head, head, false, head};
  }
  // "The harbour master turned and said": the subject of the past-tense verb before "and".
  if (coordinated && h.word && h.lower == "and" && head > lo + 1 && is_past_tense_verb(toks[head - 1])) {
    return loose_subject_of(toks, head - 1, lo, false);
  }
  if (!h.word || h.lower == "to" || is_determiner(h.lower) || is_adjunct_opener(h.lower)) return std::nullopt;
  // Asked once: "who said who said …" asks it a cue. "who’s argued" is "who has argued".
  const bool relative = is_relative_pronoun(h.lower) || contracted_relative_length(h);
  if ((!relative && is_not_name(h.lower)) || is_cue_token(h)) return std::nullopt;
  size_t first = head;
  if (!relative) {
    while (first > lo && head - first < kMaxLooseSubject) {
      const Token& u = toks[first - 1];
      // "who in 2019 said": the relative pronoun is the subject, the rest an adjunct.
      if (u.word && is_relative_pronoun(u.lower)) return MentionRange{first - 1, first - 1, false, first - 1};
      // "a report that almost suggested": a relative "that" speaks for a thing, not a speaker.
      if (u.word && u.lower == "that") return std::nullopt;
      if (u.word && u.lower == "and") {
        first = coordinated_start(toks, first - 1, lo).value_or(first);
        break;
      }
      if (!u.word || is_cue_token(u) || u.lower == "but") break;
      --first;
    }
    // "In a statement, officials said": the phrase opens after a preposition, never with one.
    while (first < head && is_adjunct_opener(toks[first].lower)) ++first;
  }
  return MentionRange{first, head, false, head};
}

}  // namespace

std::optional<MentionRange> loose_subject(const std::vector<Token>& toks, size_t cue, size_t lo) {
  return loose_subject_of(toks, cue, lo, true);
}

}  // namespace claimscope
