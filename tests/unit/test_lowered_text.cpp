// The document's one lower-cased copy (core/lowered_text.h): each lexer reading
// a paragraph from it gives what it gives from a copy of that paragraph alone.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate.h"
#include "evidence_words.h"
#include "lowered_text.h"
#include "paragraphs.h"
#include "tokens.h"

using namespace claimscope;

namespace {

LoweredText lowered_for(std::string_view text, const std::vector<Span>& ranges) {
  LoweredText lowered;
  lowered.build(text);
  for (const Span& r : ranges) lowered.stop_at(r.end);
  return lowered;
}

void check_tokens_same(std::string_view text, Span range, const LoweredText& shared) {
  std::vector<Token> own, from_shared;
  std::string buffer;
  tokenize(text, range, own, buffer);
  tokenize(text, range, from_shared, shared);
  REQUIRE(own.size() == from_shared.size());
  for (size_t i = 0; i < own.size(); ++i) {
    CAPTURE(i);
    CHECK(own[i].span == from_shared[i].span);
    CHECK(own[i].lower == from_shared[i].lower);
    CHECK(own[i].first == from_shared[i].first);
    CHECK(own[i].word == from_shared[i].word);
    CHECK(own[i].capitalized == from_shared[i].capitalized);
    CHECK(own[i].possessive == from_shared[i].possessive);
    CHECK(own[i].hyphenated == from_shared[i].hyphenated);
  }
}

void check_evidence_words_same(std::string_view text, Span range, const LoweredText& shared) {
  EvidenceWords own;
  std::vector<EvidenceWord> from_shared;
  lex_evidence_words(text, range, own);
  lex_evidence_words(text, range, shared, from_shared);
  REQUIRE(own.words.size() == from_shared.size());
  for (size_t i = 0; i < from_shared.size(); ++i) {
    const EvidenceWord &a = own.words[i], &b = from_shared[i];
    CAPTURE(i);
    CHECK(a.span == b.span);
    CHECK(a.text() == b.text());
    CHECK(a.mark == b.mark);
    CHECK(a.digit_first == b.digit_first);
    CHECK(a.capitalized == b.capitalized);
    CHECK(a.run == b.run);
    CHECK(a.len == b.len);
  }
}

// Pieces of my own: ASCII words, numbers with joiners, words with letters
// beyond ASCII, an emoji, curly quotes and apostrophes, runs of marks.
const char* const kPieces[] = {"Mayor", " ", "said", "3.5", "%", "U.S.", "Ödegaard", "ZÜRICH", "’s", "'s", "🙂",
                               "“", "”", "—", "-", "co-chair", "1,200", "21:30", "....", ".", ",", "Mr.", "No.", "7",
                               "Ελλάδα", "x", "é", "\u00a0", "rains", "ABCDEFGHIJKLMNOPQRSTU", "it’s"};

}  // namespace

TEST_CASE("lowered text: both lexers read each paragraph of a shared copy as from their own") {
  // Paragraphs of many lengths, so words run across the copy's 16- and
  // 8-byte steps at every offset and a text ends mid-step.
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (int round = 0; round < 120; ++round) {
    std::string text;
    const int paragraphs = 1 + int(next() % 4);
    for (int p = 0; p < paragraphs; ++p) {
      if (p > 0) text += (next() % 2) ? "\n" : "\n\n";
      const int pieces = 1 + int(next() % 30);
      for (int k = 0; k < pieces; ++k) text += kPieces[next() % (sizeof kPieces / sizeof kPieces[0])];
    }
    CAPTURE(text);
    const std::vector<Paragraph> split = split_paragraphs(text);
    std::vector<Span> spans;
    for (const Paragraph& p : split) spans.push_back(p.span);
    // Evidence words are read before tokenize lower-cases letters beyond ASCII in the copy (as annotate runs them).
    const LoweredText shared = lowered_for(text, spans);
    for (const Span& s : spans) check_evidence_words_same(text, s, shared);
    for (const Span& s : spans) check_tokens_same(text, s, shared);
    for (const Span& s : spans) check_tokens_same(text, s, shared);  // a view built again reads the same
  }
}

TEST_CASE("lowered text: a range ending inside a word stops where a stop is set") {
  // Not what paragraphs do (they are trimmed), but the stop makes a cut word end at the range.
  const std::string text = "Alphabetical SOUP and more words after it";
  const Span range{0, 9};  // "Alphabeti"
  const LoweredText shared = lowered_for(text, {range});
  check_tokens_same(text, range, shared);
  check_evidence_words_same(text, range, shared);
  std::vector<Token> toks;
  tokenize(text, range, toks, shared);
  REQUIRE(toks.size() == 1);
  CHECK(toks[0].lower == "alphabeti");
}

TEST_CASE("lowered text: annotate leaves no pointer to its copy in the document") {
  const Result r = annotate("The Mayor said 3.5% of ÖSTERREICH’s roads closed.\n\n“Fine,” she said.");
  CHECK(r.doc.lowered == nullptr);
  CHECK(r.doc.evidence.size() == 1);
  CHECK(r.doc.quotes.size() == 1);
}
