// find_hedges and mark_hedge, as attribution calls them: a paragraph's hedge
// cues found once, then each claim marked from them. mark_hedge walks on from
// its last answer (claims come in text order); in any order of claims it must
// answer as a fresh cursor does.
#include <doctest/doctest.h>

#include <span>
#include <string>
#include <vector>

#include "hedges.h"
#include "rules/hedges.h"
#include "tokens.h"
#include "utf8.h"
#include "word_classes.h"

using namespace claimscope;

namespace {

// One paragraph's hedge cues and mark_hedge's cursor over them, as
// attribution keeps them for a paragraph where claims start.
class Hedges {
 public:
  explicit Hedges(const ParagraphView& v) { find_hedges(v, spans_); }
  void mark(Claim& claim) { mark_hedge(spans_, cursor_, claim); }

 private:
  std::vector<Span> spans_;
  size_t cursor_ = 0;
};

Span span_of(const std::string& text, const std::string& part) {
  const size_t at = text.find(part);
  REQUIRE(at != std::string::npos);
  return {uint32_t(at), uint32_t(at + part.size())};
}

}  // namespace

TEST_CASE("mark_hedge: the first hedge inside the claim, in any order of claims") {
  const std::string text =
      "The ferry could leave early, the harbour office said, and the tolls may rise, reportedly by a lot.";
  ParagraphView v;
  tokenize(text, {0, uint32_t(text.size())}, v.toks, v.lowered);
  const std::vector<Span> claims = {
      span_of(text, "The ferry could leave early"), span_of(text, "the harbour office said"),
      span_of(text, "the tolls may rise"), span_of(text, "the tolls may rise, reportedly by a lot"),
      span_of(text, "by a lot"), span_of(text, "reportedly by a lot")};
  auto fresh = [&](Span s) {
    Claim c;
    c.span = s;
    Hedges(v).mark(c);
    return c;
  };
  CHECK(fresh(claims[0]).hedged);
  CHECK(fresh(claims[0]).hedge == span_of(text, "could"));
  CHECK_FALSE(fresh(claims[1]).hedged);
  CHECK(fresh(claims[2]).hedge == span_of(text, "may"));
  CHECK_FALSE(fresh(claims[4]).hedged);
  CHECK(fresh(claims[5]).hedge == span_of(text, "reportedly"));
  // One cursor, claims in text order, then going back and forth.
  Hedges index(v);
  for (size_t order : {0, 1, 2, 3, 4, 5, 2, 0, 5, 1, 4, 3, 0}) {
    Claim c;
    c.span = claims[order];
    index.mark(c);
    const Claim expected = fresh(claims[order]);
    CHECK(c.hedged == expected.hedged);
    CHECK(c.hedge == expected.hedge);
  }
}

namespace {

// The hedges of a paragraph by the word_classes lookups, one token at a time
// (find_hedges joins the word test and a screen of the set in one branch).
std::vector<Span> slow_hedges(const ParagraphView& v) {
  std::vector<Span> out;
  const auto& t = v.toks;
  for (size_t k = 0; k < t.size(); ++k) {
    if (!t[k].word || !hedge_words_and_starts().contains(t[k].lower)) continue;
    if (t[k].capitalized && t[k].lower == "may" && k + 1 < t.size() && utf8::is_digit(t[k + 1].first)) continue;
    if (k + 1 < t.size() && t[k + 1].word && may_start_hedge_phrase(t[k].lower) &&
        hedge_id(std::string(t[k].lower) + " " + std::string(t[k + 1].lower))) {
      out.push_back({t[k].span.start, t[k + 1].span.end});
      ++k;
    } else if (hedge_id(t[k].lower)) {
      out.push_back(t[k].span);
    }
  }
  return out;
}

// For a claim from each token to the end: the first hedge mark_hedge gives.
std::vector<Span> first_hedges(const ParagraphView& v, uint32_t end) {
  std::vector<Span> out;
  for (const Token& t : v.toks) {
    Claim c;
    c.span = {t.span.start, end};
    Hedges(v).mark(c);
    out.push_back(c.hedged ? c.hedge : Span{0, 0});
  }
  return out;
}

}  // namespace

TEST_CASE("find_hedges finds what the word lookups find, next to marks and in two-word phrases") {
  const std::string text =
      "\xE2\x80\x9CMaybe,\xE2\x80\x9D she wrote; the pier (possibly) flooded. It was not clear who could tell, "
      "May 5, or whether \xE2\x80\x98might\xE2\x80\x99 was right. Not known: the cost, roughly 40%. "
      "Would it? It appears so \xE2\x80\x94 reportedly. may, MAY; mayor mightily coulds.";
  ParagraphView v;
  tokenize(text, {0, uint32_t(text.size())}, v.toks, v.lowered);
  const std::vector<Span> want = slow_hedges(v);
  CHECK(want.size() >= 10);
  std::vector<Span> expected;
  for (const Token& t : v.toks) {
    Span first{0, 0};
    for (const Span& h : want)
      if (h.start >= t.span.start) { first = h; break; }
    expected.push_back(first);
  }
  CHECK(first_hedges(v, uint32_t(text.size())) == expected);
}

TEST_CASE("find_hedges passes over a hand-made token with no text") {
  ParagraphView v;
  const std::string text = "it could rain";
  tokenize(text, {0, uint32_t(text.size())}, v.toks, v.lowered);
  Token empty = v.toks[0];
  empty.lower = std::string_view();
  v.toks.insert(v.toks.begin() + 1, empty);
  Claim c;
  c.span = {0, uint32_t(text.size())};
  Hedges(v).mark(c);
  CHECK(c.hedged);
  CHECK(c.hedge == Span{3, 8});
}

namespace {

// The first hedge found in `text` taken as one claim, as text.
std::string first_hedge_in(const std::string& text) {
  ParagraphView v;
  tokenize(text, {0, uint32_t(text.size())}, v.toks, v.lowered);
  Claim c;
  c.span = {0, uint32_t(text.size())};
  Hedges(v).mark(c);
  return c.hedged ? text.substr(c.hedge.start, c.hedge.size()) : std::string();
}

}  // namespace

TEST_CASE("find_hedges finds every hedge word and phrase, and not words that share their ends and length") {
  // Each table entry in a sentence of its own, first, inside and last.
  for (std::span<const WordRule> table : {std::span<const WordRule>(rules::kHedgeWords),
                                         std::span<const WordRule>(rules::kHedgePhrases)}) {
    for (const WordRule& r : table) {
      const std::string w = r.text;
      CAPTURE(w);
      CHECK(first_hedge_in(w + " the tide turns.") == w);
      CHECK(first_hedge_in("The tide " + w + " turn.") == w);
      CHECK(first_hedge_in("Then the tide, " + w) == w);
    }
  }
  // Same first letter, last letter and length as a hedge: none is one.
  for (const char* near : {"world", "wound", "cloud", "mdy", "scam", "stem", "trunk", "thank", "nut", "net"}) {
    CAPTURE(near);
    CHECK(first_hedge_in(std::string("The ") + near + " fell in the " + near + " again, " + near) == "");
  }
  // One-letter words and marks pass by, the hedge after them is found.
  CHECK(first_hedge_in("A \xE2\x80\x9Cq\xE2\x80\x9D, a ; i - it appears so") == "it appears");
}
