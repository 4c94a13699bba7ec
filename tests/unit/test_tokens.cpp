#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate.h"
#include "checkworthy.h"
#include "evidence.h"
#include "evidence_words.h"
#include "json_output.h"
#include "lowered_text.h"
#include "mark_runs.h"
#include "paragraphs.h"
#include "paragraph_view.h"
#include "speaker_phrases.h"
#include "tokens.h"
#include "utf8.h"
#include "word_classes.h"

using namespace claimscope;

namespace {

// "text|lower" of every token of the whole string.
std::vector<std::string> tokens_of(std::string_view text) {
  std::vector<Token> toks;
  std::string lowered;
  tokenize(text, {0, uint32_t(text.size())}, toks, lowered);
  std::vector<std::string> out;
  for (const Token& t : toks) out.push_back(std::string(text.substr(t.span.start, t.span.size())) + "|" + std::string(t.lower));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("tokens: lower-cased text is a slice of the lowered paragraph") {
  CHECK(tokens_of("The U.S. envoy met Mr. Ödegaard in ZÜRICH.") ==
        V{"The|the", "U.S.|u.s.", "envoy|envoy", "met|met", "Mr.|mr.", "Ödegaard|ödegaard", "in|in", "ZÜRICH|zürich", ".|."});
  CHECK(tokens_of("Russia’s army") == V{"Russia’s|russia’s", "army|army"});
}

// lower_in_place decodes only the lead bytes of letters to_lower maps: a
// token's lower-cased text is utf8::lower of its text wherever the capitals
// beyond ASCII sit in a word (first, inside, last, by a curly apostrophe or
// a hyphen), next to characters it keeps (ï, Ⅻ, Ǆ, a curly apostrophe).
TEST_CASE("tokens: capitals beyond ASCII are lowered anywhere in a word, other characters kept") {
  const std::string text = "ÉLAN ŁÓDŹ’s ΑΘΗΝΑ МОСКВА-ЁЖ naïveÉ Ž Ⅻ Ǆ Ωmega ǅx l’État c’est ÀÁÂÃÄÅÆÇÈ ÐÑÒÓÔÕÖØÙÚÛÜÝÞ";
  std::vector<Token> toks;
  std::string lowered;
  tokenize(text, {0, uint32_t(text.size())}, toks, lowered);
  REQUIRE(toks.size() == 14);
  for (const Token& t : toks) {
    const std::string_view word = std::string_view(text).substr(t.span.start, t.span.size());
    INFO(word);
    CHECK(t.lower == utf8::lower(word));
  }
  CHECK(toks[0].lower == "élan");
  CHECK(toks[2].lower == "αθηνα");
  CHECK(toks[3].lower == "москва-ёж");
  CHECK(toks[4].lower == "naïveé");
  CHECK(toks[6].lower == "Ⅻ");
  CHECK(toks[10].lower == "l’état");
  CHECK(toks[12].lower == "àáâãäåæçè");
}

TEST_CASE("tokens: a lone capital keeps its dot only before a name") {
  CHECK(tokens_of("Reporter J. Okafor wrote it.") == V{"Reporter|reporter", "J.|j.", "Okafor|okafor", "wrote|wrote", "it|it", ".|."});
  CHECK(tokens_of("“Nor do I.” She left.") ==
        V{"“|“", "Nor|nor", "do|do", "I|i", ".|.", "”|”", "She|she", "left|left", ".|."});
  CHECK(tokens_of("He chose plan B.") == V{"He|he", "chose|chose", "plan|plan", "B|b", ".|."});
  CHECK(tokens_of("Reporter J.\u00a0Okafor")[1] == "J.|j.");
  CHECK(tokens_of("Reporter J.\nOkafor")[1] == "J.|j.");
}

TEST_CASE("tokens: a number abbreviation keeps its dot before a digit only") {
  CHECK(tokens_of("the No. 3 Democrat") == V{"the|the", "No.|no.", "3|3", "Democrat|democrat"});
  CHECK(tokens_of("Nos. 4 and 5") == V{"Nos.|nos.", "4|4", "and|and", "5|5"});
  CHECK(tokens_of("see p.\n12")[1] == "p.|p.");
  // Before a word the dot is a full stop: "The answer was No. Then she left."
  CHECK(tokens_of("was No. Then") == V{"was|was", "No|no", ".|.", "Then|then"});
  CHECK(tokens_of("said no.") == V{"said|said", "no|no", ".|."});
}

// The paragraph view's sentence starts: "No." before a number opens nothing,
// in a title line as in a sentence.
TEST_CASE("paragraph view: no sentence starts after 'No.' before a number") {
  Document doc = annotate("Lee, the No. 3 Democrat, backs the ferry toll").doc;
  ParagraphViews views(doc);
  const ParagraphView& v = views[0];
  for (size_t k = 0; k < v.toks.size(); ++k) CHECK(v.sentence_start[k] == 0);
}

TEST_CASE("tokens: a run of four or more of one mark is one token; ellipses and quote marks are not merged") {
  CHECK(tokens_of("Wait... no") == V{"Wait|wait", ".|.", ".|.", ".|.", "no|no"});
  CHECK(tokens_of("Wait.... no") == V{"Wait|wait", "....|....", "no|no"});
  CHECK(tokens_of("a ------ b") == V{"a|a", "------|------", "b|b"});
  CHECK(tokens_of("“““““") == V{"“|“", "“|“", "“|“", "“|“", "“|“"});
  CHECK(tokens_of(".-.-") == V{".|.", "-|-", ".|.", "-|-"});
}

TEST_CASE("evidence words: a run of one mark is one mark, flagged as a run") {
  std::string text = "It rose 5%... then fell $$$$ ok";
  EvidenceWords w;
  lex_evidence_words(text, {0, uint32_t(text.size())}, w);
  std::vector<std::string> marks;
  for (const EvidenceWord& e : w.words) {
    if (!e.is_word()) marks.push_back(text.substr(e.span.start, e.span.size()) + (e.run ? "*" : ""));
  }
  CHECK(marks == V{"%", ".", ".", ".", "$$$$*"});
}

// The galloping search from a known lower bound gives what the plain binary
// search gives, for every position and every start that is a valid bound.
TEST_CASE("token_at_or_after from a lower bound agrees with the full search") {
  Document doc = annotate("Ana Pires told the board “the ferry will run, at last,” on Monday.").doc;
  ParagraphViews views(doc);
  const ParagraphView& v = views[0];
  REQUIRE(v.toks.size() > 10);
  for (uint32_t pos = 0; pos <= doc.text.size() + 1; ++pos) {
    const size_t want = token_at_or_after(v, pos);
    for (size_t from = 0; from <= want; ++from) {
      INFO(pos, " from ", from);
      CHECK(token_at_or_after(v, pos, from) == want);
    }
  }
}

// Attribution may ask for a paragraph it skipped after building the next
// ones: going back must give the same view as building it first.
TEST_CASE("a paragraph view asked for after later ones equals a fresh one") {
  Document doc = annotate("Lisbon\n\n“We will sail on Friday,” Ana Pires said. The crew agreed.\n\nHarbour\n\n“Late again.” Then rain.").doc;
  REQUIRE(doc.paragraphs.size() == 4);
  ParagraphViews late(doc);
  for (uint32_t p = 0; p < 4; ++p) late[p];
  for (uint32_t p : {2u, 0u, 1u, 3u}) {
    INFO(p);
    ParagraphViews fresh(doc);
    const ParagraphView& a = late[p];
    const ParagraphView& b = fresh[p];
    REQUIRE(a.toks.size() == b.toks.size());
    CHECK(a.quote_of == b.quote_of);
    CHECK(a.sentence_start == b.sentence_start);
    for (size_t k = 0; k < a.toks.size(); ++k) CHECK(a.toks[k].span == b.toks[k].span);
  }
}

// The possessive test reads the last two and four bytes of a word long
// enough, else a filler: every length around those bounds, both apostrophes.
TEST_CASE("tokens: possessive is 's or ’s after at least one byte, at every length") {
  auto possessive = [](std::string_view text) {
    std::vector<Token> toks;
    std::string lowered;
    tokenize(text, {0, uint32_t(text.size())}, toks, lowered);
    std::vector<bool> out;
    for (const Token& t : toks) out.push_back(t.possessive);
    return out;
  };
  using B = std::vector<bool>;
  // "'s" alone is a mark and a word; the test reads the lower-cased word ("ANN’S").
  CHECK(possessive("Kim's aide's a's s 's ss is") == B{true, true, true, false, false, false, false, false});
  CHECK(possessive("Kim’s x’s ANN’S its bus") == B{true, true, true, false, false});
  CHECK(possessive("Ministry's envoy's") == B{true, true});
}

TEST_CASE("tokens: hyphenated is set for an ASCII hyphen inside a word, and only then") {
  const std::string text = "The vice-president and co-chair spoke at a sit\u2010in on well\u2014known Jean-Luc's re- vote - .";
  std::vector<Token> toks;
  std::string lowered;
  tokenize(text, {0, uint32_t(text.size())}, toks, lowered);
  std::vector<std::string> hyphenated;
  for (const Token& t : toks) {
    if (t.hyphenated) hyphenated.push_back(std::string(t.lower));
    // The flag says exactly whether the lower-cased word holds a '-'.
    CHECK(t.hyphenated == (t.word && t.lower.find('-') != std::string_view::npos));
  }
  CHECK(hyphenated == V{"vice-president", "co-chair", "jean-luc's"});
}

TEST_CASE("is_role_token: a compound of role words needs the hyphen flag, a single word one lookup") {
  const std::string text = "Vice-president Okafor, the deputy, a secretary-general, Deputy. and well-known pets";
  std::vector<Token> toks;
  std::string lowered;
  tokenize(text, {0, uint32_t(text.size())}, toks, lowered);
  std::vector<std::string> roles;
  for (const Token& t : toks) {
    if (is_role_token(t)) roles.push_back(std::string(t.lower));
    // The same answer as the general word test, which searches for a hyphen itself.
    CHECK(is_role_token(t) == (t.word && is_role_word(t.lower)));
  }
  CHECK(roles == V{"vice-president", "deputy", "secretary-general", "deputy"});
  CHECK(is_simple_role_word("deputy."));
  CHECK(is_simple_role_word("president"));
  CHECK_FALSE(is_simple_role_word("vice-president"));  // a compound is is_role_word's
  CHECK(is_role_word("vice-president"));
  CHECK_FALSE(is_simple_role_word("pets"));
}

// A token's first character is classed once (space, word, capital) from an
// ASCII table or, beyond ASCII, utf8.h; "'s" is looked for only in words
// that go on past a run of ASCII letters and digits. Both against their
// definitions on every token: ASCII and non-ASCII words, emoji, other
// spaces, and words whose "'s" falls on either side of a 16-byte step of
// the lower-casing pass, with the text ending mid-step.
TEST_CASE("tokens: first-character classes and possessives agree with their definitions") {
  std::string text =
      "\xC3\x89mile's ferry\xC2\xA0left \xE2\x80\x83" "at 7 \xF0\x9F\x9A\xA2 Zo\xC3\xAB\xE2\x80\x99s "
      "\xC3\xA9t\xC3\xA9 OSLO's  x's na\xC3\xAFve's 'quoted' \xE2\x80\x9CHi\xE2\x80\x9D 4's B2B's";
  for (size_t length = 1; length <= 40; ++length) {
    text += ' ';
    text += std::string(length, length % 2 ? 'q' : 'Q');
    text += length % 3 ? "'s" : "\xE2\x80\x99s";
  }
  text += " tail";
  std::vector<Token> toks;
  std::string lowered;
  tokenize(text, {0, uint32_t(text.size())}, toks, lowered);
  size_t possessives = 0;
  for (const Token& t : toks) {
    const std::string_view w = t.lower;
    INFO(text.substr(t.span.start, t.span.size()));
    CHECK(t.word == utf8::is_word(t.first));
    CHECK(t.capitalized == (t.word && utf8::is_upper(t.first)));
    CHECK(!utf8::is_space(t.first));
    const bool plain = w.size() >= 3 && w.substr(w.size() - 2) == "'s";
    const bool curly = w.size() >= 5 && w.substr(w.size() - 4) == "\xE2\x80\x99s";
    CHECK(t.possessive == (t.word && (plain || curly)));
    possessives += t.possessive;
  }
  CHECK(possessives == 7 + 40);
  CHECK(tokens_of("\xF0\x9F\x9A\xA2\xC2\xA0Ship") == V{"\xF0\x9F\x9A\xA2|\xF0\x9F\x9A\xA2", "Ship|ship"});
}

// After an ASCII word, "ASCII and no joiner" is one table load: every ASCII
// byte after a word and after a number, against the joiner rules (. - '
// join words; , and : join digits only).
TEST_CASE("evidence words: every ASCII byte after a word or a number joins or ends it by the rules") {
  for (int c = 0x21; c < 0x7F; ++c) {
    const char ch = char(c);
    const bool word_byte = utf8::is_word(char32_t(c));
    const bool joins_words = word_byte || ch == '.' || ch == '-' || ch == '\'';
    const bool joins_digits = joins_words || ch == ',' || ch == ':';
    const std::string text = std::string("ab") + ch + "cd 12" + ch + "34";
    INFO(text);
    EvidenceWords lexed;
    lex_evidence_words(text, {0, uint32_t(text.size())}, lexed);
    std::vector<std::string> words;
    for (const EvidenceWord& w : lexed.words) words.push_back(std::string(text.substr(w.span.start, w.span.size())));
    V want;
    if (joins_words) want.push_back(std::string("ab") + ch + "cd");
    else want.insert(want.end(), {"ab", std::string(1, ch), "cd"});
    if (joins_digits) want.push_back(std::string("12") + ch + "34");
    else want.insert(want.end(), {"12", std::string(1, ch), "34"});
    CHECK(words == want);
  }
}

// The segmenter's sentence starts, found by one compare per token: every
// token's sentence start, with sentences of one and of several tokens, and
// a first sentence that starts at the first token.
TEST_CASE("paragraph view: each token's sentence start follows the segmenter's sentences") {
  Document doc = annotate("Ana left. Bo stayed on. Go! Cy sang, loudly.").doc;
  ParagraphViews views(doc);
  const ParagraphView& v = views[0];
  std::vector<std::string> firsts;
  for (size_t k = 0; k < v.toks.size(); ++k) {
    const Token& first = v.toks[v.sentence_start[k]];
    firsts.push_back(std::string(doc.text.substr(first.span.start, first.span.size())));
  }
  CHECK(firsts == V{"Ana", "Ana", "Ana", "Bo", "Bo", "Bo", "Bo", "Go", "Go", "Cy", "Cy", "Cy", "Cy", "Cy"});
}

// The buffers only grow (no zeroing per paragraph): a short text lexed after a
// long one in the same buffers reads nothing of the long one.
TEST_CASE("tokens: buffers reused after a longer text give a fresh result") {
  const std::string long_text = "HARBOUR'S NEW CRANES ARRIVED ON TUESDAY, THE PORT'S MANAGER WROTE, AFTER NINE WEEKS AT SEA.";
  for (std::string_view short_text : {"Mina's boat", "ok", "It's", "A", "", "Ödön's"}) {
    INFO(short_text);
    std::vector<Token> toks;
    std::string lowered;
    tokenize(long_text, {0, uint32_t(long_text.size())}, toks, lowered);
    tokenize(short_text, {0, uint32_t(short_text.size())}, toks, lowered);
    std::vector<Token> fresh_toks;
    std::string fresh_lowered;
    tokenize(short_text, {0, uint32_t(short_text.size())}, fresh_toks, fresh_lowered);
    REQUIRE(toks.size() == fresh_toks.size());
    for (size_t k = 0; k < toks.size(); ++k) {
      CHECK(toks[k].span == fresh_toks[k].span);
      CHECK(toks[k].lower == fresh_toks[k].lower);
      CHECK(toks[k].possessive == fresh_toks[k].possessive);
      CHECK(toks[k].word == fresh_toks[k].word);
    }
    EvidenceWords reused, fresh;
    lex_evidence_words(long_text, {0, uint32_t(long_text.size())}, reused);
    lex_evidence_words(short_text, {0, uint32_t(short_text.size())}, reused);
    lex_evidence_words(short_text, {0, uint32_t(short_text.size())}, fresh);
    REQUIRE(reused.words.size() == fresh.words.size());
    for (size_t k = 0; k < fresh.words.size(); ++k) {
      CHECK(reused.words[k].span == fresh.words[k].span);
      CHECK(reused.words[k].text() == fresh.words[k].text());
    }
  }
}

// quote_of and sentence_start are resized without a fill: a paragraph
// without quotes built in the slot of a longer quoted one has no quoted token.
TEST_CASE("a paragraph view built where a longer quoted one was keeps no stale quote") {
  Document doc = annotate(
                     "“The bridge stays shut until the inspectors have seen every bolt, and that may take weeks,” the mayor said.\n\n"
                     "Traffic moved slowly.\n\n"
                     "Cyclists waited.")
                     .doc;
  REQUIRE(doc.paragraphs.size() == 3);
  ParagraphViews reused(doc);
  REQUIRE(reused[0].has_quote);
  reused[1];
  const ParagraphView& a = reused[2];  // the slot paragraph 0 used
  ParagraphViews fresh(doc);
  const ParagraphView& b = fresh[2];
  CHECK_FALSE(a.has_quote);
  REQUIRE(a.toks.size() == b.toks.size());
  CHECK(a.quote_of == b.quote_of);
  CHECK(a.sentence_start == b.sentence_start);
  for (int32_t q : a.quote_of) CHECK(q == kNone);
}

#if !defined(__wasm__)
namespace {

// Evidence words lexed in tokenize's walk against the evidence lexer's own,
// field by field, for every paragraph of `text`; the tokens against tokenize
// alone.
void check_one_walk(const std::string& text) {
  CAPTURE(text);
  const std::vector<Paragraph> paragraphs = split_paragraphs(text);
  LoweredText lowered;
  lowered.build(text);
  for (const Paragraph& p : paragraphs) lowered.stop_at(p.span.end);
  std::vector<Token> alone, walked;
  std::vector<EvidenceWord> own, from_walk;
  for (const Paragraph& p : paragraphs) {
    lex_evidence_words(text, p.span, lowered, own);
    tokenize(text, p.span, alone, lowered);
    from_walk.push_back(EvidenceWord{});  // cleared first
    tokenize(text, p.span, walked, lowered, from_walk);
    REQUIRE(alone.size() == walked.size());
    for (size_t i = 0; i < alone.size(); ++i) {
      CHECK(alone[i].span == walked[i].span);
      CHECK(alone[i].lower == walked[i].lower);
    }
    REQUIRE(own.size() == from_walk.size());
    for (size_t i = 0; i < own.size(); ++i) {
      const EvidenceWord &a = own[i], &b = from_walk[i];
      CAPTURE(i);
      CHECK(a.span == b.span);
      CHECK(a.lower == b.lower);
      CHECK(a.mark == b.mark);
      CHECK(a.digit_first == b.digit_first);
      CHECK(a.capitalized == b.capitalized);
      CHECK(a.run == b.run);
      CHECK(a.len == b.len);
    }
  }
}

// Where the two lexers part and where they agree: joiners each takes or
// leaves, digits around ',' and ':', final dots, letters beyond ASCII, runs
// of marks, words past the evidence words' 23 bytes, text ending mid-word.
const char* const kWalkPieces[] = {"Council", " ", "voted", "12", ",", ":", "400", "B&Q", "&", "Dr.", "Gov.", "e.g",
                                   ".", "-", "co-op", "\u2010", "re\u2010elect", "’", "'", "s", "Zoë", "ÉTAT", "¿",
                                   "“", "”", "!!!!", "—", "\t", "\n", "\u00a0", "9", "x", "Q", "$", "€",
                                   "internationalisationists"};

}  // namespace

TEST_CASE("tokens: the evidence words of tokenize's walk are the evidence lexer's, where the lexers part too") {
  check_one_walk("The ferry left at 07:45, carrying 1,250 cars and B&Q's van; Dr. Okafor said so.");
  check_one_walk("AT&T, U.S. and re\u2010election: 3,5 or 3, 5? “Yes.” Zoë’s bike... cost €4,000.");
  check_one_walk("x");
  check_one_walk("");
  uint32_t seed = 97;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int pieces = 1 + int(next() % 40);
    for (int k = 0; k < pieces; ++k) text += kWalkPieces[next() % (sizeof kWalkPieces / sizeof kWalkPieces[0])];
    check_one_walk(text);
  }
}

TEST_CASE("annotate: evidence from the one walk matches the evidence pass of its own") {
  // annotate() takes the evidence words from attribution's tokens natively;
  // find_evidence lexes on its own.
  const std::string text =
      "Prices rose 4.5% in May, the agency said.\n\nAT&T paid $1,200 at 21:30 on Tuesday.\n\n"
      "Ms. Ruiz said 3,000 homes (about 12 per cent) lost power.";
  Result r = annotate(text);
  std::vector<Evidence> walked = r.doc.evidence;
  find_evidence(r.doc);
  REQUIRE(walked.size() == r.doc.evidence.size());
  for (size_t i = 0; i < walked.size(); ++i) {
    CHECK(walked[i].span == r.doc.evidence[i].span);
    CHECK(walked[i].kind == r.doc.evidence[i].kind);
  }
  CHECK(walked.size() >= 5);
}

// Evidence and check-worthiness from the one walk, told paragraph by
// paragraph from attribution's batches, equal the passes run on their own
// afterwards: across batch edges (more paragraphs than a batch holds), for
// skipped one-word lines, and for views built early as a neighbour (a
// quotation signed by the next line builds that line's view before its turn).
TEST_CASE("annotate: evidence and scores from the batches' walk match the passes of their own") {
  std::string text;
  for (int i = 0; i < 9; ++i) {
    const std::string n = std::to_string(i);
    text += "Fares rose " + n + ".5% in March, the transit board said on Monday.\n\n"
            "Notes\n\n"
            "“We cannot run 1,200 buses at 21:30 without more drivers,” she warned.\n\n"
            "“The depot is full.”\n\n"
            "— Ana Ruiz" + n + ", operations chief.\n\n"
            "Lists\n\n";
  }
  Result r = annotate(text);
  REQUIRE(r.doc.paragraphs.size() > 2 * ParagraphViews::kMaxBatch);
  const std::string walked = to_json(r.doc, Unit::byte);
  find_evidence_and_score(r.doc);
  CHECK(to_json(r.doc, Unit::byte) == walked);
  CHECK(r.doc.evidence.size() >= 18);
}

// A paragraph too long for the walk's evidence words (its evidence is found
// before its view is built) between short ones: the same as the passes alone.
TEST_CASE("annotate: a paragraph over the walk's evidence bound gets the same evidence and scores") {
  std::string text = "Fares rose 4% in May, the board said.\n\n";
  while (text.size() < ParagraphViews::kEvidenceInWalkBytes + 4096) {
    text += "The depot ran 1,200 buses at 21:30 on Tuesday, and “we need $3,000 more,” Ana Ruiz said. ";
  }
  text += "\n\nNotes\n\nPrices fell 2.5% in June, the agency said.";
  Result r = annotate(text);
  REQUIRE(r.doc.paragraphs.size() == 4);
  const std::string walked = to_json(r.doc, Unit::byte);
  find_evidence_and_score(r.doc);
  CHECK(to_json(r.doc, Unit::byte) == walked);
}
#endif

// The three lexer instances' tokens of text[0, end): the own buffer's, the
// document's lowered copy's, and that copy's with the evidence walk (its
// evidence words); and the evidence lexer's words alone. One object, since
// the tokens point into its buffer and copy.
class LexedThreeWays {
 public:
  struct Results {
    const std::vector<Token>& own;
    const std::vector<Token>& shared;
    const std::vector<Token>& walked;
    const std::vector<EvidenceWord>& evidence;
    const std::vector<EvidenceWord>& alone;
  };
  friend void lex_three_ways(std::string_view text, uint32_t end, LexedThreeWays& out) {
    tokenize(text, {0, end}, out.own_, out.buffer_);
    out.lowered_.build(text);
    out.lowered_.stop_at(end);
    tokenize(text, {0, end}, out.shared_, out.lowered_);
    tokenize(text, {0, end}, out.walked_, out.lowered_, out.evidence_);
    lex_evidence_words(text, {0, end}, out.lowered_, out.alone_);
  }
  Results results() const { return {own_, shared_, walked_, evidence_, alone_}; }

 private:
  std::vector<Token> own_, shared_, walked_;
  std::vector<EvidenceWord> evidence_, alone_;
  std::string buffer_;
  LoweredText lowered_;
};

// tokens.cpp answers mark_token_end's usual case (the next character differs)
// itself and calls it only for a repeat: every mark token, by each of the
// three lexer instances (own buffer, the document's copy, the copy with the
// evidence walk), ends where mark_token_end says, at the range's end too.
TEST_CASE("tokens: a mark token ends where mark_token_end says, next to the range's end too") {
  CHECK(tokens_of("so!!!!") == V{"so|so", "!!!!|!!!!"});
  CHECK(tokens_of("so!!!") == V{"so|so", "!|!", "!|!", "!|!"});
  CHECK(tokens_of("!") == V{"!|!"});
  CHECK(tokens_of("a ?!?!") == V{"a|a", "?|?", "!|!", "?|?", "!|!"});
  CHECK(tokens_of("x \u2022\u2022\u2022\u2022 y") == V{"x|x", "\u2022\u2022\u2022\u2022|\u2022\u2022\u2022\u2022", "y|y"});
  CHECK(tokens_of("x \u2022\u2022") == V{"x|x", "\u2022|\u2022", "\u2022|\u2022"});
  const char* texts[] = {"Stop!!!! Now.", "Well....", "It is -- or ---- is it", "$$$$$", "a*b**c****d",
                         "end \u2014\u2014\u2014\u2014", "\u2014\u2014\u2014", "**", "tail ::::", ".,.,....,"};
  for (std::string_view text : texts) {
    CAPTURE(text);
    // Ranges that end inside a run: the run stops at the range's end.
    for (size_t cut = 0; cut <= text.size(); ++cut) {
      const uint32_t end = uint32_t(cut);
      LexedThreeWays lexed;
      lex_three_ways(text, end, lexed);
      const auto& [own, shared, walked, evidence, alone] = lexed.results();
      for (const std::vector<Token>* toks : {&own, &shared, &walked}) {
        for (const Token& t : *toks) {
          CHECK(t.span.end <= end);  // no token leaves its range, even where the end cuts a character
          if (t.word) continue;
          const std::string_view range = text.substr(0, end);
          const size_t len = utf8::decode(range, t.span.start).len;
          CHECK(t.span.end == mark_token_end(range, t.span.start, len, end, t.first));
        }
      }
      REQUIRE(own.size() == shared.size());
      REQUIRE(own.size() == walked.size());
      for (size_t i = 0; i < own.size(); ++i) {
        CHECK(own[i].span == shared[i].span);
        CHECK(own[i].span == walked[i].span);
      }
    }
  }
}

TEST_CASE("tokens: a byte beyond ASCII after a plain word starts the next token, valid UTF-8 or not") {
  // The plain-word loop hands every byte beyond ASCII to the general step:
  // letters beyond ASCII open words, other characters are one-character
  // tokens, and broken sequences (a lone continuation byte, a cut lead byte,
  // 0xFF) are single tokens of their own, never part of a word.
  CHECK(tokens_of("met \xC3\x89mile here") == V{"met|met", "\xC3\x89mile|\xC3\xA9mile", "here|here"});
  CHECK(tokens_of("paid \xE2\x82\xAC" "5 now") == V{"paid|paid", "\xE2\x82\xAC|\xE2\x82\xAC", "5|5", "now|now"});
  CHECK(tokens_of("so \xE2\x80\x9CYes\xE2\x80\x9D") ==
        V{"so|so", "\xE2\x80\x9C|\xE2\x80\x9C", "Yes|yes", "\xE2\x80\x9D|\xE2\x80\x9D"});
  CHECK(tokens_of("ab\xC2\xA0" "cd") == V{"ab|ab", "cd|cd"});  // a no-break space is space
  using namespace std::string_view_literals;
  const std::string_view texts[] = {"we \x80" "cd"sv, "we \xFF" "cd ok"sv, "we \xC3"sv, "we \xE2\x82"sv, "a\x80"sv,
                                    "tax \xC3\xA9t\xC3\xA9 ok"sv, "x \xCE\xA9mega y"sv, "end \xF0\x9F\x99\x82"sv,
                                    "no \x00 nul"sv, "one\xE2\x80\x99s way"sv};
  for (std::string_view text : texts) {
    CAPTURE(text);
    for (size_t cut = 0; cut <= text.size(); ++cut) {
      const uint32_t end = uint32_t(cut);
      LexedThreeWays lexed;
      lex_three_ways(text, end, lexed);
      const auto& [own, shared, walked, evidence, alone] = lexed.results();
      REQUIRE(own.size() == shared.size());
      REQUIRE(own.size() == walked.size());
      for (size_t i = 0; i < own.size(); ++i) {
        CAPTURE(i);
        CHECK(own[i].span == shared[i].span);
        CHECK(own[i].span == walked[i].span);
        CHECK(own[i].word == walked[i].word);
        CHECK(own[i].capitalized == walked[i].capitalized);
        CHECK(own[i].lower == std::string_view(walked[i].lower));
        // A word never holds a byte that is no part of a valid sequence.
        if (!own[i].word) continue;
        const std::string_view w = text.substr(own[i].span.start, own[i].span.size());
        for (size_t k = 0; k < w.size();) {
          const uint32_t n = utf8::valid_length(w, k);
          REQUIRE(n > 0);
          k += n;
        }
      }
      REQUIRE(alone.size() == evidence.size());
      for (size_t i = 0; i < alone.size(); ++i) CHECK(alone[i].span == evidence[i].span);
    }
  }
}
