#include "hedges.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "lexicon.h"
#include "utf8.h"
#include "word_classes.h"

namespace claimscope {

namespace {

// A bitmap over a hash of a word's first and last byte and its length,
// joined into one key: where the hedge set's three separable masks
// (Lexicon::may_contain_word) took three table loads, this takes one, and it
// passes fewer words (4.5% of news tokens against 5.9%). The second byte as
// well passed 3.0%, but cost more in the loop than it saved (native37). No
// false negatives: built from every entry of the set.
class HedgeScreen {
 public:
  explicit HedgeScreen(const WordSet& words) {
    for (const WordSet::Entry& e : words.entries()) {
      if (e.text.empty()) continue;
      const uint32_t h = hash(e.text.data(), e.text.size());
      bits_[h >> 6] |= uint64_t(1) << (h & 63);
    }
  }
  /// False only for a word of no entry's first and last byte and length.
  /// `n` > 0; reads bytes p[0] and p[n - 1] only.
  bool may_contain(const char* p, size_t n) const {
    const uint32_t h = hash(p, n);
    return (bits_[h >> 6] >> (h & 63)) & 1u;
  }

 private:
  static constexpr unsigned kBits = 12;
  static uint32_t hash(const char* p, size_t n) {
    const uint32_t key = uint32_t(uint8_t(p[0])) | uint32_t(uint8_t(p[n - 1])) << 8 | uint32_t(n) << 16;
    return (key * 0x9E3779B1u) >> (32 - kBits);
  }
  uint64_t bits_[(size_t(1) << kBits) / 64] = {};
};

const HedgeScreen& hedge_screen() {
  static const HedgeScreen screen(hedge_words_and_starts());
  return screen;
}

// The first token in [p, end) that may be a hedge word or start a hedge
// phrase: a word that passes the screen. A loop of its own, with nothing live
// but its pointers: inside the constructor's loop, whose rare path makes
// calls and builds a string, GCC kept the index and the count on the stack.
const Token* next_candidate(const Token* p, const Token* end, const HedgeScreen& screen) {
  for (; p != end; ++p) {
    const size_t n = p->lower.size();
    if (n == 0) continue;  // (tokenize makes none; a view put together by hand might)
    // The word test joined to the screen's in one branch: words and marks
    // alternate, and "a word?" alone was a coin toss (a mark's one code point
    // is never a hedge).
    if (int(p->word) & int(screen.may_contain(p->lower.data(), n))) return p;
  }
  return end;
}

// is_month_or_name_may (hedges.h) for token k of n.
bool is_month_or_name_may(const Token* t, size_t n, size_t k) {
  const bool next_digit = k + 1 < n && utf8::is_digit(t[k + 1].first);
  const bool after_word = k > 0 && t[k - 1].word;
  const bool title_case_next = k + 1 < n && t[k + 1].word && t[k + 1].capitalized;
  return claimscope::is_month_or_name_may(after_word, next_digit, title_case_next);
}

}  // namespace

void find_hedges(const ParagraphView& v, std::vector<Span>& hedges) {
  const Token* const t = v.toks.data();
  const size_t n = v.toks.size();
  std::string phrase;  // "word next", one buffer for every two-word lookup
  auto two_words = [&](size_t k) -> std::string_view {
    phrase.assign(t[k].lower);
    phrase += ' ';
    phrase.append(t[k + 1].lower);
    return phrase;
  };
  const WordSet& hedge_words = hedge_words_and_starts();
  const HedgeScreen& screen = hedge_screen();
  for (size_t k = 0;; ++k) {
    k = size_t(next_candidate(t + k, t + n, screen) - t);
    if (k == n) break;
    if (!hedge_words.probe(t[k].lower)) continue;  // starts no hedge phrase and is no hedge word
    if (t[k].capitalized && t[k].lower == "may" && is_month_or_name_may(t, n, k)) continue;
    if (k + 1 < n && t[k + 1].word && may_start_hedge_phrase(t[k].lower) && hedge_id(two_words(k))) {
      hedges.push_back({t[k].span.start, t[k + 1].span.end});
      ++k;
    } else if (hedge_id(t[k].lower)) {
      hedges.push_back(t[k].span);
    }
  }
}

void mark_hedge(std::span<const Span> hedges, size_t& cursor, Claim& claim) {
  // Claims come in text order: the first hedge at or after this claim's start
  // is at or after the last answer, a short walk away (the walks of one
  // paragraph add up to its hedges); a claim that starts earlier searches.
  const uint32_t pos = claim.span.start;
  size_t i = cursor;
  if (i > 0 && hedges[i - 1].start >= pos) {
    i = size_t(std::lower_bound(hedges.begin(), hedges.end(), pos,
                                [](const Span& h, uint32_t p) { return h.start < p; }) -
               hedges.begin());
  } else {
    while (i < hedges.size() && hedges[i].start < pos) ++i;
  }
  cursor = i;
  if (i < hedges.size() && hedges[i].end <= claim.span.end) {
    claim.hedged = true;
    claim.hedge = hedges[i];
    return;
  }
  // A hedge verb that introduces the content hedges it: "The agency estimated that
  // 4,000 homes were damaged", "Officials suggested the fire was set". Only a cue in
  // this paragraph is seen (the cues of a quotation's later paragraph are rare).
  if (claim.cue.end <= claim.cue.start) return;
  const auto at = std::lower_bound(hedges.begin(), hedges.end(), claim.cue.start,
                                  [](const Span& h, uint32_t p) { return h.start < p; });
  if (at != hedges.end() && at->start == claim.cue.start && at->end <= claim.cue.end) {
    claim.hedged = true;
    claim.hedge = *at;
  }
}

}  // namespace claimscope
