#include "record_reader.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "utf8.h"

namespace claimscope::cli {

namespace {

// A reader of one JSON line that checks the grammar as it goes (RFC 8259, as
// nlohmann's parser does) and keeps only "id" and "text". Any doubt is a
// false return, and the full parser takes the line. `kWide`: the runs of
// plain bytes are found sixteen bytes a step with SSE2 (x86-64's baseline,
// so no runtime check) where the target has it; otherwise, and for the last
// bytes of a line, eight a step in a 64-bit word. The tests run both.
template <bool kWide>
class RecordReader {
 public:
  explicit RecordReader(std::string_view line) : p_(line.data()), end_(line.data() + line.size()) {}

  bool read(RecordFields& fields) {
    bool have_id = false, have_text = false;
    skip_space();
    if (!eat('{')) return false;
    skip_space();
    if (!eat('}')) {
      for (;;) {
        skip_space();
        const char* key_start = p_ + 1;
        if (!at('"') || !skip_string(/*escapes_allowed=*/false)) return false;
        const std::string_view key(key_start, size_t(p_ - 1 - key_start));
        skip_space();
        if (!eat(':')) return false;
        skip_space();
        if (key == "text") {
          if (have_text || !read_string(fields.text)) return false;
          have_text = true;
        } else if (key == "id") {
          const char* value = p_;
          if (have_id || !skip_value()) return false;
          fields.id = std::string_view(value, size_t(p_ - value));
          have_id = true;
        } else if (!skip_value()) {
          return false;
        }
        skip_space();
        if (eat(',')) continue;
        if (eat('}')) break;
        return false;
      }
    }
    skip_space();
    if (!have_id) fields.id = {};
    return have_text && p_ == end_;
  }

 private:
  bool at(char c) const { return p_ != end_ && *p_ == c; }
  bool eat(char c) {
    if (!at(c)) return false;
    ++p_;
    return true;
  }
  void skip_space() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  // Four hex digits after "\u" at p_ (past them on success).
  bool read_hex4(char32_t& unit) {
    if (end_ - p_ < 4) return false;
    unit = 0;
    for (int i = 0; i < 4; ++i) {
      const int h = hex(p_[i]);
      if (h < 0) return false;
      unit = unit << 4 | char32_t(h);
    }
    p_ += 4;
    return true;
  }
  // After a backslash: one escape, its code point in `cp`. A high surrogate
  // must be followed by an escaped low one, and a low one alone is an error.
  bool read_escape(char32_t& cp) {
    if (p_ == end_) return false;
    const char c = *p_++;
    switch (c) {
      case '"': case '\\': case '/': cp = char32_t(c); return true;
      case 'b': cp = '\b'; return true;
      case 'f': cp = '\f'; return true;
      case 'n': cp = '\n'; return true;
      case 'r': cp = '\r'; return true;
      case 't': cp = '\t'; return true;
      case 'u': break;
      default: return false;
    }
    if (!read_hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
    if (cp < 0xD800 || cp > 0xDBFF) return true;
    char32_t low;
    if (!eat('\\') || !eat('u') || !read_hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    return true;
  }
  // Bytes up to the next quote, backslash, control character or byte of
  // 0x80 and above (a character beyond ASCII, which the caller checks).
  // Sixteen at a time with SSE2 (x86-64), else eight at a time through a
  // 64-bit word; either way the first step with such a byte gives its place
  // directly (the lowest flagged byte of the masks below is exact), so a
  // short string, most of the keys and values of annotations a record may
  // carry, costs a step or two with no byte-by-byte loop and its
  // mispredicted exit. The last few bytes of the line, one by one.
  const char* plain_run() const {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
    const char* q = p_;
#if defined(__SSE2__)
    if constexpr (kWide) {
      const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
      for (; end_ - q >= 16; q += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
        // A signed comparison with 0x20: the controls and, as negative
        // bytes, every byte of 0x80 and above.
        const __m128i found = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                           _mm_cmplt_epi8(v, space));
        const auto mask = uint32_t(_mm_movemask_epi8(found));
        if (mask != 0) return q + std::countr_zero(mask);
      }
    }
#endif
    if constexpr (std::endian::native == std::endian::little) {
      for (; end_ - q >= 8; q += 8) {
        uint64_t v;
        std::memcpy(&v, q, sizeof v);
        const uint64_t quote = v ^ (kOnes * '"'), backslash = v ^ (kOnes * '\\');
        // A byte's high bit is set where quote or backslash has a zero byte
        // (it matched), v a byte below 0x20 (a byte of 0x80 and above is
        // excluded by ~v), or v itself has it (0x80 and above). A borrow can
        // flag a byte above a matched one, never one below it: the lowest
        // flag is the first such byte.
        const uint64_t found =
            (((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) | ((v - kOnes * 0x20) & ~v) | v) &
            kHighs;
        if (found != 0) return q + (std::countr_zero(found) >> 3);
      }
    }
    while (q != end_ && *q != '"' && *q != '\\' && static_cast<unsigned char>(*q) - 0x20u < 0x60u) ++q;
    return q;
  }
  // At p_, a byte of 0x80 and above: the characters beyond ASCII from there,
  // each a well-formed UTF-8 sequence (as utf8::is_valid requires), skipped.
  // False at an invalid, overlong, surrogate or truncated one: the caller
  // then repairs the line and reads it again, as a line checked first.
  bool skip_beyond_ascii() {
    do {
      const uint32_t len = utf8::valid_length(std::string_view(p_, size_t(end_ - p_)), 0);
      if (len == 0) return false;
      p_ += len;
    } while (p_ != end_ && static_cast<unsigned char>(*p_) >= 0x80);
    return true;
  }
  bool at_beyond_ascii() const { return p_ != end_ && static_cast<unsigned char>(*p_) >= 0x80; }
  // A string at p_ (its opening quote), skipped.
  bool skip_string(bool escapes_allowed = true) {
    ++p_;
    for (;;) {
      p_ = plain_run();
      if (at_beyond_ascii()) {
        if (!skip_beyond_ascii()) return false;
        continue;
      }
      if (eat('"')) return true;
      char32_t cp;
      if (!escapes_allowed || !eat('\\') || !read_escape(cp)) return false;
    }
  }
  // A string at p_, unescaped into `out`. Written in place: an escape is
  // never shorter than its character's UTF-8 ("\n" 2 bytes for 1, "\u00e9"
  // 6 for 2, a surrogate pair 12 for 4), so the rest of the line is room
  // enough, made once, and a run or an escape is a copy at a pointer, not a
  // call to std::string's append (a text's paragraph breaks and quotes are
  // escapes: a few dozen a record).
  bool read_string(std::string& out) {
    if (!eat('"')) return false;
    out.resize(size_t(end_ - p_));
    char* const begin = out.data();
    char* w = begin;
    const char* run = p_;
    for (;;) {
      p_ = plain_run();
      if (at_beyond_ascii()) {
        if (!skip_beyond_ascii()) return false;
        continue;
      }
      std::memcpy(w, run, size_t(p_ - run));
      w += p_ - run;
      if (eat('"')) {
        out.resize(size_t(w - begin));
        return true;
      }
      char32_t cp;
      if (!eat('\\') || !read_escape(cp)) return false;
      w = put_utf8(w, cp);
      run = p_;
    }
  }
  // The UTF-8 of a code point (read_escape's: never a surrogate) at `w`.
  static char* put_utf8(char* w, char32_t cp) {
    if (cp < 0x80) {
      *w++ = char(cp);
    } else if (cp < 0x800) {
      *w++ = char(0xC0 | cp >> 6);
      *w++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *w++ = char(0xE0 | cp >> 12);
      *w++ = char(0x80 | (cp >> 6 & 0x3F));
      *w++ = char(0x80 | (cp & 0x3F));
    } else {
      *w++ = char(0xF0 | cp >> 18);
      *w++ = char(0x80 | (cp >> 12 & 0x3F));
      *w++ = char(0x80 | (cp >> 6 & 0x3F));
      *w++ = char(0x80 | (cp & 0x3F));
    }
    return w;
  }
  // Digits at p_, skipped; how many. Eight bytes a step: the numbers of
  // annotations (offsets, counts) are a few digits each, and a loop byte by
  // byte mispredicted its exit about once a number.
  size_t skip_digits() {
    const char* start = p_;
    if constexpr (std::endian::native == std::endian::little) {
      constexpr uint64_t kOnes = 0x0101010101010101ull, kHighNibbles = 0xF0F0F0F0F0F0F0F0ull;
      while (end_ - p_ >= 8) {
        uint64_t v;
        std::memcpy(&v, p_, sizeof v);
        // A digit's high nibble is 3, and stays 3 with 6 added (0x30..0x39).
        // A byte of 0xFA and above carries into the next byte: that byte is
        // flagged by its own high nibble, and only bytes after it change, so
        // the lowest flagged byte is the first one that is not a digit.
        const uint64_t other =
            ((v & kHighNibbles) ^ (kOnes * 0x30)) | (((v + kOnes * 0x06) & kHighNibbles) ^ (kOnes * 0x30));
        if (other != 0) {
          p_ += std::countr_zero(other) >> 3;
          return size_t(p_ - start);
        }
        p_ += 8;
      }
    }
    while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    return size_t(p_ - start);
  }
  // A number at p_. One that a double holds only as infinity ("1e999", 400
  // digits) is an error to nlohmann: such numbers go to strtod to see.
  bool skip_number() {
    const char* start = p_;
    eat('-');
    if (!at('0') && (p_ == end_ || *p_ < '1' || *p_ > '9')) return false;
    const size_t digits = eat('0') ? 1 : skip_digits();
    bool fraction_or_exponent = false;
    if (eat('.')) {
      if (skip_digits() == 0) return false;
      fraction_or_exponent = true;
    }
    if (eat('e') || eat('E')) {
      if (!eat('+')) eat('-');
      if (skip_digits() == 0) return false;
      fraction_or_exponent = true;
    }
    if (!fraction_or_exponent && digits <= 18) return true;
    const std::string number(start, p_);
    return std::isfinite(std::strtod(number.c_str(), nullptr));
  }
  bool skip_word(std::string_view w) {
    if (size_t(end_ - p_) < w.size() || std::string_view(p_, w.size()) != w) return false;
    p_ += w.size();
    return true;
  }
  bool skip_scalar() {
    if (p_ == end_) return false;
    switch (*p_) {
      case '"': return skip_string();
      case 't': return skip_word("true");
      case 'f': return skip_word("false");
      case 'n': return skip_word("null");
      default: return skip_number();
    }
  }
  // Any value at p_, nested to any depth without recursion: `open` holds the
  // brackets not yet closed.
  bool skip_value() {
    std::string open;
    for (;;) {
      // A value: a scalar, or an opening bracket and its first member.
      skip_space();
      if (at('{') || at('[')) {
        const char bracket = *p_++;
        skip_space();
        if (!eat(bracket == '{' ? '}' : ']')) {
          open += bracket;
          if (bracket == '[' || skip_member_key()) continue;
          return false;
        }
      } else if (!skip_scalar()) {
        return false;
      }
      // After a value: commas and closing brackets until the next value.
      for (;;) {
        if (open.empty()) return true;
        skip_space();
        if (eat(',')) {
          if (open.back() == '[' || skip_member_key()) break;
          return false;
        }
        if (!eat(open.back() == '{' ? '}' : ']')) return false;
        open.pop_back();
      }
    }
  }
  // An object member's key and colon, before its value.
  bool skip_member_key() {
    skip_space();
    if (!at('"') || !skip_string()) return false;
    skip_space();
    return eat(':');
  }

  const char* p_;
  const char* end_;
};

}  // namespace

bool read_record(std::string_view line, RecordFields& fields) { return RecordReader<true>(line).read(fields); }

bool read_record(std::string_view line, RecordFields& fields, ReaderSteps steps) {
  return steps == ReaderSteps::wide ? RecordReader<true>(line).read(fields) : RecordReader<false>(line).read(fields);
}

}  // namespace claimscope::cli
