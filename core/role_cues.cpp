#include "role_cues.h"

#include <unordered_set>

#include "rules/roles.h"

namespace claimscope {

namespace {

// A cue table indexed twice: whole entries, and the first word of each entry
// (a phrase search only tries n-grams that start with such a word, so most
// words of a paragraph cost one lookup).
struct CueIndex {
  Lexicon<WordRule> entries;
  std::unordered_set<std::string_view> first_words;

  template <typename Table>
  explicit CueIndex(const Table& table) : entries(table) {
    for (const WordRule& e : table) {
      std::string_view text = e.text;
      first_words.insert(text.substr(0, text.find(' ')));
    }
  }
};

const CueIndex& cue_index(CueTable table) {
  using namespace rules;
  static const CueIndex lines(kBoilerplateLines), prefixes(kBoilerplatePrefixes), phrases(kBoilerplatePhrases),
      bylines(kBylinePrefixes), captions(kCaptionPrefixes), credits(kCreditWords), platforms(kPlatforms),
      months(kMonths), date_words(kDateWords), bio(kBioNouns), connectives(kConnectiveEnds),
      pronouns(kPronounStarts), contributors(kContributorPhrases);
  switch (table) {
    case CueTable::boilerplate_lines: return lines;
    case CueTable::boilerplate_prefixes: return prefixes;
    case CueTable::boilerplate_phrases: return phrases;
    case CueTable::byline_prefixes: return bylines;
    case CueTable::caption_prefixes: return captions;
    case CueTable::credit_words: return credits;
    case CueTable::platforms: return platforms;
    case CueTable::months: return months;
    case CueTable::date_words: return date_words;
    case CueTable::bio_nouns: return bio;
    case CueTable::connective_ends: return connectives;
    case CueTable::pronoun_starts: return pronouns;
    case CueTable::contributor_phrases: return contributors;
  }
  return lines;
}

}  // namespace

const Lexicon<WordRule>& cue_lexicon(CueTable table) { return cue_index(table).entries; }

CueHit whole_line_cue(CueTable table, const ParagraphFeatures& f) {
  if (f.words == 0 || f.words > f.word_ends.size()) return {};
  if (const WordRule* r = cue_lexicon(table).find(f.key)) return {r, f.words};
  return {};
}

CueHit prefix_cue(CueTable table, const ParagraphFeatures& f, size_t max_words) {
  const auto& index = cue_index(table);
  if (f.word_ends.empty() || !index.first_words.count(f.words_at(0, 1))) return {};
  size_t n = std::min(max_words, f.word_ends.size());
  for (; n > 0; --n) {
    if (const WordRule* r = index.entries.find(f.first_words(n))) return {r, n};
  }
  return {};
}

CueHit phrase_cue(CueTable table, const ParagraphFeatures& f, size_t max_words) {
  const auto& index = cue_index(table);
  size_t count = f.word_ends.size();
  for (size_t i = 0; i < count; ++i) {
    if (!index.first_words.count(f.words_at(i, 1))) continue;
    for (size_t n = 1; n <= max_words && i + n <= count; ++n) {
      if (const WordRule* r = index.entries.find(f.words_at(i, n))) return {r, n};
    }
  }
  return {};
}

CueHit suffix_cue(CueTable table, const ParagraphFeatures& f) {
  size_t count = f.word_ends.size();
  if (count == 0 || f.words > count) return {};  // only short, fully indexed paragraphs
  const auto& lex = cue_lexicon(table);
  for (size_t n = std::min<size_t>(2, count); n > 0; --n) {
    if (const WordRule* r = lex.find(f.words_at(count - n, n))) return {r, n};
  }
  return {};
}

}  // namespace claimscope
