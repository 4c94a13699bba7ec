// token_upper_bound must never be below what the token and evidence lexers
// make of the same text: the arrays are reserved from it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "evidence_words.h"
#include "token_bound.h"
#include "tokens.h"

using namespace claimscope;

namespace {

void check_bound(const std::string& text) {
  std::vector<Token> toks;
  std::string lowered;
  tokenize(text, {0, uint32_t(text.size())}, toks, lowered);
  EvidenceWords words;
  lex_evidence_words(text, {0, uint32_t(text.size())}, words);
  const size_t bound = token_upper_bound(text, 0, text.size());
  INFO(text);
  CHECK(bound >= toks.size());
  CHECK(bound >= words.words.size());
}

}  // namespace

TEST_CASE("token_upper_bound is at least the tokens and evidence words") {
  check_bound("");
  check_bound("The ferry board said the timetable “would hold,” she added.");
  check_bound("Mr. and Mrs. Okafor's U.S.-made boat cost $4,500.50 (about €4.1m) in 2019...");
  check_bound("don't, can't... ‘’“”\"'«»—–-!!!!?? ----- ....");
  check_bound("Café résumé naïve Zürich São Paulo Ærø\u00a0Kraków 東京 서울 Москва");
  check_bound("x\ty\nz\r\n\x01\x7f end");
  check_bound("J. R. Tolkien, Ph.D., 3.14, 10:42, 1,000,000; a/b @c #d");
}

TEST_CASE("tokens_to_reserve: the probe's bound for prose and quotation marks, the exact count for runs of marks") {
  // Text as even as these: the probe's density over the whole text, with an
  // eighth to spare, covers the whole text's bound and wastes little.
  auto covers_bound = [](const std::string& text, size_t reserve) {
    const size_t bound = token_upper_bound(text, 0, text.size());
    return reserve >= bound && reserve <= bound + bound / 8 + 64;
  };
  std::string prose;
  while (prose.size() < 300000) prose += "The harbour council voted on the new ferry timetable today. ";
  size_t exact_calls = 0;
  auto exact = [&] { ++exact_calls; return size_t(7); };
  CHECK(covers_bound(prose, tokens_to_reserve(prose, 0, prose.size(), exact)));
  CHECK(exact_calls == 0);
  std::string dots(300000, '.');
  CHECK(tokens_to_reserve(dots, 0, dots.size(), exact) == 7);
  CHECK(exact_calls == 1);
  // Curly and straight quotation marks: a token each, so the bound is the
  // count (four per eight bytes) and no counting pass is run.
  std::string marks;
  while (marks.size() < 300000) marks += "\"\u201C\u201D'";
  CHECK(covers_bound(marks, tokens_to_reserve(marks, 0, marks.size(), exact)));
  CHECK(exact_calls == 1);
  // Prose and then a long stretch of marks: a sample past the probe sees the
  // denser part, and the reserve still covers the whole.
  std::string mixed = prose + marks;
  CHECK(tokens_to_reserve(mixed, 0, mixed.size(), exact) >= token_upper_bound(mixed, 0, mixed.size()));
  CHECK(exact_calls == 1);
  // A short text is its own probe.
  std::string short_prose = "The ferry left at noon.";
  CHECK(covers_bound(short_prose, tokens_to_reserve(short_prose, 0, short_prose.size(), exact)));
}
