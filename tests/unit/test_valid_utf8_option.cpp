// Options::input_is_valid_utf8 (the WebAssembly facade's path): on valid
// UTF-8 the document is the one repair would have given, at every stage.
#include <doctest/doctest.h>

#include "annotate.h"
#include "json_output.h"
#include "utf8.h"

using namespace claimscope;

TEST_CASE("skipping repair for input known valid changes nothing in the document") {
  const char* texts[] = {
      "",
      "Harbour Road Closes\n\nBy Lena Moor\n\n“We will reopen soon,” the mayor said. Dr. Vale agreed.\n",
      "Prices rose 2.5% in 😀 March — the most since 2019…\r\n\r\nŽana Petrović left at 6 p.m. on Tuesday.\xC2\xA0" "Done!",
  };
  for (const char* text : texts) {
    for (auto stage : {Stage::segment, Stage::structure, Stage::full}) {
      Options checked;
      checked.stage = stage;
      Options trusted = checked;
      trusted.input_is_valid_utf8 = true;
      auto a = annotate(text, checked);
      auto b = annotate(text, trusted);
      REQUIRE(a.ok());
      REQUIRE(b.ok());
      CHECK(b.doc.text == a.doc.text);
      CHECK(to_json(b.doc, Unit::utf16, true) == to_json(a.doc, Unit::utf16, true));
    }
  }
}

TEST_CASE("the size limit still applies when repair is skipped") {
  Options o;
  o.input_is_valid_utf8 = true;
  o.max_input_bytes = 10;
  CHECK_FALSE(annotate("eleven char", o).ok());
}

TEST_CASE("the segment stage in place: no copy of the text, the same spans into the input") {
  const std::string text = "Storm Warning \xE2\x80\x94 Coast\n\n\xE2\x80\x9CStay inside,\xE2\x80\x9D the office said. Roads close at 6 p.m. today.\r\n\r\nMore soon\xE2\x80\xA6";
  Options copied;
  copied.stage = Stage::segment;
  copied.input_is_valid_utf8 = true;
  Options in_place = copied;
  in_place.segment_in_place = true;
  auto a = annotate(text, copied);
  auto b = annotate(text, in_place);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(b.doc.text.empty());
  REQUIRE(b.doc.paragraphs.size() == a.doc.paragraphs.size());
  for (size_t i = 0; i < a.doc.paragraphs.size(); ++i) CHECK(b.doc.paragraphs[i].span == a.doc.paragraphs[i].span);
  REQUIRE(b.doc.sentences.size() == a.doc.sentences.size());
  for (size_t i = 0; i < a.doc.sentences.size(); ++i) CHECK(b.doc.sentences[i].span == a.doc.sentences[i].span);
  // Only the segment stage, and only for input known valid, is left in place.
  for (auto stage : {Stage::structure, Stage::full}) {
    Options later = in_place;
    later.stage = stage;
    CHECK(annotate(text, later).doc.text == text);
  }
  Options unchecked = in_place;
  unchecked.input_is_valid_utf8 = false;
  CHECK(annotate(text, unchecked).doc.text == text);
}

TEST_CASE("a long input is copied by blocks and gives the text and warning repair gives") {
  // Blocks of 64 KB: sequences of two, three and four bytes across every
  // byte offset around the first boundaries, and a bad byte before, on and
  // after one.
  std::string line = "The council said \xE2\x80\x9Cno\xE2\x80\x9D to \xC3\xA9t\xC3\xA9 plans \xF0\x9F\x98\x80 again.\n";
  std::string base;
  while (base.size() < 3 * 65536) base += line;
  Options segment;  // the copy is the same at every stage
  segment.stage = Stage::segment;
  for (size_t shift = 0; shift < line.size(); ++shift) {
    std::string valid = std::string(shift, 'x') + base;
    auto clean = annotate(valid, segment);
    REQUIRE(clean.ok());
    CHECK(clean.doc.text == valid);
    CHECK(clean.doc.warnings.empty());
  }
  for (size_t bad_at : {size_t(10), size_t(65535), size_t(65536), size_t(65537), size_t(2 * 65536 + 5)}) {
    std::string text = base;
    text[bad_at] = '\xFF';
    text.insert(bad_at + 40, "\xC3");  // a lead byte with no continuation
    auto r = annotate(text, segment);
    REQUIRE(r.ok());
    auto expected = utf8::repair(text);
    CHECK(r.doc.text == expected.text);
    REQUIRE(r.doc.warnings.size() == 1);
    CHECK(r.doc.warnings[0] == "invalid UTF-8: " + std::to_string(expected.replaced) + " byte(s) replaced by U+FFFD");
  }
  // A run of continuation bytes across a boundary: invalid, repaired the same.
  std::string run = std::string(65534, 'a') + std::string(8, '\x80') + "tail";
  auto r = annotate(run, segment);
  REQUIRE(r.ok());
  CHECK(r.doc.text == utf8::repair(run).text);
}
