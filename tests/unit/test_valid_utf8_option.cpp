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
