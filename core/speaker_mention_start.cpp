// Speaker grammar: the mention that starts at a token (after "said" or "according to"), titles
// of office before a name, and a role noun between an institution and a name.
#include "speaker_phrases.h"

#include "speaker_phrases_detail.h"
#include "rules/speaker_words.h"

namespace claimscope {

using namespace speaker_detail;  // the helpers the speaker grammar's files share

namespace {

// is_role_token || is_institution_token, from the token's classes.
[[gnu::always_inline]] inline bool is_role_or_institution(const Token& t, uint32_t c) {
  return t.word && ((c & (speaker_class::role | speaker_class::institution)) || (t.hyphenated && is_role_word(t.lower)));
}

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
