#include "role_context.h"

#include <algorithm>

#include "role_cues.h"

namespace claimscope {

namespace {

// The first word of features not yet bound (bind() waits until the arena
// stops growing), read through the arena's offsets; "" if it has no word.
std::string_view unbound_first_word(const ParagraphFeatures& f, const FeatureArena& arena) {
  if (f.ends_count_ == 0) return {};
  return std::string_view(arena.keys.get() + f.key_.at, f.key_size_).substr(0, arena.ends[f.ends_.at]);
}

// The buffers `kept`, emptied (their memory kept), or `own`.
RoleBuffers& emptied(RoleBuffers* kept, RoleBuffers& own) {
  if (!kept) return own;
  kept->arena.keys_used = 0;
  kept->arena.ends_used = 0;
  kept->items.clear();
  kept->brief.clear();
  return *kept;
}

}  // namespace

void KeptBuffersDeleter::operator()(RoleBuffers* b) const noexcept { delete b; }
size_t kept_buffer_bytes(const RoleBuffers& b) { return b.bytes(); }

RoleContext::RoleContext(std::string_view text_in, std::vector<Paragraph>& paragraphs_in, const LoweredText& lowered,
                         RoleBuffers* kept)
    : text(text_in),
      paragraphs(paragraphs_in),
      buffers(emptied(kept, own)),
      arena(buffers.arena),
      items(buffers.items),
      brief(buffers.brief),
      title(paragraphs_in.size()) {
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
  brief.reserve(size());
  for (size_t i = 0; i < size(); ++i) {
    Paragraph& p = paragraphs[i];
    ParagraphFeatures& f = items.emplace_back(text, p.span, arena, lowered).f;
    // The first word's tables now, while its key and end are in cache (a
    // later walk missed on both for every paragraph).
    f.first_word_tables = first_word_tables(unbound_first_word(f, arena));
    RoleBrief& b = brief.emplace_back();
    b.key_size = f.key_size_;
    b.words = RoleBrief::capped(f.words);
    b.role = p.role;
    if (f.terminal_end) b.flags |= kTerminal;
    if (match_dateline(text, p.span).found) b.flags |= kHasDateline;
    p.dateline = {};
    if (f.words >= 5) {
      ++wordy;
      if (f.all_caps()) ++caps;
    }
  }
  doc_all_caps = caps * 2 > wordy;
  for (auto& item : items) item.f.bind(arena);
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
