#include "compare_text.h"

#include <algorithm>

#include "lexicon.h"
#include "rules/compare_stems.h"
#include "rules/cues.h"
#include "rules/compare_words.h"
#include "utf8.h"
#include "word_classes.h"

namespace claimscope {
namespace {

bool is_negation(const std::string& w) { return lexicon<rules::kPredicateNegations>().contains(w); }
bool is_copula(const std::string& w) { return lexicon<rules::kCopulas>().contains(w); }

// Words between a copula and its complement that leave the complement the
// assertion: negations ("is not wrong") and adverbs in -ly ("is clearly wrong").
bool predicate_filler(const std::string& lower) {
  return is_negation(lower) || (lower.size() > 4 && lower.compare(lower.size() - 2, 2, "ly") == 0);
}

// Sets c.verdict from the claim's words (lower case, text order): a verdict
// word that follows a copula, or that ends the claim (the clause of a naming
// verb, "called the charges baseless").
void find_verdict(const std::vector<std::string>& lower, ClaimContent& c) {
  for (size_t k = 0; k < lower.size(); ++k) {
    if (!lexicon<rules::kJudgementWords>().contains(lower[k])) continue;
    bool negated = false;
    size_t j = k;
    while (j > 0 && predicate_filler(lower[j - 1])) negated = negated || is_negation(lower[--j]);
    bool after_copula = j > 0 && is_copula(lower[j - 1]);
    if (after_copula) negated = negated || is_negation(lower[j - 1]);
    if (after_copula || k + 1 == lower.size()) {
      c.verdict = true;
      c.verdict_negated = negated;
      c.verdict_term = stem_word(lower[k]);
      return;
    }
  }
}

const Lexicon<rules::NumberWord>& number_words() {
  static const Lexicon<rules::NumberWord> lex(rules::kNumberDigits);
  return lex;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string strip_possessive(std::string_view w) {
  if (ends_with(w, "\xE2\x80\x99s")) return std::string(w.substr(0, w.size() - 4));
  if (ends_with(w, "'s")) return std::string(w.substr(0, w.size() - 2));
  if (ends_with(w, "\xE2\x80\x99") || ends_with(w, "'")) return std::string(w.substr(0, w.size() - (w.back() == '\'' ? 1 : 3)));
  return std::string(w);
}

bool apostrophe(char32_t cp) { return cp == '\'' || cp == U'\u2019'; }
bool inner_joiner(char32_t cp) { return apostrophe(cp) || cp == '-' || cp == U'\u2010' || cp == '.' || cp == ','; }

// Digits of a number word ("1,000" -> "1000", "2014" -> "2014"); empty if none.
std::string digits_of(std::string_view w) {
  std::string out;
  for (char c : w) {
    if (c >= '0' && c <= '9') out.push_back(c);
    else if (c != ',' && c != '.') return out.empty() ? std::string() : out;
  }
  return out;
}

uint32_t fnv1a(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

// 4-grams of " word " (spaces mark the edges) over bytes; enough for Latin
// spelling drift ("Anthony"/"Antony", "withdraw"/"withdrawal").
void add_grams(std::string_view word, std::vector<uint32_t>& out) {
  std::string padded;
  padded.reserve(word.size() + 2);
  padded.push_back(' ');
  padded.append(word);
  padded.push_back(' ');
  if (padded.size() < 4) return;
  for (size_t i = 0; i + 4 <= padded.size(); ++i) out.push_back(fnv1a(std::string_view(padded).substr(i, 4)));
}

// Names are compared on their first kNamePrefix code points, so that a place
// and its adjective meet across outlets and translations ("Crimea"/"Crimean",
// "Ukraine"/"Ukrainian"); the English suffix rules do not fit names.
constexpr size_t kNamePrefix = 5;

std::string name_key(std::string_view lower_word) {
  size_t i = 0;
  for (size_t n = 0; i < lower_word.size() && n < kNamePrefix; ++n) i += utf8::decode(lower_word, i).len;
  return std::string(lower_word.substr(0, i));
}

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

std::string stem_word(std::string_view lower_word) {
  std::string w = strip_possessive(lower_word);
  bool ascii = std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
  if (!ascii) return w;  // suffix rules are English; leave other scripts and numbers alone
  for (const auto& rule : rules::kSuffixRules) {
    std::string_view suffix = rule.suffix;
    if (ends_with(w, suffix) && w.size() >= suffix.size() + rule.min_stem) {
      w.resize(w.size() - suffix.size());
      w += rule.replacement;
      break;
    }
  }
  if (w.size() > rules::kFinalEMinStem && w.back() == 'e') w.pop_back();
  return w;
}

ClaimContent claim_content(std::string_view text, Span span, const std::vector<Span>& skip) {
  ClaimContent c;
  bool lower_case_seen = false;  // some content word starts with a lower-case letter (or is not a letter)
  size_t i = span.start;
  size_t next_skip = 0;
  const size_t end = std::min<size_t>({span.end, text.size(), size_t(span.start) + kMaxCompareBytes});
  std::vector<std::string> lower_words;  // every word kept, lower case, for find_verdict
  while (i < end && c.words.size() < kMaxCompareWords) {
    auto d = utf8::decode(text, i);
    if (!utf8::is_word(d.cp) || apostrophe(d.cp)) { i += d.len; continue; }
    size_t j = i + d.len;
    while (j < end) {
      auto n = utf8::decode(text, j);
      if (utf8::is_word(n.cp) && !apostrophe(n.cp)) { j += n.len; continue; }
      // Joiners stay inside a word only between word characters ("U.S.", "1,000", "Russia's").
      if (inner_joiner(n.cp) && j + n.len < end) {
        auto after = utf8::decode(text, j + n.len);
        if (utf8::is_word(after.cp) && !apostrophe(after.cp)) { j += n.len; continue; }
      }
      break;
    }
    while (next_skip < skip.size() && skip[next_skip].end <= i) ++next_skip;
    if (next_skip < skip.size() && skip[next_skip].start <= i) { i = j; continue; }
    CompareWord w;
    w.span = {uint32_t(i), uint32_t(j)};
    std::string lower = utf8::lower(text.substr(i, j - i));
    // Reporting verbs say how a claim was attributed, not what it claims
    // ("said", "told", "announced"): outlets swap them freely.
    w.stop = lexicon<rules::kCompareStopWords>().contains(lower) || is_cue_verb(lower);
    w.term = utf8::is_upper(d.cp) ? name_key(strip_possessive(lower)) : stem_word(lower);
    if (!w.stop) {
      std::string digits = digits_of(lower);
      if (const auto* n = number_words().find(lower)) digits = n->digits;
      if (!digits.empty()) c.numbers.push_back(digits), w.term = digits;
      c.terms.push_back(w.term);
      if (!utf8::is_upper(d.cp)) c.plain.push_back(w.term), lower_case_seen = true;
      if (digits.empty()) add_grams(strip_possessive(lower), c.grams);
    }
    c.words.push_back(std::move(w));
    lower_words.push_back(std::move(lower));
    i = j;
  }
  find_verdict(lower_words, c);
  sort_unique(c.terms);
  // A line in capitals (a tabloid headline) has no case to tell names by:
  // all its terms count. (A claim's first word, capitalised as a sentence
  // start, is taken for a name: a known approximation.)
  if (!lower_case_seen) c.plain = c.terms;
  sort_unique(c.plain);
  sort_unique(c.numbers);
  std::sort(c.grams.begin(), c.grams.end());
  c.grams.erase(std::unique(c.grams.begin(), c.grams.end()), c.grams.end());
  return c;
}

}  // namespace claimscope
