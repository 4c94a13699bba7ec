#include "evidence_words.h"

#include "mark_runs.h"
#include "token_bound.h"
#include "utf8.h"

namespace claimscope {
namespace {

constexpr size_t kMaxWordBytes = 23;  // longer words get no text: no table holds one

bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool is_ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// Decodes one code point; ASCII (most of English text) without a call.
utf8::Decoded next_cp(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {c, 1};
  return utf8::decode(text, i);
}

// Word characters; ASCII answered inline.
bool word_char(char32_t cp) { return cp < 0x80 ? is_ascii_alnum(static_cast<unsigned char>(cp)) : utf8::is_word(cp); }

bool space_char(char32_t cp) { return cp < 0x80 ? (cp == ' ' || (cp >= '\t' && cp <= '\r')) : utf8::is_space(cp); }

// "2.4", "U.S", "1,000", "21:30", "1,000-kilometer", "o'clock": a joiner
// stays inside a word only when a word character follows; , and : only
// between digits.
bool joins(char32_t before, char32_t joiner, char32_t after) {
  if (!word_char(after)) return false;
  if (joiner == '.' || joiner == '-' || joiner == '\'' || joiner == U'\u2019') return true;
  if (joiner == ',' || joiner == ':') return is_digit(before) && is_digit(after);
  return false;
}

// The ASCII characters joins() can accept as a joiner.
bool is_ascii_joiner(unsigned char c) { return c == '.' || c == '-' || c == '\'' || c == ',' || c == ':'; }

// The lexer proper over text[i, end); `lowered` is its lower-cased copy from text offset `base`.
// Stores the words in `out`, or with kStore false only counts them.
template <bool kStore>
size_t lex(std::string_view text, size_t i, size_t end, size_t base, const char* lowered, std::vector<EvidenceWord>& out) {
  size_t count = 0;
  EvidenceWord scratch;
  auto next_word = [&]() -> EvidenceWord& {
    ++count;
    if constexpr (kStore) return out.emplace_back();
    scratch = EvidenceWord{};
    return scratch;
  };
  while (i < end) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    // ASCII first (most of news text); a non-ASCII byte goes straight to the
    // decoding path below.
    if (b < 0x80) {
      if (utf8::ascii::kWordByte[b]) {
        // The commonest token: an ASCII word that ends at a byte which is no
        // joiner (a space, mostly; the space is then skipped too). The
        // general path below gives the same word, with more tests per word.
        const size_t j = utf8::ascii_word_end(text, i + 1, end);
        const unsigned char after = j < end ? static_cast<unsigned char>(text[j]) : ' ';
        if (after < 0x80 && !is_ascii_joiner(after)) {
          EvidenceWord& w = next_word();
          w.digit_first = is_digit(b);
          w.capitalized = utf8::ascii::has(b, utf8::ascii::kUpper);
          w.span = {uint32_t(i), uint32_t(j)};
          if (j - i <= kMaxWordBytes) {
            w.lower = lowered + (i - base);
            w.len = uint8_t(j - i);
          }
          i = after == ' ' && j < end ? j + 1 : j;
          continue;
        }
      } else if (!utf8::ascii::has(b, utf8::ascii::kSpace)) {  // a mark, without a decode
        EvidenceWord& w = next_word();
        w.mark = b;
        size_t j = mark_token_end(text, i, 1, end, b);  // "....": one mark
        w.span = {uint32_t(i), uint32_t(j)};
        w.run = j > i + 1;
        i = j;
        continue;
      } else {
        ++i;
        continue;
      }
    }
    // A word's first character: an ASCII letter or digit (most words) without a decode.
    utf8::Decoded d = b < 0x80 ? utf8::Decoded{b, 1} : utf8::decode(text, i);
    if (b >= 0x80) {
      if (space_char(d.cp)) { i += d.len; continue; }
      if (!word_char(d.cp)) {
        EvidenceWord& w = next_word();
        w.mark = d.cp;
        size_t j = mark_token_end(text, i, d.len, end, d.cp);
        w.span = {uint32_t(i), uint32_t(j)};
        w.run = j > i + d.len;
        i = j;
        continue;
      }
    }
    EvidenceWord& w = next_word();
    w.digit_first = is_digit(d.cp);
    w.capitalized = utf8::is_upper(d.cp);
    char32_t prev = d.cp;
    size_t j = i + d.len;
    while (j < end) {
      size_t run = utf8::ascii_word_end(text, j, end);  // the rest of an ASCII word
      if (run > j) {
        j = run;
        prev = static_cast<unsigned char>(text[j - 1]);
        if (j == end) break;
      }
      const unsigned char c0 = static_cast<unsigned char>(text[j]);
      // An ASCII byte here is no word character (the run stopped at it), so
      // the word goes on only through a joiner: asked before joins() decodes
      // the character after it (most words end at a space).
      if (c0 < 0x80 && !is_ascii_joiner(c0)) break;
      auto c = next_cp(text, j);
      if (word_char(c.cp)) { prev = c.cp; j += c.len; continue; }
      if (j + c.len < end && joins(prev, c.cp, next_cp(text, j + c.len).cp)) {
        prev = c.cp;
        j += c.len;
        continue;
      }
      break;
    }
    w.span = {uint32_t(i), uint32_t(j)};
    size_t n = j - i;
    if (n <= kMaxWordBytes) {
      w.lower = lowered + (i - base);
      w.len = uint8_t(n);
    }
    i = j;
  }
  return count;
}

// Above this many bytes a stretch's words are bounded (or counted) before
// they are stored (see kCountFirstBytes in tokens.cpp: one array written once).
constexpr size_t kCountFirstBytes = 256 * 1024;

}  // namespace

void lex_evidence_words(std::string_view text, Span range, EvidenceWords& lexed) {
  std::vector<EvidenceWord>& out = lexed.words;
  out.clear();
  const size_t end = range.end < text.size() ? range.end : text.size();
  const size_t base = range.start < end ? range.start : end;
  lexed.lowered.resize(end - base);
  utf8::copy_ascii_lower(lexed.lowered.data(), text.data() + base, end - base);
  const char* lowered = lexed.lowered.data();
  if (end - base > kCountFirstBytes) {
    out.reserve(tokens_to_reserve(text, base, end, [&] { return lex<false>(text, base, end, base, lowered, out); }));
  }
  lex<true>(text, base, end, base, lowered, out);
}

}  // namespace claimscope
