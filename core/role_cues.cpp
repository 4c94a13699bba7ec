#include "role_cues.h"

#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/roles.h"
#include "utf8.h"

namespace claimscope {

namespace {

// A cue table indexed twice: whole entries, and the first word of each entry
// (a phrase search only tries n-grams that start with such a word, so most
// words of a paragraph cost one lookup).
struct CueIndex {
  Lexicon<WordRule> entries;
  WordSet first_words;  // views into the table's static strings

  template <typename Table>
  explicit CueIndex(const Table& table) : entries(table), first_words(first_words_of(table)) {}

  template <typename Table>
  static std::vector<std::string_view> first_words_of(const Table& table) {
    std::vector<std::string_view> out;
    out.reserve(std::size(table));
    for (const WordRule& e : table) {
      std::string_view text = e.text;
      out.push_back(text.substr(0, text.find(' ')));
    }
    return out;
  }
};

// All cue tables, built together on first use (one guard per lookup, not one
// per table), in the order of CueTable.
struct CueIndexes {
  CueIndex tables[13] = {
      CueIndex(rules::kBoilerplateLines),  CueIndex(rules::kBoilerplatePrefixes), CueIndex(rules::kBoilerplatePhrases),
      CueIndex(rules::kBylinePrefixes),    CueIndex(rules::kCaptionPrefixes),    CueIndex(rules::kCreditWords),
      CueIndex(rules::kPlatforms),         CueIndex(rules::kMonths),             CueIndex(rules::kDateWords),
      CueIndex(rules::kBioNouns),          CueIndex(rules::kConnectiveEnds),     CueIndex(rules::kPronounStarts),
      CueIndex(rules::kContributorPhrases),
  };
  static_assert(size_t(CueTable::contributor_phrases) == 12, "one index per CueTable, in its order");

  // Every table's first words at once: a paragraph looks its first word up
  // once (first_word_tables) instead of once per table.
  struct FirstWord {
    std::string_view text;  // a view into a rule table's static strings
    uint32_t tables;        // bit t: a phrase of CueTable t starts with this word
  };
  std::vector<FirstWord> first_word_entries;
  std::optional<Lexicon<FirstWord>> first_words;

  // Built through the tables' own first-word indexes (a word is added once,
  // at the first table that has it, with the bits of all): no node map and no
  // copies of the words, which were most of this set-up's cost.
  CueIndexes() {
    size_t total = 0;
    for (const CueIndex& index : tables) total += index.first_words.entries().size();
    first_word_entries.reserve(total);
    for (size_t t = 0; t < std::size(tables); ++t) {
      for (const WordSet::Entry& w : tables[t].first_words.entries()) {
        // A repeat within its table: the index holds its first entry.
        if (tables[t].first_words.find(w.text) != &w) continue;
        uint32_t bits = 0;
        for (size_t u = 0; u < std::size(tables); ++u) {
          if (tables[u].first_words.contains(w.text)) bits |= uint32_t(1) << u;
        }
        if (bits & ((uint32_t(1) << t) - 1)) continue;  // added with an earlier table
        first_word_entries.push_back({w.text, bits});
      }
    }
    first_words.emplace(first_word_entries);
  }
};

const CueIndexes& cue_indexes() {
  static const CueIndexes all;
  return all;
}

const CueIndex& cue_index(CueTable table) { return cue_indexes().tables[size_t(table)]; }

}  // namespace

const Lexicon<WordRule>& cue_lexicon(CueTable table) { return cue_index(table).entries; }

uint32_t first_word_tables(std::string_view word) {
  const auto* hit = cue_indexes().first_words->find(word);
  return hit ? hit->tables : 0;
}

// The quick answers (no words, or one word that starts no entry) were given
// by the inline callers in role_cues.h.

CueHit find_whole_line_cue(CueTable table, const ParagraphFeatures& f) {
  if (const WordRule* r = cue_lexicon(table).find(f.key())) return {r, f.words};
  return {};
}

CueHit find_prefix_cue(CueTable table, const ParagraphFeatures& f, size_t max_words) {
  const auto& index = cue_index(table);  // after the test: it goes through a guarded static
  size_t n = std::min(max_words, f.word_ends().size());
  for (; n > 0; --n) {
    if (const WordRule* r = index.entries.find(f.first_words(n))) return {r, n};
  }
  return {};
}

// word_case's first word start: the first code point that is a word
// character (an apostrophe only continues a word, so it never starts one).
bool first_word_capitalised(std::string_view text, Span span) {
  for (size_t pos = span.start; pos < span.end;) {
    const utf8::Decoded d = utf8::decode(text, pos);
    if (utf8::is_word(d.cp)) return utf8::is_upper(d.cp);
    pos += d.len;
  }
  return false;
}

CueHit find_phrase_cue(CueTable table, const ParagraphFeatures& f, size_t max_words) {
  const auto& index = cue_index(table);
  const WordEnds ends = f.word_ends();
  const size_t count = ends.size();
  auto phrase_at = [&](size_t i) -> CueHit {
    for (size_t n = 1; n <= max_words && i + n <= count; ++n) {
      if (const WordRule* r = index.entries.find(f.words_at(i, n))) return {r, n};
    }
    return {};
  };
  if (count == 0) return {};
  if (starts_table(table, f)) {
    if (CueHit hit = phrase_at(0)) return hit;
  }
  // Each word is cut from the key between the ends around it: words_at()'s
  // range tests and the view's own were most of the work per word, which
  // mostly starts no entry.
  const char* key = f.key().data();
  for (size_t i = 1; i < count; ++i) {
    const uint32_t begin = ends[i - 1] + 1;  // past the joining space
    if (!index.first_words.contains(std::string_view(key + begin, ends[i] - begin))) continue;
    if (CueHit hit = phrase_at(i)) return hit;
  }
  return {};
}

CueHit find_suffix_cue(CueTable table, const ParagraphFeatures& f) {
  size_t count = f.word_ends().size();
  const auto& lex = cue_lexicon(table);
  for (size_t n = std::min<size_t>(2, count); n > 0; --n) {
    if (const WordRule* r = lex.find(f.words_at(count - n, n))) return {r, n};
  }
  return {};
}

}  // namespace claimscope
