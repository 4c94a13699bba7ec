#include "speaker_phrases.h"

#include <algorithm>

#include "quote_marks.h"
#include "rules/cues.h"
#include "rules/speaker_words.h"
#include "utf8.h"
#include "word_classes.h"
#include "word_shapes.h"

namespace claimscope {

bool is_name_word(const Token& t) {
  return t.word && t.capitalized && !is_not_name(t.lower) && !is_determiner(t.lower);
}
// A word without a hyphen is no compound: one lookup, no search for a '-'.
bool is_role_token(const Token& t) { return t.word && (t.hyphenated ? is_role_word(t.lower) : is_simple_role_word(t.lower)); }
bool is_institution_token(const Token& t) { return t.word && is_institution_word(t.lower); }
bool is_punct(const Token& t, char32_t cp) { return !t.word && t.first == cp; }

// A hyphen inside a word is part of the word token; these stand between words.
bool is_dash(const Token& t) { return !t.word && (t.first == 0x2014 || t.first == 0x2013 || t.first == 0x2015); }
bool is_cue_token(const Token& t) { return t.word && !t.capitalized && is_cue_verb(t.lower); }

namespace {

// A sentence-opening preposition ("In", "Amid") or participle ("Speaking"):
// what follows up to the comma is an adverbial, not the subject.
bool opens_adverbial(const Token& t) {
  if (!t.word) return false;
  if (is_adjunct_opener(t.lower) || t.lower == "amid" || t.lower == "despite" || t.lower == "following") return true;
  if (t.capitalized && in_table<rules::kFrontedPrepositions>(t.lower)) return true;  // "Outside the arena, …"
  std::string_view w = t.lower;
  return t.capitalized && w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0 && !is_not_participle(w);
}

constexpr size_t kMaxMentionTokens = 12;
constexpr size_t kMaxDescriptionGap = 4;  // "a [senior regional harbour] official"
constexpr size_t kMaxParenthesis = 8;     // "(D-Mont.)", "(R-Utah)"
constexpr size_t kMaxAppositive = 20;     // "Name, the executive director of X,"
constexpr size_t kMaxModifiers = 4;
constexpr size_t kMaxFrontedAdverbial = 48;  // tokens a fronted adverbial's comma is looked for (bounded: cost stays linear)
constexpr size_t kMaxFrontedObject = 6;  // "Over [the long holiday weekend] the mayor …": an opener's object, no comma
constexpr size_t kMaxSubjectDistance = 30;  // tokens between a clause subject and a participle cue       // "has also previously said"

// Inline: several calls per token of a mention, and a call of its own cost more than its lookups.
// is_name_word || is_role_token || is_institution_token, from the token's classes `c`
// (speaker_word_classes of its word): one probe where those made up to four. A compound
// ("vice-president") is in no table whole, so its parts are looked up as before.
[[gnu::always_inline]] inline bool is_part(const Token& t, uint32_t c) {
  using namespace speaker_class;
  return t.word && ((t.capitalized && !(c & (not_name | determiner))) || (c & (role | institution)) ||
                    (t.hyphenated && is_role_word(t.lower)));
}
// A capitalised word is mostly a name: the two tables' own mask tests reject it, where the
// speaker tables' joined masks let it through to a probe more often. The classes are for
// the rest (lower-case words, "The", "But").
[[gnu::always_inline]] inline bool is_part(const Token& t) {
  return (t.word && t.capitalized && !is_not_name(t.lower) && !is_determiner(t.lower)) ||
         is_part(t, speaker_word_classes(t.lower));
}
// is_role_token || is_institution_token, from the token's classes.
[[gnu::always_inline]] inline bool is_role_or_institution(const Token& t, uint32_t c) {
  return t.word && ((c & (speaker_class::role | speaker_class::institution)) || (t.hyphenated && is_role_word(t.lower)));
}

bool is_head(const Token& t) { return is_part(t) && !t.possessive; }


// "the pilots’ union", "The Pilots' Union": the apostrophe of a plural possessive, a mark of
// its own (no letter follows it to join it to the word), right after a word that ends in
// "s" and before a space. The owner then works as a determiner, as "Ruiz's" does.
bool is_plural_possessive_mark(const std::vector<Token>& toks, size_t i) {
  if (i == 0 || i + 1 >= toks.size() || !(is_punct(toks[i], '\'') || is_punct(toks[i], U'\u2019'))) return false;
  const Token& owner = toks[i - 1];
  return owner.word && !owner.lower.empty() && owner.lower.back() == 's' && owner.span.end == toks[i].span.start &&
         toks[i + 1].word && toks[i].span.end < toks[i + 1].span.start;
}

// "the announcer", "a doctor", "the ad's narrator": a lower-case noun is a
// speaker only right after a determiner (and a few modifiers).
std::optional<size_t> determiner_before(const std::vector<Token>& toks, size_t head, size_t lo) {
  for (size_t g = 1; g <= kMaxDescriptionGap && head >= lo + g; ++g) {
    const Token& w = toks[head - g];
    if (!w.word) {
      // "the farmers’ groups", "Farmers’ local unions": a plural possessive whose owner is
      // capitalised or has a determiner of its own, one modifier at most before the noun
      // (further back the words are a clause: "Sanders' health care math doesn't").
      if (g > 2 || head - g < lo + 1 || !is_plural_possessive_mark(toks, head - g)) return std::nullopt;
      const size_t owner = head - g - 1;
      if (owner > lo && toks[owner - 1].word && is_determiner(toks[owner - 1].lower)) return owner - 1;
      if (toks[owner].capitalized) return owner;
      return std::nullopt;
    }
    const uint32_t c = speaker_word_classes(w.lower);
    if ((c & speaker_class::determiner) || (w.capitalized && w.possessive)) return head - g;  // "Ruiz's former aide"
    if (c & (speaker_class::not_name | speaker_class::name_connector | speaker_class::cue_verb)) return std::nullopt;
  }
  return std::nullopt;
}

bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() + 2 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A lower-case word whose ending marks an adjective or a participle, not a
// noun that could name a speaker ("the following", "an hourlong",
// "a controversial"). Role nouns with such endings ("official") are role
// words and never get here.
bool is_adjective_like(const Token& t) {
  for (std::string_view suffix : {"ing", "ous", "ful", "ical", "ial", "long", "less"}) {
    if (ends_with(t.lower, suffix)) return true;
  }
  return false;
}

bool is_adverb_like(const Token& t) {
  return t.lower.size() > 3 && t.lower.compare(t.lower.size() - 2, 2, "ly") == 0;
}

// "The storm raised fears that …", "the report released Friday": a past-tense form after
// a noun of the description (between the determiner at `det` and `head`) is the verb of
// the clause, and the description ends before it. A past form right after the determiner
// is a noun ("the accused", "the injured"), and so is one after a possessive ("the
// band's cast") or an adverb ("the newly elected").
bool is_verb_after_noun(const std::vector<Token>& toks, size_t det, size_t head) {
  if (head <= det + 1) return false;
  const Token& h = toks[head];
  const Token& before = toks[head - 1];
  return is_past_tense_verb(h) && before.word && !before.possessive && !is_adverb_like(before);
}

}  // namespace

std::optional<MentionRange> mention_ending_at(const std::vector<Token>& toks, size_t head, size_t lo) {
  if (head >= toks.size() || head < lo) return std::nullopt;
  size_t last = head;
  // "Rep. Dana Holt (D-Mont.) said": the parenthesis belongs to the mention.
  if (is_punct(toks[head], ')')) {
    size_t k = head;
    while (k > lo && head - k < kMaxParenthesis && !is_punct(toks[k], '(')) --k;
    if (!is_punct(toks[k], '(') || k == lo) return std::nullopt;
    head = k - 1;
  }
  const Token& h = toks[head];
  if (!h.word) return std::nullopt;
  const uint32_t hc = speaker_word_classes(h.lower);
  if (hc & speaker_class::speaker_pronoun) return MentionRange{head, last, true, head};
  if (!is_part(h, hc) || h.possessive) {
    if (h.capitalized || is_adverb_like(h) || (hc & (speaker_class::cue_modifier | speaker_class::not_name))) {
      return std::nullopt;
    }
    if (is_adjective_like(h)) return std::nullopt;  // "the following", "a controversial": no noun to speak
    // "used her speech to call for", "was quick to": a description never ends on "to", "of" or "for".
    if (hc & speaker_class::name_connector) return std::nullopt;
    auto det = determiner_before(toks, head, lo);
    if (!det) return std::nullopt;
    if (is_verb_after_noun(toks, *det, head)) return std::nullopt;  // "The storm raised fears"
    // "at the time said": a preposition's object is not a speaker.
    if (*det > lo && toks[*det - 1].word && is_adjunct_opener(toks[*det - 1].lower)) return std::nullopt;
    return MentionRange{*det, last, false, head};
  }
  size_t first = head;
  size_t k = head;
  while (k > lo && head - k < kMaxMentionTokens) {
    const Token& u = toks[k - 1];
    if (!u.word) {
      if (k >= lo + 2 && is_plural_possessive_mark(toks, k - 1)) {
        k -= 2;  // the owner, then what comes before it (a determiner, name words)
        first = k;
        continue;
      }
      break;
    }
    if (u.capitalized && !is_not_name(u.lower) && !is_determiner(u.lower)) { first = --k; continue; }  // a name word
    const uint32_t uc = speaker_word_classes(u.lower);
    if (is_part(u, uc)) { first = --k; continue; }
    // "Secretary of State", "ambassador to Ireland", "spokesman for the ministry".
    if (!u.capitalized && (uc & speaker_class::name_connector) && k >= lo + 2) {
      const Token& before = toks[k - 2];
      if (is_part(before)) { k -= 1; continue; }
    }
    if (uc & speaker_class::determiner) {
      if (k >= lo + 3 && is_name_connector(toks[k - 2].lower) && is_part(toks[k - 3])) { k -= 2; continue; }
      first = k - 1;
      break;
    }
    // Lower-case modifiers of a described speaker need a determiner before
    // them ("a senior official"), or open the clause ("…, city officials said").
    if (!u.capitalized) {
      for (size_t g = 1; g <= kMaxDescriptionGap && k >= lo + g; ++g) {
        const Token& w = toks[k - g];
        if (!w.word) {
          if (g >= 2 && is_punct(w, ',')) first = k - g + 1;  // "…, top county lawmakers said"
          break;
        }
        const uint32_t wc = speaker_word_classes(w.lower);
        if ((wc & speaker_class::determiner) || (w.capitalized && w.possessive)) { first = k - g; break; }
        if ((wc & (speaker_class::not_name | speaker_class::name_connector | speaker_class::cue_verb)) ||
            is_adverb_like(w)) {
          break;
        }
        if (k - g == lo) { first = lo; break; }
      }
    }
    break;
  }
  // The mention must not start on a connector ("of State said").
  while (first < head && is_name_connector(toks[first].lower) && !toks[first].capitalized) ++first;
  return MentionRange{first, last, false, head};
}

namespace {

// "presidential", "military": a lower-case adjective of office (kOfficeAdjectiveEndings).
bool is_office_adjective(const Token& t) {
  if (!t.word || t.capitalized || t.possessive || t.lower.size() < rules::kMinOfficeAdjectiveLength) return false;
  for (const WordRule& e : rules::kOfficeAdjectiveEndings) {
    if (ends_with(t.lower, e.text)) return true;
  }
  return false;
}

// "Republican [presidential] candidate Ana Ruiz": the lower-case role noun after adjectives of
// office that start at `k` (at most kMaxDescriptionGap), or `k` when there is none.
size_t office_title_after(const std::vector<Token>& toks, size_t k, size_t hi) {
  size_t j = k;
  while (j < hi && j - k < kMaxDescriptionGap && is_office_adjective(toks[j])) ++j;
  if (j == k || j >= hi || toks[j].capitalized || !is_role_token(toks[j])) return k;
  return j;
}

}  // namespace

std::optional<MentionRange> mention_starting_at(const std::vector<Token>& toks, size_t start, size_t hi) {
  if (hi > toks.size()) hi = toks.size();
  if (start >= hi || !toks[start].word) return std::nullopt;
  using namespace speaker_class;
  if (is_speaker_pronoun(toks[start].lower)) return MentionRange{start, start, true, start};
  size_t k = start;
  // "Ruiz's former campaign strategist": a possessive name works as a determiner.
  bool described = is_determiner(toks[k].lower) || (toks[k].capitalized && toks[k].possessive);
  if (described) {
    ++k;
  } else if (!toks[k].capitalized) {
    const uint32_t sc = speaker_word_classes(toks[k].lower);
    if (!is_part(toks[k], sc) && k + 1 < hi && is_part(toks[k + 1]) && !(sc & (cue_verb | not_name | cue_modifier))) {
      ++k;  // "panel Chairman Rep. Carl Benson"
    }
  }
  size_t modifiers = 0;
  // One past the last token the name may end at (a possessive may not), 0 for none yet: a
  // select, where the optional's "if (!possessive)" was a mispredict for most names read.
  size_t last_end = 0;
  while (k < hi && k - start < kMaxMentionTokens) {
    const Token& u = toks[k];
    if (!u.word) break;
    if (u.capitalized && !is_not_name(u.lower) && !is_determiner(u.lower)) {  // a name word (is_part)
      last_end = u.possessive ? last_end : k + 1;
      ++k;
      continue;
    }
    const uint32_t uc = speaker_word_classes(u.lower);
    if (is_part(u, uc)) {
      last_end = u.possessive ? last_end : k + 1;
      ++k;
      continue;
    }
    if (!u.capitalized && (uc & name_connector) && last_end && k + 1 < hi) {
      size_t next = k + 1;
      if (is_determiner(toks[next].lower) && next + 1 < hi) ++next;
      if (is_part(toks[next])) { k = next; continue; }
      break;
    }
    // "the engineer", "a senior regional harbour official"; after a role
    // noun a lower-case word is the verb ("the governor leaned in").
    // Only a described mention takes these: the lookups run only for one.
    if (described && modifiers < kMaxDescriptionGap) {
      bool after_role = k > start && is_role_or_institution(toks[k - 1], speaker_word_classes(toks[k - 1].lower));
      bool plain_lower = !u.capitalized && !after_role &&
                         !(uc & (cue_verb | cue_modifier | not_name | name_connector)) && !is_adverb_like(u);
      if (plain_lower) {
        ++modifiers;
        last_end = u.possessive ? last_end : k + 1;
        ++k;
        continue;
      }
    }
    // "Republican presidential candidate Ana Ruiz": no determiner, but the capitalised word
    // just read and the adjectives of office before a role noun make one title.
    if (!described && last_end != 0 && last_end == k && toks[k - 1].capitalized && !toks[k - 1].possessive) {
      if (size_t role = office_title_after(toks, k, hi); role != k) {
        k = role;
        continue;
      }
    }
    break;
  }
  if (!last_end) return std::nullopt;
  const size_t last = last_end - 1;
  MentionRange m{start, last, false, last};
  // "Sen. Tom Reyes (D-Ore.)": the parenthesis belongs to the mention.
  size_t p = last + 1;
  if (p < hi && is_punct(toks[p], '(')) {
    for (size_t q = p + 1; q < hi && q - p <= kMaxParenthesis; ++q) {
      if (is_punct(toks[q], ')')) { m.last = q; break; }
    }
  }
  return m;
}

namespace {

// A person's age as news prints it after a name: one to three digits.
bool is_age(const Token& t) {
  if (!t.word || t.lower.empty() || t.lower.size() > 3) return false;
  for (char ch : t.lower) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

}  // namespace

namespace {

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

}  // namespace

namespace {

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

std::optional<MentionRange> appositive_ending_at(const std::vector<Token>& toks, size_t head, size_t lo,
                                                 size_t quote_end);

}  // namespace

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
    if (m && !m->pronoun && (toks[k + 1].lower == "which" || toks[k + 1].lower == "who")) {
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

namespace {

Conjuncts whole(const MentionRange& m) {
  Conjuncts one;
  one.push_back(m);
  return one;
}

}  // namespace

Conjuncts conjuncts(const std::vector<Token>& toks, const MentionRange& m) {
  if (m.pronoun) return whole(m);
  size_t last = m.core_last >= m.first && m.core_last <= m.last ? m.core_last : m.last;
  // "and" and list commas between conjuncts; one more than fits leaves the mention whole.
  size_t cuts[kMaxConjuncts];
  size_t n_cuts = 0;
  bool has_and = false;
  bool described = false;  // a lower-case word: each conjunct must then open with a determiner
  size_t appositive = 0;    // the comma before an appositive of the last described conjunct
  for (size_t k = m.first; k <= last; ++k) {
    const Token& t = toks[k];
    if (t.word && !t.capitalized && is_name_connector(t.lower) && t.lower != "and") return whole(m);  // "Secretary of State and …"
    if (t.word && !t.capitalized && !is_determiner(t.lower) && t.lower != "and") described = true;
    if (t.lower == "and" && !t.capitalized) {
      has_and = true;
      if (n_cuts + 1 == kMaxConjuncts) return whole(m);
      cuts[n_cuts++] = k;
    } else if (is_punct(t, ',') && has_and && described) {
      // "… and the military alliance, NATO": an appositive of the last conjunct.
      appositive = k;
      last = k - 1;
      break;
    } else if (is_punct(t, ',')) {
      if (n_cuts + 1 == kMaxConjuncts) return whole(m);
      cuts[n_cuts++] = k;
    } else if (!t.word) {
      return whole(m);
    }
  }
  if (!has_and) return whole(m);
  // "the port board and the boatmen's union", "Ostmark and the fishing body": two
  // conjuncts, a description opening with its determiner ("harbour staff and dock
  // workers" stays whole).
  if (described && n_cuts != 1) return whole(m);
  Conjuncts out;
  size_t from = m.first;
  cuts[n_cuts++] = last + 1;
  for (size_t c = 0; c < n_cuts; ++c) {
    const size_t cut = cuts[c];
    size_t a = from, b = cut;  // conjunct tokens [a, b), without a leading "and" after a list comma
    while (a < b && toks[a].lower == "and") ++a;
    if (described && a < b && !is_determiner(toks[a].lower)) {
      for (size_t k = a; k < b; ++k) {
        if (toks[k].word && !toks[k].capitalized) return whole(m);
      }
    }
    while (a < b && is_determiner(toks[a].lower)) ++a;
    // A description's head may be any noun the mention grammar read after its determiner.
    bool head = is_head(toks[b - 1]) || (described && toks[b - 1].word && !toks[b - 1].possessive);
    if (a >= b || !head) return whole(m);
    out.push_back(MentionRange{from, b - 1, false, b - 1});
    from = cut + 1;
  }
  out.back().last = m.last;  // an appositive or parenthesis belongs to the last conjunct
  out.back().core_last = last;
  // "the military alliance, NATO": a name in apposition to a description names that speaker.
  size_t name_end = m.core_last;
  if (!appositive && described && m.last > m.core_last + 1 && is_punct(toks[m.core_last + 1], ',')) {
    appositive = m.core_last + 1;  // the grammar left the appositive out of the core
    name_end = is_punct(toks[m.last], ',') ? m.last - 1 : m.last;
  }
  if (appositive && name_end > appositive) {
    bool name = true;
    for (size_t k = appositive + 1; k <= name_end; ++k) name = name && toks[k].word && toks[k].capitalized;
    if (name) {
      out.back().first = appositive + 1;
      out.back().core_last = name_end;
    }
  }
  return out;
}

namespace {

// "Britain, France and Germany said": the mention grammar stops at a comma,
// so names listed before "France and Germany" are added here.
MentionRange with_list_head(const std::vector<Token>& toks, MentionRange m, size_t lo) {
  if (m.pronoun || conjuncts(toks, m).size() < 2) return m;
  for (size_t n = 0; n + 2 < kMaxConjuncts && m.first >= lo + 2 && is_punct(toks[m.first - 1], ','); ++n) {
    auto before = mention_ending_at(toks, m.first - 2, lo);
    if (!before || before->pronoun || before->last != m.first - 2 || !toks[before->last].capitalized) break;
    if (before->first > lo && toks[before->first - 1].word) break;  // "In Brussels, France and Germany said"
    MentionRange wider = m;
    wider.first = before->first;
    if (conjuncts(toks, wider).size() < 2) break;
    m = wider;
  }
  return m;
}

}  // namespace

namespace {

bool is_period_noun(const Token& t) { return t.word && !t.capitalized && lexicon<rules::kPeriodNouns>().contains(t.lower); }

// Token index where a period adjunct ending just before k starts ("last week", "earlier this
// month", "two days ago"), or k when there is none.
size_t before_period_adjunct(const std::vector<Token>& toks, size_t k, size_t lo) {
  if (k < lo + 3 || !toks[k - 1].word || toks[k - 1].capitalized) return k;
  if (toks[k - 1].lower == "ago") {
    size_t j = k - 1;
    if (!is_period_noun(toks[j - 1])) return k;
    --j;
    // "two", "a", "less than two": lower-case words or figures back to the subject.
    const size_t stop = j > lo + rules::kMaxAgoWords ? j - rules::kMaxAgoWords : lo + 1;
    while (j > stop && toks[j - 1].word && !toks[j - 1].capitalized &&
           (is_number_token(toks[j - 1]) || toks[j - 1].lower == "a" || toks[j - 1].lower == "than" ||
            toks[j - 1].lower == "less" || toks[j - 1].lower == "more" || toks[j - 1].lower == "about")) {
      --j;
    }
    return j < k - 2 ? j : k;  // a quantity is needed: "weeks ago" alone is not read
  }
  if (!is_period_noun(toks[k - 1])) return k;
  const Token& opener = toks[k - 2];
  if (!opener.word || opener.capitalized || !lexicon<rules::kPeriodOpeners>().contains(opener.lower)) return k;
  size_t j = k - 2;
  if (opener.lower == "this" && j > lo + 1 && (toks[j - 1].lower == "earlier" || toks[j - 1].lower == "later")) --j;
  // "this past week", "the past year": "past" after its own determiner.
  if (opener.lower == "past" && j > lo + 1 && (toks[j - 1].lower == "this" || toks[j - 1].lower == "the")) --j;
  return j;
}

// Token index where a weekday adjunct ending just before k starts ("on Tuesday",
// "Friday night"), or k when there is none. Also a period adjunct ("last week").
size_t before_day_adjunct(const std::vector<Token>& toks, size_t k, size_t lo) {
  if (size_t p = before_period_adjunct(toks, k, lo); p != k) return p;
  size_t j = k;
  if (j > lo + 1 && toks[j - 1].word && is_part_of_day(toks[j - 1].lower) && is_weekday(toks[j - 2].lower)) --j;
  if (j == lo + 1 || j == lo || !toks[j - 1].word || !toks[j - 1].capitalized || !is_weekday(toks[j - 1].lower)) return k;
  --j;
  if (j > lo + 1 && toks[j - 1].lower == "on") --j;
  return j > lo ? j : k;
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

// One past a weekday adjunct that starts at k ("on Saturday", "Friday night"), or k when
// there is none: "Ruiz on Saturday criticized …" puts it between the subject and its verb.
size_t after_day_adjunct(const std::vector<Token>& toks, size_t k, size_t hi) {
  // "last week", "earlier this month", "two weeks ago": the same period adjuncts as before a cue.
  for (size_t e = k + 2; e <= k + rules::kMaxAgoWords + 2 && e <= hi; ++e) {
    if (k > 0 && before_period_adjunct(toks, e, k - 1) == k) return e;
  }
  size_t j = k;
  if (j + 1 < hi && toks[j].word && !toks[j].capitalized && toks[j].lower == "on") ++j;
  if (j >= hi || !toks[j].word || !toks[j].capitalized || !is_weekday(toks[j].lower)) return k;
  ++j;
  if (j < hi && toks[j].word && !toks[j].capitalized && is_part_of_day(toks[j].lower)) ++j;
  return j;
}

}  // namespace

namespace {

// "the port board and the pilots' union say": the grammar reads the last
// description from its determiner; a name or description joined to it by
// "and" speaks too, when it opens the clause ("But the port board and …").
MentionRange with_coordinated_head(const std::vector<Token>& toks, MentionRange m, size_t lo) {
  if (m.pronoun || m.first < lo + 2 || !is_determiner(toks[m.first].lower)) return m;
  const Token& conj = toks[m.first - 1];
  if (!conj.word || conj.capitalized || conj.lower != "and") return m;
  auto before = mention_ending_at(toks, m.first - 2, lo);
  if (!before || before->pronoun || before->last != m.first - 2) return m;
  // Only at the clause start, after a comma or an opening word ("But", "Meanwhile").
  if (before->first > lo + 1 && toks[before->first - 1].word && !is_not_name(toks[before->first - 1].lower)) return m;
  MentionRange wider = m;
  wider.first = before->first;
  return conjuncts(toks, wider).size() == 2 ? wider : m;
}

}  // namespace

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

}  // namespace

namespace {

constexpr size_t kMaxCoordinatedWords = 3;  // ", union members and …"

// "…, union members and leaders say": a short lower-case phrase before "and" (at `conj`)
// that opens the clause, after a comma or at its start, is the first half of the subject.
// Its start, or nothing when the words before "and" run on into a clause of their own.
std::optional<size_t> coordinated_start(const std::vector<Token>& toks, size_t conj, size_t lo) {
  size_t j = conj;
  while (j > lo && conj - j < kMaxCoordinatedWords) {
    const Token& u = toks[j - 1];
    if (!u.word) break;
    if (u.capitalized || is_cue_token(u) || is_cue_modifier(u.lower) || u.lower == "that" || u.lower == "and" ||
        u.lower == "or" || is_adjunct_opener(u.lower) || is_ing(u.lower)) {
      return std::nullopt;  // "picketing the depot and …" is a clause, not a subject
    }
    --j;
  }
  if (j == conj || (j > lo && !is_punct(toks[j - 1], ','))) return std::nullopt;
  return j;
}

}  // namespace

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

}  // namespace

namespace {

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

namespace {

constexpr size_t kMaxAsideTokens = 40;  // from the clause's start to the comma before the cue

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

// "Ana Ruiz, who lost her brother in the flood in Dayton, Ohio, in May 2019, said", "Sen.
// Tom Beck, facing a hard race in Maine, a swing state, said", "Tom Beck, the editor of the
// city's paper, the Harbour Times, said": the mention `m` that the appositive search found
// before the comma at `head` is a place, paper or date inside an aside of several commas that
// the name opening the clause began; that name (with its aside) is the subject. The clause
// opens at `lo` or after a fronted adverbial's comma. Reads at most kMaxAsideTokens tokens.
std::optional<MentionRange> aside_owner(const std::vector<Token>& toks, const MentionRange& m, size_t head,
                                        size_t lo) {
  if (m.pronoun || m.first < lo + 3 || head - lo > kMaxAsideTokens) return std::nullopt;
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
  // "Maria Lopez, who said": the relative pronoun stands for the name before it.
  if (toks[k - 1].lower == "who" && k >= lo + 3 && is_punct(toks[k - 2], ',')) {
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
  // "Ruiz closed by saying, “…”", "he responded by telling …": an -ing cue after "by"
  // is done by the subject of the clause.
  if (toks[k - 1].lower == "by" && is_ing(toks[cue].lower)) return clause_subject(toks, k - 1, lo);
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

namespace {

// Whether a verb stands at `after` (past auxiliaries, adverbs and a day): a lower-case word that
// cannot go on a name.
bool verb_follows(const std::vector<Token>& toks, size_t after, size_t cue) {
  // "Over the weekend …", "After a rally in Dover, Delaware the senator went …": a name right
  // before an article is no subject of a verb; the article opens another phrase. (After an
  // auxiliary it may be the verb's object: "Beck had the air of …".)
  if (after < cue && toks[after - 1].capitalized && toks[after].word && is_article(toks[after].lower)) return false;
  while (after < cue && toks[after].word && is_cue_modifier(toks[after].lower)) ++after;
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

}  // namespace

std::optional<MentionRange> subject_after_with(const std::vector<Token>& toks, size_t cue, size_t lo) {
  if (cue < lo + 2 || !is_ing(toks[cue].lower)) return std::nullopt;
  auto m = mention_ending_at(toks, cue - 1, lo);
  if (!m || m->pronoun || m->first == lo) return std::nullopt;
  const Token& with = toks[m->first - 1];
  if (!with.word || with.lower != "with") return std::nullopt;
  return m;
}

namespace {

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
        if (comma + 1 < cue && (toks[comma + 1].lower == "which" || toks[comma + 1].lower == "who")) {
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

}  // namespace

std::optional<MentionRange> clause_subject(const std::vector<Token>& toks, size_t cue, size_t lo) {
  // "The board was quick to respond, with Mayor Ruiz saying …": the participle's own subject.
  if (auto m = subject_after_with(toks, cue, lo)) return m;
  const size_t window = cue > lo + kMaxSubjectDistance ? cue - kMaxSubjectDistance : lo;
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

namespace {

constexpr size_t kMaxLooseSubject = 6;

}  // namespace


bool is_past_tense_verb(const Token& t) {
  if (!t.word || t.capitalized) return false;
  std::string_view w = t.lower;
  return has_ed_ending(w) || is_irregular_past(w);
}

bool is_number_token(const Token& t) {
  return t.word && (utf8::is_digit(t.first) || is_share_number(t.lower));
}

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
std::optional<MentionRange> loose_subject_of(const std::vector<Token>& toks, size_t cue, size_t lo, bool coordinated);
}  // namespace

std::optional<MentionRange> loose_subject(const std::vector<Token>& toks, size_t cue, size_t lo) {
  return loose_subject_of(toks, cue, lo, true);
}

namespace {
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
  if (!h.word || h.lower == "to" || is_determiner(h.lower) || is_adjunct_opener(h.lower) ||
      (is_not_name(h.lower) && !is_relative_pronoun(h.lower)) || is_cue_token(h)) {
    return std::nullopt;
  }
  size_t first = head;
  if (!is_relative_pronoun(h.lower)) {
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

bool is_fragment_mention(const std::vector<Token>& toks, const MentionRange& m) {
  if (m.pronoun || m.first >= m.core_last) return false;
  const Token& h = toks[m.core_last];
  if (!h.word || h.capitalized || h.possessive) return false;
  const std::string_view w = h.lower;
  // One probe for three tables: this runs on every description a cue names.
  using namespace speaker_class;
  const bool ends_phrase = (speaker_word_classes(w) & (determiner | adjunct_opener | cue_modifier)) ||
                           is_place_preposition(w) || in_table<rules::kModifierOnlyWords>(w);
  if (!ends_phrase || is_number_token(h)) return false;  // "the two", "two in three"
  // "officials who spoke on condition of anonymity in": a relative clause's words are the
  // description's, wherever it stops.
  for (size_t k = m.first; k < m.core_last; ++k) {
    if (toks[k].word && (is_relative_pronoun(toks[k].lower) || toks[k].lower == "that")) return false;
  }
  return true;
}

std::optional<MentionRange> fragment_lead(const std::vector<Token>& toks, const MentionRange& m) {
  size_t k = m.first + 1;
  for (; k < m.core_last; ++k) {
    const Token& t = toks[k];
    if (!t.word) break;
    const std::string_view w = t.lower;
    if (is_past_tense_verb(t) || is_cue_token(t) || is_cue_modifier(w) || is_determiner(w) || is_adjunct_opener(w) ||
        is_place_preposition(w)) {
      break;
    }
  }
  if (k == m.core_last) return std::nullopt;
  const MentionRange lead{m.first, k - 1, false, k - 1};
  const Token& last = toks[lead.last];
  if (last.possessive || (lead.first == lead.last && is_determiner(last.lower)) || is_fragment_mention(toks, lead)) {
    return std::nullopt;
  }
  return lead;
}

namespace {

// After the role noun, the name: two name words, or one that ends the clause ("said council
// member Beck.") or stands before a cue ("council member Beck said"). `k` is the name's first word.
bool name_follows_role(const std::vector<Token>& t, size_t k) {
  if (k >= t.size() || !is_name_word(t[k])) return false;
  if (k + 1 == t.size() || !t[k + 1].word) return true;
  return is_name_word(t[k + 1]) || is_cue_token(t[k + 1]);
}

}  // namespace

// The mention grammar stops at a lower-case institution or role ("council") before a noun no
// table knows; that noun, between it and a name, is the person's role. After a cue a name may
// hold the role too ("said KBC moderator Tom Beck"); before one it would be the subject of a
// verb ("“…,” Ruiz put Beck on notice"). Not a verb ("the union backs Tom Beck"): no "-s",
// "-ing", past form, cue or adverb. Called after a quotation or an inverted cue only: it reads
// every mention there, and the shape is rare.
[[gnu::cold]] std::optional<MentionRange> with_role_and_name(const std::vector<Token>& t, std::optional<MentionRange> m,
                                                             bool after_cue) {
  const size_t k = m ? m->last + 1 : 0;
  if (!m || m->pronoun || m->last != m->core_last || k + 1 >= t.size()) return m;
  const Token& before = t[m->last];
  const Token& u = t[k];
  const bool holds_role = before.capitalized ? after_cue && is_name_word(before)
                                             : is_role_token(before) || is_institution_token(before);
  if (!holds_role || !u.word || u.capitalized || u.possessive || !name_follows_role(t, k + 1)) return m;
  const std::string_view w = u.lower;
  if (w.back() == 's' || is_cue_verb(w) || is_cue_modifier(w) || is_not_name(w) || is_name_connector(w) || is_determiner(w) ||
      is_ly_adverb(u) || is_ing(w) || is_past_tense_verb(u)) {
    return m;
  }
  auto name = mention_starting_at(t, k + 1, t.size());
  return name && !name->pronoun ? MentionRange{m->first, name->last, false, name->core_last} : m;
}

}  // namespace claimscope
