// The document's one lower-cased copy (core/lowered_text.h): each lexer reading
// a paragraph from it gives what it gives from a copy of that paragraph alone.
#include <doctest/doctest.h>

#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "annotate.h"
#include "evidence_words.h"
#include "lowered_text.h"
#include "paragraphs.h"
#include "rules/checkworthy.h"
#include "rules/evidence.h"
#include "rules/hedges.h"
#include "tokens.h"
#include "utf8.h"

using namespace claimscope;

namespace {

LoweredText lowered_for(std::string_view text, const std::vector<Span>& ranges) {
  LoweredText lowered;
  lowered.build(text);
  for (const Span& r : ranges) lowered.stop_at(r.end);
  return lowered;
}

void check_tokens_same(std::string_view text, Span range, LoweredText& shared) {
  std::vector<Token> own, from_shared;
  std::string buffer;
  tokenize(text, range, own, buffer);
  tokenize(text, range, from_shared, shared);
  REQUIRE(own.size() == from_shared.size());
  for (size_t i = 0; i < own.size(); ++i) {
    CAPTURE(i);
    CHECK(own[i].span == from_shared[i].span);
    CHECK(own[i].lower == from_shared[i].lower);
    CHECK(own[i].first == from_shared[i].first);
    CHECK(own[i].word == from_shared[i].word);
    CHECK(own[i].capitalized == from_shared[i].capitalized);
    CHECK(own[i].possessive == from_shared[i].possessive);
    CHECK(own[i].hyphenated == from_shared[i].hyphenated);
  }
}

void check_evidence_words_same(std::string_view text, Span range, const LoweredText& shared) {
  EvidenceWords own;
  std::vector<EvidenceWord> from_shared;
  lex_evidence_words(text, range, own);
  lex_evidence_words(text, range, shared, from_shared);
  REQUIRE(own.words.size() == from_shared.size());
  for (size_t i = 0; i < from_shared.size(); ++i) {
    const EvidenceWord &a = own.words[i], &b = from_shared[i];
    CAPTURE(i);
    CHECK(a.span == b.span);
    CHECK(a.text() == b.text());
    CHECK(a.mark == b.mark);
    CHECK(a.digit_first == b.digit_first);
    CHECK(a.capitalized == b.capitalized);
    CHECK(a.run == b.run);
    CHECK(a.len == b.len);
  }
}

// Pieces of my own: ASCII words, numbers with joiners, words with letters
// beyond ASCII, an emoji, curly quotes and apostrophes, runs of marks.
const char* const kPieces[] = {"Mayor", " ", "said", "3.5", "%", "U.S.", "Ödegaard", "ZÜRICH", "’s", "'s", "🙂",
                               "“", "”", "—", "-", "co-chair", "1,200", "21:30", "....", ".", ",", "Mr.", "No.", "7",
                               "Ελλάδα", "x", "é", "\u00a0", "rains", "ABCDEFGHIJKLMNOPQRSTU", "it’s"};

}  // namespace

TEST_CASE("lowered text: both lexers read each paragraph of a shared copy as from their own") {
  // Paragraphs of many lengths, so words run across the copy's 16- and
  // 8-byte steps at every offset and a text ends mid-step.
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (int round = 0; round < 120; ++round) {
    std::string text;
    const int paragraphs = 1 + int(next() % 4);
    for (int p = 0; p < paragraphs; ++p) {
      if (p > 0) text += (next() % 2) ? "\n" : "\n\n";
      const int pieces = 1 + int(next() % 30);
      for (int k = 0; k < pieces; ++k) text += kPieces[next() % (sizeof kPieces / sizeof kPieces[0])];
    }
    CAPTURE(text);
    const std::vector<Paragraph> split = split_paragraphs(text);
    std::vector<Span> spans;
    for (const Paragraph& p : split) spans.push_back(p.span);
    // Evidence words are read before tokenize lower-cases letters beyond ASCII in the copy (as annotate runs them).
    LoweredText shared = lowered_for(text, spans);
    for (const Span& s : spans) check_evidence_words_same(text, s, shared);
    for (const Span& s : spans) check_tokens_same(text, s, shared);
    for (const Span& s : spans) check_tokens_same(text, s, shared);  // a view built again reads the same
  }
}

TEST_CASE("lowered text: a range ending inside a word stops where a stop is set") {
  // Not what paragraphs do (they are trimmed), but the stop makes a cut word end at the range.
  const std::string text = "Alphabetical SOUP and more words after it";
  const Span range{0, 9};  // "Alphabeti"
  LoweredText shared = lowered_for(text, {range});
  check_tokens_same(text, range, shared);
  check_evidence_words_same(text, range, shared);
  std::vector<Token> toks;
  tokenize(text, range, toks, shared);
  REQUIRE(toks.size() == 1);
  CHECK(toks[0].lower == "alphabeti");
}

TEST_CASE("lowered text: annotate leaves no pointer to its copy in the document") {
  const Result r = annotate("The Mayor said 3.5% of ÖSTERREICH’s roads closed.\n\n“Fine,” she said.");
  CHECK(r.doc.lowered == nullptr);
  CHECK(r.doc.evidence.size() == 1);
  CHECK(r.doc.quotes.size() == 1);
}

namespace {

// The text's ASCII letters lower-cased, other bytes as they are.
std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

bool ascii_alnum(unsigned char c) { return c < 0x80 && utf8::is_word(char32_t(c)); }

// Pieces of my own for the plain-word path: lower-case and capitalised ASCII
// words (a 19-letter one, so words cross the 16-byte steps), digits, words
// with letters beyond ASCII, an emoji, possessives, initialisms, joiners that
// join and that do not, marks, no-break and double spaces.
const char* const kWordPieces[] = {"the ", "Senate ", "voted ", "47", " ", "counterintelligence ", "U.S. ", "F.B.I.",
                                   " J. Smith", "Mary's ", "Zoë’s ", "naïve ", "🙂", " ", "well-known ", "rock&roll ",
                                   "end.", " ", ",", "x", "  ", "\u00a0", "—", "it's", "A", "(", "said)", "No. 5 "};

}  // namespace

// Most tokens take the lexer's plain-word path (an ASCII run ending at a byte
// that is no joiner); the rest its general step. From the shared copy (offsets
// from 0) and from a copy of a range further into a text (offsets from its
// start), each token must be what its definition says and the tokens must
// cover every character that is not white space, in order.
TEST_CASE("tokens: plain ASCII words and the general step agree with their definitions, at offset 0 and further in") {
  uint32_t seed = 777;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const int pieces = 1 + int(next() % 24);
    for (int k = 0; k < pieces; ++k) text += kWordPieces[next() % (sizeof kWordPieces / sizeof kWordPieces[0])];
    CAPTURE(text);
    const Span whole{0, uint32_t(text.size())};
    LoweredText shared = lowered_for(text, {whole});
    std::vector<Token> from_shared;
    tokenize(text, whole, from_shared, shared);
    // The same text after a prefix, lexed from a copy of its range alone.
    const std::string prefix = "Before it: ";
    const std::string longer = prefix + text;
    std::vector<Token> further;
    std::string buffer;
    tokenize(longer, {uint32_t(prefix.size()), uint32_t(longer.size())}, further, buffer);
    REQUIRE(from_shared.size() == further.size());
    size_t covered = 0;  // text before it is space or in a token
    for (size_t k = 0; k < from_shared.size(); ++k) {
      const Token &t = from_shared[k], &u = further[k];
      CAPTURE(k);
      CHECK(u.span.start == t.span.start + prefix.size());
      CHECK(u.span.end == t.span.end + prefix.size());
      CHECK(u.lower == t.lower);
      CHECK(u.first == t.first);
      CHECK(u.word == t.word);
      CHECK(u.capitalized == t.capitalized);
      CHECK(u.possessive == t.possessive);
      CHECK(u.hyphenated == t.hyphenated);
      // Tokens in order, with only white space between them.
      REQUIRE(t.span.start >= covered);
      for (size_t b = covered; b < t.span.start;) {
        const utf8::Decoded d = utf8::decode(text, b);
        CHECK(utf8::is_space(d.cp));
        b += d.len;
      }
      covered = t.span.end;
      const std::string_view span = std::string_view(text).substr(t.span.start, t.span.size());
      CHECK(utf8::decode(span, 0).cp == t.first);
      bool plain = !span.empty();
      for (unsigned char c : span) plain = plain && ascii_alnum(c);
      if (!plain) continue;
      // A word of ASCII letters and digits: its lower-cased bytes, its flags,
      // and no word character or joiner that joins on either side.
      CHECK(t.word);
      CHECK(t.lower == ascii_lower(span));
      CHECK(t.capitalized == (span[0] >= 'A' && span[0] <= 'Z'));
      CHECK(!t.possessive);
      CHECK(!t.hyphenated);
      if (t.span.start > 0) CHECK(!ascii_alnum(static_cast<unsigned char>(text[t.span.start - 1])));
      if (t.span.end < text.size()) {
        const unsigned char after = static_cast<unsigned char>(text[t.span.end]);
        CHECK(!ascii_alnum(after));
        const bool joiner = after == '\'' || after == '-' || after == '&' || after == '.';
        if (joiner && t.span.end + 1 < text.size()) {
          const char32_t beyond = utf8::decode(text, t.span.end + 1).cp;
          CHECK(!utf8::is_word(beyond));
        }
      }
    }
    for (size_t b = covered; b < text.size();) {
      const utf8::Decoded d = utf8::decode(text, b);
      CHECK(utf8::is_space(d.cp));
      b += d.len;
    }
  }
}

// tokenize lower-cases letters beyond ASCII in the shared copy, in place. The
// evidence lexer may read it before or after: its words keep every field, and
// their text keeps every ASCII byte (only letters beyond ASCII may differ),
// which is all that the evidence and check-worthiness tables compare.
TEST_CASE("lowered text: evidence words read after tokenize keep every field and every ASCII byte") {
  const std::string text =
      "ÖSTERREICH’s Ministerin said 3.5% of ZÜRICH roads, 1,200 km, closed in März 2024.\n\n"
      "Émile’s ÉQUIPE won 12 of 20 games 🙂 — up from ΕΛΛΆΔΑ’s 7.";
  const std::vector<Paragraph> split = split_paragraphs(text);
  std::vector<Span> spans;
  for (const Paragraph& p : split) spans.push_back(p.span);
  LoweredText shared = lowered_for(text, spans);
  std::vector<std::vector<EvidenceWord>> before(spans.size());
  for (size_t p = 0; p < spans.size(); ++p) lex_evidence_words(text, spans[p], shared, before[p]);
  std::vector<std::string> texts_before;
  for (const auto& words : before)
    for (const EvidenceWord& w : words) texts_before.push_back(std::string(w.text()));
  std::vector<Token> toks;
  for (const Span& s : spans) tokenize(text, s, toks, shared);
  size_t n = 0, changed = 0;
  for (size_t p = 0; p < spans.size(); ++p) {
    std::vector<EvidenceWord> after;
    lex_evidence_words(text, spans[p], shared, after);
    REQUIRE(after.size() == before[p].size());
    for (size_t k = 0; k < after.size(); ++k, ++n) {
      const EvidenceWord &a = before[p][k], &b = after[k];
      CAPTURE(texts_before[n]);
      CHECK(a.span == b.span);
      CHECK(a.mark == b.mark);
      CHECK(a.digit_first == b.digit_first);
      CHECK(a.capitalized == b.capitalized);
      CHECK(a.run == b.run);
      CHECK(a.len == b.len);
      const std::string_view was = texts_before[n], now = b.text();
      REQUIRE(was.size() == now.size());
      for (size_t c = 0; c < was.size(); ++c) {
        if (static_cast<unsigned char>(was[c]) < 0x80) CHECK(now[c] == was[c]);
        else CHECK(static_cast<unsigned char>(now[c]) >= 0x80);
      }
      changed += was != now;
    }
  }
  CHECK(changed > 0);  // the test text has such letters: the claim is tested, not vacuous
}

// ... and that is enough only while every word those tables hold is ASCII.
TEST_CASE("lowered text: the word tables evidence words are looked up in hold ASCII only") {
  const std::vector<std::pair<const WordRule*, size_t>> tables = {
      {rules::kMonths, std::size(rules::kMonths)},
      {rules::kWeekdays, std::size(rules::kWeekdays)},
      {rules::kNumberWords, std::size(rules::kNumberWords)},
      {rules::kScaleWords, std::size(rules::kScaleWords)},
      {rules::kCurrencyWords, std::size(rules::kCurrencyWords)},
      {rules::kPercentWords, std::size(rules::kPercentWords)},
      {rules::kClockWords, std::size(rules::kClockWords)},
      {rules::kNotUnits, std::size(rules::kNotUnits)},
      {rules::kRangeWords, std::size(rules::kRangeWords)},
      {rules::kCheckworthyWords, std::size(rules::kCheckworthyWords)},
      {rules::kFirstPerson, std::size(rules::kFirstPerson)},
      {rules::kOpinionVerbs, std::size(rules::kOpinionVerbs)},
      {rules::kHedgeWords, std::size(rules::kHedgeWords)},
  };
  for (const auto& [rules_of, count] : tables) {
    for (size_t k = 0; k < count; ++k) {
      const std::string_view word = rules_of[k].text;
      CAPTURE(word);
      for (unsigned char c : word) CHECK(c < 0x80);
    }
  }
}

// The roles pass's counts from the copy's maps: for any span, its ASCII
// letters and digits, capitals and digits, counted byte by byte here. Spans
// of every length to 140 and a few long ones (several steps, a start and an
// end at every bit of a map byte), in a text of words, numbers, capitals and
// letters beyond ASCII; the SSE2 version and the portable one alike.
TEST_CASE("lowered text: counts of a span's letters, capitals and digits") {
  std::string text;
  const char* pieces[] = {"Budget ", "ROSE ", "by ", "4.5% ", "\xC3\x89t\xC3\xA9 ", "in ", "2026, ", "McDonald's ",
                          "\xE2\x80\x9Cquoted\xE2\x80\x9D ", "x9 ", "\n"};
  for (size_t i = 0; text.size() < 1500; ++i) text += pieces[(i * 7) % std::size(pieces)];
  LoweredText lowered;
  lowered.build(text);
  auto counted_here = [&](size_t start, size_t end) {
    utf8::AsciiWordCounts c;
    for (size_t i = start; i < end; ++i) {
      const char b = text[i];
      const bool upper = b >= 'A' && b <= 'Z', digit = b >= '0' && b <= '9';
      c.word_bytes += upper || digit || (b >= 'a' && b <= 'z');
      c.upper += upper;
      c.digits += digit;
    }
    return c;
  };
  auto same = [](const utf8::AsciiWordCounts& a, const utf8::AsciiWordCounts& b) {
    return a.word_bytes == b.word_bytes && a.upper == b.upper && a.digits == b.digits;
  };
  std::vector<size_t> lengths;
  for (size_t n = 0; n <= 140; ++n) lengths.push_back(n);
  for (size_t n : {size_t(640), size_t(1001), size_t(1400)}) lengths.push_back(n);
  size_t wrong = 0, spans = 0;
  for (size_t n : lengths) {
    for (size_t start = 0; start + n <= text.size(); start += n > 140 ? 37 : 3) {
      const Span span{uint32_t(start), uint32_t(start + n)};
      const utf8::AsciiWordCounts want = counted_here(start, start + n);
      wrong += !same(lowered.ascii_counts(span), want) + !same(lowered.ascii_counts_portable(span), want);
      ++spans;
    }
  }
  CHECK(spans > 50000);
  CHECK(wrong == 0);
  // The stops set at paragraph ends fall on white space and change no count.
  for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1)) lowered.stop_at(at);
  const utf8::AsciiWordCounts whole = lowered.ascii_counts({0, uint32_t(text.size())});
  CHECK(same(whole, counted_here(0, text.size())));
  CHECK(whole.upper > 100);
  CHECK(whole.digits > 100);
}
