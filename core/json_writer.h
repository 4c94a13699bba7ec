// A streaming JSON writer for the native tools' output: values go into a
// buffer as they come, with no tree of values built first (the batch CLI
// spent more than half its instructions building, dumping and freeing
// nlohmann::json trees). The bytes are those of
// nlohmann::ordered_json::dump(indent, ' ', false, error_handler_t::replace)
// for the same values, so the output did not change when the writer came
// (tests/unit/test_json_writer.cpp compares the two).
//
//   json::Writer w;
//   w.begin_object();
//   w.key("start").integer(3);
//   w.key("reasons").begin_array().string("short").end_array();
//   w.end_object();
//   std::string out = w.take();  // {"start":3,"reasons":["short"]}
#pragma once

#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace claimscope::json {

/// An object's key, known when the program is compiled and checked then to
/// need no escape (ASCII, no control character, quote or backslash), so the
/// writer copies it in one piece. It is kept as the bytes written, `"name":`,
/// in a buffer of fixed size, which the writer copies whole (two 16-byte
/// moves, no call to memcpy) and then advances by the key's length.
class Key {
 public:
  static constexpr size_t kRoom = 32;  // `"name":` with a name of up to 29 characters

  template <size_t N>
  consteval Key(const char (&name)[N]) : size_(uint8_t(N - 1 + 3)) {
    if (N - 1 + 3 > kRoom) throw "a key must be at most 29 characters";
    text_[0] = '"';
    for (size_t i = 0; i + 1 < N; ++i) {
      const char c = name[i];
      if (c < 0x20 || c == '"' || c == '\\' || c > 0x7E) throw "a key must need no escape";
      text_[i + 1] = c;
    }
    text_[N] = '"';
    text_[N + 1] = ':';
  }
  /// `"name":`, and after it zeros to kRoom bytes.
  const char* text() const { return text_; }
  size_t size() const { return size_; }
  std::string_view name() const { return std::string_view(text_ + 1, size_ - 3u); }

 private:
  char text_[kRoom] = {};
  uint8_t size_;
};

namespace detail {
// "00" to "99": two digits per lookup.
constexpr std::array<char, 200> make_digit_pairs() {
  std::array<char, 200> t{};
  for (int i = 0; i < 100; ++i) {
    t[size_t(2 * i)] = char('0' + i / 10);
    t[size_t(2 * i + 1)] = char('0' + i % 10);
  }
  return t;
}
inline constexpr std::array<char, 200> kDigitPairs = make_digit_pairs();

// The two digits of k < 100 as a 16-bit word, the first digit in its low byte.
inline uint64_t digit_pair(uint32_t k) {
  uint16_t pair;
  std::memcpy(&pair, kDigitPairs.data() + 2 * k, 2);
  return pair;
}

// put_unsigned for any n, by a loop (numbers of nine and ten digits).
char* put_unsigned_loop(char* out, uint32_t n);
}  // namespace detail

/// The digits of `n` at `out` (room for 10); past them returned. Inline: a
/// document's output has a few numbers per record (offsets and indexes,
/// mostly of one to five digits). Below 10^4 (and below 10^8), on a
/// little-endian target: the four (eight) digits with leading zeros in one
/// word, two digits per lookup, the leading zeros counted in it and shifted
/// out, and the word stored whole (the bytes past the digits are room that
/// the next write covers). No branch on the number's length: a record's
/// offsets cross 10^4 once in a document, but their lengths below it vary
/// from number to number, and the loop by length mispredicted about one
/// number in five. put_unsigned (below) is this; put_unsigned_inlined is
/// always inline, for the compact records' offsets, the most frequent
/// numbers (GCC emits put_unsigned out of line: a call at each site).
[[gnu::always_inline]] inline char* put_unsigned_inlined(char* out, uint32_t n) {
  if constexpr (std::endian::native == std::endian::little) {
    if (n < 10000) {
      uint32_t digits = uint32_t(detail::digit_pair(n / 100) | detail::digit_pair(n % 100) << 16);
      const int zeros = std::countr_zero((digits ^ 0x30303030u) | (1u << 24)) >> 3;  // at most three
      digits >>= 8 * zeros;
      std::memcpy(out, &digits, sizeof digits);
      return out + (4 - zeros);
    }
    if (n < 100000000) {
      const uint32_t high = n / 10000, low = n % 10000;
      uint64_t digits = detail::digit_pair(high / 100) | detail::digit_pair(high % 100) << 16 |
                        detail::digit_pair(low / 100) << 32 | detail::digit_pair(low % 100) << 48;
      const int zeros = std::countr_zero((digits ^ 0x3030303030303030ull) | (1ull << 56)) >> 3;  // at most seven
      digits >>= 8 * zeros;
      std::memcpy(out, &digits, sizeof digits);
      return out + (8 - zeros);
    }
  }
  return detail::put_unsigned_loop(out, n);
}
inline char* put_unsigned(char* out, uint32_t n) { return put_unsigned_inlined(out, n); }

class Writer {
 public:
  /// indent < 0: compact, on one line; otherwise one member or element per
  /// line, indented by `indent` spaces per level. The writer writes into
  /// `buffer`'s memory (its contents are dropped): a caller that writes many
  /// documents hands the string take() gave back, and allocates no more.
  explicit Writer(std::string buffer = {}, int indent = -1);

  /// Everything written, as one string; the writer is done with.
  std::string take();
  /// The same without cutting the string to it: its first `written` bytes
  /// are the JSON and the rest is room, zero-filled once, that the next
  /// writer given this string writes over without filling it again (a batch
  /// of documents: each document's writer grew its buffer, and zero-filled
  /// the growth, from the size the one before had cut it to).
  std::string take_with_room(size_t& written);

  Writer& begin_object();
  Writer& end_object();
  Writer& begin_array();
  Writer& end_array();
  /// The key of the next value, inside an object. Inline: a document has
  /// more keys than anything else, and each is then a few fixed-size stores.
  Writer& key(const Key& k) {
    before_value();
    char* at = room(Key::kRoom + 1);
    std::memcpy(at, k.text(), Key::kRoom);  // whole: a fixed size (what is past the key is written over)
    at += k.size();
    if (indent_ >= 0) *at++ = ' ';
    pos_ = at;
    after_key_ = true;
    return *this;
  }

  /// Quotes, backslashes and control characters are escaped (\n, \u001f,
  /// ...), every other character is written as it is (no \u escapes for
  /// non-ASCII: U+2028 stays raw). Each maximal ill-formed UTF-8 subsequence
  /// becomes one U+FFFD.
  Writer& string(std::string_view s);
  /// A string the caller knows needs no escape and is valid UTF-8 (the
  /// names of the core's tables: roles, claim kinds, evidence kinds,
  /// check-worthiness features; tests/unit/test_json_writer.cpp checks them
  /// all), copied in one piece without string()'s byte-by-byte scan.
  Writer& plain_string(std::string_view s) {
    before_value();
    char* at = room(s.size() + 2);
    *at++ = '"';
    std::memcpy(at, s.data(), s.size());
    at += s.size();
    *at++ = '"';
    pos_ = at;
    return *this;
  }
  Writer& integer(int64_t n);
  /// The two members "start" and "end" of an open object, as
  /// key("start").integer(start).key("end").integer(end) writes them. Compact,
  /// in one step: one room check and no call per key or number (a document's
  /// output has a pair for every span, more than anything else).
  Writer& start_end(uint32_t start, uint32_t end);
  /// The shortest digits that read back as the same double, laid out as
  /// nlohmann does ("0.25", "1.0", "1e-05", "-0.0"); NaN and the infinities
  /// as null. nlohmann finds its digits with Grisu2, which for a rare double
  /// gives one digit more than the shortest: such a double would differ in
  /// its last digits, never one with two decimals (scores, confidences).
  Writer& number(double x);
  /// x rounded to two decimals (half away from zero, as std::round), as
  /// number(std::round(x * 100) / 100) writes it: a score or confidence.
  Writer& hundredths(double x) {
    before_value();
    pos_ = format_hundredths(room(kNumberRoom), x);
    return *this;
  }
  Writer& boolean(bool b);
  Writer& null();
  /// A value that is JSON already (for example an input's "id", written by
  /// nlohmann), copied as it is.
  Writer& raw(std::string_view json);

  // Direct writing, for a caller that lays out records of fixed shape itself
  // (json_output.cpp's compact document: thousands of spans, each a call per
  // key, comma and number through the methods above). The caller writes the
  // record's punctuation and keys; the writer only checks room.
  bool compact() const { return indent_ < 0; }
  /// The comma before the next element or member, then room for `n` bytes
  /// at the returned place; write up to n bytes there and call advance_to.
  char* value_room(size_t n) {
    before_value();
    return room(n);
  }
  /// The same for an element of an open array in the compact layout (not
  /// after a key): its comma, stored always and passed over before the
  /// first element, with no branch and no call.
  char* element_room(size_t n) {
    char* at = room(n + 1);
    *at = ',';
    at += first_ ? 0 : 1;
    first_ = false;
    return at;
  }
  /// Room for `n` more bytes at the write position, with no comma.
  char* room_for(size_t n) { return room(n); }
  /// Past the bytes written at value_room or room_for's place.
  void advance_to(char* end) { pos_ = end; }
  /// A string as string() writes it, with no comma before it.
  void append_string(std::string_view s) { write_string(s); }
  /// A number as number() writes it, at `out` (kNumberRoom bytes of room);
  /// past it returned.
  static constexpr size_t kNumberRoom = 32;
  static char* format_number(char* out, double x);
  /// What hundredths(x) writes, at `out` (kNumberRoom bytes of room); past
  /// it returned. Inline, from the integer of hundredths (rounded half away
  /// from zero, as std::round; the difference of a double below 2^31 and
  /// its integer part is exact), written as "N.d" or "N.dd": no libm call
  /// and no second rounding in format_number. Beyond that range, and for
  /// NaN and the infinities, the general path.
  static char* format_hundredths(char* out, double x) {
    const double h = x * 100.0;
    if (!(h > -2147483647.0 && h < 2147483647.0)) return format_rounded(out, h);
    int64_t hundredths = int64_t(h);  // toward zero
    const double fraction = h - double(hundredths);
    hundredths += int64_t(fraction >= 0.5) - int64_t(fraction <= -0.5);
    if (hundredths <= 0) {
      if (hundredths == 0) return format_zero(out, h);
      *out++ = '-';
      hundredths = -hundredths;
    }
    const auto u = uint32_t(hundredths);
    if (u < 1000) *out++ = char('0' + u / 100);  // a score or confidence: one digit before the point
    else out = put_unsigned(out, u / 100);
    out[0] = '.';
    out[1] = char('0' + u % 100 / 10);
    out[2] = char('0' + u % 10);
    return out + (u % 10 != 0 ? 3 : 2);  // "1.0", "0.5", "0.25"
  }

 private:
  // The bytes go to buffer_[0, pos_): buffer_'s size is the room there is,
  // and a write checks it inline instead of calling std::string's append for
  // every comma and key. take() cuts the buffer to what was written.
  char* room(size_t n) {
    if (n > size_t(end_ - pos_)) grow(n);
    return pos_;
  }
  void put(char c) {
    *room(1) = c;
    ++pos_;
  }
  void put(std::string_view s) {
    std::memcpy(room(s.size()), s.data(), s.size());
    pos_ += s.size();
  }
  void grow(size_t n);
  // format_hundredths' rare cases: round(h) / 100 by format_number, and a
  // zero ("0.0", or "-0.0" for a negative h: round(-0.4) is -0.0).
  static char* format_rounded(char* out, double h);
  static char* format_zero(char* out, double h);
  template <class Integer>
  void write_integer(Integer n) {
    char* at = room(20);  // before to_chars reads the end: room() may move the buffer
    pos_ = std::to_chars(at, at + 20, n).ptr;
  }
  void write_unsigned(uint32_t n);
  void write_string(std::string_view s);
  void write_number(double x);
  // The comma and line break before an element or member.
  void before_value() {
    if (after_key_) {
      after_key_ = false;
    } else if (depth_ > 0) {
      if (!first_) put(',');
      first_ = false;
      if (indent_ >= 0) line_break();
    }
  }
  void open(char bracket);
  void close(char bracket);
  void line_break();

  std::string buffer_;
  char* pos_;
  char* end_;
  int indent_;
  int depth_ = 0;
  bool first_ = true;       // no element or member yet in the open container
  bool after_key_ = false;  // a key was written: its value follows directly
};

}  // namespace claimscope::json
