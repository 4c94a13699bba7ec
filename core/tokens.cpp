#include "tokens.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "evidence_words.h"
#include "mark_runs.h"
#include "rules/abbreviations.h"
#include "token_bound.h"
#include "utf8.h"
#include "word_classes.h"
#include "word_index.h"

namespace claimscope {
namespace {

constexpr bool is_inner_joiner(char32_t cp) {
  return cp == '\'' || cp == U'\u2019' || cp == '-' || cp == '.' || cp == '&' || cp == U'\u2010';
}

// The first character after white space (a wrapped line or a no-break space
// too: "J.\u00a0Smith"), or 0 at the end.
char32_t next_after_space(std::string_view text, size_t k, size_t end) {
  while (k < end) {
    auto c = utf8::decode(text, k);
    if (!utf8::is_space(c.cp)) return c.cp;
    k += c.len;
  }
  return 0;
}

// "No", "Nos", "p", "Vol": the segmenter's number abbreviations (rules/abbreviations.h),
// which end no sentence before a digit. One table for both passes.
bool is_number_abbreviation(const Token& t) {
  static const WordIndex<AbbrevRule> table(kAbbreviations);
  const AbbrevRule* rule = table.find(t.lower);
  return rule && rule->kind == AbbrevKind::number && (t.capitalized || !rule->capital_only);
}

// "U.S" / "Mr": a trailing dot belongs to the word. A lone capital is an
// initial only before a name ("J. Smith"); "Neither do I." ends a sentence.
// "the No. 3 Democrat": a number abbreviation keeps its dot before a digit, so
// no later pass reads a sentence end there.
bool takes_final_dot(const Token& t, std::string_view text, size_t after_dot, size_t end) {
  if (t.lower.find('.') != std::string::npos) return true;
  if (t.lower.size() == 1 && t.capitalized && utf8::is_upper(next_after_space(text, after_dot, end))) return true;
  if (is_abbreviation(t.lower)) return true;
  return utf8::is_digit(next_after_space(text, after_dot, end)) && is_number_abbreviation(t);
}

// Bytes kept before the lower-cased range in `lowered`: any word's last four
// bytes can then be read, whatever its length (ends_possessive).
constexpr size_t kLowerPad = LoweredText::kPad;

// "'s" or "’s" after at least one byte. The last two and four bytes are read
// whatever the word's length (kLowerPad makes that safe) and the length
// tests are AND-ed in: no branch, since whether a word ends in "s" is the
// text's coin toss (a test of `w.back() == 's'` first mispredicted every few
// words of text the predictor had not seen).
bool ends_possessive(std::string_view w) {
  const char* end = w.data() + w.size();
  uint16_t last2;
  uint32_t last4, curly_s;
  std::memcpy(&last2, end - 2, 2);
  std::memcpy(&last4, end - 4, 4);
  std::memcpy(&curly_s, "\xE2\x80\x99s", 4);
  // Little-endian, as x86 and WebAssembly are. Bitwise on ints: && and || would branch.
  const int plain = int(w.size() >= 3) & int(last2 == uint16_t('\'' | ('s' << 8)));
  const int curly = int(w.size() >= 5) & int(last4 == curly_s);
  return (plain | curly) != 0;
}

// ASCII bytes at which a word ends for sure: all but the inner joiners
// (word bytes never reach the test that reads this). Non-ASCII bytes need decoding.
constexpr std::array<bool, 256> kEndsWord = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[size_t(c)] = !is_inner_joiner(char32_t(c));
  return t;
}();

// The word starting at i ends here: word characters, and inner joiners
// that have a word character after them. `stops` maps the range's ASCII word
// bytes (utf8::WordStops). `hyphen` is set when an ASCII '-' joins (only then:
// the token's field starts false, and most words never get here). `past_run`
// is set when the word goes on past a run of ASCII letters and digits (a
// joiner or a non-ASCII character): only such a word can end in "'s".
// `parts` is set when '&' or U+2010 joins: the evidence lexer ends its word
// there ("AT&T").
[[gnu::always_inline]] inline size_t word_end(std::string_view text, size_t i, size_t end, utf8::WordStops stops,
                                              bool& ascii, bool& hyphen, bool& past_run, bool& parts) {
  size_t j = i;
  while (j < end) {
    j = stops.from(j);  // most of a word
    if (j >= end) break;
    // Most words end at an ASCII byte that is no joiner (a space, a comma):
    // no decoding needed to know it.
    if (kEndsWord[static_cast<unsigned char>(text[j])]) break;
    past_run = true;
    auto c = utf8::decode(text, j);
    if (utf8::is_word(c.cp)) {
      ascii = false;
      j += c.len;
      continue;
    }
    // A joiner stays inside the word only when a word character follows.
    if (is_inner_joiner(c.cp) && j + c.len < end && utf8::is_word(utf8::decode(text, j + c.len).cp)) {
      if (c.len > 1) ascii = false;
      if (c.cp == '-') hyphen = true;
      if (c.cp == '&' || c.cp == U'\u2010') parts = true;
      j += c.len;
      continue;
    }
    break;
  }
  return j;
}

// The lead bytes of the code points utf8::to_lower changes beyond ASCII
// (U+00C0-U+042F: Latin-1 and Latin Extended-A capitals, Greek, Cyrillic).
// No continuation byte (0x80-0xBF) is one of them, so a byte scan finds them.
// (tests/unit/test_utf8.cpp checks to_lower leaves every other code point.)
constexpr unsigned char kFirstCasedLead = 0xC3, kLastCasedLead = 0xD0;

// Lower-cases the letters of text[i, j) beyond ASCII into dst (which holds
// the bytes already). utf8::to_lower keeps each code point's UTF-8 length;
// a mapping that did not would leave the letter as it is. Only the lead
// bytes of letters it maps are decoded: most such words hold a curly
// apostrophe or a dash, which it leaves alone ("Trump’s").
void lower_in_place(std::string_view text, size_t i, size_t j, char* dst) {
  char buf[4];
  for (size_t k = i; k < j; ++k) {
    const unsigned char b = static_cast<unsigned char>(text[k]);
    if (unsigned(b - kFirstCasedLead) > unsigned(kLastCasedLead - kFirstCasedLead)) continue;
    auto c = utf8::decode(text, k);
    if (utf8::encode(buf, utf8::to_lower(c.cp)) == c.len) std::copy(buf, buf + c.len, dst + (k - i));
    k += c.len - 1;
  }
}

// Where the token of mark `cp` at i ends (mark_runs.h's mark_token_end):
// its usual case, the next character differs from this one, is answered
// here; only a repeat ("...", "----") makes the call. The call stays out of
// line: inlined or not was GCC's choice at each build (inlined in some, a
// call with the loop's registers saved around it in others).
[[gnu::noinline]] size_t mark_run_end(std::string_view text, size_t i, size_t len, size_t end, char32_t cp) {
  return mark_token_end(text, i, len, end, cp);
}
[[gnu::always_inline]] inline size_t mark_end(std::string_view text, size_t i, size_t len, size_t end, char32_t cp) {
  const size_t one = i + len;
  if (one + len > end || text[one] != text[i]) return one;  // mark_token_end's first test
  return mark_run_end(text, i, len, end, cp);
}

// What the lexer asks of a token's first character, in one byte: ASCII from
// a table (one load instead of a range test and a table load per question),
// other characters from utf8.h.
enum TokenStart : uint8_t { kStartSpace = 1, kStartWord = 2, kStartUpper = 4 };
constexpr std::array<uint8_t, 128> kAsciiStarts = [] {
  std::array<uint8_t, 128> t{};
  for (char32_t c = 0; c < 0x80; ++c) {
    const uint8_t k = utf8::ascii::kClasses[c];
    t[c] = uint8_t((k & utf8::ascii::kSpace ? kStartSpace : 0) | (k & utf8::ascii::kWord ? kStartWord : 0) |
                   (k & utf8::ascii::kUpper ? kStartUpper : 0));
  }
  return t;
}();
uint8_t non_ascii_start(char32_t cp) {
  if (utf8::is_space(cp)) return kStartSpace;
  if (!utf8::is_word(cp)) return 0;
  return uint8_t(kStartWord | (utf8::is_upper(cp) ? kStartUpper : 0));
}

// Evidence words lexed in the same walk (natively, from the document's
// shared copy): `covered` is where the last evidence word or mark ended;
// the text before it has its evidence words in `words`.
struct EvidenceOut {
  std::vector<EvidenceWord>* words = nullptr;
  size_t covered = 0;
};

#if !defined(__wasm__)

// Evidence words of the text from `covered` on until they reach `to` (a
// token's end): where the two lexers may part, the evidence lexer's own
// steps. Out of line: rare beside the plain words, and the word loop keeps
// its registers.
[[gnu::noinline]] void cover_evidence(std::string_view text, size_t to, size_t end, const char* lowered,
                                      const unsigned char* map, EvidenceOut& ev) {
  size_t at = ev.covered;
  while (at < to) at = lex_evidence_item(text, at, end, lowered, map, *ev.words);
  ev.covered = at;
}

// "1,000", "21:30": the evidence lexer joins ',' or ':' at `j` between digits.
inline bool digits_join_at(const char* s, const char* lowered, size_t j, size_t end) {
  return j + 1 < end && (s[j] == ',' || s[j] == ':') && utf8::is_digit(static_cast<unsigned char>(lowered[j - 1])) &&
         utf8::is_digit(static_cast<unsigned char>(s[j + 1]));
}

// After a plain word (a run of ASCII letters and digits), by the byte after
// it: whether the token ends there (kEndsWord) and whether the evidence word
// does too: all but ',' and ':', which the evidence lexer takes between
// digits ("1,000", "21:30").
enum PlainEnd : uint8_t { kTokenEnds = 1, kEvidenceEnds = 2 };
constexpr std::array<uint8_t, 256> kPlainEnds = [] {
  std::array<uint8_t, 256> t{};
  for (size_t c = 0; c < 256; ++c) {
    if (!kEndsWord[c]) continue;
    t[c] = uint8_t(kTokenEnds | (c == ',' || c == ':' ? 0 : kEvidenceEnds));
  }
  return t;
}();

// The commonest token, from i on while it lasts: an ASCII word start whose
// run of ASCII letters and digits (one step of the stop map) ends at the
// range's end or at an ASCII byte that is no joiner (a space, a comma). Such
// a word took no joiner, so it is not hyphenated, holds no apostrophe and
// stopped at no '.': word_end and the final-dot and possessive tests would
// answer as this does. Kept small (the text, the map, the lowered copy, the
// end and the array are all it needs), so these values stay in registers
// instead of being reloaded from the stack around the general step's calls.
// Returns where it stopped: the range's end, or a token for the general step.
// With kEvidence, the same word is the evidence word (a plain word is one
// whole ASCII run, which the evidence lexer takes whole too) unless a ','
// or ':' follows; that one, and any token the evidence words have passed,
// go to cover_evidence.
template <bool kEvidence = false>
[[gnu::always_inline]] inline size_t lex_plain_words(const char* s, size_t i, size_t end, size_t base, char* lowered,
                                                     const unsigned char* map, std::vector<Token>& out,
                                                     [[maybe_unused]] EvidenceOut* ev) {
  while (i < end) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80) break;
    const uint8_t start = kAsciiStarts[b];
    if (!(start & kStartWord)) break;
    const size_t j = base + utf8::next_word_stop(map, i + 1 - base);
    const unsigned char after = j < end ? static_cast<unsigned char>(s[j]) : 0;  // (kEndsWord[0] is true)
    const uint8_t ends = kPlainEnds[after];
    if (!(ends & kTokenEnds)) break;  // a joiner or a character beyond ASCII: the general step
    // Every field at once: no zeroing of the record before its stores.
    out.push_back(Token{{uint32_t(i), uint32_t(j)}, std::string_view(lowered + (i - base), j - i), b, true,
                        bool(start & kStartUpper), false, false});
    if constexpr (kEvidence) {
      if (ev->covered <= i && ((ends & kEvidenceEnds) || !digits_join_at(s, lowered, j, end))) {
        const size_t n = j - i;
        ev->words->push_back(EvidenceWord{{uint32_t(i), uint32_t(j)}, lowered + i, 0, utf8::is_digit(b),
                                         bool(start & kStartUpper), false, uint8_t(n <= kMaxEvidenceWordBytes ? n : 0)});
        ev->covered = j;
      } else if (ev->covered < j) {
        cover_evidence({s, end}, j, end, lowered, map, *ev);
      }
    }
    i = j + size_t(after == ' ');  // the space after the word, most often
  }
  return i;
}
#endif

// The lexer proper, over text[i, end) whose lower-cased copy starts at
// `lowered` (text offset `base`), with its word-stop map `stops`. Stores the
// tokens in `out`, or with kStore false only counts them.
template <bool kStore, bool kBaseZero = false, bool kEvidence = false>
size_t lex(std::string_view text, size_t i, size_t end, size_t base, char* lowered, utf8::WordStops stops,
           std::vector<Token>& out, [[maybe_unused]] EvidenceOut* evidence = nullptr) {
  // The document's shared copy (native): its offsets are the text's, and
  // with base known to be 0 the loop keeps one value fewer in registers.
  if constexpr (kBaseZero) base = 0, stops.base = 0;
  static_assert(!kEvidence || (kStore && kBaseZero), "evidence words are lexed from the shared copy alone");
  size_t count = 0;
  Token scratch;
  auto lower_of = [&](size_t from, size_t to) { return std::string_view(lowered + (from - base), to - from); };
  while (i < end) {
#if !defined(__wasm__)
    // Natively (WebAssembly takes the general step for every token: the
    // page's bytes budget has no room for a second word loop).
    if constexpr (kStore) {
      i = lex_plain_words<kEvidence>(text.data(), i, end, base, lowered, stops.map, out, evidence);
      if (i >= end) break;
    }
#endif
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b == ' ') { ++i; continue; }  // the space between words, without decoding
    utf8::Decoded d{b, 1};
    uint8_t start;
    if (b < 0x80) {
      start = kAsciiStarts[b];
    } else {
      d = utf8::decode_multibyte(text, i);
      start = non_ascii_start(d.cp);
    }
    if (start & kStartSpace) { i += d.len; continue; }
    ++count;
    Token& t = kStore ? out.emplace_back() : (scratch = Token{});
    t.first = d.cp;
    if (!(start & kStartWord)) {
      size_t j = mark_end(text, i, d.len, end, d.cp);  // "....": one token
      t.span = {uint32_t(i), uint32_t(j)};
      t.lower = lower_of(i, j);
#if !defined(__wasm__)
      if constexpr (kEvidence) {
        // A mark the evidence words have not passed is theirs too, run and all.
        if (evidence->covered <= i) {
          evidence->words->push_back(EvidenceWord{{uint32_t(i), uint32_t(j)}, lowered + i, d.cp, false, false,
                                                  j > i + d.len, 0});
          evidence->covered = j;
        } else if (evidence->covered < j) {
          cover_evidence(text, j, end, lowered, stops.map, *evidence);
        }
      }
#endif
      i = j;
      continue;
    }
    bool ascii = d.len == 1, past_run = d.len > 1, parts = false;
    size_t j = word_end(text, i + d.len, end, stops, ascii, t.hyphenated, past_run, parts);
    [[maybe_unused]] const size_t word_stop = j;
    t.word = true;
    t.capitalized = start & kStartUpper;
    t.span = {uint32_t(i), uint32_t(j)};
    if (!ascii) lower_in_place(text, i, j, lowered + (i - base));  // the same bytes again when counting
    t.lower = lower_of(i, j);
    // A word of ASCII letters and digits only (most words) stopped at no
    // '.' (word_end looked past a dot) and holds no apostrophe: no final dot
    // to take, and possessive stays false without reading its end.
    if (past_run) {
      if (j < end && text[j] == '.' && takes_final_dot(t, text, j + 1, end)) {
        ++j;
        t.span.end = uint32_t(j);
        t.lower = lower_of(i, j);
      }
      if (kStore) t.possessive = ends_possessive(t.lower);
    }
#if !defined(__wasm__)
    if constexpr (kEvidence) {
      // The same word for the evidence lexer (which joins ' ’ - . as this
      // lexer does) unless '&' or U+2010 joined, a final dot was taken, or a
      // digit joiner follows: those, and words the evidence words have
      // passed, go to cover_evidence.
      if (evidence->covered <= i && !parts && j == word_stop && !digits_join_at(text.data(), lowered, j, end)) {
        const size_t n = j - i;
        evidence->words->push_back(EvidenceWord{{uint32_t(i), uint32_t(j)}, lowered + i, 0, utf8::is_digit(d.cp),
                                                bool(start & kStartUpper), false,
                                                uint8_t(n <= kMaxEvidenceWordBytes ? n : 0)});
        evidence->covered = j;
      } else if (evidence->covered < j) {
        cover_evidence(text, j, end, lowered, stops.map, *evidence);
      }
    }
#endif
    i = j;
    if (i < end && text[i] == ' ') ++i;  // the space after the word, most often
  }
  return count;
}

// Above this many bytes a paragraph's tokens are bounded (token_bound.h: a
// cheap pass for prose, a counting pass of the lexer for text of marks)
// before they are stored: the token array is written once instead of growing
// by doubling, which copies it again and, for the large blocks the allocator
// maps fresh from the system, touches twice the memory (most of the cost of a
// multi-megabyte paragraph).
constexpr size_t kCountFirstBytes = 256 * 1024;

// Tokens of text[i, end) into `out`, whose lower-cased copy starts at
// `lowered` (text offset `base`).
void lex_range(std::string_view text, size_t i, size_t end, size_t base, char* lowered, utf8::WordStops stops,
               std::vector<Token>& out, [[maybe_unused]] std::vector<EvidenceWord>* evidence = nullptr) {
  // Nothing past the range's end is decoded: a sequence the end cuts is
  // broken bytes here, one token each, as at the text's end. (Decoded
  // whole, it made a token that ended past the range, whose `lower` read
  // past the lowered range: the map's bytes in tokenize's own buffer.)
  text = text.substr(0, end);
  if (end - i > kCountFirstBytes) {
    out.reserve(tokens_to_reserve(text, i, end, [&] { return lex<false>(text, i, end, base, lowered, stops, out); }));
  }
#if defined(__wasm__)
  lex<true>(text, i, end, base, lowered, stops, out);
#else
  // Natively the lexer of the document's shared copy is a copy of its own
  // (the page's bytes need not pay for it), and a third one lexes the
  // evidence words in the same walk.
  if (base == 0 && stops.base == 0) {
    if (evidence) {
      EvidenceOut ev{evidence, i};
      evidence->clear();
      // About one evidence word per token: a long paragraph's array, too, is
      // written once instead of growing by doubling (it is kept beside the
      // tokens until the evidence pass has read it).
      if (end - i > kCountFirstBytes) evidence->reserve(out.capacity());
      lex<true, true, true>(text, i, end, base, lowered, stops, out, &ev);
      cover_evidence(text, end, end, lowered, stops.map, ev);  // (nothing is left but white space)
    } else {
      lex<true, true>(text, i, end, base, lowered, stops, out);
    }
  } else {
    lex<true>(text, i, end, base, lowered, stops, out);
  }
#endif
}

}  // namespace

void tokenize(std::string_view text, Span range, std::vector<Token>& out, std::string& lowered) {
  out.clear();
  const size_t end = range.end < text.size() ? range.end : text.size();
  const size_t base = range.start < end ? range.start : end;
  // The whole range lower-cased at once (ASCII here; words with other
  // letters as they are met): every token's `lower` is then a slice of it.
  // The same pass maps where its ASCII words stop, kept after it in the
  // same buffer.
  const size_t n = end - base;
  // The buffer only grows: a resize to fewer bytes and back would zero the
  // difference (a library memset per paragraph, of a size the predictor
  // cannot guess) only for the copy below to write every byte of it again.
  // Bytes past the map are stale and never read; the pad is written each time.
  const size_t needed = kLowerPad + n + utf8::word_stops_size(n);
  if (lowered.size() < needed) lowered.resize(needed);
  std::memcpy(lowered.data(), "    ", kLowerPad);
  char* lower = lowered.data() + kLowerPad;
  utf8::copy_ascii_lower_with_stops(lower, text.data() + base, n, reinterpret_cast<unsigned char*>(lower + n));
  const utf8::WordStops stops{reinterpret_cast<const unsigned char*>(lower + n), base};
  lex_range(text, base, end, base, lower, stops, out);
}

void tokenize(std::string_view text, Span range, std::vector<Token>& out, LoweredText& lowered) {
  out.clear();
  const size_t end = range.end < text.size() ? range.end : text.size();
  const size_t start = range.start < end ? range.start : end;
  lex_range(text, start, end, 0, lowered.lower_for_tokens(), utf8::WordStops{lowered.stops(), 0}, out);
}

#if !defined(__wasm__)
void tokenize(std::string_view text, Span range, std::vector<Token>& out, LoweredText& lowered,
              std::vector<EvidenceWord>& evidence) {
  out.clear();
  const size_t end = range.end < text.size() ? range.end : text.size();
  const size_t start = range.start < end ? range.start : end;
  lex_range(text, start, end, 0, lowered.lower_for_tokens(), utf8::WordStops{lowered.stops(), 0}, out, &evidence);
}
#endif

}  // namespace claimscope
