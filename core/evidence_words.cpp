#include "evidence_words.h"

#include <array>

#include "mark_runs.h"
#include "token_bound.h"
#include "utf8.h"

namespace claimscope {
namespace {

constexpr size_t kMaxWordBytes = kMaxEvidenceWordBytes;

// Decodes one code point; ASCII (most of English text) without a call.
utf8::Decoded next_cp(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {c, 1};
  return utf8::decode(text, i);
}

// Word characters; ASCII answered inline.
bool word_char(char32_t cp) { return cp < 0x80 ? bool(utf8::ascii::kWordByte[cp]) : utf8::is_word(cp); }

bool space_char(char32_t cp) { return cp < 0x80 ? (cp == ' ' || (cp >= '\t' && cp <= '\r')) : utf8::is_space(cp); }

// "2.4", "U.S", "1,000-kilometer", "o'clock": a joiner stays inside a word
// only when a word character follows; , and : only between digits ("1,000",
// "21:30").
constexpr bool is_word_joiner(char32_t cp) { return cp == '.' || cp == '-' || cp == '\'' || cp == U'\u2019'; }
constexpr bool is_digit_joiner(char32_t cp) { return cp == ',' || cp == ':'; }

bool joins(char32_t before, char32_t joiner, char32_t after) {
  if (!word_char(after)) return false;
  if (is_word_joiner(joiner)) return true;
  return is_digit_joiner(joiner) && utf8::is_digit(before) && utf8::is_digit(after);
}

// Per byte: true for the ASCII characters joins() can accept as a joiner.
constexpr std::array<bool, 256> kAsciiJoiner = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[size_t(c)] = is_word_joiner(char32_t(c)) || is_digit_joiner(char32_t(c));
  return t;
}();

// Per byte: true for an ASCII byte after which no word goes on (no joiner:
// a space, a comma and most marks). One load for "ASCII and no joiner".
constexpr std::array<bool, 256> kAsciiEnd = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[size_t(c)] = !kAsciiJoiner[size_t(c)];
  return t;
}();

// The end of a word whose characters before `j` are taken (`prev` the last
// of them): word characters, and joiners that join.
[[gnu::always_inline]] inline size_t word_rest(std::string_view text, size_t j, size_t end, utf8::WordStops stops,
                                               char32_t prev) {
  while (j < end) {
    size_t run = stops.from(j);  // the rest of an ASCII word
    if (run > j) {
      j = run;
      prev = static_cast<unsigned char>(text[j - 1]);
      if (j == end) break;
    }
    const unsigned char c0 = static_cast<unsigned char>(text[j]);
    // An ASCII byte here is no word character (the run stopped at it), so
    // the word goes on only through a joiner: asked before joins() decodes
    // the character after it (most words end at a space).
    if (c0 < 0x80 && !kAsciiJoiner[c0]) break;
    auto c = next_cp(text, j);
    if (word_char(c.cp)) { prev = c.cp; j += c.len; continue; }
    if (j + c.len < end && joins(prev, c.cp, next_cp(text, j + c.len).cp)) {
      prev = c.cp;
      j += c.len;
      continue;
    }
    break;
  }
  return j;
}

// The lexer proper over text[i, end); `lowered` is its lower-cased copy from text offset `base`.
// Stores the words in `out`, or with kStore false only counts them. With
// kOne it stops after the first word or mark and returns where that ended.
template <bool kStore, bool kBaseZero = false, bool kOne = false>
size_t lex(std::string_view text, size_t i, size_t end, size_t base, const char* lowered, utf8::WordStops stops,
           std::vector<EvidenceWord>& out) {
  // The document's shared copy (native): its offsets are the text's, and
  // with base known to be 0 the loop keeps one value fewer in registers.
  if constexpr (kBaseZero) base = 0, stops.base = 0;
  size_t count = 0;
  EvidenceWord scratch;
  auto next_word = [&]() -> EvidenceWord& {
    ++count;
    if constexpr (kStore) return out.emplace_back();
    scratch = EvidenceWord{};
    return scratch;
  };
  auto add_word = [&](size_t from, size_t to, bool digit_first, bool capitalized) {
    EvidenceWord& w = next_word();
    w.digit_first = digit_first;
    w.capitalized = capitalized;
    w.span = {uint32_t(from), uint32_t(to)};
    w.lower = lowered + (from - base);
    if (to - from <= kMaxWordBytes) w.len = uint8_t(to - from);
  };
  auto add_mark = [&](size_t from, size_t len, char32_t mark) {
    EvidenceWord& w = next_word();
    w.mark = mark;
    // An empty text that can be read from: a NUL byte is a "mark" 0, which
    // counts as a word (check-worthiness reads eight bytes at any word).
    w.lower = lowered + (from - base);
    size_t to = mark_token_end(text, from, len, end, mark);  // "....": one mark
    w.span = {uint32_t(from), uint32_t(to)};
    w.run = to > from + len;
    return to;
  };
  while (i < end && !(kOne && count > 0)) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    // ASCII first (most of news text), without a decode.
    if (b < 0x80) {
      // One class load answers word, digit, capital and space.
      const uint8_t cls = utf8::ascii::kClasses[b];
      if (cls & utf8::ascii::kWord) {
        size_t j = stops.from(i + 1);
        const unsigned char after = j < end ? static_cast<unsigned char>(text[j]) : ' ';
        const bool digit_first = cls & utf8::ascii::kDigit, capitalized = cls & utf8::ascii::kUpper;
        // The commonest token: an ASCII word that ends at a byte which is no
        // joiner (a space, mostly; the space is then skipped too).
        if (kAsciiEnd[after]) {
          add_word(i, j, digit_first, capitalized);
          i = after == ' ' && j < end ? j + 1 : j;
          continue;
        }
        j = word_rest(text, j, end, stops, static_cast<unsigned char>(text[j - 1]));
        add_word(i, j, digit_first, capitalized);
        i = j;
      } else if (!(cls & utf8::ascii::kSpace)) {
        i = add_mark(i, 1, b);
      } else {
        ++i;
      }
      continue;
    }
    const utf8::Decoded d = utf8::decode(text, i);
    if (space_char(d.cp)) {
      i += d.len;
    } else if (!word_char(d.cp)) {
      i = add_mark(i, d.len, d.cp);
    } else {
      const size_t j = word_rest(text, i + d.len, end, stops, d.cp);
      add_word(i, j, false, utf8::is_upper(d.cp));
      i = j;
    }
  }
  if constexpr (kOne) return i;
  return count;
}

// Above this many bytes a stretch's words are bounded (or counted) before
// they are stored (see kCountFirstBytes in tokens.cpp: one array written once).
constexpr size_t kCountFirstBytes = 256 * 1024;

// Words of text[i, end) into `out`; `lowered` is the lower-cased copy from text offset `base`.
void lex_range(std::string_view text, size_t i, size_t end, size_t base, const char* lowered, utf8::WordStops stops,
               std::vector<EvidenceWord>& out) {
  text = text.substr(0, end);  // nothing past the range's end is decoded (tokens.cpp's lex_range says why)
  if (end - i > kCountFirstBytes) {
    out.reserve(tokens_to_reserve(text, i, end, [&] { return lex<false>(text, i, end, base, lowered, stops, out); }));
  }
#if defined(__wasm__)
  lex<true>(text, i, end, base, lowered, stops, out);
#else
  // Natively the lexer of the document's shared copy is a copy of its own
  // (the page's bytes need not pay for it).
  if (base == 0 && stops.base == 0) {
    lex<true, true>(text, i, end, base, lowered, stops, out);
  } else {
    lex<true>(text, i, end, base, lowered, stops, out);
  }
#endif
}


}  // namespace

#if !defined(__wasm__)
size_t lex_evidence_item(std::string_view text, size_t at, size_t end, const char* lowered, const unsigned char* stops,
                         std::vector<EvidenceWord>& out) {
  return lex<true, true, true>(text, at, end, 0, lowered, utf8::WordStops{stops, 0}, out);
}
#endif

void lex_evidence_words(std::string_view text, Span range, EvidenceWords& lexed) {
  std::vector<EvidenceWord>& out = lexed.words;
  out.clear();
  const size_t end = range.end < text.size() ? range.end : text.size();
  const size_t base = range.start < end ? range.start : end;
  // The range lower-cased and, in the same pass, the map of where its
  // ASCII words stop, after it in the same buffer.
  const size_t n = end - base;
  // Grows only (as in tokenize): no zeroing of bytes the copy writes anyway.
  const size_t needed = kLoweredPad + n + utf8::word_stops_size(n);
  if (lexed.lowered.size() < needed) lexed.lowered.resize(needed);
  char* lowered = lexed.lowered.data() + kLoweredPad;
  utf8::copy_ascii_lower_with_stops(lowered, text.data() + base, n, reinterpret_cast<unsigned char*>(lowered + n));
  const utf8::WordStops stops{reinterpret_cast<const unsigned char*>(lowered + n), base};
  lex_range(text, base, end, base, lowered, stops, out);
}

void lex_evidence_words(std::string_view text, Span range, const LoweredText& lowered,
                        std::vector<EvidenceWord>& out) {
  out.clear();
  const size_t end = range.end < text.size() ? range.end : text.size();
  const size_t start = range.start < end ? range.start : end;
  lex_range(text, start, end, 0, lowered.lower(), utf8::WordStops{lowered.stops(), 0}, out);
}

}  // namespace claimscope
