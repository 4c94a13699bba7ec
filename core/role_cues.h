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

/// Bit t set: some entry of CueTable t starts with `word` (one lookup for
/// all tables; RoleContext stores it as ParagraphFeatures::first_word_tables).
uint32_t first_word_tables(std::string_view word);

/// A paragraph of one word that starts no entry of `table` matches none of
/// them, whole, as a prefix, a phrase or a suffix: answered from the bits
/// RoleContext set, without a lookup (one-word lines are common in pasted pages).
bool one_word_outside(CueTable table, const ParagraphFeatures& f);

/// The whole paragraph is an entry of `table`.
CueHit whole_line_cue(CueTable table, const ParagraphFeatures& f);
/// The longest entry of `table` that the paragraph starts with (up to `max_words`).
CueHit prefix_cue(CueTable table, const ParagraphFeatures& f, size_t max_words = 6);
/// The first entry of `table` found anywhere among the indexed words.
CueHit phrase_cue(CueTable table, const ParagraphFeatures& f, size_t max_words = 5);
/// The paragraph's last one or two words form an entry of `table`.
CueHit suffix_cue(CueTable table, const ParagraphFeatures& f);

}  // namespace claimscope
