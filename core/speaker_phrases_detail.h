// Speaker grammar, private: the limits and helpers the speaker_*.cpp files share (the public
// API is speaker_phrases.h). Included only by those files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "speaker_phrases.h"
#include "tokens.h"
#include "word_classes.h"

namespace claimscope::speaker_detail {

constexpr size_t kMaxMentionTokens = 12;
constexpr size_t kMaxDescriptionGap = 4;  // "a [senior regional harbour] official"
constexpr size_t kMaxParenthesis = 8;     // "(D-Mont.)", "(R-Utah)"
constexpr size_t kMaxAppositive = 20;     // "Name, the executive director of X,"
constexpr size_t kMaxModifiers = 4;       // "has also previously said"
constexpr size_t kMaxFrontedAdverbial = 48;  // tokens a fronted adverbial's comma is looked for (bounded: cost stays linear)
constexpr size_t kMaxFrontedObject = 6;  // "Over [the long holiday weekend] the mayor …": an opener's object, no comma
constexpr size_t kMaxSubjectDistance = 30;  // tokens between a clause subject and a participle cue

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

inline bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() + 2 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

inline bool is_adverb_like(const Token& t) {
  return t.lower.size() > 3 && t.lower.compare(t.lower.size() - 2, 2, "ly") == 0;
}

// speaker_tokens.cpp
bool opens_adverbial(const Token& t);

// speaker_appositives.cpp
bool inside_quotation(const std::vector<Token>& toks, size_t k, size_t head);
std::optional<MentionRange> aside_owner(const std::vector<Token>& toks, const MentionRange& m, size_t head, size_t lo);

// speaker_conjuncts.cpp
MentionRange with_list_head(const std::vector<Token>& toks, MentionRange m, size_t lo);
MentionRange with_coordinated_head(const std::vector<Token>& toks, MentionRange m, size_t lo);
std::optional<size_t> coordinated_start(const std::vector<Token>& toks, size_t conj, size_t lo);

// speaker_time_adjuncts.cpp
bool is_period_noun(const Token& t);
size_t before_day_adjunct(const std::vector<Token>& toks, size_t k, size_t lo);
size_t after_day_adjunct(const std::vector<Token>& toks, size_t k, size_t hi);

}  // namespace claimscope::speaker_detail
