// Paragraph splitting: one paragraph per line, and hard-wrapped text joined.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate.h"
#include "paragraphs.h"
#include "utf8.h"

using namespace claimscope;

namespace {

std::vector<std::string> paragraphs(std::string_view text) {
  std::vector<std::string> out;
  for (const Paragraph& p : split_paragraphs(text)) out.emplace_back(text.substr(p.span.start, p.span.size()));
  return out;
}

std::vector<std::string> sentences(std::string_view text) {
  Options o;
  o.stage = Stage::segment;
  auto r = annotate(text, o);
  std::vector<std::string> out;
  for (const Sentence& s : r.doc.sentences) out.emplace_back(r.doc.text.substr(s.span.start, s.span.size()));
  return out;
}

using Parts = std::vector<std::string>;

}  // namespace

TEST_CASE("every line is a paragraph in ordinary pastes") {
  CHECK(paragraphs("") == Parts{});
  CHECK(paragraphs("  \n\t\n") == Parts{});
  CHECK(paragraphs("  One line.  ") == Parts{"One line."});
  CHECK(paragraphs("First.\n\n\nSecond.\r\nThird.\rFourth.") == Parts{"First.", "Second.", "Third.", "Fourth."});
  CHECK(paragraphs("A\xE2\x80\xA8" "B\xE2\x80\xA9" "C") == Parts{"A", "B", "C"});
}

TEST_CASE("a sentence cut by a stray line break is joined") {
  CHECK(paragraphs("The council voted on the\nnew budget late on Monday.") ==
        Parts{"The council voted on the\nnew budget late on Monday."});
  CHECK(paragraphs("Rain kept most of the \r\nfans away from the stadium.") ==
        Parts{"Rain kept most of the \r\nfans away from the stadium."});
  CHECK(sentences("We drove along the coast\nfor most of the day. Then we slept.") ==
        Parts{"We drove along the coast\nfor most of the day.", "Then we slept."});
}

TEST_CASE("lists, labels, titles and finished lines are not joined") {
  // Lower-case list items: too short to be wrapped prose.
  CHECK(paragraphs("pricing\nopening hours\ngifts, vouchers\n") == Parts{"pricing", "opening hours", "gifts, vouchers"});
  // A colon introduces the lines after it.
  CHECK(paragraphs("The kit contains the following:\nthree tent poles and a cover") ==
        Parts{"The kit contains the following:", "three tent poles and a cover"});
  // Bullets and numbered items start their own paragraphs.
  CHECK(paragraphs("Bring these to the meeting\n- your badge and a pen\n- the signed form") ==
        Parts{"Bring these to the meeting", "- your badge and a pen", "- the signed form"});
  CHECK(paragraphs("Steps to take before you travel\na. renew the passport early") ==
        Parts{"Steps to take before you travel", "a. renew the passport early"});
  CHECK(paragraphs("Storm cuts power to thousands in the valley\n[photo gallery]") ==
        Parts{"Storm cuts power to thousands in the valley", "[photo gallery]"});
  // A finished sentence, a headline and a byline end their line.
  CHECK(paragraphs("The port reopened on Friday.\nmore ships are expected soon.") ==
        Parts{"The port reopened on Friday.", "more ships are expected soon."});
  CHECK(paragraphs("Floods Close Schools Across The Region\nparents were told on Sunday night") ==
        Parts{"Floods Close Schools Across The Region", "parents were told on Sunday night"});
  CHECK(paragraphs("By Ana Lopes and\nstaff reporters in the capital") ==
        Parts{"By Ana Lopes and", "staff reporters in the capital"});
  CHECK(paragraphs("Subject: the river walk on\nsunday has been moved") ==
        Parts{"Subject: the river walk on", "sunday has been moved"});
}

TEST_CASE("a hard-wrapped e-mail is joined into its paragraphs") {
  const char* email =
      "Hi Dana,\n"
      "\n"
      "Thanks for sending the draft over so quickly. I read it on the train\n"
      "this morning and I think the second section needs a clearer opening,\n"
      "because readers will not know who Tom Whitfield is until page three.\n"
      "Could you move his introduction up?\n"
      "\n"
      "The figures in the table also look off to me. The council said the\n"
      "bridge would cost 4.2 million, not 2.4 million, and the vote was on\n"
      "Tuesday rather than Wednesday.\n"
      "\n"
      "Best,\n"
      "Marta\n";
  CHECK(paragraphs(email) ==
        Parts{"Hi Dana,",
              "Thanks for sending the draft over so quickly. I read it on the train\n"
              "this morning and I think the second section needs a clearer opening,\n"
              "because readers will not know who Tom Whitfield is until page three.\n"
              "Could you move his introduction up?",
              "The figures in the table also look off to me. The council said the\n"
              "bridge would cost 4.2 million, not 2.4 million, and the vote was on\n"
              "Tuesday rather than Wednesday.",
              "Best,", "Marta"});
  auto s = sentences(email);
  REQUIRE(s.size() == 8);
  CHECK(s[2] ==
        "I read it on the train\nthis morning and I think the second section needs a clearer opening,\n"
        "because readers will not know who Tom Whitfield is until page three.");
  CHECK(s[3] == "Could you move his introduction up?");
}

TEST_CASE("wrapped wire copy with indented paragraphs") {
  const char* wire =
      "HARBOUR CITY (Newswire) - Dock workers ended a two-week strike on\n"
      "Thursday after the port authority agreed to raise night shift pay,\n"
      "union leaders said.\n"
      "   The agreement still has to be approved by members in a vote next\n"
      "week. Shipping firms said the backlog of containers would take about\n"
      "a month to clear.\n"
      "   Reporting by Lee Park\n";
  CHECK(paragraphs(wire) ==
        Parts{"HARBOUR CITY (Newswire) - Dock workers ended a two-week strike on\n"
              "Thursday after the port authority agreed to raise night shift pay,\n"
              "union leaders said.",
              "The agreement still has to be approved by members in a vote next\n"
              "week. Shipping firms said the backlog of containers would take about\n"
              "a month to clear.",
              "Reporting by Lee Park"});
}

TEST_CASE("samples-style pastes with short paragraphs stay one per line") {
  const char* paste =
      "Council Approves New Bridge\n"
      "By Sam Ortiz\n"
      "March 3, 2025\n"
      "The city council approved the bridge on Monday.\n"
      "Work is due to start in the spring, officials said.\n"
      "Residents near the river have opposed the plan for years.\n"
      "\n"
      "Related stories\n"
      "Share this article\n";
  CHECK(paragraphs(paste).size() == 8);
  // Long lines anywhere show a one-paragraph-per-line paste: nothing is joined,
  // not even a line that ends without punctuation before a lower-case one.
  std::string long_line(150, 'x');
  std::string mixed = "The minister spoke at length about the\n" "reforms planned for next year\n" + long_line +
                      "\n" + long_line + "\n";
  CHECK(paragraphs(mixed).size() == 4);
}

TEST_CASE("Unicode line breaks and white space in lines") {
  // NEL, U+2028 and U+2029 break lines; curly quotes and NBSP do not.
  CHECK(paragraphs("\xE2\x80\x9CYes,\xE2\x80\x9D she said.\xC2\x85Next.\xE2\x80\xA8Last.\xE2\x80\xA9" "End.") ==
        Parts{"\xE2\x80\x9CYes,\xE2\x80\x9D she said.", "Next.", "Last.", "End."});
  CHECK(paragraphs("\xC2\xA0 Indented with NBSP.\xC2\xA0\nSecond line.") ==
        Parts{"Indented with NBSP.", "Second line."});
  // A lone continuation byte (unrepaired input) never hides a line break.
  CHECK(paragraphs(std::string("Bad \xC3\nbyte.")).size() == 2);
}

TEST_CASE("wrapped text with a margin, a colon at a wrap, and no blank lines") {
  // Every line carries the same two-space margin: only extra indentation opens a paragraph.
  const char* quoted =
      "  The board met on Tuesday and agreed to delay the vote on the new\n"
      "  stadium until the spring, when the final cost estimates are due:\n"
      "  members said they could not back a plan without firm numbers.\n"
      "  The mayor's office said it was disappointed but would wait.\n"
      "\n"
      "  Residents who live near the site have asked for a public hearing\n"
      "  before any decision is taken.\n";
  CHECK(paragraphs(quoted) ==
        Parts{"The board met on Tuesday and agreed to delay the vote on the new\n"
              "  stadium until the spring, when the final cost estimates are due:\n"
              "  members said they could not back a plan without firm numbers.\n"
              "  The mayor's office said it was disappointed but would wait.",
              "Residents who live near the site have asked for a public hearing\n"
              "  before any decision is taken."});
  // Without blank lines, a short last line still ends its paragraph.
  const char* packed =
      "Ferry services resumed on Sunday after three days of storms kept boats\n"
      "in harbour across the islands.\n"
      "Operators said extra sailings would run on Monday to clear the queue of\n"
      "lorries waiting at the ports, and that fares would not change.\n"
      "Schools on the smaller islands will reopen on Tuesday.\n";
  CHECK(paragraphs(packed).size() == 3);
}

TEST_CASE("paragraphs tile the text on random wrapped and unwrapped input") {
  const char* words[] = {"the", "Council", "said", "it", "would", "vote.", "a)", "-", "By", "Note:", "\xC2\xA0",
                         "\xE2\x80\x9Cquote\xE2\x80\x9D", "\xE2\x80\xA8", "\t", "x", "1.", "and", "\xD0\x9C\xD0\xB8\xD1\x80"};
  unsigned seed = 7;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    int lines = int(next() % 40);
    size_t width = 20 + next() % 100;
    for (int l = 0; l < lines; ++l) {
      if (next() % 5 == 0) text += "   ";
      std::string line;
      while (line.size() < width) {
        line += words[next() % std::size(words)];
        line += ' ';
      }
      text += line;
      text += (next() % 4 == 0) ? "\n\n" : (next() % 7 == 0 ? "\r\n" : "\n");
    }
    auto ps = split_paragraphs(text);
    size_t pos = 0;
    for (const Paragraph& p : ps) {
      REQUIRE(p.span.start < p.span.end);
      REQUIRE(p.span.start >= pos);
      REQUIRE(p.span.end <= text.size());
      for (size_t i = pos; i < p.span.start;) {  // only white space between paragraphs
        auto d = utf8::decode(text, i);
        REQUIRE(utf8::is_space(d.cp));
        i += d.len;
      }
      CHECK_FALSE(utf8::is_space(utf8::decode(text, p.span.start).cp));
      CHECK_FALSE(utf8::is_space(utf8::decode(text, utf8::prev_start(text, p.span.end)).cp));
      pos = p.span.end;
    }
    for (size_t i = pos; i < text.size();) {
      auto d = utf8::decode(text, i);
      REQUIRE(utf8::is_space(d.cp));
      i += d.len;
    }
  }
}

TEST_CASE("line breaks at every offset among characters that end in a break's last byte") {
  // é (C3 A9), © (C2 A9), Ũ (C5 A8), ą (C4 85), U+2005 (E2 80 85) and a
  // curly quote end in the same bytes as NEL (C2 85) and U+2028/U+2029
  // (E2 80 A8/A9) or share their lead: none of them breaks a line, wherever
  // they fall in the splitter's eight- and sixteen-byte steps.
  const std::string confusable = "caf\xC3\xA9 \xC2\xA9 \xC5\xA8 \xC4\x85\xE2\x80\x85\xE2\x80\x9Cq";
  const char* breaks[] = {"\n", "\r\n", "\r", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"};
  for (const char* brk : breaks) {
    for (size_t pad = 0; pad < 34; ++pad) {
      const std::string first = "A" + std::string(pad, 'a') + " " + confusable + ".";
      const std::string second = "B " + confusable + std::string(pad, 'c') + ".";
      CHECK(paragraphs(first + brk + second) == Parts{first, second});
      CHECK(paragraphs(first + brk) == Parts{first});
    }
  }
  // Broken sequences around a break byte (unrepaired input) leave the break where it is.
  CHECK(paragraphs(std::string("One \xE2\x80\nTwo \x85 \xA8\xA9 three")) ==
        Parts{"One \xE2\x80", "Two \x85 \xA8\xA9 three"});
}

// Natively, a text split without the non-ASCII list takes the sixteen-byte
// scan, which counts a line's width from its continuation bytes; with the
// list it takes the scan that decodes each character. Hard-wrapped lines full
// of accents, dashes and curly quotes are joined by their widths: both scans
// must join the same lines, wherever the characters fall in a block.
TEST_CASE("the scans with and without the non-ASCII list give the same paragraphs") {
  const char* words[] = {"na\xC3\xAFve", "caf\xC3\xA9", "\xE2\x80\x94", "\xE2\x80\x9Cso\xE2\x80\x9D", "r\xC3\xA9sum\xC3\xA9",
                         "and", "the", "ferries", "were", "late", "\xC2\xA9", "\xC5\xA8", "\xF0\x9F\x99\x82", "town"};
  unsigned seed = 11;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  size_t joined = 0;
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const size_t width = 30 + next() % 50;  // in code points
    const int lines = 2 + int(next() % 12);
    for (int l = 0; l < lines; ++l) {
      std::string line;
      size_t points = 0;
      for (;;) {
        const std::string w = words[next() % std::size(words)];
        size_t n = 0;  // code points: the bytes that start one
        for (unsigned char b : w) n += (b & 0xC0) != 0x80;
        if (points + n + 1 > width) break;
        line += w + ' ';
        points += n + 1;
      }
      text += line;
      text += next() % 9 == 0 ? "\n\n" : (next() % 11 == 0 ? "\xE2\x80\xA8" : "\n");
    }
    NonAsciiStarts listed(text.size());
    const auto plain = split_paragraphs(text);
    const auto with_list = split_paragraphs(text, &listed);
    REQUIRE(plain.size() == with_list.size());
    for (size_t i = 0; i < plain.size(); ++i) {
      CHECK(plain[i].span.start == with_list[i].span.start);
      CHECK(plain[i].span.end == with_list[i].span.end);
      joined += text.substr(plain[i].span.start, plain[i].span.size()).find('\n') != std::string::npos;
    }
  }
  CHECK(joined > 50);  // the widths decided joins, not only the breaks
}

// split_lines reserves a line per 64 bytes and, when short lines outgrow
// that, counts the rest of the text's line feeds once: every line must still
// come out, whichever breaks end them and wherever the room runs out.
TEST_CASE("texts of short lines outgrow the first guess of the line count") {
  for (const char* brk : {"\n", "\r\n", "\r", "\xC2\x85", "\n\n", "\r\r"}) {
    for (int count : {1, 2, 3, 63, 64, 65, 200, 3000}) {
      std::string text;
      Parts expected;
      for (int i = 0; i < count; ++i) {
        std::string word = "w" + std::to_string(i % 50) + (i % 3 ? "." : "");
        text += word;
        text += brk;
        expected.push_back(word);
      }
      CAPTURE(count);
      CHECK(paragraphs(text) == expected);
      // The same lines between long ones: the guess fits at first, then runs out.
      std::string mixed(2000, 'a');
      mixed += "\n";
      mixed += text;
      Parts mixed_expected{std::string(2000, 'a')};
      mixed_expected.insert(mixed_expected.end(), expected.begin(), expected.end());
      CHECK(paragraphs(mixed) == mixed_expected);
    }
  }
  // Line feeds and lone carriage returns taking turns, with blank lines.
  std::string text;
  Parts expected;
  for (int i = 0; i < 5000; ++i) {
    text += "x" + std::to_string(i) + (i % 2 ? "\r" : "\n") + (i % 5 ? "" : "\n");
    expected.push_back("x" + std::to_string(i));
  }
  CHECK(paragraphs(text) == expected);
}

// The page's WebAssembly module has no SSE2: its lines are found by the
// eight-byte loop, which natively runs only past the sixteen-byte scan's
// stops. LineScan::portable runs it alone, so that both loops are tested here
// against each other: the same paragraphs, and the same list of non-ASCII
// starts (complete or not), on texts of every kind of break, space and
// character placed at random places of the blocks.
TEST_CASE("the SSE2 and the portable line scans give the same paragraphs and list") {
  const char* pieces[] = {"The ferry ran late", " ", "a", "\n", "\r\n", "\r", "\n\n", "\t", ". ", "   ",
                          "\xC3\xA9", "\xC2\xA9", "\xC5\xA8", "\xC4\x85", "\xE2\x80\x85", "\xE2\x80\x9C", "\xE2\x80\x94",
                          "\xE4\xB8\xAD", "\xF0\x9F\x99\x82", "\xC2\xA0", "\xE3\x80\x80", "\xC2\x85", "\xE2\x80\xA8",
                          "\xE2\x80\xA9", "\x0B", "\x0C", "\x01"};
  unsigned seed = 29;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  auto same = [](const std::string& text) {
    for (bool list : {false, true}) {
      NonAsciiStarts wide_list(text.size()), portable_list(text.size());
      const auto wide = split_paragraphs(text, list ? &wide_list : nullptr, LineScan::fastest);
      const auto portable = split_paragraphs(text, list ? &portable_list : nullptr, LineScan::portable);
      REQUIRE(wide.size() == portable.size());
      for (size_t i = 0; i < wide.size(); ++i) REQUIRE(wide[i].span == portable[i].span);
      if (!list) continue;  // the lists were not asked: unwritten room
      REQUIRE(wide_list.complete == portable_list.complete);
      REQUIRE(wide_list.starts == portable_list.starts);
    }
  };
  for (int round = 0; round < 600; ++round) {
    std::string text;
    const size_t count = (next() >> 8) % 120;
    const bool dense = round % 4 == 0;  // mostly non-ASCII: the list runs out of room
    for (size_t k = 0; k < count; ++k) {
      const unsigned r = next() >> 8;
      if (!dense && r % 4 == 0) text += std::string(r % 37, 'w');  // an ASCII run across blocks
      else text += pieces[(dense ? 10 + r % 17 : r) % std::size(pieces)];
    }
    CAPTURE(text);
    same(text);
  }
  // Every break after ASCII runs of every length up to three blocks, with a
  // confusable character just before and after it.
  for (const char* brk : {"\n", "\r\n", "\r", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
    for (size_t pad = 0; pad < 50; ++pad) {
      same(std::string(pad, 'x') + "\xC3\xA9" + brk + "\xE2\x80\x85" + std::string(50 - pad, 'y'));
      same("  " + std::string(pad, 'z') + brk + "\xC2\xA0 tail");
    }
  }
}
