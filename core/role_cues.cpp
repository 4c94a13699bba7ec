#include "role_cues.h"

#include <iterator>
#include <string_view>
#include <vector>

#include "rules/roles.h"

namespace claimscope {

namespace {

// A cue table indexed twice: whole entries, and the first word of each entry
// (a phrase search only tries n-grams that start with such a word, so most
// words of a paragraph cost one lookup).
struct CueIndex {
  Lexicon<WordRule> entries;
  WordSet first_words;

  template <typename Table>
  explicit CueIndex(const Table& table) : entries(table), first_words(first_words_of(table)) {}

  template <typename Table>
  static std::vector<std::string_view> first_words_of(const Table& table) {
    std::vector<std::string_view> out;
    for (const WordRule& e : table) {
      std::string_view text = e.text;
      out.push_back(text.substr(0, text.find(' ')));
    }
    return out;
  }
};

// All cue tables, built together on first use (one guard per lookup, not one
// per table), indexed by CueTable.
struct CueIndexes {
  CueIndex lines{rules::kBoilerplateLines}, prefixes{rules::kBoilerplatePrefixes},
      phrases{rules::kBoilerplatePhrases}, bylines{rules::kBylinePrefixes}, captions{rules::kCaptionPrefixes},
      credits{rules::kCreditWords}, platforms{rules::kPlatforms}, months{rules::kMonths},
      date_words{rules::kDateWords}, bio{rules::kBioNouns}, connectives{rules::kConnectiveEnds},
      pronouns{rules::kPronounStarts}, contributors{rules::kContributorPhrases};
  const CueIndex* by_table[13] = {};
  CueIndexes() {
    auto put = [&](CueTable t, const CueIndex& index) { by_table[size_t(t)] = &index; };
    put(CueTable::boilerplate_lines, lines);
    put(CueTable::boilerplate_prefixes, prefixes);
    put(CueTable::boilerplate_phrases, phrases);
    put(CueTable::byline_prefixes, bylines);
    put(CueTable::caption_prefixes, captions);
    put(CueTable::credit_words, credits);
    put(CueTable::platforms, platforms);
    put(CueTable::months, months);
    put(CueTable::date_words, date_words);
    put(CueTable::bio_nouns, bio);
    put(CueTable::connective_ends, connectives);
    put(CueTable::pronoun_starts, pronouns);
    put(CueTable::contributor_phrases, contributors);
  }
};

const CueIndex& cue_index(CueTable table) {
  static const CueIndexes all;
  const CueIndex* index = size_t(table) < std::size(all.by_table) ? all.by_table[size_t(table)] : nullptr;
  return index ? *index : all.lines;
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
  if (f.word_ends.empty() || !index.first_words.contains(f.words_at(0, 1))) return {};
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
    if (!index.first_words.contains(f.words_at(i, 1))) continue;
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
