#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "annotate.h"
#include "quote_marks.h"
#include "quotes.h"
#include "utf8.h"

using namespace claimscope;

namespace {

Document run(const std::string& text) { return annotate(text).doc; }

std::string slice(const Document& d, Span s) { return d.text.substr(s.start, s.size()); }

std::vector<std::string> quote_texts(const Document& d) {
  std::vector<std::string> out;
  for (const auto& q : d.quotes) out.push_back(slice(d, q.span));
  return out;
}

void check_spans_valid(const Document& d) {
  uint32_t prev = 0;
  for (const auto& q : d.quotes) {
    CHECK(q.span.start >= prev);
    CHECK(q.span.end <= d.text.size());
    CHECK(q.span.start < q.span.end);
    // Code point boundaries: never the middle of a UTF-8 sequence.
    CHECK((static_cast<unsigned char>(d.text[q.span.start]) & 0xC0) != 0x80);
    if (q.span.end < d.text.size()) CHECK((static_cast<unsigned char>(d.text[q.span.end]) & 0xC0) != 0x80);
    prev = q.span.start;
  }
}

}  // namespace

TEST_CASE("curly double quotes are found with their marks") {
  auto d = run("The mayor said: “The bridge opens in May.” Then she left.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(slice(d, d.quotes[0].span) == "“The bridge opens in May.”");
  CHECK_FALSE(d.quotes[0].unclosed);
  CHECK(d.quotes[0].paragraph == 0);
}

TEST_CASE("straight double quotes pair up") {
  auto d = run("\"We are ready,\" the coach said. \"The team is fit.\"");
  CHECK(quote_texts(d) == std::vector<std::string>{"\"We are ready,\"", "\"The team is fit.\""});
}

TEST_CASE("apostrophes are not single quotes") {
  auto d = run("We’re sure Norland’s plan from the ’90s was rock ’n’ roll, the farmers’ union said.");
  CHECK(d.quotes.empty());
  auto s = run("It's the players' view that we don't need rock 'n' roll.");
  CHECK(s.quotes.empty());
}

TEST_CASE("British single quotes are quotes") {
  auto d = run("The minister called the plan ‘a historic step for the region’ on Monday.");
  CHECK(quote_texts(d) == std::vector<std::string>{"‘a historic step for the region’"});
  auto h = run("Officials warn of ‘serious risks’ ahead");
  CHECK(quote_texts(h) == std::vector<std::string>{"‘serious risks’"});
}

TEST_CASE("an unclosed single mark before a double quote does not swallow it") {
  auto d = run("Sales fell in ‘08 and “nobody expected a recovery,” an analyst said.");
  CHECK(quote_texts(d) == std::vector<std::string>{"“nobody expected a recovery,”"});
}

TEST_CASE("nested quotes stay inside the outer quote") {
  auto d = run("“He told me, ‘Stay home tonight,’ and I listened,” the witness said.");
  CHECK(quote_texts(d) == std::vector<std::string>{"“He told me, ‘Stay home tonight,’ and I listened,”"});
}

TEST_CASE("a closing mark with a space before it still closes") {
  auto d = run("“We will not move our ships , ”the admiral said. Later he sailed.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(slice(d, d.quotes[0].span) == "“We will not move our ships , ”");
}

TEST_CASE("a double quote closed by a single mark after the final punctuation") {
  auto d = run("The envoy said, “Talks failed again today. ‘ Officials then left the room.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(slice(d, d.quotes[0].span) == "“Talks failed again today. ‘");
  CHECK_FALSE(d.quotes[0].unclosed);
}

TEST_CASE("an unclosed quote runs to the end of its paragraph") {
  auto d = run("The agency wrote “Similar claims were made before and proved false\n\nNext paragraph here.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(slice(d, d.quotes[0].span) == "“Similar claims were made before and proved false");
  CHECK(d.quotes[0].unclosed);
}

TEST_CASE("a multi-paragraph quote re-opens in the next paragraph") {
  auto d = run("“The first part of the speech ends here.\n\n“And the second part closes it,” the governor said.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(d.quotes[0].paragraph == 0);
  CHECK(d.quotes[1].paragraph == 1);
  CHECK_FALSE(d.quotes[0].unclosed);
  CHECK(d.quotes[0].group != kNone);
  CHECK(d.quotes[0].group == d.quotes[1].group);
}

TEST_CASE("quotes in a headline are found") {
  auto d = run("Minister: ‘No more delays’ on rail line\n\nThe rail line is late.");
  CHECK(quote_texts(d) == std::vector<std::string>{"‘No more delays’"});
}

TEST_CASE("German and French quotation marks") {
  auto d = run("Der Sprecher sagte „Wir warten ab“ und ging. Il a dit « Nous verrons » hier.");
  CHECK(quote_texts(d) == std::vector<std::string>{"„Wir warten ab“", "« Nous verrons »"});
}

TEST_CASE("one classifier names quotation marks of every style, not the apostrophe") {
  for (char32_t cp : {U'"', U'\u201C', U'\u201D', U'\u2018', U'\u2019', U'\u201E', U'\u00AB', U'\u00BB', U'\u2039',
                      U'\u203A', U'\u201A', U'\u300C', U'\u300F', U'\uFF02'}) {
    CHECK(is_quote_mark(cp));
  }
  // The typewriter apostrophe is mostly a word's (the pier's lamps), and dashes or letters are no marks.
  for (char32_t cp : {U'\'', U'a', U'-', U'\u2014', U'\u00E9', U'\u00BC', U'\u3001'}) CHECK_FALSE(is_quote_mark(cp));
}

TEST_CASE("odd input: empty, marks only, junk, huge") {
  CHECK(run("").quotes.empty());
  CHECK(run("“”").quotes.empty());
  CHECK(run("\"\"\"\"''''’’’‘‘‘").quotes.empty());
  auto junk = run(std::string("\x01\xff“\xfe\x80 ”\"", 9));
  check_spans_valid(junk);
  std::string huge;
  for (int i = 0; i < 20000; ++i) huge += "“Quote number one,” he said. ‘x ";
  auto d = run(huge);
  CHECK(d.quotes.size() >= 20000);
  check_spans_valid(d);
  std::string unclosed(200000, 'a');
  unclosed.insert(0, "“");
  auto u = run(unclosed);
  REQUIRE(u.quotes.size() == 1);
  CHECK(u.quotes[0].unclosed);
}

TEST_CASE("find_quotes works on its own paragraphs") {
  std::string text = "A “b c” d";
  std::vector<Paragraph> paras(1);
  paras[0].span = {0, uint32_t(text.size())};
  auto q = find_quotes(text, paras);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == kNone);
}

TEST_CASE("two apostrophes stand for a double quotation mark") {
  auto d = run("The toll ''is a clumsy way to pay for roads,'' said the economist. It's the drivers' call.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(slice(d, d.quotes[0].span) == "''is a clumsy way to pay for roads,''");
}

TEST_CASE("three apostrophes close a nested quote and the doubled quote around it") {
  auto d = run("''We heard the mayor say 'the bridge stays shut,''' Ms. Ortega said. '''Shut' is wrong,'' he replied.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(slice(d, d.quotes[0].span) == "''We heard the mayor say 'the bridge stays shut,'''");
  CHECK(slice(d, d.quotes[1].span) == "'''Shut' is wrong,''");
  REQUIRE(d.claims.size() >= 1);
  CHECK(d.speakers[d.claims[0].speaker].name == "Ortega");
}

TEST_CASE("markup attributes and bare numbers are not quotations") {
  auto d = run("<tweet tweet_id=\"778257943577919488\" author=\"someone\"> He scored \"12345\" points.");
  CHECK(d.quotes.empty());
}

TEST_CASE("a quotation needs a letter, a single-quoted one two (digits count for nothing)") {
  CHECK(quote_texts(run("The sign said \"2024 b\" in red.")) == std::vector<std::string>{"\"2024 b\""});
  CHECK(run("The sign said \"2024 42\" in red.").quotes.empty());
  CHECK(run("The crate was marked ‘B’ in chalk.").quotes.empty());
  CHECK(quote_texts(run("The crate was marked ‘BC’ in chalk.")) == std::vector<std::string>{"‘BC’"});
}

TEST_CASE("a quotation after its cue whose sentence runs on is part of a longer statement") {
  auto claim_from = [](const Document& d, const std::string& prefix) -> const Claim* {
    for (const Claim& c : d.claims) {
      if (c.kind == ClaimKind::reported && slice(d, c.span).rfind(prefix, 0) == 0) return &c;
    }
    return nullptr;
  };
  // The words after the closing mark belong to what was said.
  auto d = annotate("The harbour master said, \u201cwe cannot tell yet\u201d how many berths the storm destroyed.").doc;
  const Claim* c = claim_from(d, "\u201cwe cannot tell yet\u201d");
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "\u201cwe cannot tell yet\u201d how many berths the storm destroyed");
  // The statement ends at a comma: the rest is the writer's.
  auto e = annotate("Ruiz said, \u201cI am tired of the delays\u201d on the bridge, and the council agreed.").doc;
  const Claim* f = claim_from(e, "\u201cI am tired");
  REQUIRE(f != nullptr);
  CHECK(slice(e, f->span) == "\u201cI am tired of the delays\u201d on the bridge");
  // A tail with its own cue or conjunction is a clause of its own; the quotation stays alone.
  auto g = annotate("Ruiz said, \u201cthe pier is safe\u201d and the divers said the opposite.").doc;
  CHECK(claim_from(g, "\u201cthe pier is safe\u201d and") == nullptr);
  // A quotation that ends its sentence, or closes on a comma before its cue, is unchanged.
  auto h = annotate("Ruiz said, \u201cThe pier is safe.\u201d").doc;
  CHECK(claim_from(h, "\u201cThe pier") == nullptr);
}

// audit4's F11: CJK corner brackets and the full-width double mark pair like “…” and "…",
// in a CJK paragraph (no spaces around them) and in English text; a white corner bracket
// nested inside stays inside.
TEST_CASE("corner brackets and full-width double marks pair into quotations") {
  auto d = run("The sign on the pier read 「安全第一」 in red letters.");
  CHECK(quote_texts(d) == std::vector<std::string>{"「安全第一」"});
  auto c = run("他说「码头五月开放」然后离开了。");
  CHECK(quote_texts(c) == std::vector<std::string>{"「码头五月开放」"});
  auto n = run("她说「船长说『明天出发。』我们等着。」");
  CHECK(quote_texts(n) == std::vector<std::string>{"「船长说『明天出发。』我们等着。」"});
  auto f = run("＂The reactor is stable,＂ said Dr. Anne Roux.");
  REQUIRE(quote_texts(f) == std::vector<std::string>{"＂The reactor is stable,＂"});
  CHECK(f.speakers.size() == 1);
  CHECK(f.quotes[0].speaker == 0);
}

// Scraped markup: an attribute value can run over a paragraph break, so the mark that ends it
// (`">`) opens the next paragraph. It ends the value and opens no quotation; a quotation in
// the text after it is found as usual.
TEST_CASE("the mark that ends a markup attribute value opens no quotation") {
  auto d = run("The harbour office posted an update.\n\n<post post-author=\"@harbour\" post-date=\"May 4, 2021\n\n"
               "\">The ferry runs again on Monday, with \u201cmore boats than ever.\u201d<post/>.\n\nStill, the crowd was small.");
  CHECK(quote_texts(d) == std::vector<std::string>{"\u201cmore boats than ever.\u201d"});
  // In one paragraph: the value from '=' to '">' is dropped, the quotation inside the post is kept.
  auto e = run("<post author=\"@harbour\">Ruiz said that \u201cthe pier is safe for now.\u201d The ferry waits<post/>.");
  CHECK(quote_texts(e) == std::vector<std::string>{"\u201cthe pier is safe for now.\u201d"});
  // The trap: straight marks in prose, with a '>' elsewhere in the sentence, still pair.
  auto f = run("\"The tide is > 3 metres,\" the harbour master said. He wrote \"keep off\" > twice.");
  CHECK(quote_texts(f) == std::vector<std::string>{"\"The tide is > 3 metres,\"", "\"keep off\""});
}

// A double quotation of the other style nested inside a double one (a straight one inside
// curly marks, or the reverse) closes itself, not the outer quotation.
TEST_CASE("a nested double quotation of another style does not end the outer one") {
  auto d = run("\"The council backed its \u201cClean Piers Plan,\u201d which clears the docks by June,\" Ruiz said.");
  CHECK(quote_texts(d) ==
        std::vector<std::string>{"\"The council backed its \u201cClean Piers Plan,\u201d which clears the docks by June,\""});
  auto e = run("\u201cWe call it the \"quiet season\" for a reason,\u201d the harbour master said.");
  CHECK(quote_texts(e) == std::vector<std::string>{"\u201cWe call it the \"quiet season\" for a reason,\u201d"});
  // German low-high marks inside straight ones.
  auto g = run("\"Der Hafen ist \u201Ezu\u201C, sagte er,\" the ferry captain wrote.");
  CHECK(quote_texts(g) == std::vector<std::string>{"\"Der Hafen ist \u201Ezu\u201C, sagte er,\""});
  // Traps: a curly quotation closed by a straight mark (two keyboards) still closes there, and
  // two quotations of different styles side by side stay two.
  auto t = run("\u201cWe are ready,\" Ruiz said. \"The boats are fueled,\u201d she added.");
  CHECK(quote_texts(t) == std::vector<std::string>{"\u201cWe are ready,\"", "\"The boats are fueled,\u201d"});
  auto u = run("\"Open the gates,\" Ruiz said, and \u201cclose them at dusk.\u201d");
  CHECK(quote_texts(u) == std::vector<std::string>{"\"Open the gates,\"", "\u201cclose them at dusk.\u201d"});
}

// A paragraph that opens with a double mark which never closes, holds quotations of the other
// style, and is not carried on by the next paragraph: an excerpt pasted with a leading mark.
// The mark is dropped and the quotations inside are found, as they would be without it.
TEST_CASE("an excerpt's unclosed opening mark gives way to the quotations inside it") {
  auto d = run("From the board's letter on Friday:\n\n\"The board met on Monday and heard the mayor call the toll "
               "\u201ca fair price for a safe pier.\u201d The chair said, \u201cWe will vote in June.\u201d\n\n"
               "Six members signed it.");
  CHECK(quote_texts(d) ==
        std::vector<std::string>{"\u201ca fair price for a safe pier.\u201d", "\u201cWe will vote in June.\u201d"});
  // Curly outside, straight inside: the same.
  auto e = run("\u201cThe chair didn't say \"yes\" and the clerk wrote \"no vote\" in the log.\n\nSix members signed it.");
  CHECK(quote_texts(e) == std::vector<std::string>{"\"yes\"", "\"no vote\""});
  // Traps. The next paragraph goes on with the quotation: a quotation over two paragraphs,
  // kept whole and grouped.
  auto g = run("\"The board heard the mayor call the toll \u201ca fair price.\u201d\n\n\"We vote in June,\" the chair said.");
  REQUIRE(quote_texts(g) == std::vector<std::string>{"\"The board heard the mayor call the toll \u201ca fair price.\u201d",
                                                     "\"We vote in June,\""});
  CHECK(g.quotes[0].group != kNone);
  CHECK(g.quotes[0].group == g.quotes[1].group);
  // No quotation inside (apostrophes are none, nor a single word in single marks): one unclosed
  // quotation to the paragraph's end, as before.
  auto h = run("\"The board didn't meet on the pier's 'future' today.\n\nSix members signed it.");
  REQUIRE(h.quotes.size() == 1);
  CHECK(h.quotes[0].unclosed);
  CHECK(slice(h, h.quotes[0].span) == "\"The board didn't meet on the pier's 'future' today.");
  // An unclosed mark that does not open the paragraph is someone's words: kept.
  auto k = run("The chair said, \"the board backs the \u201cSafe Pier Plan\u201d and votes in June.\n\nSix members signed it.");
  CHECK(quote_texts(k) ==
        std::vector<std::string>{"\"the board backs the \u201cSafe Pier Plan\u201d and votes in June."});
}

// Wire copy and typeset archives: two backquotes open, two apostrophes close.
TEST_CASE("a wire copy quotation in ``…'' marks is found") {
  auto d = run("``We will reopen the pier in May,'' Mayor Ana Ruiz said. ``The ferry comes back too.''");
  REQUIRE(quote_texts(d) == std::vector<std::string>{"``We will reopen the pier in May,''", "``The ferry comes back too.''"});
  CHECK(d.speakers.size() == 1);
  CHECK(d.quotes[0].speaker == 0);
  CHECK(d.quotes[1].speaker == 0);
  auto e = run("Mayor Ana Ruiz said, ``The pier stays shut until the survey is done.''");
  CHECK(quote_texts(e) == std::vector<std::string>{"``The pier stays shut until the survey is done.''"});
  // Traps: inch marks and code in backquotes are no quotation.
  CHECK(run("The fitter cut a 5'' pipe and a 3'' one.").quotes.empty());
  CHECK(run("Set the ``fast`` flag on the 5'' pipe, the manual says.").quotes.empty());
  CHECK(run("Type `ls` to list the ferry's files; the 2'' bolts are in the box.").quotes.empty());
}

// Quotations nested in curly marks of the outer one's own style (one keyboard, or a post that
// quotes a chant inside a quoted post): the outer quotation runs to its own closing mark.
// Straight marks nest by another rule (the last case in this file).
TEST_CASE("a nested quotation in the outer one's own marks does not end it") {
  auto d = run("The mayor wrote: \u201cHer plan to close \u201cthe old pier\u201d would cost the town dearly.\u201d She said no more.");
  CHECK(quote_texts(d) ==
        std::vector<std::string>{"\u201cHer plan to close \u201cthe old pier\u201d would cost the town dearly.\u201d"});
  CHECK_FALSE(d.quotes[0].unclosed);
  // German low-high marks nest the same way.
  auto e = run("Sie schrieb: \u201eDer Plan \u201ealter Hafen\u201c kostet zu viel.\u201c Dann ging sie.");
  CHECK(quote_texts(e) == std::vector<std::string>{"\u201eDer Plan \u201ealter Hafen\u201c kostet zu viel.\u201c"});
  // Traps. An opening mark never closed, then a quotation of its own: no closing mark after it,
  // so the first stays unclosed and the second is a quotation.
  auto g = run("\u201cWe are not done. \u201cNever,\u201d she said. The hall emptied.");
  REQUIRE(g.quotes.size() == 2);
  CHECK(g.quotes[0].unclosed);
  CHECK(slice(g, g.quotes[1].span) == "\u201cNever,\u201d");
  // An opening mark typed where the closing one belongs (…again\u201cNext) closes nothing.
  auto h = run("\u201cAna: \u201cThe pier is ours.\u201d \u2013 the ferry crew wrote again\u201cNext week.");
  const auto found = quote_texts(h);
  CHECK(std::count(found.begin(), found.end(), std::string("\u201cThe pier is ours.\u201d")) == 1);
  // A straight closing mark missing its space before the next word still closes.
  auto k = run("\"We will vote in June,\"Ana Ruiz said. \"The ferry comes back too.\"");
  CHECK(quote_texts(k) == std::vector<std::string>{"\"We will vote in June,\"", "\"The ferry comes back too.\""});
  // Side by side, each closed: two quotations, as before.
  auto n = run("She called it \"fair\" and he called it \"late\" in the same hour.");
  CHECK(quote_texts(n) == std::vector<std::string>{"\"fair\"", "\"late\""});
}

// A straight quotation nested in straight marks (one keyboard): a mark after a word and a space
// that leans on the next word opens the nested one when its closing mark and the outer one's
// follow in the same sentence.
TEST_CASE("a straight quotation nested in straight marks does not end the outer one") {
  auto d = run("\"The council said \"no\" to the ferry twice this year,\" Ana Ruiz said. She left early.");
  CHECK(quote_texts(d) == std::vector<std::string>{"\"The council said \"no\" to the ferry twice this year,\""});
  REQUIRE(d.quotes.size() == 1);
  CHECK_FALSE(d.quotes[0].unclosed);
  REQUIRE(d.quotes[0].speaker != kNone);
  CHECK(d.speakers[d.quotes[0].speaker].name == "Ana Ruiz");
  // Traps. A closing mark typed with its space before it, after a comma, still closes.
  auto b = run("\"Not today, \"said the clerk. \"Come back on Monday.\"");
  CHECK(quote_texts(b) == std::vector<std::string>{"\"Not today, \"", "\"Come back on Monday.\""});
  // After a word, but only one mark follows: a closing mark with a stray space, as before.
  auto c = run("\"I went home \"and slept there.\"");
  CHECK(quote_texts(c) == std::vector<std::string>{"\"I went home \""});
  // A sentence ends between the would-be nested quotation and the next mark: a broken pair, not a
  // nesting, so the quotation after it is still found.
  auto e = run("\"The old sign on the pier read \"closed\" all week. Then the ferry came in and the \"dock\" held.");
  const auto found = quote_texts(e);
  CHECK(std::count(found.begin(), found.end(), std::string("\"dock\"")) == 1);
  CHECK(found.front() == "\"The old sign on the pier read \"");
  // Side by side, each closed: two quotations.
  auto n = run("She called it \"fair\" and he called it \"late\" in the same hour.");
  CHECK(quote_texts(n) == std::vector<std::string>{"\"fair\"", "\"late\""});
}
