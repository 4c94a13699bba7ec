// Issue 4, "What to build" 1: every quotation shape it names, with the
// speaker, source and cue each one must carry, in the variants a reader
// pastes (straight, curly and single marks, line breaks, CR LF). The shapes
// that test_quotes.cpp and test_attribution.cpp already pin down by span are
// checked here for their attribution; docs/attribution.md ("Issue 4
// checklist") maps each pattern to its tests.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

std::vector<std::string> quote_texts(const Document& d) {
  std::vector<std::string> out;
  for (const Quote& q : d.quotes) out.push_back(slice(d, q.span));
  return out;
}

// The quotation's speaker, source and cue, and its claim of kind quote with the same ones.
void check_attributed(const Document& d, size_t qi, const std::string& speaker, const std::string& source,
                      const std::string& cue) {
  REQUIRE(qi < d.quotes.size());
  const Quote& q = d.quotes[qi];
  CAPTURE(slice(d, q.span));
  CHECK_FALSE(q.scare);
  CHECK(speaker_of(d, q.speaker) == speaker);
  CHECK(slice(d, q.source) == source);
  CHECK(slice(d, q.cue) == cue);
  const Claim* c = nullptr;
  for (const Claim& k : d.claims) {
    if (k.kind == ClaimKind::quote && k.quote == int32_t(qi)) c = &k;
  }
  REQUIRE(c != nullptr);
  CHECK(c->span == q.span);
  CHECK(c->speaker == q.speaker);
  CHECK(c->source == q.source);
  CHECK(c->cue == q.cue);
}

}  // namespace

TEST_CASE("issue 4: British single quotes split around the speaker, with apostrophes inside") {
  // we’re, ’70s and Arlow’s close nothing: two pieces of one quotation, one speaker.
  auto d = run("‘We’re keeping the ’70s trams,’ said transit chief Oda Lind, ‘and Arlow’s depot too.’");
  REQUIRE(quote_texts(d) == std::vector<std::string>{"‘We’re keeping the ’70s trams,’", "‘and Arlow’s depot too.’"});
  check_attributed(d, 0, "Oda Lind", "transit chief Oda Lind", "said");
  check_attributed(d, 1, "Oda Lind", "transit chief Oda Lind", "said");
  CHECK(d.quotes[0].group != kNone);
  CHECK(d.quotes[0].group == d.quotes[1].group);
  REQUIRE(d.speakers.size() == 1);
  CHECK(d.speakers[0].mentions.size() == 1);
}

TEST_CASE("issue 4: typewriter single quotes around a statement are a quotation") {
  auto d = run("'The trams stay,' said transit chief Oda Lind.");
  REQUIRE(quote_texts(d) == std::vector<std::string>{"'The trams stay,'"});
  check_attributed(d, 0, "Oda Lind", "transit chief Oda Lind", "said");
}

TEST_CASE("issue 4: a split quotation in straight double marks is one attribution in two pieces") {
  auto d = run("\"The trams stay in service,\" Transit Chief Oda Lind said, \"until the new line opens.\"");
  REQUIRE(d.quotes.size() == 2);
  check_attributed(d, 0, "Oda Lind", "Transit Chief Oda Lind", "said");
  check_attributed(d, 1, "Oda Lind", "Transit Chief Oda Lind", "said");
  CHECK(d.quotes[0].group != kNone);
  CHECK(d.quotes[0].group == d.quotes[1].group);
  // The pronoun form: both pieces share the mention "she" and stay unresolved with nobody before them.
  auto e = run("“The trams stay in service,” she said, “until the new line opens.”");
  REQUIRE(e.quotes.size() == 2);
  CHECK(e.quotes[0].group == e.quotes[1].group);
  CHECK(slice(e, e.quotes[0].source) == "she");
  CHECK(slice(e, e.quotes[1].source) == "she");
  CHECK(e.quotes[0].speaker == kNone);
}

TEST_CASE("issue 4: a quotation over several paragraphs, in CR LF text too, keeps its speaker in every piece") {
  for (const std::string br : {"\n\n", "\r\n\r\n", "\n"}) {
    CAPTURE(br.size());
    auto d = run("Transit chief Oda Lind said on Friday:" + br + "“The trams stay in service." + br +
                 "“The new line opens in the autumn.”");
    REQUIRE(quote_texts(d) == std::vector<std::string>{"“The trams stay in service.", "“The new line opens in the autumn.”"});
    CHECK_FALSE(d.quotes[0].unclosed);  // re-opened in the next paragraph: not left open
    CHECK(d.quotes[0].paragraph + 1 == d.quotes[1].paragraph);
    CHECK(d.quotes[0].group != kNone);
    CHECK(d.quotes[0].group == d.quotes[1].group);
    check_attributed(d, 0, "Oda Lind", "Transit chief Oda Lind", "said");
    check_attributed(d, 1, "Oda Lind", "Transit chief Oda Lind", "said");
  }
}

TEST_CASE("issue 4: an unclosed quotation is marked and still attributed") {
  auto d = run("The depot manager said: “The trams need new brakes\n\nThe board met later.");
  REQUIRE(quote_texts(d) == std::vector<std::string>{"“The trams need new brakes"});
  CHECK(d.quotes[0].unclosed);
  check_attributed(d, 0, "depot manager", "The depot manager", "said");
  // At the end of the text as well.
  auto e = run("The depot manager said: “The trams need new brakes");
  REQUIRE(e.quotes.size() == 1);
  CHECK(e.quotes[0].unclosed);
  check_attributed(e, 0, "depot manager", "The depot manager", "said");
}

TEST_CASE("issue 4: a double quotation closed by a single mark is closed and attributed") {
  auto d = run("The depot manager said, “The trams need new brakes.’ Then he left.");
  REQUIRE(quote_texts(d) == std::vector<std::string>{"“The trams need new brakes.’"});
  CHECK_FALSE(d.quotes[0].unclosed);
  check_attributed(d, 0, "depot manager", "The depot manager", "said");
}

TEST_CASE("issue 4: a partial quotation inside reported speech takes the clause's speaker") {
  auto d = run("The envoy said the border would stay “closed until further notice” after the vote.");
  REQUIRE(quote_texts(d) == std::vector<std::string>{"“closed until further notice”"});
  check_attributed(d, 0, "envoy", "The envoy", "said");
  const Claim* r = claim_starting(d, "the border", ClaimKind::reported);
  REQUIRE(r != nullptr);
  CHECK(slice(d, r->span) == "the border would stay “closed until further notice” after the vote");
  CHECK(r->speaker == d.quotes[0].speaker);
}

TEST_CASE("issue 4: a nested quotation stays inside the quotation that holds it") {
  auto d = run("“I heard the driver shout ‘Brakes!’ and I jumped,” the passenger said.");
  REQUIRE(quote_texts(d) == std::vector<std::string>{"“I heard the driver shout ‘Brakes!’ and I jumped,”"});
  check_attributed(d, 0, "passenger", "the passenger", "said");
}

TEST_CASE("issue 4: a colon after the speaker and an adverb introduces the quotation") {
  auto d = run("Tomas Ek put it bluntly: “The pier is finished.”");
  REQUIRE(d.quotes.size() == 1);
  CHECK_FALSE(d.quotes[0].scare);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Tomas Ek");
  CHECK(slice(d, d.quotes[0].source) == "Tomas Ek");
  auto e = run("The depot manager told the board on Friday: \"The trams need new brakes.\"");
  REQUIRE(e.quotes.size() == 1);
  check_attributed(e, 0, "depot manager", "The depot manager", "told");
}

TEST_CASE("issue 4: a headline's quotation after a name and a colon is the name's") {
  auto d = run("Lind: ‘Trams are finished’\n\nThe transit board met on Friday to discuss the fleet.");
  REQUIRE(quote_texts(d) == std::vector<std::string>{"‘Trams are finished’"});
  CHECK_FALSE(d.quotes[0].scare);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Lind");
  CHECK(slice(d, d.quotes[0].source) == "Lind");
}

TEST_CASE("issue 4: scare quotes are marked, never attributed, in either mark") {
  for (const char* text : {"The board shelved the so-called “rescue plan” on Friday.",
                           "The board shelved the so-called ‘rescue plan’ on Friday.",
                           "The board shelved the so-called \"rescue plan\" on Friday."}) {
    CAPTURE(text);
    auto d = run(text);
    REQUIRE(d.quotes.size() == 1);
    CHECK(d.quotes[0].scare);
    CHECK(d.quotes[0].speaker == kNone);
    CHECK(d.quotes[0].source.empty());
    CHECK(d.claims.empty());
  }
}

TEST_CASE("issue 4: a line break inside a quotation does not cut it") {
  auto d = run("“The trams stay\nin service,” said transit chief Oda Lind.");
  REQUIRE(quote_texts(d) == std::vector<std::string>{"“The trams stay\nin service,”"});
  check_attributed(d, 0, "Oda Lind", "transit chief Oda Lind", "said");
  auto e = run("“The trams stay\r\nin service,” said transit chief Oda Lind.");
  REQUIRE(quote_texts(e) == std::vector<std::string>{"“The trams stay\r\nin service,”"});
  check_attributed(e, 0, "Oda Lind", "transit chief Oda Lind", "said");
}

TEST_CASE("issue 4: guillemets and low-high marks around English speech are attributed") {
  auto d = run("«The trams stay», said transit chief Oda Lind. „The depot stays too“, said Lind.");
  REQUIRE(quote_texts(d) == std::vector<std::string>{"«The trams stay»", "„The depot stays too“"});
  check_attributed(d, 0, "Oda Lind", "transit chief Oda Lind", "said");
  check_attributed(d, 1, "Oda Lind", "Lind", "said");
}

// audit4's F1: the cue may stand in any paragraph of a quotation that runs over several; every
// piece is the same statement of the same speaker.
TEST_CASE("issue 4: a quotation over several paragraphs takes its cue from whichever paragraph holds it") {
  for (const std::string br : {"\n\n", "\r\n\r\n"}) {
    CAPTURE(br.size());
    // The cue in the last paragraph, "X said" after curly marks.
    auto d = run("“The first pier opens in May." + br + "“The second opens in June,” Mayor Tomas Ek said.");
    REQUIRE(d.quotes.size() == 2);
    CHECK(d.quotes[0].group == d.quotes[1].group);
    check_attributed(d, 0, "Tomas Ek", "Mayor Tomas Ek", "said");
    check_attributed(d, 1, "Tomas Ek", "Mayor Tomas Ek", "said");
    // Three paragraphs, straight marks, "said X".
    auto e = run("\"The first pier opens in May." + br + "\"The second follows in June." + br +
                 "\"The third opens in July,\" said Mayor Tomas Ek.");
    REQUIRE(e.quotes.size() == 3);
    for (size_t i = 0; i < 3; ++i) check_attributed(e, i, "Tomas Ek", "Mayor Tomas Ek", "said");
    // The cue in the middle paragraph.
    auto m = run("“The first pier opens in May." + br + "“The second opens in June,” said Mayor Tomas Ek, “and the third in July." +
                 br + "“All three will take ferries.”");
    REQUIRE(m.quotes.size() == 4);
    for (size_t i = 0; i < 4; ++i) check_attributed(m, i, "Tomas Ek", "Mayor Tomas Ek", "said");
  }
  // A speaker quoted just before does not take a quotation whose own cue names someone else.
  auto d = run("“We will keep sailing,” said ferry captain Ivo Brandt.\n\n“The first pier opens in May.\n\n"
               "“The second opens in June,” Mayor Tomas Ek said.");
  REQUIRE(d.quotes.size() == 3);
  check_attributed(d, 0, "Ivo Brandt", "ferry captain Ivo Brandt", "said");
  check_attributed(d, 1, "Tomas Ek", "Mayor Tomas Ek", "said");
  check_attributed(d, 2, "Tomas Ek", "Mayor Tomas Ek", "said");
}

// audit4's F2: one naming of the speaker between the pieces is one mention, whoever's role words
// the mention grammar reads.
TEST_CASE("issue 4: a split quotation around a lower-case role and a name has one source") {
  for (const char* text : {"\"The trams stay in service,\" transit chief Oda Lind said, \"until the new line opens.\"",
                           "“The trams stay in service,” port director Oda Lind said, “until the new line opens.”"}) {
    CAPTURE(text);
    auto d = run(text);
    REQUIRE(d.quotes.size() == 2);
    const std::string source = slice(d, d.quotes[0].source);
    CHECK((source == "transit chief Oda Lind" || source == "port director Oda Lind"));
    check_attributed(d, 0, "Oda Lind", source, "said");
    check_attributed(d, 1, "Oda Lind", source, "said");
    CHECK(d.quotes[0].group == d.quotes[1].group);
    REQUIRE(d.speakers.size() == 1);
    CHECK(d.speakers[0].mentions.size() == 1);
  }
}

// audit4's F3: "X put it <adverb>:" is the shape, whatever the adverb; the cue is "put it".
TEST_CASE("issue 4: 'put it' and an adverb before a colon: the subject speaks, the cue is 'put it'") {
  for (const char* adverb : {"plainly", "simply", "starkly", "succinctly", "bluntly", "more simply"}) {
    CAPTURE(adverb);
    auto d = run(std::string("Oda Lind put it ") + adverb + ": “The old trams are finished.”");
    REQUIRE(d.quotes.size() == 1);
    check_attributed(d, 0, "Oda Lind", "Oda Lind", "put it");
  }
  auto d = run("The depot manager puts it simply: “The brakes are worn out.”");
  REQUIRE(d.quotes.size() == 1);
  check_attributed(d, 0, "depot manager", "The depot manager", "puts it");
}

// audit4's F6: a bullet, an emoji or a short label before the statement marks the line, it is
// no part of what was said.
TEST_CASE("issue 4: a bullet, emoji or label before a statement is not its content") {
  for (const char* mark : {"• ", "🚨 ", "★ ", "Update: ", "Breaking: ", "Watch: "}) {
    CAPTURE(mark);
    auto d = run(std::string(mark) + "“The reactor is stable,” said Dr. Anne Roux.");
    REQUIRE(d.quotes.size() == 1);
    check_attributed(d, 0, "Anne Roux", "Dr. Anne Roux", "said");
    CHECK(d.claims.size() == 1);  // the quotation's claim, and no reported claim holding the mark
    auto e = run(std::string(mark) + "The reactor is stable, Dr. Anne Roux said.");
    REQUIRE(e.claims.size() == 1);
    CHECK(slice(e, e.claims[0].span) == "The reactor is stable");
    CHECK(speaker_of(e, e.claims[0].speaker) == "Anne Roux");
  }
}

// A quotation that opens a sentence (after a full stop or a colon) and ends in its own
// full stop, question or exclamation mark is a quoted sentence, even when each of its few
// words is capitalised: not a title. Titles in running text stay scare quotes.
TEST_CASE("issue 4: a short quoted sentence after a full stop or a colon is no title") {
  auto d = run("“The bridge has one real problem,” Ruiz told the council. “Money.”");
  REQUIRE(d.quotes.size() == 2);
  check_attributed(d, 1, "Ruiz", "Ruiz", "told");
  for (const ScareCase& k : std::initializer_list<ScareCase>{
           {"Lind answered the reporters for an hour. “Finished?”", false},
           {"Ruiz on the harbour budget: ‘We Will Find The Money.’", false},
           // The traps: a title after a comma, and one opening a sentence without a full stop inside.
           {"The report, titled “Harbour Plans,” was late.", true},
           {"The council met. “Harbour Plans” is the name of the report.", true},
       })
    check_only_quote_scare(k);
}

// The clause a quoted fragment sits in ends where the writer's own aside begins: a dash, or a
// comma before "which", "who", "while", "whereas". A hyphen inside a word is no dash.
TEST_CASE("issue 4: a mixed quote's clause ends before a dash or a comma and 'which' or 'while'") {
  const std::string lead = "The mayor joked about the council’s “endless patience” with the ";
  for (const char* rest : {"ferry company, which has missed every deadline since May.",
                           "ferry company — while the council blamed the weather.",
                           "ferry company - which has missed every deadline - and left.",
                           "ferry company -- and left."}) {
    CAPTURE(rest);
    auto d = run(lead + rest);
    const Claim* c = claim_starting(d, "about the council’s", ClaimKind::reported);
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->span) == "about the council’s “endless patience” with the ferry company");
    CHECK(speaker_of(d, c->speaker) == "mayor");
  }
  // The trap: a hyphenated word and a comma before other words leave the clause whole.
  auto e = run("The mayor joked about the council’s “endless patience” with the well-known ferry company, "
               "the weather and the tides.");
  const Claim* c = claim_starting(e, "about the council’s", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(e, c->span) ==
        "about the council’s “endless patience” with the well-known ferry company, the weather and the tides");
}

// After a quotation its cue introduces directly, a lower-case tail can be part of what was said
// (“…” how many berths …); one that opens with "in", "at", "during", "after" or "before" tells
// where or when the words were said, and the statement is the quotation alone.
TEST_CASE("issue 4: a tail that sets the scene is not part of the quoted statement") {
  for (const char* tail : {"in a short statement on Friday", "at the end of the meeting", "during the hearing",
                           "after the vote", "before the storm"}) {
    CAPTURE(tail);
    auto d = run(std::string("Ruiz said, “we have no date yet” ") + tail + ".");
    REQUIRE(d.quotes.size() == 1);
    check_attributed(d, 0, "Ruiz", "Ruiz", "said");
    CHECK(claim_starting(d, "“we have no date yet” ", ClaimKind::reported) == nullptr);
  }
  // The trap: a tail on the topic ("on the repairs") still belongs to the statement.
  check_claim_span({"Ruiz said, “we have no date yet” on the repairs.", "“we have no date yet”", "“we have no date yet” on the repairs"});
}
