// The listed non-ASCII starts (split_paragraphs), by which OffsetMap maps
// offsets for the CLI (code points) and the WebAssembly module (UTF-16 units,
// wasm/bindings.cpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "annotate.h"
#include "offsets.h"
#include "paragraphs.h"
#include "utf8.h"

using namespace claimscope;

namespace {

// Every non-ASCII character's start, found the slow way (in the list's own
// type, so that the two compare).
decltype(NonAsciiStarts::starts) non_ascii_starts(const std::string& s) {
  decltype(NonAsciiStarts::starts) out;
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

namespace {

// Units before byte `pos` of valid UTF-8 `s`, counted character by character:
// an offset inside a character rounds down to its start, one past the end
// keeps its distance from it.
uint32_t units_before(const std::string& s, uint32_t pos, Unit unit) {
  if (unit == Unit::byte) return pos;
  uint32_t units = 0;
  size_t at = 0;
  while (at < s.size()) {
    const auto d = utf8::decode(s, at);
    if (at + d.len > pos) break;
    units += unit == Unit::utf16 && d.cp >= 0x10000 ? 2 : 1;
    at += d.len;
  }
  return pos > s.size() ? units + (pos - uint32_t(s.size())) : units;
}

// News-like texts of my own: few characters beyond ASCII (so the map lists
// them), none at all, and dense ones (so it counts words instead), with
// characters of every length at the text's first and last bytes.
std::vector<std::string> offset_texts() {
  std::vector<std::string> out = {
      "",
      "Only plain words here, and a number: 42.",
      "\xC3\xA9",
      "\xF0\x9F\x98\x80",
      "\xE2\x80\x9CWe will open the bridge in June,\xE2\x80\x9D the mayor said on Tuesday \xE2\x80\x94 "
      "a month late. Jos\xC3\xA9 Mu\xC3\xB1oz agreed \xF0\x9F\x91\x8D and left\xE2\x80\xA6",
      "\xD0\x96\xD0\xB8\xD0\xB2 \xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82 \xF0\x9F\x98\x80\xF0\x9F\x91\x8D end.",
  };
  // A long article: a paragraph of plain words with a curly quote, a dash
  // and an emoji now and then, so that lookups step over a few characters
  // or jump past many.
  std::string article;
  for (int i = 0; i < 120; ++i) {
    article += "The council voted on the budget for the new school year";
    article += i % 3 == 0 ? " \xE2\x80\x94 " : " ";
    if (i % 7 == 0) article += "\xE2\x80\x9C" "again\xE2\x80\x9D ";
    if (i % 11 == 0) article += "\xF0\x9F\x8E\x89 ";
    article += i % 5 == 0 ? "caf\xC3\xA9.\n\n" : "and more.\n";
  }
  out.push_back(article);
  // Exactly one character per sixteen bytes (listed), and one more (counted).
  std::string edge;
  for (int i = 0; i < 40; ++i) edge += "abcdefghijklm\xC3\xA9";  // 15 bytes, one character
  out.push_back(edge);
  out.push_back(edge + "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9");
  // Few characters overall (listed), but a run of them crossing the map's
  // 64-byte spans, and characters of every width on the spans' first and
  // last bytes: a lookup steps over many characters of its own span.
  std::string cluster(3000, 'x');
  std::string run;
  for (int i = 0; i < 30; ++i) run += i % 3 == 0 ? "\xC3\xA9" : i % 3 == 1 ? "\xE2\x80\x94" : "\xF0\x9F\x98\x80";
  cluster.replace(100, run.size(), run);
  cluster.replace(1023, 2, "\xC3\xA9");          // the last byte of span 15, the first of 16
  cluster.replace(1280, 3, "\xE2\x80\x9C");      // a span's first byte
  cluster.replace(1532, 4, "\xF0\x9F\x91\x8D");  // a span's last four bytes
  cluster.replace(2999, 1, "\n");
  out.push_back(cluster);
  return out;
}

}  // namespace

TEST_CASE("a list taken over by an OffsetMap is left incomplete, so a second map counts instead of trusting it") {
  const std::string text = "Caf\xC3\xA9 \xE2\x80\x9Cyes\xE2\x80\x9D \xF0\x9F\x98\x80 end.\n";
  NonAsciiStarts listed(text.size() * 16 + 16);  // room for all
  split_paragraphs(text, &listed);
  REQUIRE(listed.complete);
  const OffsetMap first(text, Unit::utf16, std::move(listed));
  CHECK_FALSE(listed.complete);
  const OffsetMap second(text, Unit::utf16, std::move(listed));  // counted: still exact
  for (uint32_t pos = 0; pos <= text.size(); ++pos) CHECK(second(pos) == first(pos));
  CHECK(first(uint32_t(text.size())) == 19);  // "Café “yes” 😀 end.\n": the emoji is two units
}

TEST_CASE("OffsetMap agrees with a character-by-character count in any order of offsets") {
  for (const std::string& text : offset_texts()) {
    REQUIRE(utf8::is_valid(text));
    const uint32_t n = uint32_t(text.size());
    for (Unit unit : {Unit::code_point, Unit::utf16, Unit::byte}) {
      CAPTURE(text);
      CAPTURE(int(unit));
      std::vector<uint32_t> want(n + 4);
      for (uint32_t pos = 0; pos < n + 4; ++pos) want[pos] = units_before(text, pos, unit);
      // Forwards, backwards, and spans as records ask them: a start, then an
      // end, then a cue or source before the start, then the next record.
      {
        OffsetMap map(text, unit);
        for (uint32_t pos = 0; pos < n + 4; ++pos) REQUIRE(map(pos) == want[pos]);
      }
      {
        OffsetMap map(text, unit);
        for (uint32_t pos = n + 4; pos-- > 0;) REQUIRE(map(pos) == want[pos]);
      }
      {
        OffsetMap map(text, unit);
        for (uint32_t pos = 0; pos < n + 4; pos += 7) {
          const uint32_t end = std::min(pos + 40, n + 3), before = pos > 25 ? pos - 25 : 0;
          REQUIRE(map(pos) == want[pos]);
          REQUIRE(map(end) == want[end]);
          REQUIRE(map(before) == want[before]);
          REQUIRE(map(pos / 2) == want[pos / 2]);  // a jump far back (a new array)
        }
      }
      {
        OffsetMap map(text, unit);  // each offset asked twice in a row, the second time from its own place
        for (uint32_t pos = 0; pos < n + 4; pos += 3) {
          REQUIRE(map(pos) == want[pos]);
          REQUIRE(map(pos) == want[pos]);
        }
      }
      {
        OffsetMap map(text, unit);
        uint32_t state = 99;
        for (int k = 0; k < 2000 && n > 0; ++k) {
          state = state * 1664525u + 1013904223u;
          const uint32_t pos = (state >> 8) % (n + 4);
          REQUIRE(map(pos) == want[pos]);
        }
      }
    }
  }
}

TEST_CASE("OffsetMap rounds an offset inside a character down to its start, in either direction of travel") {
  // "a é b “ c 😀 d": offsets inside the 2-, 3- and 4-byte characters.
  const std::string text = "a \xC3\xA9 b \xE2\x80\x9C c \xF0\x9F\x98\x80 d";
  OffsetMap cp(text, Unit::code_point), u16(text, Unit::utf16);
  // é at byte 2, “ at 7, 😀 at 13.
  CHECK(cp(3) == 2);
  CHECK(cp(8) == 6);
  CHECK(cp(9) == 6);
  CHECK(cp(14) == 10);
  CHECK(cp(16) == 10);
  CHECK(cp(17) == 11);
  CHECK(u16(16) == 10);
  CHECK(u16(17) == 12);  // after the surrogate pair
  CHECK(u16(3) == 2);    // back again after the end
  CHECK(u16(uint32_t(text.size())) == 14);
  CHECK(cp(uint32_t(text.size()) + 2) == 15);
}

TEST_CASE("random UTF-8: the line scan's list and every map agree with a naive count, in any order") {
  // Random valid UTF-8 of long ASCII runs (the line scan's sixteen-byte
  // blocks), characters of every width, combining marks, line breaks of
  // every kind and non-ASCII spaces, so that characters fall at every place
  // of a block, at a line's stop and in its indentation. Each text's offsets
  // are asked ascending, descending and at random, of the map that takes the
  // core's list, of the one that lists itself and of the counted one.
  const char* pieces[] = {"The council met on Tuesday", " ", "a", "\n", "\r\n", "\n\n", "\t", ". ",
                          "\xC3\xA9", "\xCC\x81", "\xD0\x96", "\xE2\x80\x9C", "\xE2\x80\x94", "\xE4\xB8\xAD",
                          "\xF0\x9F\x98\x80", "\xF0\x9D\x84\x9E", "\xC2\xA0", "\xE3\x80\x80", "\xC2\x85",
                          "\xE2\x80\xA8", "\xE2\x80\xA9", "\xC2\xA9", "\xC3\xA8"};
  uint32_t state = 2026;
  auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int round = 0; round < 300; ++round) {
    std::string s;
    const size_t count = next() % 200;
    const bool dense = round % 5 == 0;  // mostly characters beyond ASCII: the core's list is incomplete
    for (size_t k = 0; k < count; ++k) {
      const uint32_t r = next();
      if (!dense && r % 3 == 0) s += std::string(r % 40, 'b');  // a long ASCII run
      else s += pieces[(dense ? 8 + r % 15 : r) % std::size(pieces)];
    }
    REQUIRE(utf8::is_valid(s));
    CAPTURE(s);
    NonAsciiStarts listed(s.size());
    split_paragraphs(s, &listed);
    if (listed.complete) REQUIRE(listed.starts == non_ascii_starts(s));
    const uint32_t n = uint32_t(s.size());
    for (Unit unit : {Unit::code_point, Unit::utf16}) {
      std::vector<uint32_t> want(n + 3);
      for (uint32_t pos = 0; pos < n + 3; ++pos) want[pos] = units_before(s, pos, unit);
      for (int kind = 0; kind < 3; ++kind) {
        NonAsciiStarts copy = listed;
        OffsetMap up = kind == 0 ? OffsetMap(s, unit, std::move(copy))
                     : kind == 1 ? OffsetMap(s, unit)
                                 : OffsetMap(s, unit, NonAsciiStarts{});
        for (uint32_t pos = 0; pos < n + 3; ++pos) REQUIRE(up(pos) == want[pos]);
        for (uint32_t pos = n + 3; pos-- > 0;) REQUIRE(up(pos) == want[pos]);
        for (int k = 0; k < 200; ++k) {
          const uint32_t pos = next() % (n + 3);
          REQUIRE(up(pos) == want[pos]);
        }
      }
    }
  }
}
