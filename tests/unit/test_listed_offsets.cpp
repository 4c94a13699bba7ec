// The listed non-ASCII starts (split_paragraphs), by which the WebAssembly
// module maps its offsets (wasm/utf16_offsets.h, tested in
// test_utf16_offsets.cpp against OffsetMap).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate.h"
#include "offsets.h"
#include "paragraphs.h"
#include "utf8.h"

using namespace claimscope;

namespace {

// Every non-ASCII character's start, found the slow way.
std::vector<uint32_t> non_ascii_starts(const std::string& s) {
  std::vector<uint32_t> out;
  for (size_t pos = 0; pos < s.size();) {
    if (uint8_t(s[pos]) >= 0x80) out.push_back(uint32_t(pos));
    pos += utf8::decode(s, pos).len;
  }
  return out;
}

// Texts of my own with characters of every UTF-8 length in the places the
// line splitter treats apart: indentation (no-break and ideographic spaces),
// trailing space, line breaks that are not ASCII (NEL, U+2028, U+2029),
// CRLF, blank lines, the text's first and last bytes.
std::vector<std::string> texts() {
  return {
      "",
      "plain words only\n",
      "\xC3\xA9",
      "\xF0\x9F\x98\x80",
      "\xE2\x80\x9CQuoted,\xE2\x80\x9D she said. Then she left \xE2\x80\x94 quickly.\n\nNext one\xE2\x80\xA6",
      "\xC2\xA0\xC2\xA0Indented by no-break spaces\xC2\xA0\n\xE3\x80\x80Ideographic start\n",
      "line one\xC2\x85line two\xE2\x80\xA8line three\xE2\x80\xA9line four\r\nline five\r\n\r\n",
      "\xD0\x96\xD0\xB8\xD0\xB2 \xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82 \xF0\x9F\x98\x80\xF0\x9F\x91\x8D end. Fin\xC3\xA9\n",
      "Trailing em space\xE2\x80\x83\nand tabs\t\xC2\xA0\t\n\xF0\x9F\x98\x80",
  };
}

}  // namespace

TEST_CASE("split_paragraphs lists every non-ASCII character's start, in order") {
  for (const std::string& s : texts()) {
    NonAsciiStarts listed(s.size() * 16 + 16);  // room for all
    split_paragraphs(s, &listed);
    CHECK(listed.complete);
    CHECK(listed.starts == non_ascii_starts(s));
  }
}

TEST_CASE("listing stops when non-ASCII characters are not few") {
  std::string cyrillic;
  for (int i = 0; i < 200; ++i) cyrillic += "\xD0\x96\xD0\xB8\xD0\xB2 ";
  NonAsciiStarts listed(cyrillic.size());
  split_paragraphs(cyrillic, &listed);
  CHECK_FALSE(listed.complete);
  CHECK_FALSE(NonAsciiStarts().complete);  // nothing listed

  std::string english = "A line of English with one \xE2\x80\x9Cquote\xE2\x80\x9D in it.\n";
  NonAsciiStarts few(english.size());
  split_paragraphs(english, &few);
  CHECK(few.complete);
  CHECK(few.starts.size() == 2);
}

TEST_CASE("annotate lists the non-ASCII starts when asked, and the document does not change") {
  const std::string text = "Title \xE2\x80\x94 a test\n\n\xE2\x80\x9CWe agree,\xE2\x80\x9D said Ana. She left.\n";
  for (auto stage : {Stage::segment, Stage::structure, Stage::full}) {
    Options plain;
    plain.stage = stage;
    plain.input_is_valid_utf8 = true;
    Options listing = plain;
    listing.list_non_ascii = true;
    auto a = annotate(text, plain);
    auto b = annotate(text, listing);
    CHECK_FALSE(a.non_ascii.complete);
    REQUIRE(b.non_ascii.complete);
    CHECK(b.non_ascii.starts == non_ascii_starts(text));
    CHECK(b.doc.paragraphs.size() == a.doc.paragraphs.size());
    REQUIRE(b.doc.sentences.size() == a.doc.sentences.size());
    for (size_t i = 0; i < a.doc.sentences.size(); ++i) CHECK(b.doc.sentences[i].span == a.doc.sentences[i].span);
  }
}

TEST_CASE("random texts of line-splitter pieces: the list is complete and right") {
  // Pieces the line splitter treats apart, joined at random (fixed seed):
  // a break or indentation next to every other kind of character.
  const char* pieces[] = {"word", " ", "\n", "\r\n", "\r", "\t", "\n\n", ". ", "\xC2\xA0", "\xE3\x80\x80",
                          "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\x83", "\xC3\xA9", "\xE2\x80\x9C",
                          "\xF0\x9F\x98\x80", "\x0B", "\x0C", "A"};
  uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int round = 0; round < 400; ++round) {
    std::string s;
    const size_t count = next() % 60;
    for (size_t k = 0; k < count; ++k) s += pieces[next() % std::size(pieces)];
    NonAsciiStarts listed(s.size() * 16 + 16);
    split_paragraphs(s, &listed);
    REQUIRE(listed.complete);
    REQUIRE(listed.starts == non_ascii_starts(s));
  }
}
