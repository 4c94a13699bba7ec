#include "paragraph_view.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "quote_marks.h"
#include "utf8.h"

namespace claimscope {
namespace {

// quote_of is kNone but for the quotes' tokens: natively set at once by a
// fill (a memset), not by a store per token in the sentence loop (-0.7 M
// instructions per MB); the page's module keeps the store (the fill was
// ~100 bytes of it).
#if defined(__wasm__)
constexpr bool kFillQuoteOf = false;
#else
constexpr bool kFillQuoteOf = true;
#endif

bool is_closing_mark(const Token& t) {
  if (t.word) return false;
  MarkInfo m = classify_mark(t.first);
  return m.is_mark && m.role != MarkRole::opens;
}

bool is_opening_mark(const Token& t) {
  if (t.word) return false;
  MarkInfo m = classify_mark(t.first);
  return m.is_mark && m.role != MarkRole::closes;
}

// A sentence ends at . ! ? (possibly followed by a closing mark) before a
// capitalised word or an opening mark. Words that keep their dot ("U.S.",
// "Gen.", "No." before a number: tokens.cpp) are single tokens, so they never
// end a sentence here.
//
// Only a terminal or a closing mark can come right before such an end: one
// table test on the first code point of the token before k decides the
// usual case. A word starts with an ASCII letter or digit, which the table
// rejects, or with a character beyond ASCII (index 0x80), which goes on to
// the full test like any non-ASCII mark; that test rejects a word. So the
// token's `word` flag is not asked first: GCC made `!word & table` two
// branches, and "a word before?" mispredicted at nearly every mark in text
// the predictor has not seen.
constexpr std::array<bool, 0x81> kMayEndAfter = [] {
  std::array<bool, 0x81> t{};
  for (char32_t c = 0; c < 0x80; ++c) t[c] = (utf8::ascii::kClasses[c] & utf8::ascii::kTerminal) || detail::kAsciiMarks[c].is_mark;
  t[0x80] = true;
  return t;
}();
// The same by a token's first byte: every byte beyond ASCII as 0x80.
constexpr std::array<bool, 256> kMayEndAfterByte = [] {
  std::array<bool, 256> t{};
  for (size_t c = 0; c < 256; ++c) t[c] = kMayEndAfter[c < 0x80 ? c : 0x80];
  return t;
}();
// What lets ends_sentence_before skip the `word` flag: no ASCII word start passes.
constexpr bool no_word_start_may_end() {
  for (char32_t c = 0; c < 0x80; ++c) {
    if ((utf8::ascii::kClasses[c] & utf8::ascii::kWord) && kMayEndAfter[c]) return false;
  }
  return true;
}
static_assert(no_word_start_may_end());

bool ends_sentence_before(const Token* toks, size_t k) {
  // After a word nothing ends (a word is no mark, nor closing), nor after a
  // mark that is neither terminal nor a quotation mark: the usual case.
  // The table is read at the token's first lowered byte (every token has
  // one; a character beyond ASCII starts with a byte of 0x80 or more):
  // one load and one test, no bound on the code point.
  if (!kMayEndAfterByte[static_cast<unsigned char>(toks[k - 1].lower[0])]) return false;
  const Token& next = toks[k];
  if (!(next.capitalized || is_opening_mark(next) || (next.word && utf8::is_digit(next.first)))) return false;
  size_t p = k - 1;
  // A mark glued to the word before it closes a quote (“…end.” Next).
  if (p > 0 && is_closing_mark(toks[p]) && toks[p].span.start == toks[p - 1].span.end) --p;
  return !toks[p].word && utf8::is_terminal(toks[p].first);
}

}  // namespace

uint32_t ParagraphViews::batch_end(uint32_t first) const {
  const std::vector<Paragraph>& paragraphs = doc_.paragraphs;
  const uint32_t last = uint32_t(std::min<size_t>(paragraphs.size(), size_t(first) + kMaxBatch));
  uint32_t end = first;
  size_t bytes = 0;
  while (end < last) {
    bytes += paragraphs[end].span.size();
    if (end > first && bytes > doc_.attribution_batch_bytes) break;
    ++end;
  }
  return end;
}

void ParagraphViews::build(uint32_t p, ParagraphView& v) {
  const Document& doc = doc_;
  // A slot that held a long paragraph (a 50 MB one is possible) keeps no
  // more than a few thousand tokens' buffers for the shorter ones after it:
  // kSlots slots of a long paragraph's buffers would hold many times the text.
  constexpr size_t kKeepTokens = 2048;
  if (v.toks.capacity() > kKeepTokens && doc.paragraphs[p].span.size() < v.toks.capacity()) v = ParagraphView{};
  v.paragraph = p;
  // annotate() lower-cases the document once for its lexers (v.lowered then stays empty).
#if !defined(__wasm__)
  evidence_of_ = kNotHeld;
#endif
  if (doc.lowered) {
#if !defined(__wasm__)
    if (evidence_words_ && evidence_in_walk(p)) {
      tokenize(doc.text, doc.paragraphs[p].span, v.toks, *doc.lowered, evidence_);
      evidence_of_ = p;
    } else
#endif
      tokenize(doc.text, doc.paragraphs[p].span, v.toks, *doc.lowered);
  } else {
    tokenize(doc.text, doc.paragraphs[p].span, v.toks, v.lowered);
  }
  // Both are written in full below (quote_of by the fill or in the sentence
  // loop, kFillQuoteOf): resize without a fill.
  v.quote_of.resize(v.toks.size());
  if (kFillQuoteOf) std::fill(v.quote_of.begin(), v.quote_of.end(), kNone);
  v.sentence_start.resize(v.toks.size());
  // Paragraphs are mostly asked for in order: start the search where the
  // last one ended (the next paragraph's quotes and sentences start there:
  // no step at all, where a start at the last one's first sentence stepped
  // over its sentences, a count the predictor cannot know), stepping back
  // when going back (a paragraph before the last built one is asked for late
  // when attribution skipped it), not from the beginning: that would be a
  // scan of the document per step back. Right after paragraph p - 1 (the
  // usual case) the search is no step at all, and is not run: one test.
  const Quote* quotes = doc.quotes.data();
  const Sentence* sentences = doc.sentences.data();
  const size_t n_quotes = doc.quotes.size(), n_sentences = doc.sentences.size();
  size_t q = quote_, s = sentence_;
  if (p != last_built_ + 1) {
    while (q > 0 && quotes[q - 1].paragraph >= p) --q;
    while (s > 0 && sentences[s - 1].paragraph >= p) --s;
    while (q < n_quotes && quotes[q].paragraph < p) ++q;
    while (s < n_sentences && sentences[s].paragraph < p) ++s;
  }
  last_built_ = p;
  const size_t n = v.toks.size();
  v.has_quote = q < n_quotes && quotes[q].paragraph == p;
  // The segmenter's next sentence start, kept in a local: one compare per
  // token instead of the bounds and the load of the sentence each time. The
  // next paragraphs' sentences start after this paragraph's last token, so
  // the walk needs no end of its own sentences (finding it was a loop of a
  // count the predictor cannot know): it stops at the first sentence that
  // starts after the last token, where the next paragraph's search starts.
  size_t si = s;
  auto start_of = [&](size_t i) { return i < n_sentences ? sentences[i].span.start : UINT32_MAX; };
  uint32_t next_start = start_of(si);
  uint32_t start = 0;
  // Plain pointers in the token loop: GCC reloaded the tokens' address from
  // the vector at every token.
  const Token* toks = v.toks.data();
  uint32_t* starts = v.sentence_start.data();
  if (n > 0) {
    while (next_start <= v.toks[0].span.start) next_start = start_of(++si);
    v.sentence_start[0] = 0;
    if (!kFillQuoteOf) v.quote_of[0] = kNone;
  }
  for (size_t k = 1; k < n; ++k) {
    const uint32_t at = toks[k].span.start;
    if (!kFillQuoteOf) v.quote_of[k] = kNone;
    bool segmenter_start = false;
    if (next_start <= at) {  // rare: once per sentence the segmenter found
      segmenter_start = true;
      do next_start = start_of(++si);
      while (next_start <= at);
    }
    if (segmenter_start || ends_sentence_before(toks, k)) start = uint32_t(k);
    starts[k] = start;
  }
  sentence_ = si;
  // Most paragraphs have no quotation: their tokens keep kNone. A token
  // belongs to the first quote that ends after it starts, if that quote
  // starts at or before it: quote qi has the tokens that start in
  // [max(its start, the ends before it), its end): two tight loops per
  // quote, not every token tested against the quotes.
  uint32_t covered = 0;  // the latest end of the quotes before qi
  size_t qi = q;
  for (size_t k = 0; qi < n_quotes && quotes[qi].paragraph == p; ++qi) {
    const Span quote = quotes[qi].span;
    const uint32_t from = std::max(covered, quote.start);
    covered = std::max(covered, quote.end);
    if (from >= quote.end) continue;
    while (k < n && v.toks[k].span.start < from) ++k;
    for (; k < n && v.toks[k].span.start < quote.end; ++k) v.quote_of[k] = int32_t(qi);
  }
  quote_ = qi;
}

size_t ParagraphViewBuffers::counted_bytes() const {
  size_t n = slots.capacity() * sizeof(ParagraphView) + evidence.capacity() * sizeof(EvidenceWord);
  for (const ParagraphView& v : slots) n += bytes_of(v);
  return n;
}

size_t token_at_or_after(const ParagraphView& v, uint32_t pos) {
  auto it = std::lower_bound(v.toks.begin(), v.toks.end(), pos,
                             [](const Token& t, uint32_t p) { return t.span.start < p; });
  return size_t(it - v.toks.begin());
}

size_t token_at_or_after(const ParagraphView& v, uint32_t pos, size_t from) {
  // Galloping: steps of 1, 2, 4… from `from` bracket the answer, then a binary
  // search inside the bracket. Tokens before `lo` start before pos; toks[hi]
  // starts at or after it (or hi is past the end).
  const size_t n = v.toks.size();
  size_t lo = from, hi = from, step = 1;
  while (hi < n && v.toks[hi].span.start < pos) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  auto it = std::lower_bound(v.toks.begin() + lo, v.toks.begin() + std::min(hi, n), pos,
                             [](const Token& t, uint32_t p) { return t.span.start < p; });
  return size_t(it - v.toks.begin());
}

}  // namespace claimscope
