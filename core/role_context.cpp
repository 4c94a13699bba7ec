#include "role_context.h"

#include <algorithm>

#include "role_cues.h"

namespace claimscope {

RoleContext::RoleContext(std::string_view text_in, std::vector<Paragraph>& paragraphs_in, const LoweredText& lowered)
    : text(text_in), paragraphs(paragraphs_in), flags(paragraphs_in.size()), title(paragraphs_in.size()) {
  size_t caps = 0, wordy = 0;
  // The most the keys can take (paragraph_features asks for twice a
  // paragraph's length while it writes): one block, never copied; the
  // untouched part costs no memory.
  // The word ends likewise: a word and its separator take two bytes, and
  // only the first kMaxIndexedWords are kept (a document of short lines
  // otherwise doubles this array through copies of itself); every word's
  // end is written before the first are kept, so there is room past the
  // kept ones for the longest paragraph's words.
  size_t room = 0, ends = 0, most_words = 0;
  for (const Paragraph& p : paragraphs) {
    room += 2 * size_t(p.span.size()) + 8;
    ends += std::min(ParagraphFeatures::kMaxIndexedWords, word_ends_room(p.span));
    most_words = std::max(most_words, word_ends_room(p.span));
  }
  arena.reserve(room);
  arena.reserve_ends(ends + most_words);
  // Filled in place: a sized vector would be zeroed first, one more write
  // over every record.
  items.reserve(size());
  for (size_t i = 0; i < size(); ++i) {
    items.emplace_back(text, paragraphs[i].span, arena, lowered);
    if (match_dateline(text, paragraphs[i].span).found) flags[i] |= kHasDateline;
    paragraphs[i].dateline = {};
    if (items[i].f.words >= 5) {
      ++wordy;
      if (items[i].f.all_caps()) ++caps;
    }
  }
  doc_all_caps = caps * 2 > wordy;
  for (auto& item : items) {
    item.f.bind(arena);
    if (!item.f.word_ends().empty()) item.f.first_word_tables = first_word_tables(item.f.words_at(0, 1));
  }
}

std::string_view RoleContext::first_reason(size_t i) const {
  const auto& reasons = paragraphs[i].reasons;
  return reasons.empty() ? std::string_view() : reasons.front();
}

bool last_word_is_connective(const ParagraphFeatures& f) {
  return cue_lexicon(CueTable::connective_ends).contains(f.words_at(f.words - 1, 1));
}

RuleIds with_dateline_reasons(RuleIds reasons, const DatelineMatch& m) {
  if (m.agency) reasons.push_back("dateline.agency");
  if (m.all_caps_place) reasons.push_back("dateline.caps_place");
  return reasons;
}

}  // namespace claimscope
