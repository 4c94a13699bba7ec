// A streaming JSON writer for the native tools' output: values are appended
// to a std::string as they come, with no tree of values built first (the
// batch CLI spent about half its time building, dumping and freeing
// nlohmann::json trees). The bytes are those of
// nlohmann::ordered_json::dump(indent, ' ', false, error_handler_t::replace)
// for the same values, so the output did not change when the writer came
// (tests/unit/test_json_writer.cpp compares the two).
//
//   std::string out;
//   json::Writer w(out);
//   w.begin_object();
//   w.key("start").integer(3);
//   w.key("reasons").begin_array();
//   w.string("short");
//   w.end_array();
//   w.end_object();  // out == R"({"start":3,"reasons":["short"]})"
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimscope::json {

/// Whether `s` is well-formed UTF-8: no overlong form, surrogate, code point
/// above U+10FFFF or cut sequence (exactly what utf8::repair leaves alone).
bool is_valid_utf8(std::string_view s);

/// Appends `s` as a JSON string: quotes, backslashes and control characters
/// escaped (\n, \u001f, ...), every other character as it is (no \u escapes
/// for non-ASCII, so U+2028 stays raw). Each maximal ill-formed UTF-8
/// subsequence becomes one U+FFFD.
void append_string(std::string& out, std::string_view s);

/// Appends a double in its shortest form that reads back as the same double,
/// laid out as nlohmann writes it ("0.25", "1.0", "1e-05", "-0.0"); NaN and
/// the infinities as null. nlohmann finds its digits with Grisu2, which
/// for a rare double is one digit longer than the shortest: such a double
/// would differ in its last digits, never a value with two decimals.
void append_number(std::string& out, double x);

/// Appends a whole number.
void append_integer(std::string& out, int64_t n);

class Writer {
 public:
  /// indent < 0: compact, on one line; otherwise one member or element per
  /// line, indented by `indent` spaces per level.
  explicit Writer(std::string& out, int indent = -1) : out_(out), indent_(indent) {}

  Writer& begin_object();
  Writer& end_object();
  Writer& begin_array();
  Writer& end_array();
  /// The key of the next value, inside an object.
  Writer& key(std::string_view name);

  Writer& string(std::string_view s);
  Writer& integer(int64_t n);
  Writer& number(double x);
  Writer& boolean(bool b);
  Writer& null();
  /// A value that is JSON already (for example an input's "id", written by nlohmann).
  Writer& raw(std::string_view json);

 private:
  void before_value();  // the comma and line break before an element or member
  void close(char bracket);
  void line_break();

  std::string& out_;
  int indent_;
  int depth_ = 0;
  bool first_ = true;       // no element or member yet in the open container
  bool after_key_ = false;  // a key was written: its value follows directly
};

}  // namespace claimscope::json
