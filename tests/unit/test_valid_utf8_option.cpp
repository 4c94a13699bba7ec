// Options::input_is_valid_utf8 (the WebAssembly facade's path): on valid
// UTF-8 the document is the one repair would have given, at every stage.
#include <doctest/doctest.h>

#include "annotate.h"
#include "json_output.h"

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
