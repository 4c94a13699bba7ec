// annotate() finds a document's quotations a stretch of paragraphs at a
// time, in its walk over the sentences (core/annotate.cpp): the result must
// be find_quotes' over the whole document, whatever paragraph a stretch ends
// on, a quotation that runs on into the next paragraph included.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate.h"
#include "paragraphs.h"
#include "quotes.h"

using namespace claimscope;

namespace {

void check_same_quotes(const std::vector<Quote>& got, const std::vector<Quote>& want) {
  REQUIRE(got.size() == want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    CAPTURE(i);
    CHECK(got[i].span == want[i].span);
    CHECK(got[i].paragraph == want[i].paragraph);
    CHECK(got[i].group == want[i].group);
    CHECK(got[i].unclosed == want[i].unclosed);
    CHECK(got[i].scare == want[i].scare);
  }
}

// A paragraph of plain sentences of our own, `bytes` long (ends on a period).
std::string filler(size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += "The ferry left the harbor at noon and the crew checked the ropes twice. ";
  out.resize(bytes);
  out.back() = '.';
  return out;
}

// A quotation over two paragraphs (the first left open, the second opening
// again), one closed in a paragraph of its own, and one never closed.
const char* const kQuotedParagraphs =
    "\xE2\x80\x9CWe will rebuild the pier before the summer season,\n\n"
    "\xE2\x80\x9C" "and the boats will be back by June,\xE2\x80\x9D said Lena Ortiz, the harbor master.\n\n"
    "The mayor called it \xE2\x80\x9C" "a fair plan\xE2\x80\x9D on Monday.\n\n"
    "\xE2\x80\x9CNobody asked the fishermen, a neighbor wrote.\n\n";

}  // namespace

TEST_CASE("quotes found in consecutive stretches of paragraphs, then joined, are find_quotes'") {
  std::string text;
  for (int i = 0; i < 6; ++i) text += filler(200 + 37 * i) + "\n\n" + kQuotedParagraphs;
  std::vector<Paragraph> paragraphs;
  split_paragraphs_into(text, paragraphs);
  const std::vector<Quote> whole = find_quotes(text, paragraphs);
  REQUIRE(whole.size() >= 24);
  const uint32_t n = uint32_t(paragraphs.size());
  // Every stretch length, so that a stretch ends on every paragraph
  // (between the two halves of the quotation over two paragraphs too).
  for (uint32_t stretch = 1; stretch <= n; ++stretch) {
    CAPTURE(stretch);
    std::vector<Quote> quotes;
    for (uint32_t b = 0; b < n; b += stretch) find_quotes_in_paragraphs(text, paragraphs, b, std::min(n, b + stretch), quotes);
    join_quotes_across_paragraphs(text, paragraphs, quotes);
    check_same_quotes(quotes, whole);
  }
}

TEST_CASE("annotate(): a quotation over two paragraphs across the end of a stretch is one group") {
  // The first paragraph ends just short of annotate()'s 32 KB stretch, so the
  // stretch ends after the next one: the quotation's first half.
  std::string text = filler(32740) + "\n\n" + kQuotedParagraphs + filler(5000) + "\n\n" + kQuotedParagraphs;
  Result r = annotate(text);
  REQUIRE(r.ok());
  check_same_quotes(r.doc.quotes, find_quotes(r.doc.text, r.doc.paragraphs));
  REQUIRE(r.doc.quotes.size() >= 2);
  const Quote& open = r.doc.quotes[0];
  const Quote& rest = r.doc.quotes[1];
  CHECK(open.paragraph == 1);
  CHECK(r.doc.paragraphs[0].span.end < 32 * 1024);  // the stretch did end after the quotation's first half
  CHECK(r.doc.paragraphs[1].span.end >= 32 * 1024);
  CHECK(rest.paragraph == 2);
  CHECK(open.group != kNone);
  CHECK(open.group == rest.group);
  CHECK_FALSE(open.unclosed);
  // The speaker is found for both halves, as in a short document.
  CHECK(open.speaker != kNone);
  CHECK(open.speaker == rest.speaker);
}

TEST_CASE("annotate(): the structure stage finds no quotations") {
  std::string text = filler(40000) + "\n\n" + kQuotedParagraphs;
  Options options;
  options.stage = Stage::structure;
  Result r = annotate(text, options);
  REQUIRE(r.ok());
  CHECK(r.doc.quotes.empty());
  CHECK(r.doc.paragraphs.size() == 5);
}
