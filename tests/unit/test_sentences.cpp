#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rules/sentence_marks.h"
#include "rules/web_text.h"
#include "sentence_context.h"
#include "segmenter.h"
#include "sentences.h"
#include "utf8.h"

using namespace claimscope;

namespace {

// The paragraph is the whole text, trimmed as the paragraph splitter would.
Paragraph whole(std::string_view text) {
  Paragraph p;
  size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  p.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  return p;
}

std::vector<Sentence> spans(std::string_view text) {
  std::vector<Sentence> out;
  split_sentences(text, whole(text), 7, out);
  return out;
}

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : spans(text)) out.emplace_back(text.substr(s.span.start, s.span.size()));
  return out;
}

using Parts = std::vector<std::string>;

// Everything in [from, to) is white space.
void require_gap(std::string_view text, size_t from, size_t to) {
  for (size_t i = from; i < to;) {
    auto d = utf8::decode(text, i);
    REQUIRE(utf8::is_space(d.cp));
    i += d.len;
  }
}

// Sentences are sorted, trimmed, non-empty, on code point boundaries, and
// cover every non-space byte of the paragraph.
void check_tiling(std::string_view text) {
  auto got = spans(text);
  Paragraph p = whole(text);
  size_t pos = p.span.start;
  for (const Sentence& s : got) {
    REQUIRE(s.span.start < s.span.end);
    REQUIRE(s.span.start >= pos);
    REQUIRE(s.span.end <= p.span.end);
    CHECK(s.paragraph == 7u);
    require_gap(text, pos, s.span.start);
    auto first = utf8::decode(text, s.span.start);
    CHECK_FALSE(utf8::is_space(first.cp));
    auto last = utf8::decode(text, utf8::prev_start(text, s.span.end));
    CHECK_FALSE(utf8::is_space(last.cp));
    CHECK((static_cast<unsigned char>(text[s.span.start]) & 0xC0) != 0x80);
    if (s.span.end < text.size()) CHECK((static_cast<unsigned char>(text[s.span.end]) & 0xC0) != 0x80);
    pos = s.span.end;
  }
  require_gap(text, pos, p.span.end);
}

}  // namespace

TEST_CASE("plain sentence ends") {
  CHECK(split("The council met today. It voted to close the bridge.") ==
        Parts{"The council met today.", "It voted to close the bridge."});
  CHECK(split("Is the bridge safe? Engineers think so! They checked twice.") ==
        Parts{"Is the bridge safe?", "Engineers think so!", "They checked twice."});
  CHECK(split("No final mark here") == Parts{"No final mark here"});
}

TEST_CASE("exact spans exclude the space between sentences") {
  std::string text = "Rain fell.  Roads flooded.";
  auto got = spans(text);
  REQUIRE(got.size() == 2);
  CHECK(got[0].span == Span{0, 10});
  CHECK(got[1].span == Span{12, 26});
  // Leading and trailing spaces of the paragraph stay outside.
  auto padded = spans("  Hi there. Bye.  ");
  REQUIRE(padded.size() == 2);
  CHECK(padded[0].span == Span{2, 11});
  CHECK(padded[1].span == Span{12, 16});
}

TEST_CASE("titles and ranks never end a sentence") {
  CHECK(split("Dr. Amal Reyes met Gov. Tom Hale and Lt. Gen. Sara Obi on Monday.").size() == 1);
  CHECK(split("Mr. and Mrs. Okafor flew home. Sen. Ruiz stayed.") ==
        Parts{"Mr. and Mrs. Okafor flew home.", "Sen. Ruiz stayed."});
  CHECK(split("The climbers reached Mt. Kenya at dawn.").size() == 1);
}

TEST_CASE("months, states and company forms end a sentence only before a typical starter") {
  CHECK(split("The law took effect on Sept. 4 in Sacramento, Calif. on schedule.").size() == 1);
  CHECK(split("She moved to Boston, Mass. The winters were long.") ==
        Parts{"She moved to Boston, Mass.", "The winters were long."});
  CHECK(split("He sued Vance Holdings Inc. in federal court.").size() == 1);
  CHECK(split("He sued Vance Holdings Inc. It settled a year later.") ==
        Parts{"He sued Vance Holdings Inc.", "It settled a year later."});
  CHECK(split("The shares of Pell & Co. Ltd. rose.").size() == 1);
  CHECK(split("Martin Luther King Jr. Day is a holiday.").size() == 1);
  CHECK(split("He read Smith Jr.'s memo.").size() == 1);
}

TEST_CASE("capitalised-only abbreviations ignore the ordinary word") {
  // "miss." is a verb here, "Miss." would be the state.
  CHECK(split("They did not want to miss. The game was close.") ==
        Parts{"They did not want to miss.", "The game was close."});
  CHECK(split("They drove to Tupelo, Miss. on Friday.").size() == 1);
}

TEST_CASE("number abbreviations hold before a digit only") {
  CHECK(split("See p. 12 and No. 5 in the report.").size() == 1);
  CHECK(split("Ask him and he will say no. Then he leaves.") ==
        Parts{"Ask him and he will say no.", "Then he leaves."});
  CHECK(split("Call ext. 4410 for help.").size() == 1);
}

TEST_CASE("latin and other inner abbreviations") {
  CHECK(split("Bring fruit, e.g. Apples or pears, and water, i.e. Two bottles.").size() == 1);
  CHECK(split("It was Brown vs. Board that changed it.").size() == 1);
  CHECK(split("We sell pens, paper, etc. The shop opens at nine.") ==
        Parts{"We sell pens, paper, etc.", "The shop opens at nine."});
}

TEST_CASE("a.m. and p.m.") {
  CHECK(split("By 6 a.m. Ms. Lund had left the house.").size() == 1);
  CHECK(split("The vote closes at 9 p.m. Tuesday in all districts.").size() == 1);
  CHECK(split("The ferry office in the port shut at 8 p.m. Mrs. Hill counted the tickets.") ==
        Parts{"The ferry office in the port shut at 8 p.m.", "Mrs. Hill counted the tickets."});
  CHECK(split("We left at 7 p.m. It was dark.") == Parts{"We left at 7 p.m.", "It was dark."});
}

TEST_CASE("multi-period abbreviations inside and at the end of a sentence") {
  CHECK(split("The U.S. Navy sent two ships.").size() == 1);
  CHECK(split("Prices in the U.K. rose again in May.").size() == 1);
  CHECK(split("She studied in the U.S. Where did you study?") ==
        Parts{"She studied in the U.S.", "Where did you study?"});
  CHECK(split("The plan went to the U.N. They rejected it.") ==
        Parts{"The plan went to the U.N.", "They rejected it."});
  CHECK(split("Ana Vidal, Ph.D. candidate, spoke first.").size() == 1);
}

TEST_CASE("initials") {
  CHECK(split("The novel by Mary W. Shelley came out in 1818.").size() == 1);
  CHECK(split("The poems of T. S. Eliot were read aloud.").size() == 1);
  CHECK(split("J. K. Rowling signed books.").size() == 1);
  CHECK(split("The guests were Tom and I. Were you there?") ==
        Parts{"The guests were Tom and I.", "Were you there?"});
  CHECK(split("Ask Chris I. Moreno about it.").size() == 1);
  CHECK(split("Ask Chris I. Will about it.").size() == 1);
  CHECK(split("They call it Gen Z. They grew up online.") ==
        Parts{"They call it Gen Z.", "They grew up online."});
  CHECK(split("The team needs a plan B. What is it?") == Parts{"The team needs a plan B.", "What is it?"});
}

TEST_CASE("numbers, money and decimals") {
  CHECK(split("Growth was 3.5 percent, or $2.4 billion, last year.").size() == 1);
  CHECK(split("The ticket cost $12.50. Children paid less.") ==
        Parts{"The ticket cost $12.50.", "Children paid less."});
  CHECK(split("The museum opened in 1998. 2004 was its best year.") ==
        Parts{"The museum opened in 1998.", "2004 was its best year."});
}

TEST_CASE("list markers") {
  CHECK(split("1. Buy milk 2. Feed the cat 3. Sleep") == Parts{"1. Buy milk", "2. Feed the cat", "3. Sleep"});
  CHECK(split("1) Buy milk. 2) Feed the cat.") == Parts{"1) Buy milk.", "2) Feed the cat."});
  CHECK(split("1.) Buy milk 2.) Feed the cat") == Parts{"1.) Buy milk", "2.) Feed the cat"});
  CHECK(split("a. Red b. Green c. Blue") == Parts{"a. Red", "b. Green", "c. Blue"});
  CHECK(split("\u2022 Apples \u2022 Pears") == Parts{"\u2022 Apples", "\u2022 Pears"});
  CHECK(split("\u2022 4. Apples \u2022 5. Pears") == Parts{"\u2022 4. Apples", "\u2022 5. Pears"});
  // Numbers that do not continue the list stay inside the item.
  CHECK(split("1. Buy 3 eggs and 5 apples") == Parts{"1. Buy 3 eggs and 5 apples"});
  // "A." at the start is an initial, not a list.
  CHECK(split("A. Ruiz and B. Chen won.") == Parts{"A. Ruiz and B. Chen won."});
}

TEST_CASE("ellipses") {
  CHECK(split("He hesitated ... then he signed.").size() == 1);
  CHECK(split("We waited... The bus never came.") == Parts{"We waited...", "The bus never came."});
  CHECK(split("We waited\u2026 The bus never came.") == Parts{"We waited\u2026", "The bus never came."});
  CHECK(split("It was, well . . . I don't know.").size() == 1);
  CHECK(split("I never said that.... She walked out.") == Parts{"I never said that....", "She walked out."});
  CHECK(split("They had gone . . . . Nobody followed.") ==
        Parts{"They had gone . . . .", "Nobody followed."});
  CHECK(split("The river rose. . . . The town was evacuated.") ==
        Parts{"The river rose.", ". . . The town was evacuated."});
  CHECK(split("\"Laws [...] must be obeyed [...]\" (Reyes 12).").size() == 1);
  CHECK(split("Great food.. Slow service..") == Parts{"Great food..", "Slow service.."});
}

TEST_CASE("quotes and brackets after the final mark") {
  CHECK(split("He said \u201cStop.\u201d Then he left.") ==
        Parts{"He said \u201cStop.\u201d", "Then he left."});
  CHECK(split("\u201cReally?\u201d she asked.").size() == 1);
  CHECK(split("She said, \"It is done.\" he added nothing.").size() == 1);
  CHECK(split("'We lost.' She smiled anyway.") == Parts{"'We lost.'", "She smiled anyway."});
  CHECK(split("He left (he was tired.) before dinner.").size() == 1);
  // A stray quote mark after a space at the end stays with the sentence.
  CHECK(split("It is over. We lost. \u2018") == Parts{"It is over.", "We lost. \u2018"});
  CHECK(split("He left early. (He was tired.) Then it rained.") ==
        Parts{"He left early.", "(He was tired.)", "Then it rained."});
}

TEST_CASE("double punctuation and exclamations in names") {
  CHECK(split("What?! You sold it?? Wow!! Fine.") == Parts{"What?!", "You sold it??", "Wow!!", "Fine."});
  CHECK(split("He worked at Yahoo! in the ad team.").size() == 1);
  CHECK(split("We won! the fans went wild.") == Parts{"We won!", "the fans went wild."});
}

TEST_CASE("URLs, e-mail addresses, file names and versions") {
  CHECK(split("Read it at https://news.example.org/a/b.html. Then comment.") ==
        Parts{"Read it at https://news.example.org/a/b.html.", "Then comment."});
  CHECK(split("Write to Ana.Perez@example.com. She replies fast.") ==
        Parts{"Write to Ana.Perez@example.com.", "She replies fast."});
  CHECK(split("Open report.pdf in version v2.0.1 of the app.").size() == 1);
  CHECK(split("Visit example.com for details.").size() == 1);
  CHECK(split("Posted via Newsfeed.Com today.").size() == 1);
}

TEST_CASE("missing space between sentences") {
  CHECK(split("It rained.Then the sun came out.") == Parts{"It rained.", "Then the sun came out."});
  CHECK(split("They paid 2,000.That was fair.") == Parts{"They paid 2,000.", "That was fair."});
}

TEST_CASE("citation markers stay with the sentence before them") {
  CHECK(split("The dam was finished in 1936. [4] It still stands.") ==
        Parts{"The dam was finished in 1936. [4]", "It still stands."});
  CHECK(split("Text ends here. [...] More text follows.") ==
        Parts{"Text ends here. [...]", "More text follows."});
}

TEST_CASE("lower-case sentence starts need strong evidence") {
  CHECK(split("we got home late. they were asleep.") == Parts{"we got home late.", "they were asleep."});
  CHECK(split("is it open? where is it?") == Parts{"is it open?", "where is it?"});
  // After a full word, a lower-case word starts a sentence in informal text.
  CHECK(split("It rained. so we stayed in.") == Parts{"It rained.", "so we stayed in."});
  // After a short unlisted token it may be an abbreviation: no split.
  CHECK(split("Add 2 qts. of milk.") == Parts{"Add 2 qts. of milk."});
  // A closing quote or bracket before a lower-case word: the sentence goes on.
  CHECK(split("He said \"go home.\" then he left.").size() == 1);
  CHECK(split("They sell pens etc. the shop said.") == Parts{"They sell pens etc.", "the shop said."});
  CHECK(split("ok. i will come.") == Parts{"ok.", "i will come."});
}

TEST_CASE("geo coordinates and degree signs") {
  CHECK(split("The buoy sits at 41.40338, 2.17403 off the coast.").size() == 1);
  CHECK(split("Find it at N\u00b0. 10.22.3. That is the spot.") ==
        Parts{"Find it at N\u00b0. 10.22.3.", "That is the spot."});
}

TEST_CASE("other scripts") {
  CHECK(split("\u4eca\u5929\u4e0b\u96e8\u3002\u6211\u4eec\u5728\u5bb6\u3002") ==
        Parts{"\u4eca\u5929\u4e0b\u96e8\u3002", "\u6211\u4eec\u5728\u5bb6\u3002"});
  CHECK(split("\u300c\u597d\u5417\uff1f\u300d\u4ed6\u95ee\u3002") ==
        Parts{"\u300c\u597d\u5417\uff1f\u300d", "\u4ed6\u95ee\u3002"});
  // Arabic question mark, then an Arabic sentence.
  CHECK(split("\u0647\u0644 \u0623\u0646\u062a \u0647\u0646\u0627\u061f \u0646\u0639\u0645.").size() == 2);
  CHECK(split("\u0915\u0932 \u092c\u093e\u0930\u093f\u0936 \u0939\u0941\u0908\u0964 \u0906\u091c \u0927\u0942\u092a \u0939\u0948\u0964")
            .size() == 2);
}

TEST_CASE("tiling holds on odd input") {
  check_tiling("");
  check_tiling("   ");
  check_tiling(".");
  check_tiling("?!?!...");
  check_tiling(". . . . .");
  check_tiling("Hi. \u00a0 There.");
  check_tiling("\U0001F600. \U0001F389! Party \U0001F973.");
  check_tiling("\u05e9\u05dc\u05d5\u05dd. \u05de\u05d4 \u05e9\u05dc\u05d5\u05de\u05da?");
  check_tiling("\u4f60\u597d\u3002\u3002\u3002\u518d\u89c1\uff01");
  check_tiling("1. 2. 3. a. b. \u2022 \u2022 .) ) [");
  check_tiling("\xEF\xBF\xBD. \xEF\xBF\xBD");
  std::string periods(100000, '.');
  check_tiling(periods);
  CHECK(split(periods).size() == 1);
  std::string dotted;
  for (int i = 0; i < 20000; ++i) dotted += "a.B";
  check_tiling(dotted);
  std::string words;
  for (int i = 0; i < 20000; ++i) words += "Word. ";
  check_tiling(words);
  CHECK(spans(words).size() == 20000);
  // A giant first token, then many clock times: every look-around is bounded.
  std::string clock(200000, 'x');
  for (int i = 0; i < 5000; ++i) clock += " said it shut at 5 p.m. Lee";
  check_tiling(clock);
  CHECK(spans(clock).size() == 5001);
  std::string list;
  for (int i = 1; i <= 999; ++i) list += std::to_string(i) + ". item ";
  CHECK(spans(list).size() == 999);
}

TEST_CASE("only the paragraph's own text is segmented") {
  std::string text = "First para. Still first.\n\nSecond. Para.";
  Paragraph p;
  p.span = {26, static_cast<uint32_t>(text.size())};
  std::vector<Sentence> out;
  split_sentences(text, p, 1, out);
  REQUIRE(out.size() == 2);
  CHECK(out[0].span == Span{26, 33});
  CHECK(out[1].span == Span{34, 39});
  CHECK(out[1].paragraph == 1u);
}

TEST_CASE("line breaks inside a wrapped paragraph are spaces") {
  CHECK(split("The vote was close.\nThe mayor conceded.") == Parts{"The vote was close.", "The mayor conceded."});
  CHECK(split("Talks with Mr.\nLee ended.") == Parts{"Talks with Mr.\nLee ended."});
  check_tiling("Line one\r\nline two.\r\nLine three.");
}

TEST_CASE("emoticons end a sentence before a capitalised word") {
  CHECK(split("The hotel was lovely :) We will go back next year.") ==
        Parts{"The hotel was lovely :)", "We will go back next year."});
  CHECK(split("Lost my keys again :-( they were in my coat.") ==
        Parts{"Lost my keys again :-(", "they were in my coat."});
  // Before an ordinary lower-case word, or glued to a word, nothing changes.
  CHECK(split("It was fun :) mostly.").size() == 1);
  CHECK(split("See ratio 3:1 Then stop.").size() == 1);
}

TEST_CASE("web addresses without final punctuation") {
  CHECK(split("Photos: http://example.org/a.jpg http://example.org/b.jpg www.example.net/c") ==
        Parts{"Photos: http://example.org/a.jpg", "http://example.org/b.jpg", "www.example.net/c"});
  CHECK(split("The full report is at https://example.com/report It runs to 90 pages.") ==
        Parts{"The full report is at https://example.com/report", "It runs to 90 pages."});
  // A name or lower-case word after an address: the sentence goes on.
  CHECK(split("Read https://example.com/x Monday or later.").size() == 1);
  CHECK(split("Go to www.example.com for details.").size() == 1);
  // Punctuation after the address is still read as usual.
  CHECK(split("Visit http://example.com. It is free.") == Parts{"Visit http://example.com.", "It is free."});
  CHECK(split("Is it http://example.com? No.") == Parts{"Is it http://example.com?", "No."});
}

TEST_CASE("letter openings and closings are lines of their own") {
  CHECK(split("Dear Ms. Okafor, Thank you for the quick reply.") ==
        Parts{"Dear Ms. Okafor,", "Thank you for the quick reply."});
  CHECK(split("See you Friday. Best regards, Tomas Lindqvist") ==
        Parts{"See you Friday.", "Best regards,", "Tomas Lindqvist"});
  CHECK(split("Sincerely, Ada") == Parts{"Sincerely,", "Ada"});
  // Greetings count only at the paragraph start; a lower-case word after the comma holds.
  CHECK(split("He wrote back. Hi, John is here.").size() == 2);
  CHECK(split("Hi, everyone is welcome.").size() == 1);
  CHECK(split("Thanks, Maria, for the photos.").size() == 1);
  CHECK(split("Regards to your mother, Sam.").size() == 1);
}

// salutation_end first asks whether the sentence's first two letters can
// start a closing or greeting at all: every entry of both tables must pass.
TEST_CASE("every letter closing and greeting in the tables is found") {
  for (const WordRule& r : kValedictions) {
    std::string phrase = r.text;
    phrase[0] = static_cast<char>(phrase[0] - 32);
    CHECK(split("See you soon. " + phrase + ", Tomas").size() == 3);
  }
  for (const WordRule& r : kGreetings) {
    std::string phrase = r.text;
    phrase[0] = static_cast<char>(phrase[0] - 32);
    CHECK(split(phrase + " Ana, The draft is attached.").size() == 2);
  }
}

TEST_CASE("e-mail header clock times and postscripts") {
  // The name, the dated stamp and the message are three lines of a forwarded header.
  CHECK(split("Ana Reis 03/14/2001 09:15 AM Please send the signed copy today.") ==
        Parts{"Ana Reis", "03/14/2001 09:15 AM", "Please send the signed copy today."});
  CHECK(split("Copy to: <ana@example.org> 3/4/01 10:02:11 PM Thanks for the notes.") ==
        Parts{"Copy to: <ana@example.org>", "3/4/01 10:02:11 PM", "Thanks for the notes."});
  // After a preposition the date belongs to the sentence.
  CHECK(split("We met on 03/14/2001 09:15 AM in the lobby.").size() == 1);
  // A time word after the time, or a fronted time: one sentence.
  CHECK(split("The vote is set for 10:30 AM Tuesday in the hall.").size() == 1);
  CHECK(split("At 9:05 PM Officer Diaz arrived.").size() == 1);
  CHECK(split("P.S. I will bring the maps.") == Parts{"P.S. I will bring the maps."});
  CHECK(split("Call me. PS. The door code changed.") == Parts{"Call me.", "PS. The door code changed."});
  CHECK(split("Direct line:? 555 0100 Fax:? 555 0101").size() == 1);
}

TEST_CASE("an e-mail address ends a signature line before a capital or a number") {
  CHECK(split("From: <lena.park@example.org> Subject: budget") ==
        Parts{"From: <lena.park@example.org>", "Subject: budget"});
  CHECK(split("Lena Park lena.park@example.org Our office moved.") ==
        Parts{"Lena Park lena.park@example.org", "Our office moved."});
  // A bare address before a name: an author line goes on.
  CHECK(split("Lena Park lena.park@example.org City University").size() == 1);
  CHECK(split("Write to desk@example.com 24 hours a day.").size() == 2);
  // Lower-case words and punctuation after the address: read as usual.
  CHECK(split("Write to desk@example.com for a copy.").size() == 1);
  CHECK(split("Write to desk@example.com. We reply fast.") ==
        Parts{"Write to desk@example.com.", "We reply fast."});
  CHECK(split("@handle said so. Then he left.").size() == 2);
}

TEST_CASE("web rules keep the tiling and stay bounded") {
  std::string urls;
  for (int i = 0; i < 5000; ++i) urls += "http://example.com/" + std::to_string(i) + " ";
  check_tiling(urls);
  CHECK(spans(urls).size() == 5000);
  std::string long_url = "see http://" + std::string(300000, 'a') + " Then http://b.com";
  check_tiling(long_url);
  std::string smileys;
  for (int i = 0; i < 5000; ++i) smileys += ":) :-( ;) ";
  check_tiling(smileys);
  check_tiling("Regards, Regards, Regards, Dear, Hi, A");
  check_tiling(" 1:00 AM 12:00:00 PM M AM 9:99 AM Z");
  check_tiling("a 1/2/3 4:56 PM B 1/2/34 5:67 AM C @ @@ a@ @b x@y Z");
  std::string stamps;
  for (int i = 0; i < 3000; ++i) stamps += "Ana x@y.org 01/02/2003 04:05 PM Hi ";
  check_tiling(stamps);
}

TEST_CASE("a paragraph of plain words is one sentence") {
  // No mark, comma or list marker: the whole paragraph, trailing spaces trimmed.
  CHECK(split("Harbour lights over Westbay") == Parts{"Harbour lights over Westbay"});
  CHECK(split("Tolvik") == Parts{"Tolvik"});
  CHECK(split("Ferry timetable 2031 and the mayor's plan   ") == Parts{"Ferry timetable 2031 and the mayor's plan"});
  CHECK(spans("Storm-hit docks")[0].paragraph == 7);
  // One mark is enough to hand the paragraph to the segmenter.
  CHECK(split("Ferries stopped. Docks reopened") == Parts{"Ferries stopped.", "Docks reopened"});
  CHECK(split("a) ferries b) docks") == Parts{"a) ferries", "b) docks"});
}

// The plain-words shortcut must give what the segmenter gives: short
// paragraphs with every byte value first, inside and last.
TEST_CASE("the plain-words shortcut agrees with the segmenter for every byte") {
  size_t checked = 0, wrong = 0;
  for (int b = 1; b < 256; ++b) {
    const std::string c(1, char(b));
    for (const std::string& text : {c + "ord", "Wo" + c + "d", "Quay " + c, "Quay" + c, "Tolvik 12" + c + " docks"}) {
      const Paragraph p = whole(text);
      if (p.span.empty()) continue;
      std::vector<Sentence> fast, full;
      split_sentences(text, p, 3, fast);
      seg::Segmenter(text, p, 3, full).run();
      bool same = fast.size() == full.size();
      for (size_t i = 0; same && i < fast.size(); ++i) {
        same = fast[i].span == full[i].span && fast[i].paragraph == full[i].paragraph;
      }
      wrong += !same;
      ++checked;
    }
  }
  CHECK(checked > 1200);
  CHECK(wrong == 0);
}

// is_sentence_mark answers from a bit set built from lists of code points:
// every code point must get the answer of the mark rules' predicates.
TEST_CASE("is_sentence_mark agrees with the mark rules for every code point") {
  auto by_rules = [](char32_t cp) {
    return utf8::is_terminal(cp) || has_mark(kExtraTerminals, cp) || has_mark(kUnspacedTerminals, cp);
  };
  size_t wrong = 0;
  for (char32_t cp : {char32_t(0x3002), char32_t(0x2026), char32_t('.'), char32_t('a'), char32_t(0xFF61)}) {
    wrong += seg::is_sentence_mark(cp) != by_rules(cp);
  }
  for (char32_t cp = 0x10FFFF;; --cp) {
    wrong += seg::is_sentence_mark(cp) != by_rules(cp);
    if (cp == 0) break;
  }
  CHECK(wrong == 0);
}

// The prose scan skips eight bytes at a time by pairs of bytes: a stop at
// any offset of the step (a period, an ellipsis, a curly quote) must still
// be seen.
TEST_CASE("sentence marks are found at every offset of the eight-byte scan") {
  for (size_t pad = 0; pad < 20; ++pad) {
    std::string lead(pad, 'x');
    std::string text = "Harbour " + lead + " fees rose again. Crews waited.";
    CHECK(split(text) == std::vector<std::string>{"Harbour " + lead + " fees rose again.", "Crews waited."});
    std::string curly = "Ferry " + lead + " \u201Cdelays\u201D grew. Nobody sailed.";
    CHECK(split(curly).size() == 2);
  }
}

// The scan stops at the last byte of a non-ASCII mark (its lead byte is
// shared with curly quotes and dashes): every mark must be seen at every
// offset of the eight-byte step, and characters that merely share a last
// byte with a mark (the em dash ends like the Arabic full stop) end nothing.
TEST_CASE("non-ASCII sentence marks are found by their last byte") {
  size_t marks = 0;
  for (char32_t cp = 0x80; cp < 0x110000; ++cp) {
    if (!seg::is_sentence_mark(cp)) continue;
    ++marks;
    CHECK(cp < 0x10000);  // the stop table knows two- and three-byte marks only
    std::string mark;
    utf8::append(mark, cp);
    for (size_t pad = 0; pad < 9; ++pad) {
      std::string text = "Ships " + std::string(pad, 'x') + " docked" + mark + " Crews waited.";
      CHECK(split(text).size() == 2);
    }
  }
  CHECK(marks >= 10);
  for (size_t pad = 0; pad < 9; ++pad) {
    std::string text = "Ships " + std::string(pad, 'x') + " docked\u2014late\u2019s \u201Cnot\u201D caf\u00e9 \u0661\u06D4x again. Crews waited.";
    CHECK(split(text).size() == 2);
  }
}

// The scan stops before the paragraph's final run of marks and closers
// (a cluster that reaches the end ends nothing); what comes before it is
// split as ever, and a paragraph of marks alone stays one sentence.
TEST_CASE("the final marks and closing quotes of a paragraph") {
  CHECK(split("Crews waited. \u201CWe sail at dawn.\u201D") == Parts{"Crews waited.", "\u201CWe sail at dawn.\u201D"});
  CHECK(split("Crews waited. Why now?!\u201D)") == Parts{"Crews waited.", "Why now?!\u201D)"});
  CHECK(split("Mr. Ruiz left. Nobody saw Dr.") == Parts{"Mr. Ruiz left.", "Nobody saw Dr."});
  CHECK(split("It rained. \"No. Yes.\".") == Parts{"It rained.", "\"No.", "Yes.\"."});
  CHECK(split("?!.\u201D") == Parts{"?!.\u201D"});
  CHECK(split("Crews waited. . .") == Parts{"Crews waited. . ."});
}

// "www." with nothing after it once kept the scan at its period for ever.
TEST_CASE("a bare www. ends like any word") {
  CHECK(split("Go to www. Then stop.") == Parts{"Go to www.", "Then stop."});
  CHECK(split("Visit the site at www.") == Parts{"Visit the site at www."});
  CHECK(split("See a.example.org www.) and more.").size() >= 1);
}

// read_prev_token steps back and lower-cases eight bytes at a time: tokens of
// every length up to the longest it keeps, right at the text's end and with
// text after the period, give the same token as a byte at a time would.
TEST_CASE("read_prev_token: tokens of every length, near the text's end and far from it") {
  const std::string letters = "AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGhIjKlMnOpQrStUvWxYz";
  for (size_t n = 1; n <= 47; ++n) {
    const std::string token = letters.substr(0, n);
    std::string lower = token;
    for (char& c : lower) c = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    for (const std::string& after : {std::string(), std::string(" Then more text follows here, well past fifty bytes."),
                                     std::string(" x")}) {
      const std::string text = "The ferry left \xE2\x80\x9C" + token + "." + after;
      const size_t dot = text.size() - after.size() - 1;
      INFO("n = " << n << ", after = " << after.size());
      const seg::PrevToken t = seg::read_prev_token(text, dot, 0);
      if (n + 3 > 47) {  // with its opening quote (three bytes), too long for an abbreviation
        CHECK(t.len == 0);
        continue;
      }
      CHECK(t.raw == token);  // the opening quote is not part of the word
      CHECK(t.len == n);
      CHECK(std::string(t.lower, t.len) == lower);
    }
  }
  // Longer than any abbreviation: no lower-cased copy.
  const std::string text = "See " + letters.substr(0, 50) + ". Then";
  const seg::PrevToken t = seg::read_prev_token(text, 54, 0);
  CHECK(t.len == 0);
  // A letter beyond ASCII inside the token, a control byte before it, the floor right before it.
  const std::string cafe = "At the\tCaf\xC3\xA9Noir. Then";
  const seg::PrevToken c = seg::read_prev_token(cafe, cafe.find('.'), 0);
  CHECK(c.raw == "Caf\xC3\xA9Noir");
  CHECK(std::string(c.lower, c.len) == "caf\xC3\xA9noir");
  const std::string floor = "said SHIPS.";
  const seg::PrevToken f = seg::read_prev_token(floor, floor.size() - 1, 5);
  CHECK(f.raw == "SHIPS");
  CHECK(std::string(f.lower, f.len) == "ships");
}
