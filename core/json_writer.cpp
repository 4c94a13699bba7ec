#include "json_writer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace claimscope::json {

namespace {

// How append_string treats each byte: copied as it is, escaped, or the lead
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

// Whether any of the 8 bytes at `p` is not ASCII.
bool has_high_byte(const unsigned char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return (x & 0x8080808080808080ull) != 0;
}

void append_escape(std::string& out, unsigned char b) {
  switch (b) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char u[6] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 0xF]};
      out.append(u, 6);
    }
  }
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && !has_high_byte(s + i)) {
      i += 8;
    } else if (s[i] < 0x80) {
      ++i;
    } else {
      Sequence q = scan_sequence(s, i, n);
      if (!q.valid) return false;
      i += q.length;
    }
  }
  return true;
}

void append_string(std::string& out, std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  out += '"';
  size_t copied = 0;  // text[copied, i) is to be copied as it is
  size_t i = 0;
  while (i < n) {
    switch (kByteKind[s[i]]) {
      case kCopy:
        ++i;
        break;
      case kEscape:
        out.append(text.data() + copied, i - copied);
        append_escape(out, s[i]);
        copied = ++i;
        break;
      default: {
        Sequence q = scan_sequence(s, i, n);
        if (q.valid) {
          i += q.length;
          break;
        }
        out.append(text.data() + copied, i - copied);
        out += "\xEF\xBF\xBD";  // U+FFFD
        copied = i += q.length;
      }
    }
  }
  out.append(text.data() + copied, n - copied);
  out += '"';
}

void append_number(std::string& out, double x) {
  if (!std::isfinite(x)) {
    out += "null";
    return;
  }
  if (x == 0) {
    out += std::signbit(x) ? "-0.0" : "0.0";
    return;
  }
  // The shortest digits that read back as x, in scientific form: "-d.ddde+XX".
  char sci[32];
  const char* end = std::to_chars(sci, sci + sizeof sci, x, std::chars_format::scientific).ptr;
  const char* p = sci;
  if (*p == '-') {
    out += '-';
    ++p;
  }
  char digits[20];
  int count = 0;
  for (; *p != 'e'; ++p) {
    if (*p != '.') digits[count++] = *p;
  }
  int exponent = 0;
  std::from_chars(p + (p[1] == '+' ? 2 : 1), end, exponent);
  // nlohmann's layout: plain decimals while the point falls within 15 digits
  // of the first or 4 places after it, the exponent form otherwise.
  const int point = exponent + 1;  // position of the decimal point after the first digit
  if (count <= point && point <= 15) {  // ddd000.0
    out.append(digits, size_t(count));
    out.append(size_t(point - count), '0');
    out += ".0";
  } else if (0 < point && point <= 15) {  // dd.dd
    out.append(digits, size_t(point));
    out += '.';
    out.append(digits + point, size_t(count - point));
  } else if (-4 < point && point <= 0) {  // 0.000ddd
    out += "0.";
    out.append(size_t(-point), '0');
    out.append(digits, size_t(count));
  } else {  // d.ddde+XX, the exponent with at least two digits
    out += digits[0];
    if (count > 1) {
      out += '.';
      out.append(digits + 1, size_t(count - 1));
    }
    const int e = point - 1;
    out += e < 0 ? "e-" : "e+";
    const int magnitude = e < 0 ? -e : e;
    if (magnitude < 10) out += '0';
    append_integer(out, magnitude);
  }
}

void append_integer(std::string& out, int64_t n) {
  char buffer[24];
  const char* end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
  out.append(buffer, size_t(end - buffer));
}

void Writer::line_break() {
  out_ += '\n';
  out_.append(size_t(depth_ * indent_), ' ');
}

void Writer::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  if (!first_) out_ += ',';
  first_ = false;
  if (indent_ >= 0) line_break();
}

void Writer::close(char bracket) {
  --depth_;
  if (!first_ && indent_ >= 0) line_break();  // an empty container stays "{}" or "[]"
  out_ += bracket;
  first_ = false;  // the container is a value of its parent
}

Writer& Writer::begin_object() {
  before_value();
  out_ += '{';
  ++depth_;
  first_ = true;
  return *this;
}

Writer& Writer::end_object() {
  close('}');
  return *this;
}

Writer& Writer::begin_array() {
  before_value();
  out_ += '[';
  ++depth_;
  first_ = true;
  return *this;
}

Writer& Writer::end_array() {
  close(']');
  return *this;
}

Writer& Writer::key(std::string_view name) {
  before_value();
  append_string(out_, name);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
  return *this;
}

Writer& Writer::string(std::string_view s) {
  before_value();
  append_string(out_, s);
  return *this;
}

Writer& Writer::integer(int64_t n) {
  before_value();
  append_integer(out_, n);
  return *this;
}

Writer& Writer::number(double x) {
  before_value();
  append_number(out_, x);
  return *this;
}

Writer& Writer::boolean(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  return *this;
}

Writer& Writer::null() {
  before_value();
  out_ += "null";
  return *this;
}

Writer& Writer::raw(std::string_view json) {
  before_value();
  out_.append(json);
  return *this;
}

}  // namespace claimscope::json
