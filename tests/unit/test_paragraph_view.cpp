#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate.h"
#include "paragraph_view.h"

using namespace claimscope;

namespace {

// Each token's quote as the definition reads: the first of the paragraph's
// quotes that ends after the token starts, if that quote starts at or before it.
std::vector<int32_t> quote_of_by_definition(const Document& doc, const ParagraphView& v) {
  std::vector<int32_t> out;
  for (const Token& t : v.toks) {
    int32_t found = kNone;
    for (size_t q = 0; q < doc.quotes.size(); ++q) {
      if (doc.quotes[q].paragraph != v.paragraph || doc.quotes[q].span.end <= t.span.start) continue;
      if (doc.quotes[q].span.start <= t.span.start) found = int32_t(q);
      break;
    }
    out.push_back(found);
  }
  return out;
}

std::vector<int32_t> quote_of(const ParagraphView& v) { return {v.quote_of.begin(), v.quote_of.end()}; }

}  // namespace

// Quotes as find_quotes gives them: in order, apart, several to a paragraph,
// one running to the paragraph's end, paragraphs without any in between.
TEST_CASE("paragraph view: tokens inside the quotes found in a written text") {
  Document doc = annotate(
                     "“The pier is closed,” the harbour master said, “and the ferry waits.” Then “maybe” twice.\n\n"
                     "No quotes in this line at all.\n\n"
                     "Ana Pires said: “We sail at dawn, whatever the tide")
                     .doc;
  REQUIRE(doc.quotes.size() >= 3);
  ParagraphViews views(doc);
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    INFO(p);
    const ParagraphView& v = views[p];
    CHECK(quote_of(v) == quote_of_by_definition(doc, v));
  }
  const ParagraphView& first = views[0];
  CHECK(first.quote_of[0] == 0);                  // the opening mark
  CHECK(first.quote_of[first.toks.size() - 2] == kNone);  // "twice"
}

// Quotes put in by hand, overlapping, nested, empty, touching, and out of
// the tokens' reach: the per-quote search gives the definition's answer.
TEST_CASE("paragraph view: overlapping, nested and empty quotes by hand") {
  Document doc;
  doc.text = "sea bay tides pier gull oar cable wharf dock map";
  Paragraph p;
  p.span = {0, uint32_t(doc.text.size())};
  doc.paragraphs.push_back(p);
  const std::vector<std::vector<Span>> cases = {
      {{4, 13}, {14, 18}},            // two apart
      {{0, 23}, {4, 8}},              // an inner quote listed after its outer one
      {{4, 23}, {8, 30}, {30, 35}},   // overlapping, then touching
      {{8, 8}, {9, 9}, {19, 28}},     // empty ones first
      {{2, 3}, {45, 60}},             // inside a word, past the text
      {{24, 28}, {0, 10}, {5, 40}},   // not in order of start
  };
  for (size_t c = 0; c < cases.size(); ++c) {
    INFO(c);
    doc.quotes.clear();
    for (Span s : cases[c]) {
      Quote q;
      q.span = s;
      q.paragraph = 0;
      doc.quotes.push_back(q);
    }
    ParagraphViews views(doc);
    const ParagraphView& v = views[0];
    CHECK(quote_of(v) == quote_of_by_definition(doc, v));
  }
}
