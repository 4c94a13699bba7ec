#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate.h"
#include "attribution.h"
#include "json_output.h"
#include "paragraph_view.h"
#include "quotes.h"

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

namespace {

// The index of the token that starts at byte `at`, or SIZE_MAX.
size_t token_starting_at(const ParagraphView& v, size_t at) {
  for (size_t k = 0; k < v.toks.size(); ++k) {
    if (v.toks[k].span.start == at) return k;
  }
  return SIZE_MAX;
}

}  // namespace

// With no sentences from the segmenter, the view's own test decides: an end
// after a terminal (or a closing mark after one) before a capital; never
// after a word, also one that starts beyond ASCII ("Élodie", "Ørsted").
TEST_CASE("paragraph view: sentence starts after marks, never after a word") {
  Document doc;
  doc.text = "Élodie Arrives late. The boat left at Ørsted Quay, “closed.” Then rain fell! “Go” Ørsted Again";
  Paragraph p;
  p.span = {0, uint32_t(doc.text.size())};
  doc.paragraphs.push_back(p);
  ParagraphViews views(doc);
  const ParagraphView& v = views[0];
  auto start_of = [&](std::string_view word) {
    const size_t k = token_starting_at(v, doc.text.find(word));
    REQUIRE(k != SIZE_MAX);
    return std::pair<size_t, size_t>{k, v.sentence_start[k]};
  };
  CHECK(start_of("Arrives").second == 0);  // after a word beyond ASCII: no end
  auto [the, the_start] = start_of("The");
  CHECK(the_start == the);  // after "late."
  CHECK(start_of("Quay").second == the);  // after "Ørsted"
  auto [then, then_start] = start_of("Then");
  CHECK(then_start == then);  // after “closed.”
  auto [open, open_start] = start_of("“Go");
  CHECK(open_start == open);  // after "fell!", an opening mark
  CHECK(start_of("Again").second == open);  // after a word beyond ASCII again
}

// Paragraphs asked for in any order (forward, back, skipping, the same one
// again after the other slot was used) get the quotes and sentence starts a
// fresh set of views gives each alone.
TEST_CASE("paragraph view: paragraphs asked for out of order") {
  Document doc = annotate(
                     "Mara Voss said: “The locks open at noon.” Boats wait. Gulls circle.\n\n"
                     "No quotation here. Just two sentences.\n\n"
                     "“Tide tables,” she said, “are wrong.” He agreed.\n\n"
                     "A last line, “quoted” once.")
                     .doc;
  REQUIRE(doc.paragraphs.size() == 4);
  auto alone = [&](uint32_t p) {
    ParagraphViews fresh(doc);
    const ParagraphView& v = fresh[p];
    return std::pair{quote_of(v), std::vector<uint32_t>(v.sentence_start.begin(), v.sentence_start.end())};
  };
  ParagraphViews views(doc);
  for (uint32_t p : {0u, 1u, 2u, 3u, 1u, 0u, 3u, 2u, 2u, 0u, 2u, 1u, 3u}) {
    INFO(p);
    const ParagraphView& v = views[p];
    CHECK(std::pair{quote_of(v), std::vector<uint32_t>(v.sentence_start.begin(), v.sentence_start.end())} == alone(p));
  }
}

namespace {

// The claims, speakers and quotes attribution gives `text` when it reads
// batches of at most `batch_bytes` of text (1: one paragraph at a time).
std::string attributed_in_batches(const std::string& text, uint32_t batch_bytes) {
  Options options;
  options.stage = Stage::structure;
  Document doc = annotate(text, options).doc;
  doc.quotes = find_quotes(doc.text, doc.paragraphs);
  doc.attribution_batch_bytes = batch_bytes;
  attribute(doc);
  return to_json(doc, Unit::byte);
}

// A short story whose quotes look back (a lead-in line ending in a colon, a
// pronoun for the last person named, a quotation continued in the next
// paragraph) and ahead (a quotation signed by the line after it).
std::string story(int i) {
  const std::string n = std::to_string(i);
  return "Mayor Ana Ruiz" + n + " toured the flooded pier on Monday.\n\n"
         "She said the repairs would take a month.\n\n"
         "At the council meeting, Ruiz" + n + " told the members:\n\n"
         "“We will rebuild the pier before the summer.\n\n"
         "“And the ferry will run again,” she added.\n\n"
         "“Nobody was hurt.”\n\n"
         "— Tomas Berg" + n + ", harbour master.\n\n"
         "Berg" + n + " said that the tide gauge had failed. He warned that storms were likely.\n\n"
         "Lists\n\n"
         "Notes\n\n";
}

}  // namespace

// Batches of every size end between a quote and the paragraph it looks to:
// the records must not depend on where they end, nor on how many views a
// batch holds (more paragraphs than ParagraphViews::kMaxBatch).
TEST_CASE("paragraph views: attribution in batches equals one paragraph at a time") {
  std::string text;
  for (int i = 0; i < 12; ++i) text += story(i);
  const std::string one_at_a_time = attributed_in_batches(text, 1);
  CHECK(one_at_a_time.find("\"claims\":[]") == std::string::npos);
  for (uint32_t bytes : {40u, 97u, 150u, 333u, 1000u, 4096u, 1u << 20}) {
    INFO("batch bytes ", bytes);
    CHECK(attributed_in_batches(text, bytes) == one_at_a_time);
  }
}

TEST_CASE("paragraph views: a batch ends by its text, one paragraph at least, kMaxBatch at most") {
  Document doc = annotate("One.\n\nTwo two.\n\nThree three three.", Options{}).doc;
  doc.attribution_batch_bytes = 1;
  ParagraphViews views(doc);
  CHECK(views.batch_end(0) == 1);
  CHECK(views.batch_end(2) == 3);
  doc.attribution_batch_bytes = 13;  // "One." and "Two two."
  CHECK(views.batch_end(0) == 2);
  doc.attribution_batch_bytes = 1000;
  CHECK(views.batch_end(0) == 3);
  std::string lines;
  for (int i = 0; i < 200; ++i) lines += "w\n\n";
  Document many = annotate(lines, Options{}).doc;
  ParagraphViews many_views(many);
  CHECK(many_views.batch_end(0) == ParagraphViews::kMaxBatch);
  CHECK(many_views.batch_end(190) == 200);
}

// Views asked for in order (each right after the one before: no search for
// the paragraph's first quote and sentence), with gaps, and going back: each
// equal to a view built alone. Paragraphs with several sentences and
// quotes, none, a quote as the paragraph's last token, one-word lines, and a
// sentence the segmenter starts after a glued mark inside the last word.
TEST_CASE("paragraph views: in order, with gaps and going back, each as a view built alone") {
  std::string text;
  for (int i = 0; i < 6; ++i) {
    const std::string n = std::to_string(i);
    text += "The ferry" + n + " left at nine. “It was late,” said Ivo" + n + ". Rain fell.\n\n";
    text += "Notes\n\n";
    text += "No mark here at all just words and more words" + n + "\n\n";
    text += "She said: “Nothing changed.” Then “again”\n\n";
    text += "A list:1) one 2) two.Done. Later?Yes!\n\n";
  }
  Document doc = annotate(text).doc;
  REQUIRE(doc.paragraphs.size() == 30);
  auto view_of = [](const ParagraphView& v) {
    return std::pair{quote_of(v), std::vector<uint32_t>(v.sentence_start.begin(), v.sentence_start.end())};
  };
  auto alone = [&](uint32_t p) {
    ParagraphViews fresh(doc);
    return view_of(fresh[p]);
  };
  std::vector<uint32_t> order;
  for (uint32_t p = 0; p < 30; ++p) order.push_back(p);       // in order
  for (uint32_t p = 0; p < 30; p += 3) order.push_back(p);    // gaps
  for (uint32_t p = 30; p-- > 0;) order.push_back(p);         // going back
  for (uint32_t p : {5u, 6u, 7u, 2u, 3u, 29u, 0u, 1u, 17u, 18u, 19u, 20u}) order.push_back(p);
  ParagraphViews views(doc);
  for (uint32_t p : order) {
    INFO(p);
    // A slot asked for again keeps its view: forget() by a release makes each a build.
    views.release();
    CHECK(view_of(views[p]) == alone(p));
  }
  // Without releases: the slots' views stay built where they were.
  ParagraphViews kept(doc);
  for (uint32_t p : order) {
    INFO(p);
    CHECK(view_of(kept[p]) == alone(p));
  }
}
