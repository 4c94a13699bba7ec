// Hostile pastes (bench/hostile_shapes.py builds them large, to time them):
// a phrase repeated with no full stop, a quotation opened and never closed,
// comma-separated clauses, 1,000-token lines without blank lines, many short
// paragraphs each opening a quotation. Each is small here; what is checked is
// not time but that annotate() still gives a sound document: the text kept
// whole, every span inside it and in order, and a claim in an ordinary
// paragraph after the paste found as it is found alone. The bounds these
// shapes need (kMaxSourcedPartScan, kMaxAttributedSpeaker, kMaxInvertedCueLead,
// kMaxContentScan, ...) must not cost that. The sentences are written for
// this test.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "annotate.h"

using namespace claimscope;

namespace {

std::string repeat(const std::string& unit, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += unit;
  return out;
}

// ~`tokens` words per line, single newlines: one "sentence" of many lines.
std::string in_lines(const std::string& phrase, int n, int per_line) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += phrase;
    if ((i + 1) % per_line == 0 && i + 1 < n) out.back() = '\n';
  }
  return out;
}

bool inside(const Span& s, size_t size) { return s.start <= s.end && s.end <= size; }

// Spans inside the text; paragraphs, sentences and evidence in order without
// overlap; quotes in text order; claims non-empty.
void check_sound(const Document& d, const std::string& text) {
  REQUIRE(d.text == text);
  const size_t n = text.size();
  uint32_t at = 0;
  for (const auto& p : d.paragraphs) {
    CHECK(inside(p.span, n));
    CHECK(p.span.start >= at);
    at = p.span.end;
  }
  at = 0;
  for (const auto& s : d.sentences) {
    CHECK(inside(s.span, n));
    CHECK(s.span.start >= at);
    CHECK(s.paragraph < d.paragraphs.size());
    at = s.span.end;
  }
  uint32_t quote_start = 0;
  for (const auto& q : d.quotes) {
    CHECK(inside(q.span, n));
    CHECK(!q.span.empty());
    CHECK(q.span.start >= quote_start);
    quote_start = q.span.start;
    CHECK(inside(q.source, n));
    CHECK(inside(q.cue, n));
    CHECK((q.speaker == kNone || size_t(q.speaker) < d.speakers.size()));
  }
  for (const auto& c : d.claims) {
    CHECK(inside(c.span, n));
    CHECK(!c.span.empty());
    CHECK(inside(c.source, n));
    CHECK(inside(c.cue, n));
    CHECK((c.speaker == kNone || size_t(c.speaker) < d.speakers.size()));
    CHECK((c.quote == kNone || size_t(c.quote) < d.quotes.size()));
  }
  at = 0;
  for (const auto& e : d.evidence) {
    CHECK(inside(e.span, n));
    CHECK(e.span.start >= at);
    at = e.span.end;
  }
  for (const auto& s : d.speakers) {
    for (const auto& m : s.mentions) CHECK(inside(m, n));
  }
}

// An ordinary paragraph after the paste: its claims are the ones it has alone.
const std::string kTail =
    "The harbour master said on Tuesday that the new pier would open in May. "
    "\xE2\x80\x9CWe are ready for the boats,\xE2\x80\x9D said Mayor Ana Ruiz.";

std::vector<std::string> claim_texts(const Document& d, size_t from) {
  std::vector<std::string> out;
  for (const auto& c : d.claims) {
    if (c.span.start >= from) out.push_back(d.text.substr(c.span.start, c.span.size()));
  }
  return out;
}

void check_shape(const std::string& hostile) {
  const Result alone = annotate(hostile);
  REQUIRE(alone.ok());
  check_sound(alone.doc, hostile);

  const std::string text = hostile + "\n\n" + kTail;
  const Result r = annotate(text);
  REQUIRE(r.ok());
  check_sound(r.doc, text);
  const Result tail = annotate(kTail);
  REQUIRE(tail.ok());
  const std::vector<std::string> expected = claim_texts(tail.doc, 0);
  REQUIRE(expected.size() == 2);
  CHECK(claim_texts(r.doc, hostile.size() + 2) == expected);
}

// Every claim of `text` (a phrase repeated `n` times, then `tail`) whose cue lies in the
// paste is the claim found for that cue in the text from its phrase on: a cue's content end
// is the same however many cues before it asked for theirs. The number of claims checked.
size_t check_claims_as_in_pieces(const std::string& unit, int n, const std::string& tail) {
  const std::string text = repeat(unit, n) + tail;
  const Result r = annotate(text);
  REQUIRE(r.ok());
  check_sound(r.doc, text);
  size_t checked = 0;
  for (const Claim& c : r.doc.claims) {
    if (c.cue.start >= unit.size() * n) continue;  // a cue of the tail
    const size_t from = c.cue.start / unit.size() * unit.size();
    CAPTURE(from);
    const Result piece = annotate(text.substr(from));
    REQUIRE(piece.ok());
    bool found = false;
    for (const Claim& p : piece.doc.claims) {
      if (p.cue.start + from != c.cue.start) continue;
      found = true;
      CHECK(p.span.start + from == c.span.start);
      CHECK(p.span.end + from == c.span.end);
    }
    CHECK(found);
    ++checked;
  }
  return checked;
}

}  // namespace

TEST_CASE("hostile shapes: a cue every two words, each content as its own walk finds it (content_end)") {
  const std::string tail = "the ferry ran late; the board met at noon";
  // Each cue's content runs to the semicolon: "who said … who said the ferry ran late".
  const std::string text = repeat("who said ", 40) + tail;
  const Result r = annotate(text);
  REQUIRE(r.ok());
  REQUIRE(r.doc.claims.size() == 40);
  for (const Claim& c : r.doc.claims) {
    CHECK(c.span.start == c.cue.end + 1);
    CHECK(c.span.end == text.find(';'));
  }
  CHECK(check_claims_as_in_pieces("who said ", 40, tail) == 40);
  // Past kMaxContentScan tokens before the semicolon the content runs to the sentence's end,
  // for the cue alone as in the paste.
  CHECK(check_claims_as_in_pieces("who said ", 100, tail) == 100);
  const Result far = annotate(repeat("who said ", 100) + tail);
  REQUIRE(far.ok());
  REQUIRE(!far.doc.claims.empty());
  CHECK(far.doc.claims.front().span.end == far.doc.text.size());
  // A clause end of another kind (", arguing that") and a "that" clause at each cue.
  CHECK(check_claims_as_in_pieces("who said that ", 30, "the ferry ran late, arguing that the board met at noon") == 30);
  CHECK(check_claims_as_in_pieces("who said ", 60, "the pier, which the board built, would reopen, a spokesman said.") > 0);
}

TEST_CASE("hostile shapes: comma clauses \"Y, a spokesman said on Monday,\" give their known claims") {
  // Each cue after the first reports what comes before its own clause (clause_after_adjunct
  // asked twice a cue, the second time answered from the first).
  const std::string unit = "a spokesman said on Monday, ";
  const int n = 60;
  const Result r = annotate(repeat(unit, n));
  REQUIRE(r.ok());
  CHECK(r.doc.claims.size() == size_t(n - 1));
  std::set<std::pair<size_t, size_t>> got, want;  // (cue start, content end)
  for (int i = 1; i < n; ++i) want.insert({i * unit.size() + 12, i * unit.size() - 2});
  for (const Claim& c : r.doc.claims) {
    CHECK(c.span.start == 0);
    got.insert({c.cue.start, c.span.end});
  }
  CHECK(got == want);
  // The adjunct read both ways: a clause after its comma is the content; a tail is not.
  const std::string after = "The harbour master said on Monday at the pier, the ferry would leave at noon.";
  const Result a = annotate(after);
  REQUIRE(a.ok());
  REQUIRE(a.doc.claims.size() == 1);
  CHECK(after.substr(a.doc.claims[0].span.start, a.doc.claims[0].span.size()) == "the ferry would leave at noon");
  const std::string tail = "The ferry will leave at noon, a spokesman said on Monday, as the boats docked.";
  const Result t = annotate(tail);
  REQUIRE(t.ok());
  REQUIRE(t.doc.claims.size() == 1);
  CHECK(tail.substr(t.doc.claims[0].span.start, t.doc.claims[0].span.size()) == "The ferry will leave at noon");
}

TEST_CASE("hostile shapes: a cue and an adjunct every few words, each content as alone (content_start)") {
  // content_start's window after an adjunct ("said after the vote he would …") asks its
  // cue-word and adjunct tests once a cue, not once a word; the answers are the same.
  const std::string tail = "she would close the pier at dawn; the boats stayed in port";
  CHECK(check_claims_as_in_pieces("who said after the vote ", 40, tail) > 0);
  CHECK(check_claims_as_in_pieces("who said ", 40, "on Monday he would close the pier; the boats stayed") > 0);
  CHECK(check_claims_as_in_pieces("the captain said last night ", 30, tail) > 0);
  // The pronoun after the adjunct opens the content for a plain speech verb...
  const std::string said = "The harbour master said after the long meeting she would close the pier.";
  const Result a = annotate(said);
  REQUIRE(a.ok());
  REQUIRE(a.doc.claims.size() == 1);
  CHECK(said.substr(a.doc.claims[0].span.start, a.doc.claims[0].span.size()) == "she would close the pier");
  // ... and "it" never does (it may end the adjunct): the trap keeps its own reading.
  const std::string it = "The harbour master said after the long meeting it would close the pier.";
  const Result b = annotate(it);
  REQUIRE(b.ok());
  for (const Claim& c : b.doc.claims) CHECK(it.substr(c.span.start, c.span.size()) != "it would close the pier");
  // A stance object after the cue still ends the clause ("said otherwise,"), and a word that
  // only starts one ("said the same thing") does not.
  const Result stance = annotate("The harbour master said otherwise, and the board met at noon.");
  REQUIRE(stance.ok());
  CHECK(stance.doc.claims.empty());
  const Result same = annotate("The harbour master said the same ferry would leave at noon.");
  REQUIRE(same.ok());
  CHECK(same.doc.claims.size() == 1);
}

TEST_CASE("hostile shapes: an unpunctuated paste with a cue every few words") {
  for (const char* phrase : {"She said last week the fee would rise and ", "he called it a big mess then ",
                             "said at least six ", "he said that according to them she told him that ",
                             "said Thursday at a town hall in Dover, the pier would "}) {
    CAPTURE(phrase);
    const std::string hostile = repeat(phrase, 300);
    check_shape(hostile);
  }
  // A claim is still found in it: the cue and its clause are there.
  const Result r = annotate(repeat("She said last week the fee would rise and ", 300));
  CHECK(!r.doc.claims.empty());
}

TEST_CASE("hostile shapes: a trailing \"according to\" at every few words (kMaxSourcedPartScan)") {
  check_shape(repeat("according to the harbour board the fleet ", 300));
  // The bound leaves a real sentence's last clause alone: Y after its last comma.
  const std::string s =
      "The toll rose again last year, with most of the ferry's riders paying more, according to a count "
      "by the harbour board.";
  const Result r = annotate(s);
  REQUIRE(r.ok());
  REQUIRE(!r.doc.claims.empty());
  const Claim& c = r.doc.claims.front();
  CHECK(r.doc.text.substr(c.span.start, c.span.size()).find("most of the ferry") != std::string::npos);
}

TEST_CASE("hostile shapes: comma-separated clauses, each \"Y, X said on Monday,\" (kMaxAttributedSpeaker)") {
  check_shape(repeat("a spokesman said on Monday, ", 300));
  check_shape(repeat("residents claimed the new road, ", 300));
}

TEST_CASE("hostile shapes: quotations after colons in one sentence (kMaxInvertedCueLead)") {
  check_shape(repeat("she asked: \xE2\x80\x9C, ", 300));
  check_shape(repeat("as the mayor put it: ", 300));
  // The inverted cue after a fronted adverbial still names who speaks.
  const Result r = annotate("In other words, explained Ana Ruiz: \xE2\x80\x9CThe pier stays open.\xE2\x80\x9D");
  REQUIRE(r.ok());
  REQUIRE(r.doc.quotes.size() == 1);
  const Quote& q = r.doc.quotes.front();
  CHECK(r.doc.text.substr(q.source.start, q.source.size()) == "Ana Ruiz");
}

TEST_CASE("hostile shapes: a quotation opened and never closed in one long paragraph") {
  check_shape("\xE2\x80\x9C" + repeat("he told reporters on Friday that the ferry ", 300));
  check_shape("\xE2\x80\x9C" + repeat("\xE2\x80\x9D she said \xE2\x80\x9C ", 300));
}

TEST_CASE("hostile shapes: 1,000-token lines joined without blank lines") {
  check_shape(in_lines("the firm denied any role in it and ", 400, 140));
  check_shape(in_lines("Secretary General Ana Ruiz of Dover said ", 400, 140));
}

TEST_CASE("hostile shapes: many short paragraphs each opening a quotation") {
  check_shape(repeat("\xE2\x80\x9Cwe will go\n\n", 300));
  check_shape(repeat("\xE2\x80\x9C\xE2\x80\x9D she said \xE2\x80\x9C\n\n", 300));
}

TEST_CASE("hostile shapes: marks, names and numbers in runs") {
  check_shape(repeat("\" \" ' ' \xE2\x80\x9D \xE2\x80\x9C \xE2\x80\x99 \xE2\x80\x98 ", 300));
  check_shape(repeat("Ana Ruiz Tom Hale Ben Ode Lia Moss ", 300));
  check_shape(repeat("at least 6 km of road, 12.5% of 3,000 homes ", 300));
  check_shape(repeat("(said Ruiz) ", 300));
}
