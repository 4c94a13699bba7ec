// Shared state of the paragraph-role passes (docs/roles.md). roles.cpp runs
// the passes in order; each pass only fills paragraphs still open.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "datelines.h"
#include "document.h"
#include "kept_memory.h"
#include "paragraph_features.h"
#include "role_cues.h"
#include "rules/roles.h"

namespace claimscope {

struct RoleItem {
  /// The features written straight into the vector's slot (emplace_back):
  /// a text of short lines has a record every few bytes, and a copy each.
  RoleItem(std::string_view text, Span span, FeatureArena& arena, const LoweredText& lowered)
      : f(paragraph_features(text, span, arena, lowered)) {}
  ParagraphFeatures f;
};

/// What most role passes ask of a paragraph first, eight bytes of it: a pass
/// walks these and reads the 80-byte features or the 64-byte paragraph only
/// where these leave the answer open. On a megabyte of news (5 K paragraphs)
/// each walk over the features or the paragraphs missed the data cache once
/// per paragraph, and the passes made a dozen such walks.
/// Running text ends like a sentence and has at least this many words.
inline constexpr uint32_t kProseMinWords = 8;

struct RoleBrief {
  uint32_t key_size = 0;   // the features' key().size()
  uint8_t flags = 0;       // RoleContext::kDecided | kHasDateline | kTerminal | kDatelinePrefix
  Role role = Role::body;  // the paragraph's role, kept equal to it
  uint8_t words = 0;       // the features' words, at most 255
  /// The words, with the count capped at 255: every rule's limit is lower.
  static uint8_t capped(uint32_t words) { return words < 255 ? uint8_t(words) : uint8_t(255); }
};

/// The role passes' working memory: RoleContext's own, or a caller's kept
/// from one document to the next (annotate()'s AnnotateScratch), so that a
/// batch of documents grows it once. Nothing in it is read across
/// documents: RoleContext empties it first.
struct RoleBuffers {
  FeatureArena arena;
  std::vector<RoleItem> items;
  std::vector<RoleBrief> brief;
  /// The heap memory they hold.
  size_t bytes() const {
    return arena.keys_room + arena.ends_room * sizeof(uint32_t) + items.capacity() * sizeof(RoleItem) +
           brief.capacity() * sizeof(RoleBrief);
  }
};

struct RoleContext {
  std::string_view text;
  std::vector<Paragraph>& paragraphs;
  RoleBuffers own;       // the buffers when the caller keeps none
  RoleBuffers& buffers;  // own or the caller's: the three below
  FeatureArena& arena;   // keys and word ends of every item's features
  std::vector<RoleItem>& items;
  /// Per paragraph, apart from the features so that their record stays at
  /// 80 bytes, and small so that the passes' walks over it stay in cache.
  std::vector<RoleBrief>& brief;
  static constexpr uint8_t kDecided = 1, kHasDateline = 2, kTerminal = 4, kDatelinePrefix = 8;
  size_t title;               // index of the title, or size() if none
  bool doc_all_caps = false;  // most of the text is in capitals (old wire copy)

  /// `lowered`: the text's lowered copy with a stop at every paragraph's end.
  /// `kept`: buffers to use (emptied first) and leave grown; null: its own.
  RoleContext(std::string_view text, std::vector<Paragraph>& paragraphs, const LoweredText& lowered,
              RoleBuffers* kept = nullptr);
  RoleContext(const RoleContext&) = delete;
  RoleContext& operator=(const RoleContext&) = delete;
  size_t size() const { return paragraphs.size(); }
  bool open(size_t i) const { return !(brief[i].flags & kDecided); }
  bool has_dateline(size_t i) const { return brief[i].flags & kHasDateline; }
  /// The features' terminal_end.
  bool terminal(size_t i) const { return brief[i].flags & kTerminal; }
  /// The features' words, at most 255.
  uint32_t words(size_t i) const { return brief[i].words; }
  /// is_prose of paragraph i's features.
  bool prose(size_t i) const { return terminal(i) && words(i) >= kProseMinWords; }
  /// Paragraph i's dateline (its "JAKARTA -" prefix) is set.
  bool has_dateline_prefix(size_t i) const { return brief[i].flags & kDatelinePrefix; }
  void set_dateline_prefix(size_t i, Span span) {
    paragraphs[i].dateline = span;
    if (!span.empty()) brief[i].flags |= kDatelinePrefix;
  }
  /// The dateline at the start of paragraph i (found is false if none).
  /// Matched again on demand: match_dateline reads a bounded number of bytes,
  /// and only the rare paragraphs that have one pay, instead of every
  /// paragraph storing a 20-byte match.
  DatelineMatch dateline(size_t i) const {
    return has_dateline(i) ? match_dateline(text, paragraphs[i].span) : DatelineMatch{};
  }
  /// Paragraph i opens with a dateline and goes on: a lede, not a header.
  bool dateline_then_text(size_t i) const {
    return has_dateline(i) && !match_dateline(text, paragraphs[i].span).rest_empty;
  }
  Role role(size_t i) const { return brief[i].role; }
  /// The id of the strongest reason of paragraph i ("" if none).
  std::string_view first_reason(size_t i) const;
  void decide(size_t i, Role role, float confidence, RuleIds reasons) {
    Paragraph& p = paragraphs[i];
    p.role = role;
    p.confidence = confidence;
    p.reasons = reasons;
    brief[i].role = role;
    brief[i].flags |= kDecided;
  }
  void decide(size_t i, Role role, const rules::RoleRule& rule) { decide(i, role, rule.confidence, {rule.id}); }
};

// The passes, in the order classify_paragraphs runs them.
void decide_alone(RoleContext& c);          // role_alone.cpp: cue phrases, credits, datelines
void find_title(RoleContext& c);            // role_header.cpp
void mark_repeats(RoleContext& c);
void mark_date_lines(RoleContext& c);
void mark_bare_names(RoleContext& c);
void find_subtitle(RoleContext& c);
void set_dateline_prefixes(RoleContext& c);
void mark_author_bios(RoleContext& c);      // role_body.cpp
void mark_captions_before_credits(RoleContext& c);
void mark_related_links(RoleContext& c);
void mark_headings(RoleContext& c);
void mark_body(RoleContext& c);

// Helpers several passes share; the small ones inline (asked of every
// paragraph by several passes).
/// The lookup of ends_with_connective, after its quick answers.
bool last_word_is_connective(const ParagraphFeatures& f);
/// A line ending in "and", "the", "of"... continues on the next line.
inline bool ends_with_connective(const ParagraphFeatures& f) {
  if (f.terminal_end || f.words == 0 || f.words > f.word_ends().size()) return false;
  if (one_word_outside(CueTable::connective_ends, f)) return false;
  return last_word_is_connective(f);
}
/// Ends like a sentence and has 8+ words: running text.
inline bool is_prose(const ParagraphFeatures& f) { return f.terminal_end && f.words >= kProseMinWords; }
/// ':' ',' ';' end a clause, not a title or heading.
inline bool ends_clause(char32_t cp) { return cp == ':' || cp == ',' || cp == ';'; }
/// Adds "dateline.agency" / "dateline.caps_place" for a dateline match.
RuleIds with_dateline_reasons(RuleIds reasons, const DatelineMatch& m);

}  // namespace claimscope
