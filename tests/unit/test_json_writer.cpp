// The JSON writer (core/json_writer.h) against nlohmann::json, whose bytes
// it promises: strings (escapes, raw non-ASCII, ill-formed UTF-8), numbers,
// nesting and indentation; and the document and the CLI's lines read back
// with nlohmann's parser.
#include <doctest/doctest.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "annotate.h"
#include "checkworthy.h"
#include "json_output.h"
#include "json_writer.h"
#include "jsonl.h"
#include "utf8.h"

using namespace claimscope;
using Json = nlohmann::ordered_json;

namespace {

std::string nlohmann_dump(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string written_string(std::string_view s) { return json::Writer().string(s).take(); }

std::string written_number(double x) { return json::Writer().number(x).take(); }

// Strings built from pieces that JSON escapes or UTF-8 decoders stumble on.
std::vector<std::string> hostile_strings() {
  const std::vector<std::string> pieces = {
      "plain words ", "\"", "\\", "/", "\b\f\n\r\t", std::string("\0", 1), "\x01\x1f\x7f", "é", "“quoted”",
      "\xE2\x80\xA8", "\xE2\x80\xA9", "😀", "\xFF", "\xC0\xAF", "\xC3", "\xE2\x82", "\xF0\x9F\x98",
      "\xED\xA0\x80", "\xED\xB0\x80", "\xF4\x90\x80\x80", "\xF5", "\x80\xBF", "\xE0\x80\x80", "\xF0\x80\x80\x80",
      "\xEF\xBB\xBF", "\xF4\x8F\xBF\xBF"};
  std::vector<std::string> out(pieces);
  std::mt19937 random(20261202);
  for (int k = 0; k < 3000; ++k) {
    std::string s;
    for (int n = int(random() % 12); n > 0; --n) s += pieces[random() % pieces.size()];
    out.push_back(s);
  }
  for (int k = 0; k < 3000; ++k) {  // any bytes at all
    std::string s;
    for (int n = int(random() % 10); n > 0; --n) s += char(random() % 256);
    out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("strings are written byte for byte as nlohmann writes them") {
  for (const auto& s : hostile_strings()) {
    CAPTURE(Json(utf8::repair(s).text).dump());
    REQUIRE(written_string(s) == nlohmann_dump(Json(s)));
  }
  CHECK(written_string("a\"b\\c\nd\x01") == R"("a\"b\\c\nd\u0001")");
  CHECK(written_string("\xE2\x80\xA8") == "\"\xE2\x80\xA8\"");                  // U+2028 stays raw
  CHECK(written_string("\xE0\x80" "A") == "\"\xEF\xBF\xBD\xEF\xBF\xBD" "A\"");  // E0 80 is no prefix: two
  CHECK(written_string("\xF0\x9F\x98" "A") == "\"\xEF\xBF\xBD" "A\"");          // a cut emoji: one
}

// Strings of up to 32 bytes go by a path of their own (two or four words
// that overlap, no call): at every length around it, each kind of byte at every
// place, and the bytes around a string (read by no path) never written.
TEST_CASE("short strings are written as nlohmann writes them, with any byte at any place") {
  const std::vector<std::string> odd = {"\"", "\\", std::string("\0", 1), "\x1f", "\x7f", "\x20", "\x21",
                                        "\x5b", "\x5d", "\xC3\xA9", "\xFF", "\x80", "\xE2\x80\x9D"};
  const std::string letters = "Ana Ruiz-Olmo, a body.sentence of the harbour board";
  for (size_t n = 0; n <= 40; ++n) {
    const std::string plain = letters.substr(0, n);
    CAPTURE(plain);
    REQUIRE(written_string(plain) == nlohmann_dump(Json(plain)));
    for (size_t at = 0; at <= n; ++at) {
      for (const std::string& o : odd) {
        const std::string s = plain.substr(0, at) + o + plain.substr(at);
        CAPTURE(Json(utf8::repair(s).text).dump());
        REQUIRE(written_string(s) == nlohmann_dump(Json(s)));
      }
    }
    if (n == 1 || n == 3 || n == 4 || n == 7 || n == 8 || n == 15 || n == 16 || n == 17 || n == 31 || n == 32) {
      for (size_t at = 0; at < n; ++at) {  // every byte value in every place
        for (int b = 0; b < 256; ++b) {
          std::string s = plain;
          s[at] = char(b);
          REQUIRE(written_string(s) == nlohmann_dump(Json(s)));
        }
      }
    }
    // Inside a longer buffer: a view of the middle of it, and a writer with
    // something before and after the string.
    const std::string around = "\"\\" + plain + "\x01\"";
    json::Writer w;
    w.begin_array().string(std::string_view(around).substr(2, n)).string("x").end_array();
    REQUIRE(w.take() == "[" + nlohmann_dump(Json(plain)) + ",\"x\"]");
  }
}

TEST_CASE("every table name written by plain_string needs no escape and reads as string() writes it") {
  std::vector<std::string_view> names;
  for (Role r : {Role::title, Role::subtitle, Role::byline, Role::dateline, Role::heading, Role::body, Role::caption,
                 Role::boilerplate}) {
    names.push_back(role_name(r));
  }
  for (ClaimKind k : {ClaimKind::quote, ClaimKind::reported}) names.push_back(claim_kind_name(k));
  for (EvidenceKind k : {EvidenceKind::number, EvidenceKind::quantity, EvidenceKind::money, EvidenceKind::percent,
                         EvidenceKind::date, EvidenceKind::time}) {
    names.push_back(evidence_kind_name(k));
  }
  for (size_t b = 0; b < checkworthy_feature_count(); ++b) names.push_back(checkworthy_feature_name(b));
  for (Unit u : {Unit::byte, Unit::code_point, Unit::utf16}) names.push_back(unit_name(u));
  CHECK(checkworthy_feature_count() > 5);
  for (std::string_view name : names) {
    CAPTURE(std::string(name));
    CHECK(!name.empty());
    CHECK(json::Writer().plain_string(name).take() == written_string(name));
    for (char c : name) CHECK((c >= 0x20 && c < 0x7F && c != '"' && c != '\\'));
  }
  json::Writer w;
  w.begin_array().plain_string("a").string("b").plain_string("c").end_array();
  CHECK(w.take() == R"(["a","b","c"])");
}

TEST_CASE("utf8::is_valid is true exactly where repair changes nothing") {
  for (const auto& s : hostile_strings()) {
    CAPTURE(Json(utf8::repair(s).text).dump());
    REQUIRE(utf8::is_valid(s) == (utf8::repair(s).replaced == 0));
  }
  CHECK(utf8::is_valid("Grüße, 世界 😀 — long enough to take the eight-byte steps"));
  CHECK_FALSE(utf8::is_valid("eight by\xFFtes"));
}

TEST_CASE("integers are written as nlohmann writes them, at every digit count and both sides of 32 bits") {
  std::vector<int64_t> values = {0, -1, std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max(),
                                 int64_t(UINT32_MAX), int64_t(UINT32_MAX) + 1, -int64_t(UINT32_MAX)};
  for (int64_t p = 1; p <= 10000000000LL; p *= 10) {
    for (int64_t v : {p - 1, p, p + 1, 2 * p - 1, 5 * p + 7, -p}) values.push_back(v);
  }
  std::mt19937 random(11);
  for (int i = 0; i < 2000; ++i) values.push_back(int64_t(random() >> (random() % 32)));
  for (int64_t v : values) {
    CAPTURE(v);
    json::Writer w;
    w.begin_array().integer(v).integer(v).end_array();
    REQUIRE(w.take() == nlohmann_dump(Json::array({v, v})));
  }
}

TEST_CASE("put_unsigned writes std::to_chars' digits at every length, leaving the room past them to the caller") {
  // Below 10^8 the digits come from one word with its leading zeros shifted
  // out; from 10^8 on, from the loop. Every length, each side of each power
  // of ten, every value below 10^5 and random ones.
  std::vector<uint32_t> values = {0, UINT32_MAX, UINT32_MAX - 1, 99999999, 100000000, 100000001};
  for (uint64_t p = 1; p <= 1000000000ULL; p *= 10) {
    for (uint64_t v : {p - 1, p, p + 1, 2 * p - 1, 9 * p + 9 * (p / 10)}) values.push_back(uint32_t(v));
  }
  for (uint32_t v = 0; v < 100000; ++v) values.push_back(v);
  std::mt19937 random(20261206);
  for (int i = 0; i < 20000; ++i) values.push_back(uint32_t(random() >> (random() % 32)));
  for (uint32_t v : values) {
    CAPTURE(v);
    char want[16], got[16];
    const char* want_end = std::to_chars(want, want + sizeof want, v).ptr;
    std::memset(got, 'x', sizeof got);
    const char* got_end = json::put_unsigned(got + 2, v);
    REQUIRE(std::string_view(got + 2, size_t(got_end - (got + 2))) == std::string_view(want, size_t(want_end - want)));
    REQUIRE(got[0] == 'x');  // nothing written before `out`
    REQUIRE(got[1] == 'x');
    REQUIRE(got_end <= got + 12);  // nor past the ten bytes of room
    REQUIRE(std::all_of(got + 12, got + sizeof got, [](char c) { return c == 'x'; }));
    char inlined[16];
    std::memset(inlined, 'x', sizeof inlined);
    const char* inlined_end = json::put_unsigned_inlined(inlined + 2, v);  // the records' always-inline copy
    REQUIRE(inlined_end - inlined == got_end - got);
    REQUIRE(std::memcmp(inlined, got, sizeof got) == 0);
  }
}

TEST_CASE("keys are written whole, the longest one a key may be too") {
  json::Writer w;
  w.begin_object().key("a").integer(1).key("abcdefghijklmnopqrstuvwxyz012").integer(2).end_object();
  CHECK(w.take() == R"({"a":1,"abcdefghijklmnopqrstuvwxyz012":2})");
  json::Writer pretty({}, 2);
  pretty.begin_object().key("start").integer(3).end_object();
  CHECK(pretty.take() == "{\n  \"start\": 3\n}");
  CHECK(json::Key("checkworthy").name() == "checkworthy");
}

TEST_CASE("numbers are written as nlohmann writes them") {
  // Every score and confidence the document holds: two decimals.
  for (int k = -20000; k <= 20000; ++k) {
    double x = k / 100.0;
    CAPTURE(x);
    REQUIRE(written_number(x) == nlohmann_dump(Json(x)));
  }
  for (double x : {0.0, -0.0, 1.0, 0.1, 1.0 / 3, 2.5e-4, 1e-5, 1.5e-7, 123456789012345.0, 1e15, 1.25e16, 1e300,
                   -1e-300, 5e-324, std::numeric_limits<double>::max()}) {
    CAPTURE(x);
    CHECK(written_number(x) == nlohmann_dump(Json(x)));
  }
  CHECK(written_number(std::nan("")) == "null");
  CHECK(written_number(-std::numeric_limits<double>::infinity()) == "null");
  CHECK(json::Writer().begin_array().integer(-9).integer(4294967295).end_array().take() == "[-9,4294967295]");
}

TEST_CASE("nesting and indentation match nlohmann, empty containers included") {
  Json tree = {{"a", 1}, {"empty", Json::object()}, {"none", Json::array()},
               {"list", {Json::array(), Json::object(), {{"x", nullptr}}, true, "s"}}};
  for (int indent : {-1, 0, 2, 4}) {
    json::Writer w({}, indent);
    w.begin_object();
    w.key("a").integer(1);
    w.key("empty").begin_object().end_object();
    w.key("none").begin_array().end_array();
    w.key("list").begin_array();
    w.begin_array().end_array();
    w.begin_object().end_object();
    w.begin_object().key("x").null().end_object();
    w.boolean(true).string("s");
    w.end_array();
    w.end_object();
    CAPTURE(indent);
    CHECK(w.take() == nlohmann_dump(tree, indent));
  }
  CHECK(json::Writer().begin_array().end_array().take() == "[]");
}

TEST_CASE("a writer reuses the memory it is given and grows past it") {
  std::string buffer = "old contents, longer than the next output";
  const char* memory = buffer.data();
  json::Writer w(std::move(buffer));
  w.begin_array().integer(1).end_array();
  std::string out = w.take();
  CHECK(out == "[1]");
  CHECK(out.data() == memory);  // written in place: no allocation
  std::string long_text(5000, 'x');
  json::Writer again(std::move(out));
  again.begin_array().string(long_text).string("\n").end_array();
  CHECK(again.take() == "[\"" + long_text + "\",\"\\n\"]");
}

TEST_CASE("the document's JSON reads back with a real parser, compact or indented") {
  const std::string text =
      "BERLIN — Prices rose 4% in May, the statistics office said on Tuesday.\n\n"
      "“We expect the rise to slow,” said Anna Weber, an economist at the bank. "
      "She added that wages could reportedly climb faster.\n";
  auto result = annotate(text);
  REQUIRE(result.ok());
  for (Unit unit : {Unit::code_point, Unit::utf16, Unit::byte}) {
    Json compact = Json::parse(to_json(result.doc, unit, true));
    Json indented = Json::parse(to_json(result.doc, unit, true, 2));
    CHECK(compact == indented);
    CHECK(compact["version"] == kFormatVersion);
    CHECK(compact["unit"] == unit_name(unit));
    CHECK(compact["text"] == text);
    CHECK(compact["paragraphs"].size() == result.doc.paragraphs.size());
    CHECK(compact["sentences"].size() == result.doc.sentences.size());
    CHECK(compact["quotes"].size() == result.doc.quotes.size());
    CHECK(compact["claims"].size() == result.doc.claims.size());
    CHECK(compact["speakers"].size() == result.doc.speakers.size());
    CHECK(compact["evidence"].size() == result.doc.evidence.size());
  }
  Json j = Json::parse(to_json(result.doc, Unit::byte));
  CHECK_FALSE(j.contains("text"));
  REQUIRE(!result.doc.quotes.empty());
  const auto& q = result.doc.quotes[0];
  CHECK(j["quotes"][0]["start"] == q.span.start);
  CHECK(j["quotes"][0]["end"] == q.span.end);
  REQUIRE(!result.doc.speakers.empty());
  CHECK(j["speakers"][0]["name"] == result.doc.speakers[0].name);
  // Keys in the order docs/format.md gives.
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"version", "unit", "length", "warnings", "paragraphs", "sentences", "quotes",
                                         "claims", "speakers", "evidence"});
}

TEST_CASE("the compact document's records are byte for byte the indented document's, as nlohmann writes it compact") {
  // Compact output lays out its records itself (json_output.cpp, compact::
  // Records); the indented one goes through the writer's general methods.
  // Every field's edge: empty spans, kNone and other indexes, coordinated
  // speakers, both booleans, scores at 0, 1, ties, negative and NaN, all
  // features, several reasons, escapes, ten-digit offsets, offsets inside a
  // character and past the end.
  Document doc;
  doc.text = "A \u201cquoted\u201d caf\u00e9 \U0001F600 text, said Ann.\n";
  doc.warnings = {"a \"warning\""};
  Paragraph p;
  p.span = {0, uint32_t(doc.text.size())};
  p.confidence = 0.125f;
  p.reasons = {"first", "with \"quote\"", "third"};
  p.dateline = {0, 1};
  doc.paragraphs = {p, Paragraph{}};
  Sentence s1, s2, s3;
  s1.span = {3, 9};  // 3 is inside the opening quotation mark
  s1.checkworthy = 1.0f;
  s1.features = ~0u;
  s2.span = {4000000000u, 4294967295u};
  s2.checkworthy = -0.004f;  // rounds to -0.0
  s2.paragraph = 1;
  s3.checkworthy = std::numeric_limits<float>::quiet_NaN();
  s3.features = 0b101;
  doc.sentences = {s1, s2, s3};
  Quote q1, q2;
  q1.span = {2, 14};
  q1.speaker = 0;
  q1.source = {40, 43};
  q1.cue = {35, 39};
  q1.group = 7;
  q1.scare = true;
  q2.unclosed = true;
  q2.paragraph = 123456;
  doc.quotes = {q1, q2};
  Claim c1, c2;
  c1.span = {2, 14};
  c1.kind = ClaimKind::quote;
  c1.speaker = 0;
  c1.speakers = {0, 1, 2147483647};
  c1.hedged = true;
  c1.hedge = {5, 6};
  c1.quote = 0;
  c2.speaker = -5;
  c2.speakers = {-5};
  doc.claims = {c1, c2};
  Speaker ann;
  ann.name = "Ann \"the\\ one\"";
  ann.aliases = {"Ann", "A\nB"};
  ann.mentions = {{40, 43}, {}, {1, 100}};
  doc.speakers = {ann, Speaker{}};
  doc.evidence = {{{20, 24}, EvidenceKind::money}, {{0, 0}, EvidenceKind::time}};
  for (Unit unit : {Unit::code_point, Unit::utf16, Unit::byte}) {
    for (bool text : {false, true}) {
      const std::string compact = to_json(doc, unit, text);
      CHECK(compact == nlohmann_dump(Json::parse(to_json(doc, unit, text, 2))));
      CHECK(compact == nlohmann_dump(Json::parse(to_json(doc, unit, text, 0))));
    }
  }
  // And annotated articles, the shapes the CLI writes.
  for (const char* text : {"BERLIN — Prices rose 4% in May, the statistics office said on Tuesday.\n\n"
                           "“We expect the rise to slow,” said Anna Weber and Tom Li, economists at the bank. "
                           "She added that wages could reportedly climb faster.\n",
                           "", "Title\n\nBy Someone\n\n“Unclosed quote, he said.\n"}) {
    auto result = annotate(text);
    REQUIRE(result.ok());
    for (Unit unit : {Unit::code_point, Unit::utf16, Unit::byte}) {
      CHECK(to_json(result.doc, unit) == nlohmann_dump(Json::parse(to_json(result.doc, unit, false, 2))));
    }
  }
}

TEST_CASE("scores are written with the digits of round(x * 100) / 100 at every hundredth, tie and edge") {
  // Both layouts write a score by json::Writer::format_hundredths, which
  // computes its hundredths once, as an integer: it must give the digits of
  // std::round and format_number (nlohmann's) for any float, in and outside
  // 0..1.
  std::vector<float> scores;
  for (int k = -2000; k <= 22000; ++k) scores.push_back(float(k) / 10000.0f);  // every ten-thousandth
  for (int k = -300; k <= 300; ++k) scores.push_back(float(k) * 0.005f + 0.0f);  // ties near half a hundredth
  for (int k = -300; k <= 300; ++k) scores.push_back(std::nextafter(float(k) * 0.005f, 1.0f));
  for (int k = -300; k <= 300; ++k) scores.push_back(std::nextafter(float(k) * 0.005f, -1.0f));
  for (float x : {0.0f, -0.0f, 1e-40f, -1e-40f, 0.004999f, 0.005f, -0.005f, 0.995f, 0.9951f,
                  9.99f, 9.994f, 9.995f, 9.996f, 10.0f, 10.004f, -9.995f, 99.99f,  // one digit before the point, then two
                  21474836.0f, 21474837.0f,
                  -21474837.0f, 3e9f, -3e9f, 1e30f, std::numeric_limits<float>::max(), -std::numeric_limits<float>::max(),
                  std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity(),
                  std::numeric_limits<float>::quiet_NaN()}) {
    scores.push_back(x);
  }
  Document doc;
  doc.text = "Short.";
  for (float x : scores) {
    Sentence s;
    s.span = {0, 6};
    s.checkworthy = x;
    doc.sentences.push_back(s);
    Paragraph p;
    p.span = {0, 6};
    p.confidence = -x;
    doc.paragraphs.push_back(p);
  }
  const std::string compact = to_json(doc, Unit::code_point, false);
  CHECK(compact == nlohmann_dump(Json::parse(to_json(doc, Unit::code_point, false, 2))));
  // And each score as format_number writes the rounded double.
  const Json parsed = Json::parse(compact);
  for (size_t i = 0; i < scores.size(); ++i) {
    char want[json::Writer::kNumberRoom];
    const double rounded = std::round(double(scores[i]) * 100.0) / 100.0;
    const std::string digits(want, json::Writer::format_number(want, rounded));
    CAPTURE(scores[i]);
    CHECK(parsed["sentences"][i]["checkworthy"].dump() == (digits == "null" ? "null" : Json::parse(digits).dump()));
    CHECK(compact.find("\"checkworthy\":" + digits + ",") != std::string::npos);
  }
}

TEST_CASE("a JSON line keeps its id of any type and replaces the previous output") {
  cli::JsonlOptions options;
  std::string out = "left over from the line before";
  cli::process_line(R"({"id": {"n": [1, 2.5]}, "text": "The mayor said the bridge will open in June."})", options, out);
  Json j = Json::parse(out);
  CHECK(j["id"] == Json::parse(R"({"n": [1, 2.5]})"));
  CHECK(j.begin().key() == "id");
  CHECK(j["sentences"].size() == 1);

  options.include_text = true;
  cli::process_line("{\"id\": 7, \"text\": \"bad \xFF byte\"}", options, out);  // repaired, not refused
  j = Json::parse(out);
  CHECK(j["id"] == 7);
  CHECK(j["text"] == "bad \xEF\xBF\xBD byte");

  cli::process_line(R"({"id": "x"})", options, out);
  CHECK(out == R"({"id":"x","error":"missing string field \"text\""})");
  cli::process_line("not json", options, out);
  CHECK(out == R"({"id":null,"error":"line is not valid JSON"})");
}

TEST_CASE("start_end writes the two members as key() and integer() do, compact or indented") {
  const uint32_t values[] = {0, 7, 9, 10, 99, 100, 12345, 999999999, 1000000000, 4294967295u};
  for (int indent : {-1, 2}) {
    for (uint32_t start : values) {
      for (uint32_t end : values) {
        json::Writer a({}, indent), b({}, indent);
        a.begin_array().begin_object().start_end(start, end).key("k").null().end_object();
        a.begin_object().key("k").null().start_end(start, end).end_object().end_array();
        b.begin_array().begin_object().key("start").integer(start).key("end").integer(end).key("k").null().end_object();
        b.begin_object().key("k").null().key("start").integer(start).key("end").integer(end).end_object().end_array();
        CAPTURE(indent);
        CAPTURE(start);
        CAPTURE(end);
        CHECK(a.take() == b.take());
      }
    }
  }
}

TEST_CASE("take_with_room keeps the room past what was written for the next writer") {
  json::Writer first;
  first.begin_array();
  for (int i = 0; i < 300; ++i) first.integer(i);
  first.end_array();
  size_t written = 0;
  std::string buffer = first.take_with_room(written);
  const std::string expected_first = [] {
    json::Writer w;
    w.begin_array();
    for (int i = 0; i < 300; ++i) w.integer(i);
    return w.end_array().take();
  }();
  REQUIRE(written <= buffer.size());
  CHECK(buffer.substr(0, written) == expected_first);
  // A shorter output written over it: the same memory, no growth.
  const char* memory = buffer.data();
  const size_t room = buffer.size();
  json::Writer second(std::move(buffer));
  second.begin_object().key("a").string("b").end_object();
  buffer = second.take_with_room(written);
  CHECK(buffer.data() == memory);
  CHECK(buffer.size() == room);
  CHECK(buffer.substr(0, written) == R"({"a":"b"})");
}
