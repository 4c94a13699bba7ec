// annotate()'s one pass over its input (LoweredText::build_copying): the
// document's text and its lowered copy made together, block by block, the
// input checked as it goes. Whatever the bytes, the result is what a copy or
// utf8::repair followed by LoweredText::build gives.
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "annotate.h"
#include "lowered_text.h"
#include "utf8.h"

using namespace claimscope;

namespace {

// The lowered bytes and the three maps (laid out one after another) of a copy.
std::string lowered_and_maps(const LoweredText& lowered, size_t n) {
  std::string out(lowered.lower(), n);
  out.append(reinterpret_cast<const char*>(lowered.stops()), 3 * utf8::word_stops_size(n));
  return out;
}

// build_copying against a copy and build(): the same text and the same bytes.
void check_copy_matches(const std::string& input, bool input_is_valid) {
  LoweredText together, apart;
  std::string text = "left from before";
  REQUIRE(together.build_copying(input, text, input_is_valid));
  CHECK(text == input);
  apart.build(input);
  CHECK(lowered_and_maps(together, input.size()) == lowered_and_maps(apart, input.size()));
}

// Plain sentences with capitals, digits and characters of two, three and
// four bytes, `n` bytes long (cut at a character's end, then padded with x).
std::string sample_text(size_t n) {
  const std::string piece = "The Mayor said 42 roads \xE2\x80\x94 caf\xC3\xA9 \xF0\x9F\x98\x80 reopen.\n";
  std::string s;
  while (s.size() + piece.size() <= n) s += piece;
  s.append(n - s.size(), 'x');
  return s;
}

// ASCII sentences only, `n` bytes long: bytes can be set anywhere in it
// without cutting a character.
std::string ascii_text(size_t n) {
  const std::string piece = "The Mayor said 42 roads reopen.\n";
  std::string s;
  while (s.size() < n) s += piece;
  s.resize(n);
  return s;
}

}  // namespace

TEST_CASE("input copy: text and lowered copy in one pass equal the copy and build() at every block edge") {
  for (size_t n : {size_t(0), size_t(1), size_t(7), size_t(15), size_t(16), size_t(17), size_t(2047), size_t(2048),
                   size_t(2049), size_t(4095), size_t(4096), size_t(4111), size_t(6000)}) {
    CAPTURE(n);
    check_copy_matches(sample_text(n), true);
    check_copy_matches(sample_text(n), false);
  }
  // A multi-byte character starting at every offset around the first two block edges.
  for (const char* ch : {"\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80"}) {
    for (size_t at = 2030; at < 2060; ++at) {
      for (size_t edge : {size_t(0), size_t(2048)}) {
        std::string s(4200, 'a');
        s.replace(at + edge, std::strlen(ch), ch);
        CAPTURE(at + edge);
        check_copy_matches(s, false);
      }
    }
  }
}

TEST_CASE("input copy: any bad sequence, wherever it falls, is found as repair() finds it") {
  const char* bad[] = {
      "\xFF",              // never in UTF-8
      "\x80",              // a continuation byte alone
      "\xC3",              // a lead byte cut short
      "\xE2\x80",          // three bytes cut short
      "\xC0\xAF",          // overlong '/'
      "\xE0\x80\xAF",      // overlong, three bytes
      "\xF0\x80\x80\xAF",  // overlong, four bytes
      "\xED\xA0\x80",      // a surrogate (U+D800)
      "\xED\xBF\xBF",      // a surrogate (U+DFFF)
      "\xF4\x90\x80\x80",  // above U+10FFFF
  };
  for (const char* b : bad) {
    for (size_t at : {size_t(0), size_t(1), size_t(2045), size_t(2046), size_t(2047), size_t(2048), size_t(2049),
                      size_t(4095), size_t(4200 - std::strlen(b))}) {
      // The bad sequence with valid characters of three and four bytes
      // right before and after it where they fit.
      std::string s = ascii_text(4200);
      s.replace(at, std::strlen(b), b);
      if (at >= 3) s.replace(at - 3, 3, "\xE2\x80\x94");
      if (at + std::strlen(b) + 4 <= s.size()) s.replace(at + std::strlen(b), 4, "\xF0\x9F\x98\x80");
      CAPTURE(at);
      CAPTURE(std::strlen(b));
      const auto repaired = utf8::repair(s);
      REQUIRE(repaired.replaced > 0);
      LoweredText lowered;
      std::string text;
      CHECK_FALSE(lowered.build_copying(s, text, false));
      CHECK_FALSE(utf8::is_valid(s));
      // annotate() goes on with repair's text and says so.
      const Result r = annotate(s);
      REQUIRE(r.ok());
      CHECK(r.doc.text == repaired.text);
      REQUIRE(r.doc.warnings.size() == 1);
      CHECK(r.doc.warnings[0] == "invalid UTF-8: " + std::to_string(repaired.replaced) + " byte(s) replaced by U+FFFD");
      // ... and the document is the one its repaired text gives.
      const Result from_repaired = annotate(repaired.text);
      REQUIRE(from_repaired.doc.paragraphs.size() == r.doc.paragraphs.size());
      for (size_t i = 0; i < r.doc.paragraphs.size(); ++i) {
        CHECK(r.doc.paragraphs[i].span == from_repaired.doc.paragraphs[i].span);
        CHECK(r.doc.paragraphs[i].role == from_repaired.doc.paragraphs[i].role);
      }
      CHECK(r.doc.sentences.size() == from_repaired.doc.sentences.size());
      CHECK(r.doc.quotes.size() == from_repaired.doc.quotes.size());
      CHECK(r.doc.claims.size() == from_repaired.doc.claims.size());
    }
  }
}

TEST_CASE("input copy: a character checked whole across the end of a block") {
  // "ab" then a four-byte emoji over offsets 2..5: checking to 3 reads it whole.
  const std::string s = "ab\xF0\x9F\x98\x80" "cd";
  CHECK(utf8::valid_through(s, 0, 3) == 6);
  CHECK(utf8::valid_through(s, 6, 8) == 8);
  CHECK(utf8::valid_through(s, 0, 2) == 2);
  // Cut short by the end of the input, not by `to`.
  const std::string cut = "ab\xF0\x9F\x98";
  CHECK(utf8::valid_through(cut, 0, 3) == utf8::kInvalid);
  CHECK(utf8::valid_through("", 0, 0) == 0);
}

TEST_CASE("input copy: NUL bytes and CR/LF mixes are copied as they are") {
  std::string s = ascii_text(3000);
  s.replace(1000, 2, "\xC3\xA9");
  s[2047] = '\0';
  s[2048] = '\r';
  s.insert(100, std::string("\r\n\r\n\0\n\r", 7));
  check_copy_matches(s, false);
  const Result r = annotate(s);
  REQUIRE(r.ok());
  CHECK(r.doc.text == s);
  CHECK(r.doc.warnings.empty());
}
