// Speaker grammar: whether a mention a cue grammar found stops inside a phrase (a fragment, never
// a speaker) and the words it opens with that still make a mention.
#include "speaker_phrases.h"

#include "speaker_phrases_detail.h"
#include "rules/speaker_words.h"
#include "word_shapes.h"

namespace claimscope {

using namespace speaker_detail;  // the helpers the speaker grammar's files share

bool is_fragment_mention(const std::vector<Token>& toks, const MentionRange& m) {
  if (m.pronoun || m.first >= m.core_last) return false;
  const Token& h = toks[m.core_last];
  if (!h.word || h.capitalized || h.possessive) return false;
  const std::string_view w = h.lower;
  // One probe for three tables: this runs on every description a cue names.
  using namespace speaker_class;
  const bool ends_phrase = (speaker_word_classes(w) & (determiner | adjunct_opener | cue_modifier)) ||
                           is_place_preposition(w) || in_table<rules::kModifierOnlyWords>(w);
  // "made an unprompted call for …", "an impassioned plea": an -ed adjective right after
  // "a"/"an" describes the noun after it (the cue word), never a speaker ("the accused" may be).
  const std::string_view article = toks[m.first].lower;
  if (m.core_last == m.first + 1 && (article == "a" || article == "an") && has_ed_ending(w)) return true;
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

}  // namespace claimscope
