#include "json_writer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimscope::json {

namespace {

// How write_string treats each byte: copied as it is, escaped, or the lead
// of a multi-byte sequence to check (bytes 0x80-0xFF).
enum ByteKind : uint8_t { kCopy, kEscape, kMultiByte };

constexpr std::array<uint8_t, 256> make_byte_kinds() {
  std::array<uint8_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    if (b < 0x20 || b == '"' || b == '\\') t[size_t(b)] = kEscape;
    else if (b >= 0x80) t[size_t(b)] = kMultiByte;
    else t[size_t(b)] = kCopy;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kByteKind = make_byte_kinds();

// The first place at or after i whose byte is not kCopy (a byte to escape or
// of 0x80 and above), or n. With SSE2 (x86-64's baseline) sixteen bytes a
// step, and the last few bytes in one more step from a copy of them (a
// speaker's name or a rule id is shorter than sixteen bytes: one step
// instead of a table lookup and a branch per byte); otherwise byte by byte.
size_t plain_end(const unsigned char* s, size_t i, size_t n) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
  // A signed comparison with 0x20: the controls and, as negative bytes,
  // every byte of 0x80 and above.
  const auto flagged = [&](__m128i v) {
    return uint32_t(_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)), _mm_cmplt_epi8(v, space))));
  };
  for (; n - i >= 16; i += 16) {
    const uint32_t found = flagged(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i)));
    if (found != 0) return i + size_t(std::countr_zero(found));
  }
  if (i == n) return n;
  unsigned char last[16] = {};
  std::memcpy(last, s + i, n - i);
  const uint32_t found = flagged(_mm_loadu_si128(reinterpret_cast<const __m128i*>(last))) & ((1u << (n - i)) - 1);
  return found != 0 ? i + size_t(std::countr_zero(found)) : n;
#else
  while (i < n && kByteKind[s[i]] == kCopy) ++i;
  return i;
#endif
}

struct Sequence {
  bool valid;
  size_t length;  // of the valid sequence, or of the ill-formed bytes that make one U+FFFD
};

// The sequence whose lead byte is s[i] (>= 0x80). An ill-formed one ends at
// the first byte that cannot continue it (which then starts the next
// sequence): Unicode's "maximal subpart" practice, and what nlohmann's
// decoder does with error_handler_t::replace.
Sequence scan_sequence(const unsigned char* s, size_t i, size_t n) {
  const unsigned char b0 = s[i];
  size_t length;
  unsigned char low = 0x80, high = 0xBF;  // the second byte's range
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) low = 0xA0;   // below: overlong
    if (b0 == 0xED) high = 0x9F;  // above: a surrogate
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) low = 0x90;   // below: overlong
    if (b0 == 0xF4) high = 0x8F;  // above: past U+10FFFF
  } else {
    return {false, 1};  // a continuation byte, an overlong lead (C0, C1) or F5-FF
  }
  if (i + 1 >= n || s[i + 1] < low || s[i + 1] > high) return {false, 1};
  for (size_t k = 2; k < length; ++k) {
    if (i + k >= n || (s[i + k] & 0xC0) != 0x80) return {false, k};
  }
  return {true, length};
}

// Writes the escape of a byte below 0x20, a quote or a backslash (\n, \u001f,
// \") to `out`, which has room for 6; returns its length.
size_t escape(unsigned char b, char* out) {
  const char* named = nullptr;
  switch (b) {
    case '"': named = "\\\""; break;
    case '\\': named = "\\\\"; break;
    case '\b': named = "\\b"; break;
    case '\f': named = "\\f"; break;
    case '\n': named = "\\n"; break;
    case '\r': named = "\\r"; break;
    case '\t': named = "\\t"; break;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char u[6] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 0xF]};
      std::memcpy(out, u, 6);
      return 6;
    }
  }
  out[0] = named[0];
  out[1] = named[1];
  return 2;
}

}  // namespace

Writer::Writer(std::string buffer, int indent) : buffer_(std::move(buffer)), indent_(indent) {
  // The old contents are room to write over; more is made as needed.
  pos_ = buffer_.data();
  end_ = pos_ + buffer_.size();
}

std::string Writer::take() {
  buffer_.resize(size_t(pos_ - buffer_.data()));
  pos_ = end_ = buffer_.data();
  return std::move(buffer_);
}

std::string Writer::take_with_room(size_t& written) {
  written = size_t(pos_ - buffer_.data());
  pos_ = end_ = buffer_.data();
  return std::move(buffer_);
}

void Writer::grow(size_t n) {
  const size_t used = size_t(pos_ - buffer_.data());
  buffer_.resize(std::max(2 * buffer_.size(), used + n + 256));
  pos_ = buffer_.data() + used;
  end_ = buffer_.data() + buffer_.size();
}

namespace {

// Whether a word of eight bytes holds one that write_string must not copy
// as it is: a control, a quote, a backslash, or a byte of 0x80 and above
// (to be checked as UTF-8). Exact when none is there; it may also answer
// true when one is (a borrow), which costs only the general path.
constexpr uint64_t kOnes = 0x0101010101010101ull, kHighBits = 0x8080808080808080ull;
constexpr uint64_t zero_bytes(uint64_t x) { return (x - kOnes) & ~x; }
constexpr uint64_t flags(uint64_t w) {
  return (w | zero_bytes(w ^ (kOnes * '"')) | zero_bytes(w ^ (kOnes * '\\')) | ((w - kOnes * 0x20) & ~w)) & kHighBits;
}
constexpr bool flagged_word(uint64_t w) { return flags(w) != 0; }
uint64_t load8(const unsigned char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
uint32_t load4(const unsigned char* p) {
  uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// A string of up to kShortString bytes with nothing to escape or check (a
// speaker's name, a paragraph's reason, an alias: most of the strings of a
// document's output), written quoted at `out` (room for n + 2) without a
// call: its bytes read and written as two or four words that overlap when
// it is shorter than that (no byte before or past it is read). False, with
// nothing written, when it has a byte of another kind or is longer.
constexpr size_t kShortString = 32;
bool put_short_plain(char* out, const unsigned char* s, size_t n) {
  if (n > 16) {
    if (n > kShortString) return false;
    const uint64_t a = load8(s), b = load8(s + 8), c = load8(s + n - 16), d = load8(s + n - 8);
    if ((flags(a) | flags(b) | flags(c) | flags(d)) != 0) return false;  // each word on its own
    std::memcpy(out + 1, &a, 8);
    std::memcpy(out + 9, &b, 8);
    std::memcpy(out + 1 + n - 16, &c, 8);
    std::memcpy(out + 1 + n - 8, &d, 8);
  } else if (n >= 8) {
    const uint64_t head = load8(s), tail = load8(s + n - 8);
    if ((flags(head) | flags(tail)) != 0) return false;
    std::memcpy(out + 1, &head, 8);
    std::memcpy(out + 1 + n - 8, &tail, 8);
  } else if (n >= 4) {
    const uint32_t head = load4(s), tail = load4(s + n - 4);
    if (flagged_word(uint64_t(head) | uint64_t(tail) << 32)) return false;
    std::memcpy(out + 1, &head, 4);
    std::memcpy(out + 1 + n - 4, &tail, 4);
  } else if (n > 0) {
    // One to three bytes: the first, the middle and the last (some the same),
    // the word's other bytes spaces.
    const unsigned char first = s[0], middle = s[n / 2], last = s[n - 1];
    const uint64_t w = 0x2020202020000000ull | uint64_t(first) | uint64_t(middle) << 8 | uint64_t(last) << 16;
    if (flagged_word(w)) return false;
    out[1] = char(first);
    out[1 + n / 2] = char(middle);
    out[n] = char(last);
  }
  out[0] = '"';
  out[n + 1] = '"';
  return true;
}

}  // namespace

void Writer::write_string(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (n <= kShortString) {
    char* at = room(n + 2);
    if (put_short_plain(at, s, n)) {
      pos_ = at + n + 2;
      return;
    }
  }
  put('"');
  size_t copied = 0;  // text[copied, i) is to be copied as it is
  size_t i = 0;
  while ((i = plain_end(s, i, n)) < n) {
    switch (kByteKind[s[i]]) {
      case kEscape: {
        put(text.substr(copied, i - copied));
        char* at = room(6);
        pos_ = at + escape(s[i], at);
        copied = ++i;
        break;
      }
      default: {
        Sequence q = scan_sequence(s, i, n);
        if (q.valid) {
          // And the well-formed characters after it (a word of another
          // script), without a step of plain_end for each.
          do {
            i += q.length;
          } while (i < n && s[i] >= 0x80 && (q = scan_sequence(s, i, n)).valid);
          break;
        }
        put(text.substr(copied, i - copied));
        put("\xEF\xBF\xBD");  // U+FFFD
        copied = i += q.length;
      }
    }
  }
  put(text.substr(copied));
  put('"');
}

namespace {
char* copy(char* at, std::string_view s) {
  std::memcpy(at, s.data(), s.size());
  return at + s.size();
}
}  // namespace

char* Writer::format_number(char* at, double x) {
  // At most 24 bytes: a sign, 17 digits, a point and "e-308" (kNumberRoom).
  if (!std::isfinite(x)) return copy(at, "null");
  if (x == 0) return copy(at, std::signbit(x) ? "-0.0" : "0.0");
  if (x < 0) {
    *at++ = '-';
    x = -x;
  }
  // A number with two decimals (every score of the document) is its
  // hundredths: that is its shortest form while a hundredth is far wider
  // than the double's precision, so no digit search is needed.
  const double hundredths = std::round(x * 100);
  if (hundredths < 1e15 && hundredths / 100 == x) {
    const auto h = uint64_t(hundredths);
    at = std::to_chars(at, at + 20, h / 100).ptr;
    const char two[2] = {char('0' + h % 100 / 10), char('0' + h % 10)};
    *at++ = '.';
    return copy(at, std::string_view(two, h % 10 == 0 ? 1 : 2));  // "1.0", "0.5", "0.25"
  }
  // The shortest digits that read back as x, in scientific form: "d.ddde+XX".
  char sci[32];
  const char* sci_end = std::to_chars(sci, sci + sizeof sci, x, std::chars_format::scientific).ptr;
  char digits[20];
  int count = 0;
  const char* p = sci;
  for (; *p != 'e'; ++p) {
    if (*p != '.') digits[count++] = *p;
  }
  int exponent = 0;
  std::from_chars(p + (p[1] == '+' ? 2 : 1), sci_end, exponent);
  // nlohmann's layout: plain decimals while the point falls within 15 digits
  // of the first or 4 places after it, the exponent form otherwise.
  const std::string_view all(digits, size_t(count));
  const int point = exponent + 1;  // where the decimal point goes among the digits
  if (count <= point && point <= 15) {  // ddd000.0
    at = copy(at, all);
    std::memset(at, '0', size_t(point - count));
    return copy(at + (point - count), ".0");
  }
  if (0 < point && point <= 15) {  // dd.dd
    at = copy(at, all.substr(0, size_t(point)));
    *at++ = '.';
    return copy(at, all.substr(size_t(point)));
  }
  if (-4 < point && point <= 0) {  // 0.000ddd
    at = copy(at, "0.");
    std::memset(at, '0', size_t(-point));
    return copy(at + (-point), all);
  }
  // d.ddde+XX, the exponent with at least two digits
  *at++ = all[0];
  if (count > 1) {
    *at++ = '.';
    at = copy(at, all.substr(1));
  }
  const int e = point - 1;
  at = copy(at, e < 0 ? "e-" : "e+");
  const int magnitude = e < 0 ? -e : e;
  if (magnitude < 10) *at++ = '0';
  return std::to_chars(at, at + 4, magnitude).ptr;
}

void Writer::write_number(double x) { pos_ = format_number(room(kNumberRoom), x); }

void Writer::line_break() {
  const size_t spaces = size_t(depth_ * indent_);
  put('\n');
  std::memset(room(spaces), ' ', spaces);
  pos_ += spaces;
}

void Writer::open(char bracket) {
  before_value();
  put(bracket);
  ++depth_;
  first_ = true;
}

void Writer::close(char bracket) {
  --depth_;
  if (!first_ && indent_ >= 0) line_break();  // an empty container stays "{}" or "[]"
  put(bracket);
  first_ = false;  // the container is a value of its parent
}

Writer& Writer::begin_object() {
  open('{');
  return *this;
}

Writer& Writer::end_object() {
  close('}');
  return *this;
}

Writer& Writer::begin_array() {
  open('[');
  return *this;
}

Writer& Writer::end_array() {
  close(']');
  return *this;
}

Writer& Writer::string(std::string_view s) {
  before_value();
  write_string(s);
  return *this;
}

Writer& Writer::integer(int64_t n) {
  before_value();
  if (n >= 0 && n <= int64_t(UINT32_MAX)) {
    write_unsigned(uint32_t(n));
  } else {
    write_integer(n);
  }
  return *this;
}

namespace {
int decimal_digits(uint32_t n) {
  if (n < 10) return 1;
  if (n < 100) return 2;
  if (n < 1000) return 3;
  if (n < 10000) return 4;
  if (n < 100000) return 5;
  if (n < 1000000) return 6;
  if (n < 10000000) return 7;
  if (n < 100000000) return 8;
  return n < 1000000000 ? 9 : 10;
}
}  // namespace

char* detail::put_unsigned_loop(char* out, uint32_t n) {
  char* const end = out + decimal_digits(n);
  char* at = end;
  while (n >= 100) {
    const uint32_t pair = n % 100 * 2;
    n /= 100;
    *--at = kDigitPairs[pair + 1];
    *--at = kDigitPairs[pair];
  }
  if (n >= 10) {
    *--at = kDigitPairs[n * 2 + 1];
    *--at = kDigitPairs[n * 2];
  } else {
    *--at = char('0' + n);
  }
  return end;
}

char* Writer::format_rounded(char* out, double h) { return format_number(out, std::round(h) / 100.0); }

char* Writer::format_zero(char* out, double h) {
  if (std::signbit(h)) *out++ = '-';
  std::memcpy(out, "0.0", 3);
  return out + 3;
}

void Writer::write_unsigned(uint32_t n) { pos_ = put_unsigned(room(10), n); }

Writer& Writer::start_end(uint32_t start, uint32_t end) {
  if (indent_ >= 0) return key("start").integer(start).key("end").integer(end);
  before_value();
  constexpr std::string_view kStart = "\"start\":", kEnd = ",\"end\":";
  char* at = room(kStart.size() + 10 + kEnd.size() + 10);
  std::memcpy(at, kStart.data(), kStart.size());
  at = put_unsigned(at + kStart.size(), start);
  std::memcpy(at, kEnd.data(), kEnd.size());
  pos_ = put_unsigned(at + kEnd.size(), end);
  return *this;
}

Writer& Writer::number(double x) {
  before_value();
  write_number(x);
  return *this;
}

Writer& Writer::boolean(bool b) {
  before_value();
  put(b ? std::string_view("true") : std::string_view("false"));
  return *this;
}

Writer& Writer::null() {
  before_value();
  put("null");
  return *this;
}

Writer& Writer::raw(std::string_view json) {
  before_value();
  put(json);
  return *this;
}

}  // namespace claimscope::json
