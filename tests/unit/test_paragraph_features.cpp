#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lowered_text.h"
#include "paragraph_features.h"
#include "role_cues.h"
#include "tokens.h"
#include "utf8.h"

using namespace claimscope;

namespace {

// The features as their definition reads, one code point at a time with the
// utf8.h classes (paragraph_features takes ASCII words by the scan's maps and
// counts their letters for the paragraph as a whole: it must agree).
struct Reference {
  std::string key;
  std::vector<uint32_t> ends;
  uint64_t capitalised_mask = 0;
  uint32_t words = 0, capitalised = 0, lowercase_start = 0, long_words = 0, long_capitalised = 0;
  uint32_t letters = 0, upper_letters = 0, digits = 0;
  char32_t first = 0, last = 0;
  bool has_quote_mark = false, terminal_end = false, has_time = false;
};

Reference reference_features(std::string_view text, Span span) {
  Reference f;
  bool in_word = false, word_capitalised = false;
  uint32_t word_letters = 0;
  char32_t prev = 0;
  auto end_word = [&] {
    if (!in_word) return;
    in_word = false;
    if (f.key.back() == '\'') f.key.pop_back();
    ++f.words;
    f.long_words += word_letters >= 4;
    f.long_capitalised += word_letters >= 4 && word_capitalised;
    if (f.ends.size() < ParagraphFeatures::kMaxIndexedWords) f.ends.push_back(uint32_t(f.key.size()));
  };
  for (size_t pos = span.start; pos < span.end;) {
    const utf8::Decoded d = utf8::decode(text, pos);
    const char32_t cp = d.cp;
    const bool apostrophe = cp == '\'' || cp == 0x2019;
    if (f.first == 0) f.first = cp;
    if (!utf8::is_closing(cp) && !utf8::is_space(cp)) {
      f.last = cp;
      f.terminal_end = utf8::is_terminal(cp);
    }
    if (is_quote_mark(cp)) f.has_quote_mark = true;
    if (utf8::is_letter(cp)) {
      ++f.letters;
      f.upper_letters += utf8::is_upper(cp);
    }
    if (utf8::is_digit(cp)) {
      ++f.digits;
      if (prev == ':' && pos >= span.start + 2 && utf8::is_digit(char32_t(text[pos - 2]))) f.has_time = true;
    }
    if (utf8::is_word(cp) || (in_word && apostrophe)) {
      if (!in_word) {
        if (!f.key.empty()) f.key += ' ';
        in_word = true;
        word_letters = 0;
        word_capitalised = utf8::is_upper(cp);
        f.capitalised += word_capitalised;
        if (f.words < ParagraphFeatures::kMaxIndexedWords) f.capitalised_mask |= uint64_t(word_capitalised) << f.words;
        f.lowercase_start += utf8::is_lower(cp);
      }
      word_letters += utf8::is_letter(cp);
      if (apostrophe) f.key += '\'';
      else utf8::append(f.key, utf8::to_lower(cp));
    } else if (cp == ':' && in_word) {
      f.key += ':';
      end_word();
    } else {
      end_word();
    }
    prev = cp;
    pos += d.len;
  }
  end_word();
  return f;
}

// Every field of `got`, and the features asked for on demand (word_case,
// has_clock_time), against the reference; the differing fields' names.
std::string differences(const ParagraphFeatures& got, std::string_view text, Span span) {
  const Reference want = reference_features(text, span);
  const WordCase wc = word_case(text, span);
  std::string diff;
  auto check = [&](bool same, const char* name) {
    if (!same) diff += std::string(name) + " ";
  };
  check(got.key() == want.key, "key");
  bool ends_same = got.word_ends().size() == want.ends.size();
  for (size_t i = 0; ends_same && i < want.ends.size(); ++i) ends_same = got.word_ends()[i] == want.ends[i];
  check(ends_same, "word_ends");
  check(wc.capitalised_mask == want.capitalised_mask, "capitalised_mask");
  check(first_word_capitalised(text, span) == bool(want.capitalised_mask & 1u), "first_word_capitalised");
  check(got.words == want.words, "words");
  check(wc.capitalised == want.capitalised, "capitalised");
  check(wc.lowercase_start == want.lowercase_start, "lowercase_start");
  check(wc.long_words == want.long_words, "long_words");
  check(wc.long_capitalised == want.long_capitalised, "long_capitalised");
  check(got.letters == want.letters, "letters");
  check(got.upper_letters == want.upper_letters, "upper_letters");
  check(got.digits == want.digits, "digits");
  check(got.first == want.first, "first");
  check(got.last == want.last, "last");
  check(got.has_quote_mark == want.has_quote_mark, "has_quote_mark");
  check(got.terminal_end == want.terminal_end, "terminal_end");
  check(has_clock_time(text, span) == want.has_time, "has_time");
  return diff;
}

ParagraphFeatures features_of(std::string_view text, Span span, FeatureArena& arena) {
  ParagraphFeatures f = paragraph_features(text, span, arena);
  f.bind(arena);
  return f;
}

}  // namespace

// Written examples: a word's closing apostrophe is dropped and an inner one
// kept, a colon after a word stays in the key, "10:42" is a time, capitals,
// digits and long words are counted, closing quotes do not hide the period.
TEST_CASE("paragraph features of a written paragraph") {
  const std::string text = "Harbour chief Ana Ruiz said: the dockers' 2024 shift isn't over at 10:42, not “yet.”";
  FeatureArena arena;
  const ParagraphFeatures f = features_of(text, {0, uint32_t(text.size())}, arena);
  CHECK(f.key() == "harbour chief ana ruiz said: the dockers 2024 shift isn't over at 10: 42 not yet");
  CHECK(f.words == 16);
  const WordCase wc = word_case(text, {0, uint32_t(text.size())});
  CHECK(wc.capitalised == 3);
  CHECK(wc.capitalised_mask == 0b1101);
  CHECK(wc.long_words == 8);  // harbour chief ruiz said dockers shift isn't over
  CHECK(wc.long_capitalised == 2);
  CHECK(f.digits == 8);
  CHECK(f.upper_letters == 3);
  CHECK(has_clock_time(text, {0, uint32_t(text.size())}));
  CHECK(f.has_quote_mark);
  CHECK(f.terminal_end);
  CHECK(f.last == '.');
  CHECK(f.first == 'H');
  CHECK(f.word_ends().size() == 16);
  CHECK(f.words_at(3, 2) == "ruiz said:");
}

// Paragraphs put together from many kinds of words and separators, long
// enough that words of every length (up to thousands of bytes) run across
// the ends of the scanned stretches, against the reference, field by field.
TEST_CASE("paragraph features agree with the one-code-point-at-a-time definition") {
  const char* const pieces[] = {
      "Harbour", "ferry", "TOLVIK", "x", "a", "I", "Quayside", "don't", "dockers'", "rock\xE2\x80\x99n\xE2\x80\x99roll",
      "Z\xC3\xBCrich", "\xC3\x89""COLE", "na\xC3\xAFve", "10:42", "2,400", "3.5", "note:", "B2B", "7", "x9y8z7",
      "Wednesday", "re-opened", "\xE2\x80\x9CQuoted\xE2\x80\x9D", "(aside)", "Mr.", "U.S.", "co-operative",
  };
  const char* const separators[] = {" ", " ", " ", "  ", ", ", ". ", "! ", "\t", " \xE2\x80\x94 ", " \xE2\x80\x9C",
                                    "\xE2\x80\x9D ", ": ", "'", "\xE2\x80\x99", "\n", "", "?\" ", "\xC2\xA0",
                                    ",, ", ".\n", ";", "),", " - ", "\r\n", ",\"", ".'", ", \xE2\x80\x9C"};
  uint64_t state = 12345;
  auto next = [&](uint64_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % bound;
  };
  size_t checked = 0, failed = 0;
  FeatureArena arena;
  for (int round = 0; round < 300; ++round) {
    std::string prefix = (const char* const[]){"", "7:", "word ", "\xE2\x80\x9C"}[next(4)];
    std::string body;
    const size_t target = next(4) == 0 ? next(7000) : next(300);
    while (body.size() < target) {
      const uint64_t kind = next(40);
      if (kind == 0) {
        // A long run of letters and digits: past 16 bytes (the key's copy
        // step), 56 (one map load), or a stretch.
        const size_t length = (const size_t[]){17, 40, 57, 64, 130, 2100, 4500}[next(7)];
        for (size_t i = 0; i < length; ++i) body += "kZ0q9AbcdeF"[next(11)];
      } else {
        body += pieces[next(std::size(pieces))];
      }
      body += separators[next(std::size(separators))];
    }
    // Every third paragraph ends the text (nothing to read after its last byte).
    const std::string text = prefix + body + (round % 3 == 0 ? "" : "\nafter");
    const Span span{uint32_t(prefix.size()), uint32_t(prefix.size() + body.size())};
    const ParagraphFeatures got = features_of(text, span, arena);
    const std::string diff = differences(got, text, span);
    if (!diff.empty() && ++failed <= 3) MESSAGE("round ", round, " differs in: ", diff);
    ++checked;
  }
  CHECK(failed == 0);
  CHECK(checked == 300);
}

// Features of paragraphs appended to one arena one after another: each
// paragraph's key and word ends stay its own once bound.
TEST_CASE("paragraph features of several paragraphs share one arena") {
  const std::string text = "First line here.\nSecond: Line TWO\n\xC3\x89t\xC3\xA9 3";
  const Span spans[] = {{0, 16}, {17, 33}, {34, uint32_t(text.size())}};
  FeatureArena arena;
  std::vector<ParagraphFeatures> all;
  for (Span s : spans) all.push_back(paragraph_features(text, s, arena));
  for (ParagraphFeatures& f : all) f.bind(arena);
  CHECK(all[0].key() == "first line here");
  CHECK(all[1].key() == "second: line two");
  CHECK(all[2].key() == "\xC3\xA9t\xC3\xA9 3");
  CHECK(all[1].words_at(1, 2) == "line two");
  CHECK(all[1].upper_letters == 5);
  CHECK(all[2].letters == 3);
  CHECK(all[2].upper_letters == 1);
  CHECK(all[2].digits == 1);
}

// Every word's end is written to the arena and the first 48 kept: a long
// paragraph between short ones, all bound at the end, keeps its first 48
// ends, and the paragraphs after it keep theirs (its other ends were written
// past the kept ones and then overwritten).
TEST_CASE("paragraph features: a paragraph of many words between short ones in one arena") {
  std::string text = "Gulls over the quay\n";
  const uint32_t long_start = uint32_t(text.size());
  for (int i = 0; i < 70; ++i) text += (i % 2 == 0 ? "ropes " : "ab ");
  text += "done";
  const uint32_t long_end = uint32_t(text.size());
  text += "\nTide turns: late";
  const Span spans[] = {{0, 19}, {long_start, long_end}, {long_end + 1, uint32_t(text.size())}};
  FeatureArena arena;
  std::vector<ParagraphFeatures> all;
  for (Span s : spans) all.push_back(paragraph_features(text, s, arena));
  for (ParagraphFeatures& f : all) f.bind(arena);
  CHECK(all[0].key() == "gulls over the quay");
  REQUIRE(all[0].word_ends().size() == 4);
  CHECK(all[0].word_ends()[3] == 19);
  CHECK(all[1].words == 71);
  REQUIRE(all[1].word_ends().size() == ParagraphFeatures::kMaxIndexedWords);
  for (size_t i = 0; i < ParagraphFeatures::kMaxIndexedWords; ++i) {
    // "ropes ab ropes ab ...": a pair of words ends every nine bytes.
    CHECK(all[1].word_ends()[i] == (i / 2) * 9 + (i % 2 == 0 ? 5 : 8));
  }
  CHECK(all[2].key() == "tide turns: late");
  REQUIRE(all[2].word_ends().size() == 3);
  CHECK(all[2].words_at(0, 2) == "tide turns:");
  CHECK(all[2].words_at(2, 1) == "late");
}

// Past the kept ends, a paragraph's word ends go to a scratch buffer a
// stretch at a time: a paragraph of thousands of words over several scanned
// stretches counts them all, keeps its first 48, and asks the arena for
// room of the kept ends and one stretch only.
TEST_CASE("paragraph features: many stretches of short words keep the arena's word ends small") {
  std::string text;
  for (int i = 0; i < 2500; ++i) text += (i % 5 == 4 ? "Gull, " : "ab ");
  text += "end";
  FeatureArena arena;
  ParagraphFeatures f = paragraph_features(text, {0, uint32_t(text.size())}, arena);
  f.bind(arena);
  CHECK(f.words == 2501);
  REQUIRE(f.word_ends().size() == ParagraphFeatures::kMaxIndexedWords);
  CHECK(f.words_at(3, 2) == "ab gull");
  CHECK(f.words_at(47, 1) == "ab");
  CHECK(arena.ends_room < 1200);
  CHECK(arena.ends_used == ParagraphFeatures::kMaxIndexedWords);
}

// The first code point is found before the word loop: past NUL bytes, a
// leading space or mark, an emoji or a two-byte letter, and a paragraph
// with nothing but NULs; more than 48 words (the indexed ends stop there),
// words across the 16-byte steps of the scan, and text ending mid-step.
TEST_CASE("paragraph features: the first code point, leading spaces and NULs, many words") {
  const std::string many = [] {
    std::string s;
    for (int i = 0; i < 60; ++i) s += (i % 3 == 0 ? "Pier " : "tide ");
    return s + "end";
  }();
  const std::string texts[] = {
      std::string("\0\0Harbour opens", 15),
      std::string("\0 \0x ray", 8),
      std::string("\0\0\0", 3),
      "   three spaces first",
      " ",
      "",
      "\xF0\x9F\x9A\xA2 Ferry leaves at 7:15",
      "\xC3\x89mile's boat, \xE2\x80\x9Cthe Wave\xE2\x80\x9D",
      "\xE2\x80\x9CQuoted\xE2\x80\x9D first",
      "abcdefghijklmno pqrstuvwxyzABCDEFGHIJ 0123456789abcdefghij k",
      many,
  };
  FeatureArena arena;
  for (const std::string& text : texts) {
    INFO(text);
    for (size_t from = 0; from <= std::min<size_t>(text.size(), 2); ++from) {
      const Span span{uint32_t(from), uint32_t(text.size())};
      const ParagraphFeatures got = features_of(text + "\nnext", span, arena);
      CHECK(differences(got, text + "\nnext", span) == "");
    }
  }
  const ParagraphFeatures f = features_of(many, {0, uint32_t(many.size())}, arena);
  CHECK(f.words == 61);
  CHECK(f.word_ends().size() == ParagraphFeatures::kMaxIndexedWords);
  CHECK(f.first == 'P');
}

// The features asked for on demand by the role rules, on lines of the kinds
// that ask: a byline, a bare name, a headline in title case, a date line with
// a clock time, non-ASCII capitals, a text that ends inside a word.
TEST_CASE("word case and clock times of short lines") {
  auto wc = [](std::string_view text) { return word_case(text, {0, uint32_t(text.size())}); };
  auto clock = [](std::string_view text) { return has_clock_time(text, {0, uint32_t(text.size())}); };
  const WordCase byline = wc("By Marta Quill and Ben Osei");
  CHECK(byline.capitalised == 5);
  CHECK(byline.lowercase_start == 1);
  CHECK(byline.word_capitalised(1));
  CHECK_FALSE(byline.word_capitalised(3));
  CHECK_FALSE(byline.word_capitalised(60));  // past the mask
  const WordCase headline = wc("Tidal Barrier Opens Two Years Late");
  CHECK(headline.long_words == 5);  // "Two" is short
  CHECK(headline.long_capitalised == 5);
  CHECK(headline.title_case());
  CHECK_FALSE(wc("Tidal barrier opens two years late").title_case());
  // Non-ASCII capitals and lower-case starts; an inner apostrophe keeps a word whole.
  const WordCase accents = wc("\xC3\x89milie \xC3\xB6stlund O\xE2\x80\x99Neil");
  CHECK(accents.capitalised == 2);
  CHECK(accents.lowercase_start == 1);
  CHECK(accents.capitalised_mask == 0b101);
  CHECK(accents.long_words == 3);
  // Digits start no capitalised word and are no letters.
  const WordCase numbers = wc("2024 Budget");
  CHECK(numbers.capitalised == 1);
  CHECK(numbers.long_words == 1);
  // A span that ends inside a word counts the word up to the span's end.
  const std::string text = "Harbour Masters";
  const WordCase cut = word_case(text, {0, 10});
  CHECK(cut.capitalised == 2);
  CHECK(cut.long_words == 1);  // "Ma" is short
  // The author-bio rule's question alone: the first word's case, whatever comes before it.
  auto first_capital = [](std::string_view text) { return first_word_capitalised(text, {0, uint32_t(text.size())}); };
  CHECK(first_capital("Marta Quill is a reporter on the harbour desk."));
  CHECK(first_capital("\xE2\x80\x9C Ben Osei writes on ports."));  // an opening mark and a space first
  CHECK(first_capital("\xC3\x89milie writes on tides."));
  CHECK_FALSE(first_capital("marta quill is a reporter."));
  CHECK(first_capital("'Tis the season"));  // an apostrophe starts no word: "Tis" is the first
  CHECK_FALSE(first_capital("2024 Budget"));  // the first word is a number
  CHECK_FALSE(first_capital(""));
  CHECK_FALSE(first_capital(" -- "));
  CHECK_FALSE(first_word_capitalised(std::string("ab Cd"), {2, 2}));  // an empty span
  CHECK(first_word_capitalised(std::string("ab Cd"), {2, 5}));
  CHECK(clock("Updated 10:42 GMT"));
  CHECK(clock("7:05"));
  CHECK_FALSE(clock("Note: 10 ships"));
  CHECK_FALSE(clock(":42"));
  CHECK_FALSE(clock("10:"));
  CHECK_FALSE(clock("Published 10 : 42"));
  CHECK_FALSE(has_clock_time(std::string("10:42"), {2, 5}));  // the digits before the colon are outside
  CHECK_FALSE(has_clock_time(std::string("10:42"), {0, 3}));  // and here the one after it
}

// The last code point is read back from the paragraph's end: past closing
// quotes, brackets and spaces, across a multi-byte mark, never before the
// paragraph's start.
TEST_CASE("paragraph features: the last code point behind closing marks") {
  struct Case {
    std::string text;
    char32_t last;
    bool terminal;
  };
  const Case cases[] = {
      {"The tide turned.", '.', true},
      {"She said \xE2\x80\x9CWe sail.\xE2\x80\x9D)", '.', true},
      {"Who knows?' ", '?', true},
      {"Ferry times \xE2\x80\x94", 0x2014, false},
      {"Harbour \xC3\x89", 0xC9, false},
      {"\xE2\x80\x9D)\"", 0, false},  // nothing but closing marks
      {"Wait\xE2\x80\xA6", 0x2026, true},
  };
  FeatureArena arena;
  for (const Case& c : cases) {
    INFO(c.text);
    const std::string text = "x\n" + c.text;  // a paragraph that does not start at 0
    const ParagraphFeatures f = features_of(text, {2, uint32_t(text.size())}, arena);
    CHECK(f.last == c.last);
    CHECK(f.terminal_end == c.terminal);
    CHECK(differences(f, text, {2, uint32_t(text.size())}) == "");
  }
}

// The roles pass reads every paragraph from the document's one lowered copy:
// the features are those of the paragraph taken on its own, for short lines,
// words beyond ASCII and capitals, and a paragraph longer than a stretch
// (where the word ends are kept is decided per stretch) with a word running
// across the stretch's end.
TEST_CASE("paragraph features read from the document's lowered copy are the paragraph's own") {
  std::string long_paragraph;
  while (long_paragraph.size() < 2040) long_paragraph += "Budget 2026 ROSE by 4.5% ";
  long_paragraph.resize(2040);
  long_paragraph += "Extraordinarily long words RUN on; \xE2\x80\x9CQuoted\xE2\x80\x9D end.";
  const std::string text = "A Title Line\n\nBy Jane Doe\n\n\xC3\x89t\xC3\xA9 caf\xC3\xA9, 12:30 GMT\n\n" +
                           long_paragraph + "\n\nword";
  std::vector<Span> spans;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find("\n\n", at);
    if (end == std::string::npos) end = text.size();
    spans.push_back({uint32_t(at), uint32_t(end)});
    at = end + 2;
  }
  REQUIRE(spans.size() == 5);
  LoweredText lowered;
  lowered.build(text);
  for (Span s : spans) lowered.stop_at(s.end);
  FeatureArena alone_arena, shared_arena;
  std::vector<ParagraphFeatures> alone, shared;
  std::vector<std::string> paragraphs;
  for (Span s : spans) paragraphs.push_back(text.substr(s.start, s.size()));
  for (size_t i = 0; i < spans.size(); ++i) {
    alone.push_back(paragraph_features(paragraphs[i], {0, spans[i].size()}, alone_arena));
    shared.push_back(paragraph_features(text, spans[i], shared_arena, lowered));
  }
  for (size_t i = 0; i < spans.size(); ++i) {
    alone[i].bind(alone_arena);
    shared[i].bind(shared_arena);
    CAPTURE(i);
    CHECK(shared[i].key() == alone[i].key());
    CHECK(shared[i].words == alone[i].words);
    CHECK(shared[i].letters == alone[i].letters);
    CHECK(shared[i].upper_letters == alone[i].upper_letters);
    CHECK(shared[i].digits == alone[i].digits);
    CHECK(shared[i].has_quote_mark == alone[i].has_quote_mark);
    CHECK(shared[i].first == alone[i].first);
    CHECK(shared[i].last == alone[i].last);
    REQUIRE(shared[i].word_ends().size() == alone[i].word_ends().size());
    for (size_t w = 0; w < shared[i].word_ends().size(); ++w) CHECK(shared[i].word_ends()[w] == alone[i].word_ends()[w]);
  }
  CHECK(shared[3].key().find("extraordinarily long words run on quoted end") != std::string_view::npos);
  CHECK(shared[0].key() == "a title line");
  CHECK(shared[0].upper_letters == 3);
  CHECK(shared[2].digits == 4);
  CHECK(shared[3].words > 400);
}

TEST_CASE("paragraph features from a lowered copy that tokenize has lower-cased beyond ASCII") {
  // Capitals beyond ASCII (counted from the text: the loop tests its bytes in
  // the copy, where tokenize lower-cases such letters in place), curly quotes
  // and apostrophes, a colon after a word, digits and a dash.
  const std::string text =
      "\xC3\x89T\xC3\x89 \xC3\x80 Z\xC3\xBCRICH: \xE2\x80\x9CWe\xE2\x80\x99ll see,\xE2\x80\x9D said "
      "\xC3\x96ZT\xC3\x9CRK \xE2\x80\x94 2,000 \xCE\xA3\xCE\x9F\xCE\xA6\xCE\x99\xCE\x91 "
      "O\xE2\x80\x99NEIL (\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90).";
  const Span span{0, uint32_t(text.size())};
  LoweredText fresh, tokenized;
  fresh.build(text);
  fresh.stop_at(span.end);
  tokenized.build(text);
  tokenized.stop_at(span.end);
  std::vector<Token> tokens;
  tokenize(text, span, tokens, tokenized);
  // tokenize did lower-case the letters beyond ASCII in the copy ("É" is "é" there).
  REQUIRE(std::string_view(tokenized.lower(), 2) == "\xC3\xA9");
  FeatureArena fresh_arena, tokenized_arena;
  ParagraphFeatures a = paragraph_features(text, span, fresh_arena, fresh);
  ParagraphFeatures b = paragraph_features(text, span, tokenized_arena, tokenized);
  a.bind(fresh_arena);
  b.bind(tokenized_arena);
  CHECK(b.key() == a.key());
  CHECK(b.words == a.words);
  CHECK(b.letters == a.letters);
  CHECK(b.upper_letters == a.upper_letters);
  CHECK(b.digits == a.digits);
  CHECK(b.has_quote_mark == a.has_quote_mark);
  CHECK(b.first == a.first);
  CHECK(b.last == a.last);
  REQUIRE(b.word_ends().size() == a.word_ends().size());
  for (size_t w = 0; w < a.word_ends().size(); ++w) CHECK(b.word_ends()[w] == a.word_ends()[w]);
  // And both are what the definition says.
  const Reference r = reference_features(text, span);
  CHECK(a.key() == r.key);
  CHECK(a.upper_letters == r.upper_letters);
  CHECK(a.letters == r.letters);
  CHECK(a.words == r.words);
  CHECK(a.first == U'\u00C9');
}

// Word ends of keys past 64 KB (a guard for any narrower layout of the
// arena's ends, which would need a wide path for these). Three paragraphs
// in one arena: words of 5,000 letters (the 14th word already ends past
// 64 KB), then 48 short words before one long word (the key is past 64 KB,
// its kept ends are not), then a short one after both; each against the
// one-code-point-at-a-time definition.
TEST_CASE("paragraph features: word ends of keys past 64 KB") {
  std::string text;
  for (int i = 0; i < 30; ++i) text += std::string(5000, char('a' + i % 26)) + (i % 3 == 0 ? ": " : " ");
  const uint32_t first_end = uint32_t(text.size());
  text += "\n";
  for (int i = 0; i < 48; ++i) text += "Word ";
  text += std::string(70000, 'z') + " tail";
  const uint32_t second_end = uint32_t(text.size());
  text += "\nShort one at the end.";
  const Span spans[] = {{0, first_end}, {first_end + 1, second_end}, {second_end + 1, uint32_t(text.size())}};
  FeatureArena arena;
  std::vector<ParagraphFeatures> all;
  for (Span s : spans) all.push_back(paragraph_features(text, s, arena));
  for (ParagraphFeatures& f : all) f.bind(arena);
  for (size_t i = 0; i < 3; ++i) CHECK_MESSAGE(differences(all[i], text, spans[i]).empty(), "paragraph ", i);
  REQUIRE(all[0].word_ends().size() == 30);
  CHECK(all[0].word_ends()[29] == 30 * 5000 + 29 + 10);  // 29 joining spaces, 10 colons
  CHECK(all[0].words_at(13, 1) == std::string(5000, 'n'));
  CHECK(all[1].words_at(47, 1) == "word");
  CHECK(all[1].words == 50);
  CHECK(all[2].first_words(2) == "short one");
}

// A word that ends its paragraph is counted the same whatever byte follows
// the paragraph in the document (the word loop reads one or two bytes past
// the paragraph's end instead of testing for it): a space, a comma, a letter
// or digit of a word that runs on, an apostrophe, a colon, a quotation mark,
// the start of a character beyond ASCII, or the text's own end.
TEST_CASE("paragraph features: a last word ends the paragraph whatever byte follows it") {
  const std::string_view afters[] = {" next", ",next", ", next", "next", "7th", "'s", ":", "\"", "\xE2\x80\x9D", ""};
  for (std::string_view after : afters) {
    for (std::string_view paragraph : {"Four words end here", "x", "Ends in a digit 2026", "Mid, clause"}) {
      const std::string text = std::string(paragraph) + std::string(after);
      const Span span{0, uint32_t(paragraph.size())};
      LoweredText lowered;
      lowered.build(text);
      lowered.stop_at(span.end);
      FeatureArena shared_arena, alone_arena;
      ParagraphFeatures shared = paragraph_features(text, span, shared_arena, lowered);
      ParagraphFeatures alone = paragraph_features(paragraph, span, alone_arena);
      shared.bind(shared_arena);
      alone.bind(alone_arena);
      CAPTURE(text);
      CHECK(shared.key() == alone.key());
      CHECK(shared.words == alone.words);
      REQUIRE(shared.word_ends().size() == alone.word_ends().size());
      for (size_t w = 0; w < shared.word_ends().size(); ++w) CHECK(shared.word_ends()[w] == alone.word_ends()[w]);
    }
  }
  // The words themselves, for one of them.
  const std::string text = "Four words end here,next";
  LoweredText lowered;
  lowered.build(text);
  lowered.stop_at(19);
  FeatureArena arena;
  ParagraphFeatures f = paragraph_features(text, {0, 19}, arena, lowered);
  f.bind(arena);
  CHECK(f.key() == "four words end here");
  CHECK(f.words == 4);
  CHECK(f.first_words(4) == "four words end here");
}

// The ASCII fast path takes words one after another while each ends plainly
// (a space, ", ", ". "); it stops at a stretch's end, at a word that goes on
// (an apostrophe, a colon, a letter beyond ASCII) and at a mark that is no
// plain end. Paragraphs of such runs, shifted a byte at a time so that a
// word, its end or the space after it falls on the 2,048-byte stretch end,
// agree with the reference.
TEST_CASE("paragraph features: runs of plainly ended words across a stretch's end") {
  const char* const runs[] = {"ab cd, ef. ", "tide turns ", "port's crew: ", "gulls \xC3\xA9t\xC3\xA9 ", "a b c d "};
  FeatureArena arena;
  size_t failed = 0;
  for (const char* run : runs) {
    for (size_t shift = 0; shift < 14; ++shift) {
      std::string body(shift, 'q');
      body += ' ';
      while (body.size() < 4200) body += run;
      body += "end";
      const std::string text = "Lead\n" + body + "\nafter";
      const Span span{5, uint32_t(5 + body.size())};
      const std::string diff = differences(features_of(text, span, arena), text, span);
      if (!diff.empty() && ++failed <= 3) MESSAGE("run '", run, "' shift ", shift, " differs in: ", diff);
    }
  }
  CHECK(failed == 0);
}
