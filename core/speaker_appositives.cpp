// Speaker grammar: a name with an appositive ending at a comma or dash ("Ana Ruiz, a nurse from
// Alder, said"), party labels, ages, quoted titles inside it, and a name's aside of several commas.
#include "speaker_phrases.h"

#include "speaker_phrases_detail.h"
#include "quote_marks.h"
#include "rules/speaker_words.h"
#include "utf8.h"

namespace claimscope {

using namespace speaker_detail;  // the helpers the speaker grammar's files share

namespace {

// A person's age as news prints it after a name: one to three digits.
bool is_age(const Token& t) {
  if (!t.word || t.lower.empty() || t.lower.size() > 3) return false;
  for (char ch : t.lower) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

// A double quotation mark right after the comma at `k`, which closes the quotation.
bool closes_quotation_after(const std::vector<Token>& toks, size_t k) {
  if (k + 1 >= toks.size() || toks[k + 1].word) return false;
  const MarkInfo m = classify_mark(toks[k + 1].first);
  return m.is_double && m.role != MarkRole::opens;
}

// The name that fills [from, head): a capitalised mention and nothing else.
[[gnu::cold]] std::optional<MentionRange> name_between(const std::vector<Token>& toks, size_t from, size_t head) {
  if (from >= head) return std::nullopt;
  auto m = mention_ending_at(toks, head - 1, from);
  if (!m || m->pronoun || m->first != from || !toks[m->core_last].capitalized) return std::nullopt;
  return m;
}

// Whether the double quotation mark at `close` ends a title inside an appositive, on the comma
// before it: "Ruiz, author of “Low Tide,” said". The quotation opens after a word ("of", a noun),
// not at the sentence's start or after a comma or colon, as a quotation a cue reports does.
[[gnu::cold]] bool closes_title_in_appositive(const std::vector<Token>& toks, size_t close, size_t lo) {
  if (!closes_quotation_after(toks, close - 1)) return false;
  for (size_t j = close - 1; j > lo + 1 && close - j < kMaxAppositive;) {
    --j;
    if (toks[j].word) continue;
    const MarkInfo m = classify_mark(toks[j].first);
    if (!m.is_double) continue;
    return m.role != MarkRole::closes && toks[j - 1].word;
  }
  return false;
}

// "of", "in", "from": a preposition before a name inside an appositive (kAppositiveLinks,
// kPlacePrepositions).
bool links_appositive(const Token& t) {
  return t.word && !t.capitalized && (is_place_preposition(t.lower) || in_table<rules::kAppositiveLinks>(t.lower));
}

// "R-Maine", "D-N.Y.": a party letter (rules::kPartyLetters), a hyphen, then a letter (the state).
bool is_party_label(const Token& t) {
  if (!t.word || !t.capitalized || !t.hyphenated || t.lower.size() < 3 || t.lower[1] != '-') return false;
  const char state = t.lower[2];
  return state >= 'a' && state <= 'z' && in_table<rules::kPartyLetters>(t.lower.substr(0, 1));
}

// "Sen. Tom Beck, R-Maine, who chairs the panel, said", "…, D-Ky., appearing on …, said": the
// comma at `comma` follows a party label that follows a name and its comma. The label is the
// name's, so the name (with the label) is the mention that ends there, not the label.
std::optional<MentionRange> name_before_party_label(const std::vector<Token>& toks, size_t comma, size_t lo) {
  size_t label = comma - 1;
  if (label > lo && is_punct(toks[label], '.')) --label;  // "R-Ky.,"
  if (label < lo + 2 || !is_party_label(toks[label]) || !is_punct(toks[label - 1], ',')) return std::nullopt;
  auto owner = mention_ending_at(toks, label - 2, lo);
  if (!owner || owner->pronoun || owner->last != label - 2 || !toks[owner->core_last].capitalized) return std::nullopt;
  return MentionRange{owner->first, comma - 1, false, owner->core_last};
}

// "On Monday, voters in Ohio, …": the comma at `comma` is the first of its sentence (from `lo`)
// and closes a fronted adverbial (opens_adverbial), so the clause opens right after it.
bool closes_fronted_adverbial(const std::vector<Token>& toks, size_t comma, size_t lo) {
  if (comma - lo > kMaxFrontedAdverbial || !opens_adverbial(toks[lo])) return false;
  for (size_t k = lo + 1; k < comma; ++k) {
    if (is_punct(toks[k], ',')) return false;
  }
  return true;
}

// The mention whose appositive ends on the comma or dash at `head`; `quote_end` bounds the
// quotation marks counted for a stop inside a title (one past the title's closing mark).
std::optional<MentionRange> appositive_ending_at(const std::vector<Token>& toks, size_t head, size_t lo,
                                                 size_t quote_end) {
  // "Ana Ruiz — a teacher from Alder — said": dashes enclose an appositive as commas do.
  const bool dashes = is_dash(toks[head]);
  if (!is_punct(toks[head], ',') && !dashes) return mention_ending_at(toks, head, lo);
  // "Gov. Ellen Marsh (R-Ohio), said": a comma right after a complete mention.
  if (head > lo && is_punct(toks[head - 1], ')')) return mention_ending_at(toks, head - 1, lo);
  // "Paul Okafor, a surveyor who inspected the bridge, recalled"
  std::optional<MentionRange> fallback;  // a place the search went past (nothing better found: as before)
  for (size_t k = head; k > lo && head - k < kMaxAppositive;) {
    --k;
    const Token& t = toks[k];
    // "R-Ky.,": a dot before a comma ends no sentence ("the No. 3 Democrat" keeps its dot in its token).
    bool abbreviation_dot = is_punct(t, '.') && k + 1 < toks.size() && is_punct(toks[k + 1], ',');
    if (!t.word && !abbreviation_dot && (utf8::is_terminal(t.first) || t.first == ';' || t.first == ':')) {
      // "Ruiz, whose memoir “Low Tide: A Harbor Story” sold well, said": a title's colon.
      if (inside_quotation(toks, k, quote_end)) continue;
      return fallback;
    }
    // "PORT ALMA, June 3 (Gazette) — Mayor Ruiz opened the terminal …,": a dash inside commas ends a dateline.
    if (!dashes && is_dash(t)) return fallback;
    if ((dashes ? !is_dash(t) : !is_punct(t, ',')) || k == lo) continue;
    // "The director of “Harbor: The Movie,” Tom Beck, said": a comma a quotation closes on is
    // the quotation's; a name after it is the speaker (what stands before it is a title's end),
    // else the appositive opens further back.
    if (!dashes && closes_quotation_after(toks, k)) {
      if (auto name = name_between(toks, k + 2, head)) return name;
      continue;
    }
    // "Ana Ruiz, 34, a nurse from Port Alma, said": an age stands between the name and its appositive.
    if (k >= lo + 3 && is_age(toks[k - 1]) && is_punct(toks[k - 2], ',')) k -= 2;
    auto m = mention_ending_at(toks, k - 1, lo);
    if (auto named = name_before_party_label(toks, k, lo)) m = named;
    // "Ana Ruiz, 34, of Dover, Del., said", "Tom Beck, a farmer in Ohio, a swing state, said": a
    // name after a preposition is a place or employer inside the appositive, not the subject.
    // The phrase it belongs to is: one that opens the clause ("Voters in Ohio, a swing state,
    // said"), else the search goes on to the left, past the phrase ("a farmer") or the link.
    bool owned = false;
    if (m && !m->pronoun && m->first > lo + 1 && toks[m->core_last].capitalized && links_appositive(toks[m->first - 1])) {
      const size_t link = m->first - 1;
      auto owner = toks[link - 1].word ? mention_ending_at(toks, link - 1, lo) : std::nullopt;
      if (!owner || owner->pronoun ||
          (owner->first > lo && is_punct(toks[owner->first - 1], ',') && !closes_fronted_adverbial(toks, owner->first - 1, lo))) {
        fallback = fallback ? fallback : std::optional<MentionRange>(MentionRange{m->first, head - 1, false, m->core_last});
        k = owner && !owner->pronoun ? owner->first : link;
        continue;
      }
      // Not after a word ("said her friend at Yale, Tom Beck, who …": the phrase is another
      // verb's): only a phrase that opens the clause owns the place.
      if (owner->first == lo || !toks[owner->first - 1].word) {
        m = MentionRange{owner->first, m->last, false, owner->core_last};
        owned = true;
      }
    }
    // "The union, which has long opposed the plan, said": a relative clause
    // describes the mention before it, whatever its case.
    if (m && !m->pronoun && is_relative_pronoun(toks[k + 1].lower)) {
      return MentionRange{m->first, head - 1, false, m->core_last};
    }
    // "The board's vice chairman, Nils Varga, said": the name sits between the commas.
    auto inner = m && !m->pronoun ? mention_ending_at(toks, head - 1, k + 1) : std::nullopt;
    const bool named_inside = inner && inner->first == k + 1 && toks[head - 1].capitalized;
    if (m && !m->pronoun && toks[m->core_last].capitalized && !(owned && named_inside)) {
      return MentionRange{m->first, head - 1, false, m->core_last};
    }
    if (named_inside) return MentionRange{m->first, head - 1, false, head - 1};
    if (owned) return MentionRange{m->first, head - 1, false, m->core_last};
    return fallback;
  }
  return fallback;
}

}  // namespace

namespace speaker_detail {

// Whether token `k` sits inside a quotation that closes before `head`: an odd number of double
// quotation marks between them (curly or straight; a lone ’ may be an apostrophe). Asked only
// where an appositive's scan meets a stop, so it costs nothing on the common path.
[[gnu::cold]] bool inside_quotation(const std::vector<Token>& toks, size_t k, size_t head) {
  size_t marks = 0;
  for (size_t j = k + 1; j < head; ++j) {
    if (!toks[j].word && classify_mark(toks[j].first).is_double) ++marks;
  }
  return marks % 2 == 1;
}

}  // namespace speaker_detail

std::optional<MentionRange> mention_with_appositive_ending_at(const std::vector<Token>& toks, size_t head,
                                                             size_t lo) {
  if (head >= toks.size() || head < lo) return std::nullopt;
  // "Ana Ruiz, author of “Low Tide: A Harbor Story,” said": the appositive ends on the comma
  // inside the title's closing mark, which the title's own marks enclose.
  if (!toks[head].word && head > lo + 2 && is_punct(toks[head - 1], ',') && closes_title_in_appositive(toks, head, lo)) {
    return appositive_ending_at(toks, head - 1, lo, head + 1);
  }
  return appositive_ending_at(toks, head, lo, head);
}

namespace {

constexpr size_t kMaxAsideClauseTokens = 40;  // from the clause's start to the comma before the cue

// The first word after the subject's comma opens an aside: a relative "who"/"whose"
// (kAsideOpeners), a determiner ("the editor of …"), an -ing participle ("facing a race in
// …") or an age.
bool opens_aside(const Token& t) {
  if (!t.word) return false;
  if (is_age(t)) return true;
  return !t.capitalized && (in_table<rules::kAsideOpeners>(t.lower) || is_determiner(t.lower) || is_ing(t.lower));
}

// The first word after a later comma of the aside goes on with it: a place's or a paper's
// name ("Dayton, Ohio", "the city's paper, the Harbour Times"), a determiner ("a swing
// state"), a preposition ("in May 2019") or a figure. Not "and", nor a verb: "Tom Beck, the
// harbour master, is wrong, Ana Ruiz said" ends the aside.
bool continues_aside(const Token& t) {
  if (!t.word) return false;
  if (t.capitalized || is_age(t)) return true;
  return is_determiner(t.lower) || links_appositive(t);
}

}  // namespace

namespace speaker_detail {

// "Ana Ruiz, who lost her brother in the flood in Dayton, Ohio, in May 2019, said", "Sen.
// Tom Beck, facing a hard race in Maine, a swing state, said", "Tom Beck, the editor of the
// city's paper, the Harbour Times, said": the mention `m` that the appositive search found
// before the comma at `head` is a place, paper or date inside an aside of several commas that
// the name opening the clause began; that name (with its aside) is the subject. The clause
// opens at `lo` or after a fronted adverbial's comma. Reads at most kMaxAsideClauseTokens tokens.
std::optional<MentionRange> aside_owner(const std::vector<Token>& toks, const MentionRange& m, size_t head,
                                        size_t lo) {
  if (m.pronoun || m.first < lo + 3 || head - lo > kMaxAsideClauseTokens) return std::nullopt;
  size_t start = lo;
  if (opens_adverbial(toks[lo])) {
    size_t comma = lo + 1;
    while (comma < m.first && !is_punct(toks[comma], ',')) ++comma;
    if (comma >= m.first || !closes_fronted_adverbial(toks, comma, lo)) return std::nullopt;
    start = comma + 1;
  }
  auto owner = mention_starting_at(toks, start, head);
  // The name itself (core_last): the grammar may have read part of the aside with it.
  if (!owner || owner->pronoun || !toks[owner->core_last].capitalized || owner->core_last + 2 > m.first) return std::nullopt;
  const size_t name_end = owner->core_last;
  if (!is_punct(toks[name_end + 1], ',') || !opens_aside(toks[name_end + 2])) return std::nullopt;
  for (size_t k = name_end + 2; k < head; ++k) {
    const Token& t = toks[k];
    if (t.word || is_punct(t, '.') || is_punct(t, '(') || is_punct(t, ')')) continue;
    if (!is_punct(t, ',') || !continues_aside(toks[k + 1])) return std::nullopt;
  }
  return MentionRange{owner->first, head - 1, false, owner->core_last};
}

}  // namespace speaker_detail

}  // namespace claimscope
