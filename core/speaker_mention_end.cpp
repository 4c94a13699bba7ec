// Speaker grammar: the mention that ends at a token (the word before a cue verb): names with
// their titles, descriptions after a determiner, plural possessives.
#include "speaker_phrases.h"

#include "speaker_phrases_detail.h"

namespace claimscope {

using namespace speaker_detail;  // the helpers the speaker grammar's files share

namespace {

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
  // A pronoun, or one with a verb contracted onto it ("He’s", "they’ve").
  if ((hc & speaker_class::speaker_pronoun) || contracted_pronoun_length(h)) return MentionRange{head, last, true, head};
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

}  // namespace claimscope
