// Phrase lookups for the role classifier: the cue tables of core/rules/roles.h
// matched against a paragraph's normalised key (whole line, opening words, or
// a phrase anywhere among its first words).
#pragma once

#include "lexicon.h"
#include "paragraph_features.h"

namespace claimscope {

struct CueHit {
  const WordRule* rule = nullptr;
  size_t words = 0;  // words of the paragraph the cue covers
  explicit operator bool() const { return rule != nullptr; }
};

enum class CueTable : uint8_t {
  boilerplate_lines,
  boilerplate_prefixes,
  boilerplate_phrases,
  byline_prefixes,
  caption_prefixes,
  credit_words,
  platforms,
  months,
  date_words,
  bio_nouns,
  connective_ends,
  pronoun_starts,
  contributor_phrases,
};

const Lexicon<WordRule>& cue_lexicon(CueTable table);

/// word_case(text, span).word_capitalised(0) without the walk over the rest of
/// the paragraph: whether its first word starts with an upper-case letter.
/// The author-bio rule asks it of the last paragraphs of every document.
/// (Here rather than beside word_case: the page's module compiles the role
/// files for size, paragraph_features.cpp for speed.)
bool first_word_capitalised(std::string_view text, Span span);

/// Bit t set: some entry of CueTable t starts with `word` (one lookup for
/// all tables; RoleContext stores it as ParagraphFeatures::first_word_tables).
uint32_t first_word_tables(std::string_view word);

// The quick answers below are inline: every role pass asks them of every
// paragraph, and on text of short lines the call cost more than the answer.

/// Some entry of `table` starts with the paragraph's first word.
inline bool starts_table(CueTable table, const ParagraphFeatures& f) {
  return (f.first_word_tables >> size_t(table)) & 1u;
}

/// A paragraph of one word that starts no entry of `table` matches none of
/// them, whole, as a prefix, a phrase or a suffix: answered from the bits
/// RoleContext set, without a lookup (one-word lines are common in pasted pages).
inline bool one_word_outside(CueTable table, const ParagraphFeatures& f) {
  return f.word_ends().size() == 1 && !starts_table(table, f);
}

// The lookups proper (role_cues.cpp), after the quick answers.
CueHit find_whole_line_cue(CueTable table, const ParagraphFeatures& f);
CueHit find_prefix_cue(CueTable table, const ParagraphFeatures& f, size_t max_words);
CueHit find_phrase_cue(CueTable table, const ParagraphFeatures& f, size_t max_words);
CueHit find_suffix_cue(CueTable table, const ParagraphFeatures& f);

/// The whole paragraph is an entry of `table`.
inline CueHit whole_line_cue(CueTable table, const ParagraphFeatures& f) {
  if (f.words == 0 || f.words > f.word_ends().size() || one_word_outside(table, f)) return {};
  return find_whole_line_cue(table, f);
}
/// The longest entry of `table` that the paragraph starts with (up to `max_words`).
inline CueHit prefix_cue(CueTable table, const ParagraphFeatures& f, size_t max_words = 6) {
  if (f.word_ends().empty() || !starts_table(table, f)) return {};
  return find_prefix_cue(table, f, max_words);
}
/// The first entry of `table` found anywhere among the indexed words.
inline CueHit phrase_cue(CueTable table, const ParagraphFeatures& f, size_t max_words = 5) {
  if (f.word_ends().empty() || one_word_outside(table, f)) return {};
  return find_phrase_cue(table, f, max_words);
}
/// The paragraph's last one or two words form an entry of `table`.
inline CueHit suffix_cue(CueTable table, const ParagraphFeatures& f) {
  // Only short, fully indexed paragraphs.
  if (f.word_ends().empty() || f.words > f.word_ends().size() || one_word_outside(table, f)) return {};
  return find_suffix_cue(table, f);
}

}  // namespace claimscope
