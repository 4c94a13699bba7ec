#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate.h"
#include "quote_candidate.h"
#include "quotes.h"

using namespace claimscope;

namespace {

// The one-byte-a-step answer both versions must give.
size_t slow_candidate(std::string_view text, size_t i, size_t end) {
  while (i < end && !may_start_quote_mark(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

void check_all_starts(const std::string& text) {
  for (size_t end = 0; end <= text.size(); ++end) {
    for (size_t i = 0; i <= end; ++i) {
      const size_t want = slow_candidate(text, i, end);
      REQUIRE(next_quote_candidate(text, i, end) == want);
      REQUIRE(next_quote_candidate_portable(text, i, end) == want);
    }
  }
}

}  // namespace

TEST_CASE("next_quote_candidate: marks at and around a sixteen-byte block edge") {
  const std::string plain = "The ferry leaves at nine and returns by noon today";
  for (size_t at = 0; at < 40; ++at) {
    for (char mark : {'"', '\''}) {
      std::string text = plain;
      text[at] = mark;
      check_all_starts(text);
    }
  }
}

TEST_CASE("next_quote_candidate: non-ASCII marks and letters, text ending mid-block") {
  // “ ” ‘ ’ « » and an accented letter: every byte of them is a candidate.
  const std::vector<std::string> texts = {
      "The mayor said \xE2\x80\x9CWe will rebuild the pier\xE2\x80\x9D on Friday.",
      "Caf\xC3\xA9 owners call it \xC2\xABthe long winter\xC2\xBB",
      "\xE2\x80\x98Not yet,\xE2\x80\x99 she said",
      "no marks at all here",
      "seventeen bytes!!",
      "",
      "\"",
      "x'",
  };
  for (const auto& t : texts) check_all_starts(t);
}

TEST_CASE("next_quote_candidate: a candidate past the paragraph's end answers the end") {
  const std::string text = "Short line\n\"Quoted next line\" and more text after it";
  const size_t end = text.find('\n');
  CHECK(next_quote_candidate(text, 0, end) == end);
  CHECK(next_quote_candidate(text, 0, text.size()) == end + 1);
}

TEST_CASE("find_quotes: a quotation opening in the text's last sixteen bytes") {
  const std::string text = "The harbour master wrote, \xE2\x80\x9CTides first.\xE2\x80\x9D";
  const Document d = annotate(text).doc;
  REQUIRE(d.quotes.size() == 1);
  CHECK(text.substr(d.quotes[0].span.start, d.quotes[0].span.size()) == "\xE2\x80\x9CTides first.\xE2\x80\x9D");
}

namespace {

std::vector<std::string> quotes_in(const std::string& text) {
  std::vector<Paragraph> paragraphs(1);
  paragraphs[0].span = {0, uint32_t(text.size())};
  std::vector<std::string> out;
  for (const Quote& q : find_quotes(text, paragraphs)) out.push_back(text.substr(q.span.start, q.span.size()));
  return out;
}

}  // namespace

// The scan passes an apostrophe between two ASCII letters or digits without
// reading its context: it must still neither open nor close a quotation, in
// single or double quotes, at the paragraph's edges or beside other marks.
TEST_CASE("find_quotes: apostrophes inside words open and close nothing") {
  using Q = std::vector<std::string>;
  CHECK(quotes_in("He said \xE2\x80\x98we don\xE2\x80\x99t know\xE2\x80\x99 and left.") ==
        Q{"\xE2\x80\x98we don\xE2\x80\x99t know\xE2\x80\x99"});
  CHECK(quotes_in("\xE2\x80\x9CThe town\xE2\x80\x99s ferry isn\xE2\x80\x99t late,\xE2\x80\x9D she said.") ==
        Q{"\xE2\x80\x9CThe town\xE2\x80\x99s ferry isn\xE2\x80\x99t late,\xE2\x80\x9D"});
  CHECK(quotes_in("She said 'it's over' twice, and 'we're done.'") == Q{"'it's over'", "'we're done.'"});
  CHECK(quotes_in("\"It's 5 o'clock,\" he said; the 90's band's van won't start.") ==
        Q{"\"It's 5 o'clock,\""});
  CHECK(quotes_in("don\xE2\x80\x99t").empty());
  CHECK(quotes_in("a'b").empty());
  // An opening single mark that never closes was an apostrophe: the rescan
  // without single marks still skips the in-word ones.
  CHECK(quotes_in("\xE2\x80\x98We can\xE2\x80\x99t,\" he wrote \"and won't.\"") == Q{"\"and won't.\""});
}
