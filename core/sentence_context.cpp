#include "sentence_context.h"

#include <bit>
#include <cstring>

#include "word_index.h"
#include "rules/domains.h"
#include "rules/sentence_marks.h"
#include "utf8.h"

namespace claimscope::seg {

namespace {

constexpr size_t kMaxToken = 47;  // longer tokens are URLs or junk, not abbreviations
static_assert(sizeof(PrevToken::lower) % 8 == 0 && sizeof(PrevToken::lower) > kMaxToken,
              "read_prev_token lower-cases eight bytes a step into `lower`");

bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool ascii_letter(unsigned char c) { return ascii_upper(c) || ascii_lower(c); }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool ascii_alnum(unsigned char c) { return ascii_letter(c) || ascii_digit(c); }

bool space_at(std::string_view text, size_t pos) {
  unsigned char c = text[pos];
  if (c < 0x80) return utf8::is_ascii_space(c);
  return utf8::is_space(utf8::decode(text, pos).cp);
}

// Bit 7 of each byte of `x` (eight bytes read little-endian) that is not
// visible ASCII (0x21..0x7F, the byte loop's test in read_prev_token): a
// space, a control or a byte from 0x80. Bytewise compares with no carry
// across bytes, as utf8::lower_ascii8's: bit 7 of (b & 0x7F) + 0x5F is set
// for b & 0x7F >= 0x21.
uint64_t invisible_bytes8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t from_bang = ((x & ~kHigh) + (0x80 - 0x21) * kOnes) & kHigh;
  return ~(from_bang & ~x) & kHigh;
}

// Start of the character before `pos`, which must be > 0.
size_t back(std::string_view text, size_t pos) {
  return static_cast<unsigned char>(text[pos - 1]) < 0x80 ? pos - 1 : utf8::prev_start(text, pos);
}

// The sentence marks of the Basic Multilingual Plane as a bit set, built
// once from the lists behind the rules (utf8::kTerminalMarks and the mark
// tables): setting a few dozen bits instead of asking the predicates about
// all 65,536 code points (3 million instructions per process). A unit test
// checks every code point against the predicates.
struct MarkSet {
  uint64_t bits[0x10000 / 64] = {};
  MarkSet() {
    for (char32_t cp : utf8::kTerminalMarks) set(cp);
    for (const MarkRule& r : kExtraTerminals) set(r.cp);
    for (const MarkRule& r : kUnspacedTerminals) set(r.cp);
  }
  void set(char32_t cp) {
    if (cp < 0x10000) bits[cp / 64] |= uint64_t(1) << (cp % 64);
  }
};

}  // namespace

bool is_sentence_mark(char32_t cp) {
  static const MarkSet marks;
  if (cp >= 0x10000) return utf8::is_terminal(cp) || has_mark(kExtraTerminals, cp) || has_mark(kUnspacedTerminals, cp);
  return (marks.bits[cp / 64] >> (cp % 64)) & 1;
}

PrevToken read_prev_token(std::string_view text, size_t dot, size_t floor) {
  PrevToken t;
  size_t p = dot;
  // Visible ASCII, the usual token, eight bytes a step back (most tokens
  // before a period take one step: a byte a step cost ~5 instructions a
  // byte and a mispredict at the token's start), then a byte at a time.
  size_t stop = dot - floor > kMaxToken + 1 ? dot - kMaxToken - 1 : floor;
  while (p >= stop + 8) {
    uint64_t x;
    std::memcpy(&x, text.data() + p - 8, 8);
    const uint64_t invisible = invisible_bytes8(x);
    if (invisible) {
      p -= size_t(std::countl_zero(invisible)) / 8;  // the visible bytes above the last invisible one
      break;
    }
    p -= 8;
  }
  while (p > stop && static_cast<unsigned char>(text[p - 1] - 0x21) < 0x5F) --p;
  while (p > floor && dot - p <= kMaxToken) {
    unsigned char c = text[p - 1];
    if (c < 0x80) {  // ASCII needs no decoding
      if (utf8::is_ascii_space(c)) break;
      --p;
      continue;
    }
    size_t q = utf8::prev_start(text, p);
    if (utf8::is_space(utf8::decode(text, q).cp)) break;
    p = q;
  }
  if (dot - p > kMaxToken) {  // too long to be an abbreviation
    t.start = p;
    t.raw = text.substr(p, dot - p);
    return t;
  }
  while (p < dot && !ascii_alnum(text[p])) {  // leading quotes and brackets are not part of the word
    auto d = utf8::decode(text, p);
    if (!has_mark(kOpeners, d.cp)) break;
    p += d.len;
  }
  t.start = p;
  t.raw = text.substr(p, dot - p);
  const size_t n = t.raw.size();
  // Lower-cased eight bytes a step (most tokens before a period take one):
  // a byte at a time cost ~45 instructions a token and a mispredict at the
  // loop's end. The steps may read up to seven bytes past the token and
  // write them into `lower` (48 bytes, n <= kMaxToken): both stay in
  // bounds when 48 bytes of text follow the token's start; near the text's
  // end, copy_ascii_lower reads the token's bytes only.
  if (p + sizeof(t.lower) <= text.size()) {
    for (size_t k = 0; k < n; k += 8) {
      uint64_t x;
      std::memcpy(&x, text.data() + p + k, 8);
      x = utf8::lower_ascii8(x);
      std::memcpy(t.lower + k, &x, 8);
    }
  } else {
    utf8::copy_ascii_lower(t.lower, t.raw.data(), n);
  }
  t.len = n;
  return t;
}

bool looks_like_full_word(const PrevToken& token) {
  if (token.len < 4) return false;
  bool vowel = false;
  for (size_t k = 0; k < token.len; ++k) {
    char c = token.lower[k];
    if (!ascii_lower(c) && c != '\'') return false;
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') vowel = true;
  }
  return vowel;
}

bool is_initials(std::string_view raw) {
  if (raw.empty() || raw.size() % 2 == 0) return false;
  for (size_t i = 0; i < raw.size(); ++i) {
    unsigned char c = raw[i];
    if (i % 2 == 0 ? !ascii_letter(c) : c != '.') return false;
  }
  return true;
}

bool prev_word_capitalized(std::string_view text, size_t pos, size_t floor) {
  size_t p = pos;
  for (int n = 0; p > floor && n < 8 && space_at(text, back(text, p)); ++n) p = back(text, p);
  if (p <= floor || p == pos) return false;
  size_t word_end = p;
  while (p > floor && word_end - p < 32 && !space_at(text, back(text, p))) p = back(text, p);
  while (p < word_end) {  // skip opening marks to the first letter
    auto d = utf8::decode(text, p);
    if (utf8::is_letter(d.cp)) return utf8::is_upper(d.cp);
    if (utf8::is_digit(d.cp)) return false;
    p += d.len;
  }
  return false;
}

int count_words(std::string_view text, size_t from, size_t to, int limit) {
  int words = 0;
  bool in_word = false;
  if (to - from > 64) return limit;  // a long stretch: certainly more than a short phrase
  for (size_t p = from; p < to && words < limit; ++p) {
    bool space = utf8::is_ascii_space(text[p]);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

NextWord read_next(std::string_view text, size_t pos, size_t end) {
  NextWord w;
  size_t p = pos;
  for (int n = 0; p < end && n < 3 && !ascii_alnum(text[p]); ++n) {
    auto d = utf8::decode(text, p);
    if (!has_mark(kOpeners, d.cp)) break;
    w.opener = true;
    p += d.len;
  }
  if (p >= end) {
    w.only_marks = true;
    return w;
  }
  auto d = utf8::decode(text, p);
  char32_t cp = d.cp;
  if (utf8::is_digit(cp)) w.kind = NextKind::digit;
  else if (utf8::is_upper(cp)) w.kind = NextKind::upper;
  else if (utf8::is_lower(cp)) w.kind = NextKind::lower;
  else if (utf8::is_letter(cp)) w.kind = NextKind::uncased;
  else if (cp == ',' || cp == ';' || cp == ':' || cp == ')' || cp == ']' || cp == '}' || cp == '%')
    w.kind = NextKind::continuation;
  size_t q = p;
  while (q < end && q - p < sizeof(w.word) - 1 && ascii_letter(text[q])) {
    unsigned char c = text[q];
    w.word[w.word_len++] = static_cast<char>(ascii_upper(c) ? c + 32 : c);
    ++q;
  }
  if (q < end && static_cast<unsigned char>(text[q]) >= 0x80) {
    const auto cp = utf8::decode(text, q).cp;
    // It goes on in non-ASCII letters: not a word from our tables.
    if (utf8::is_word(cp) && !utf8::is_apostrophe(cp)) w.word_len = 0;
  }
  w.word[w.word_len] = 0;
  if (w.word_len == 1 && w.word[0] == 'i') {
    // "I" alone: followed by a space, an apostrophe (I'm, I’ve) or the end.
    bool alone = q >= end || utf8::is_ascii_space(text[q]) || utf8::is_apostrophe(utf8::decode(text, q).cp);
    if (alone) {
      w.pronoun_i = true;
      w.kind = NextKind::upper;  // "i" in informal text starts sentences as "I" does
    }
  }
  return w;
}

bool is_glued_boundary(std::string_view text, size_t dot, size_t floor, size_t end) {
  if (dot + 2 >= end || !ascii_upper(text[dot + 1]) || !ascii_lower(text[dot + 2])) return false;
  PrevToken t = read_prev_token(text, dot, floor);
  if (t.len < 2) return false;
  unsigned char last = t.raw.back();
  if (!ascii_lower(last) && !ascii_digit(last)) return false;
  for (unsigned char c : t.raw) {
    if (!ascii_letter(c) && !ascii_digit(c) && c != ',' && c != '\'') return false;
  }
  // "Newsfeed.Com": a capitalised domain ending.
  static const WordIndex<WordRule> domains(kDomainEndings);
  char word[8];
  size_t n = 0;
  size_t q = dot + 1;
  while (q < end && n < sizeof(word) && ascii_letter(text[q])) {
    unsigned char c = text[q++];
    word[n++] = static_cast<char>(ascii_upper(c) ? c + 32 : c);
  }
  bool word_ends = q >= end || !ascii_letter(text[q]);
  if (word_ends && domains.contains(std::string_view(word, n))) return false;
  // The rest of the token must not be part of an address or path.
  for (size_t p = dot + 1; p < end && !space_at(text, p); ++p) {
    if (p - dot > 64) return false;
    char c = text[p];
    if (c == '@' || c == '/' || c == ':' || c == '\\' || c == '=' || c == '_') return false;
    if (c == '.' && p + 1 < end && ascii_lower(text[p + 1])) return false;
  }
  return true;
}

bool parse_list_marker(std::string_view text, size_t pos, size_t end, ListMarker& out) {
  if (!may_start_list_marker(text, pos, end)) return false;
  ListMarker m;
  size_t q = pos;
  if (q < end && static_cast<unsigned char>(text[q]) >= 0x80) {
    auto d = utf8::decode(text, q);
    if (has_mark(kBullets, d.cp)) {
      m.bullet = d.cp;
      q += d.len;
      m.end = q;
      while (q < end && text[q] == ' ' && q - m.end < 4) ++q;
    }
  }
  size_t digits = q;
  while (q < end && ascii_digit(text[q]) && q - digits < 3) m.value = m.value * 10 + (text[q++] - '0');
  if (q > digits) {
    if (q < end && ascii_digit(text[q])) return false;
    m.style = '1';
  } else if (q + 1 < end && ascii_letter(text[q]) && (text[q + 1] == '.' || text[q + 1] == ')')) {
    bool lower = ascii_lower(text[q]);
    if (!lower && text[q + 1] == '.') {  // "A." is an initial, not a list marker
      if (m.bullet) { out = m; return true; }
      return false;
    }
    m.style = lower ? 'a' : 'A';
    m.value = static_cast<unsigned char>(text[q++]);
  }
  if (m.style) {
    if (q + 1 < end && text[q] == '.' && text[q + 1] == ')') { m.punct = 'p'; q += 2; }
    else if (q < end && (text[q] == '.' || text[q] == ')')) { m.punct = text[q]; ++q; }
    if (!m.punct || (q < end && text[q] != ' ')) {
      if (!m.bullet) return false;
      m.style = 0;  // a bullet followed by ordinary text
      m.punct = 0;
      m.value = 0;
      out = m;
      return true;
    }
    m.end = q;
  }
  if (!m.bullet && !m.style) return false;
  out = m;
  return true;
}

bool continues_list(const ListMarker& current, const ListMarker& next) {
  if (current.bullet) return next.bullet == current.bullet;
  return !next.bullet && next.style == current.style && next.punct == current.punct &&
         next.value == current.value + 1;
}

size_t citation_end(std::string_view text, size_t pos, size_t end) {
  if (pos >= end || text[pos] != '[') return pos;
  // "[...]" / "[…]" after a sentence: the omission follows that sentence.
  for (std::string_view omission : {"[...]", "[\u2026]"}) {
    if (text.substr(pos, omission.size()) == omission) return pos + omission.size();
  }
  bool digit = false;
  for (size_t p = pos + 1; p < end && p - pos < 20; ++p) {
    char c = text[p];
    if (c == ']') return digit ? p + 1 : pos;
    if (ascii_digit(c)) digit = true;
    else if (c != ' ' && c != ',' && c != '-') return pos;
  }
  return pos;
}

}  // namespace claimscope::seg
