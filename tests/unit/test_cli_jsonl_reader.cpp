// The batch mode's reader of JSON lines (cli::read_record): what it accepts
// must be what nlohmann's parser finds, and what it is unsure of it leaves to
// that parser.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "jsonl.h"
#include "utf8.h"

using namespace claimscope;
using Json = nlohmann::ordered_json;

namespace {

// The reader both ways (sixteen-byte SSE2 steps where the target has them,
// and the portable eight-byte steps of other targets): the same answer and
// the same fields, which are the wide reader's.
bool read_both(std::string_view line, cli::RecordFields& fields) {
  cli::RecordFields portable, by_default;
  const bool read = cli::read_record(line, fields, cli::ReaderSteps::wide);
  INFO(line);
  REQUIRE(cli::read_record(line, portable, cli::ReaderSteps::portable) == read);
  REQUIRE(cli::read_record(line, by_default) == read);  // as the batch mode calls it
  if (read) {
    REQUIRE(portable.text == fields.text);
    REQUIRE(portable.id == fields.id);
    REQUIRE(by_default.text == fields.text);
  }
  return read;
}

// When the reader accepts a line, the full parser must read the same record
// from it: an object whose "text" is the same string and whose "id" is the
// same value (null when there is none).
void check_agrees(const std::string& line) {
  cli::RecordFields fields;
  if (!read_both(line, fields)) return;
  Json record = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  INFO(line);
  REQUIRE(utf8::is_valid(line));  // the reader checks the line's UTF-8 as it reads it
  REQUIRE(!record.is_discarded());
  REQUIRE(record.is_object());
  REQUIRE(record.contains("text"));
  CHECK(record["text"] == fields.text);
  const Json id = record.contains("id") ? record["id"] : Json(nullptr);
  CHECK(id == (fields.id.empty() ? Json(nullptr) : Json::parse(fields.id)));
}

bool reads(const std::string& line) {
  cli::RecordFields fields;
  return read_both(line, fields);
}

}  // namespace

TEST_CASE("the record reader unescapes the text and keeps the id's JSON as written") {
  cli::RecordFields fields;
  REQUIRE(read_both(R"({"id": "a-7", "text": "Line one.\n\"Two,\" she said \u2014 caf\u00e9 \ud83d\ude00 a\/b\\c\t."})",
                           fields));
  CHECK(fields.id == R"("a-7")");
  CHECK(fields.text == "Line one.\n\"Two,\" she said \u2014 caf\u00e9 \U0001F600 a/b\\c\t.");

  REQUIRE(read_both(R"(  { "text" : "x" , "id" : { "n" : [ 1 , -0.5e+3 , true , null , [] , {} ] } }  )", fields));
  CHECK(fields.id == R"({ "n" : [ 1 , -0.5e+3 , true , null , [] , {} ] })");
  CHECK(fields.text == "x");

  REQUIRE(read_both(R"({"text": "", "meta": {"quotes": [{"start": 0, "end": 12}], "score": 0.75}})", fields));
  CHECK(fields.id.empty());
  CHECK(fields.text.empty());

  REQUIRE(read_both(std::string("{\"text\": \"nul \\u0000 kept\"}"), fields));
  CHECK(fields.text == std::string("nul \0 kept", 10));
}

TEST_CASE("the record reader leaves what it is unsure of to the full parser") {
  const std::vector<std::string> refused = {
      R"({"text": "a",})", R"({"text": "a" "id": 1})", R"({"text": "\ud800"})", R"({"text": "\udc00 alone"})",
      R"({"text": "\ud800\u0041"})", R"({"text": "\x"})", R"({"text": "\u12G4"})", "{\"text\": \"tab\there\"}",
      R"({"text": "a", "n": 01})", R"({"text": "a", "n": 1.})", R"({"text": "a", "n": .5})", R"({"text": "a", "n": 1e})",
      R"({"text": "a", "n": -})", R"({"text": "a", "n": tru})", R"({"text": "a", "n": [1,]})", R"({"text": "a", "n": {"k"}})",
      R"({"text": "a", "n": {"k": 1,}})", R"({"text": "a"} x)", R"({"text": "a", "n": 1e999})", R"([{"text": "a"}])",
      R"("text")", R"({"text": 5})", R"({"id": 1})", R"({})", R"({"text": "a", "text": "b"})",
      R"({"id": 1, "id": 2, "text": "a"})", R"({"t\u0065xt": "a"})", "\xEF\xBB\xBF{\"text\": \"after a BOM\"}",
      R"({"text": "unclosed)", R"({"text": "a", "n": [[[[)", "", "{", R"({"text": "a", "n": 123456789012345678901234567890e400})"};
  for (const std::string& line : refused) {
    INFO(line);
    CHECK(!reads(line));
  }
  // A number that overflows only as a double: refused above; a long one that a
  // double holds is read, as nlohmann reads it.
  CHECK(reads(R"({"text": "a", "n": 123456789012345678901234567890, "m": 1e308, "k": -0})"));
}

TEST_CASE("the record reader skips values nested far deeper than a stack would allow") {
  const size_t depth = 100000;
  std::string line = R"({"text": "deep", "n": )" + std::string(depth, '[') + std::string(depth, ']') + "}";
  CHECK(reads(line));
  check_agrees(line);
  CHECK(!reads(R"({"text": "deep", "n": )" + std::string(depth, '[') + "}"));
  CHECK(!reads(R"({"text": "deep", "n": )" + std::string(depth, '{')));
}

TEST_CASE("every line the record reader accepts, the full parser reads the same (mutated lines)") {
  const std::vector<std::string> seeds = {
      R"({"id": "k-1", "text": "The mayor said \"no\".\n\nShe left \u00e9 \ud83d\ude00.", "tags": ["a", 1, 2.5e-3, true, false, null], "m": {"x": {"y": []}}})",
      R"({"text": "Short.", "id": 12345, "quotes": [{"start": 0, "end": 6, "speaker": null}]})",
      R"( {"id":{"n":[-1,0.5]},"text":"a\/b\\c\t\r\b\f"} )",
  };
  const std::string alphabet = R"({}[],:"\ u0123456789abcdefABCDEF.eE+-tnrl)";
  std::mt19937 rng(20261205);
  for (const std::string& seed : seeds) {
    check_agrees(seed);
    CHECK(reads(seed));
    for (int round = 0; round < 3000; ++round) {
      std::string line = seed;
      const int edits = 1 + int(rng() % 3);
      for (int e = 0; e < edits && !line.empty(); ++e) {
        const size_t at = rng() % line.size();
        const char c = alphabet[rng() % alphabet.size()];
        switch (rng() % 3) {
          case 0: line[at] = c; break;
          case 1: line.insert(line.begin() + long(at), c); break;
          default: line.erase(at, 1); break;
        }
      }
      check_agrees(line);
    }
  }
}

TEST_CASE("a JSON line's output is the same whichever reader took it") {
  cli::JsonlOptions options;
  std::string fast, slow;
  // The same record, once as the reader takes it and once with an escaped
  // key, which it leaves to nlohmann.
  const std::vector<std::pair<std::string, std::string>> ids = {
      {R"("plain")", R"("plain")"}, {R"("caf\u00e9 \"q\"")", R"("café \"q\"")"}, {"7", "7"}, {"2.50", "2.5"},
      {"-0", "0"}, {R"({"n": [1, 2.5]})", R"({"n":[1,2.5]})"}, {"null", "null"}};
  for (const auto& pair : ids) {
    const std::string& id = pair.first;  // (not a structured binding: clang cannot capture one in INFO's lambda)
    const std::string& written = pair.second;
    INFO(id);
    cli::process_line(R"({"id": )" + id + R"(, "text": "The mayor said the bridge will open in June."})", options, fast);
    cli::process_line(R"({"id": )" + id + R"(, "t\u0065xt": "The mayor said the bridge will open in June."})", options,
                      slow);
    CHECK(fast == slow);
    CHECK(fast.rfind(R"({"id":)" + written + ",", 0) == 0);
  }
  cli::process_line(R"({"text": "No id here."})", options, fast);
  CHECK(fast.rfind(R"({"id":null,)", 0) == 0);
  cli::process_line(R"({"id": 3, "text": "a", "text": 4})", options, fast);
  CHECK(fast == R"({"id":3,"error":"missing string field \"text\""})");
  cli::process_line(R"({"id": 3, "text": "a", "n": 1e999})", options, fast);
  CHECK(fast == R"({"id":null,"error":"line is not valid JSON"})");
}

TEST_CASE("the record reader finds a quote, backslash or control byte at any place in a step of eight or sixteen") {
  for (size_t n = 0; n < 48; ++n) {
    const std::string before(n, 'a'), after(47 - n, 'b');
    cli::RecordFields fields;
    INFO(n);
    REQUIRE(read_both(R"({"text": ")" + before + R"(\n)" + after + R"("})", fields));
    CHECK(fields.text == before + "\n" + after);
    REQUIRE(read_both(R"({"text": ")" + before + R"("})", fields));
    CHECK(fields.text == before);
    REQUIRE(read_both(R"({"text": ")" + before + "\u00e9\u201c" + after + R"("})", fields));
    CHECK(fields.text == before + "\u00e9\u201c" + after);
    CHECK(!reads(R"({"text": ")" + before + "\x1f" + after + R"("})"));
    CHECK(!reads(R"({"text": ")" + before + "\n" + after + R"("})"));
    CHECK(!reads(R"({"text": ")" + before + after));
  }
}

TEST_CASE("numbers of every length are read whole, whatever byte follows them") {
  // The digits are skipped eight at a time: each length to 20 digits, at
  // each place of an eight-byte step, followed by bytes a number may be
  // followed by in valid JSON and by bytes that make the line invalid.
  for (size_t pad = 0; pad < 8; ++pad) {
    for (size_t n = 1; n <= 20; ++n) {
      std::string digits = "1";
      for (size_t i = 1; i < n; ++i) digits += char('0' + (i * 7) % 10);
      for (const char* after : {"}", " }", "\t}", ".5}", "e3}", "E+12}", "x}", "/}", ":}", "\xC3\xA9}", ", \"n\": 1}"}) {
        const std::string line = "{\"text\": \"t\", \"" + std::string(pad, 'k') + "\": " + digits + after;
        CAPTURE(line);
        cli::RecordFields fields;
        CHECK(read_both(line, fields) == nlohmann::json::accept(line));
      }
    }
  }
}

namespace {

// Bytes that are not UTF-8, one kind each: a lone continuation, a lead
// without its continuations, overlong forms of '/' and of U+0000, a
// surrogate (U+D800, U+DFFF), past U+10FFFF, bytes never used (C0, F5, FF),
// a 4-byte lead with two continuations only.
const std::vector<std::string>& bad_sequences() {
  static const std::vector<std::string> bad = {
      "\x80", "\xBF", "\xC3", "\xE2\x80", "\xC0\xAF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", "\xC1\x80",
      "\xED\xA0\x80", "\xED\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xC0", "\xF0\x9F\x98"};
  return bad;
}

}  // namespace

TEST_CASE("the record reader refuses a byte that is not UTF-8 anywhere in the line, at any place in a step") {
  for (const std::string& bad : bad_sequences()) {
    for (size_t n = 0; n < 20; ++n) {
      const std::string pad(n, 'a');
      const std::vector<std::string> lines = {
          R"({"text": ")" + pad + bad + R"( and more words"})",             // in the text
          R"({"text": ")" + pad + "\xC3\xA9" + bad + "\xE2\x80\x9C" + R"("})",  // between good characters
          R"({"text": ")" + pad + bad + R"("})",                            // just before the closing quote
          R"({"id": ")" + pad + bad + R"(", "text": "t"})",                 // in the id
          R"({"text": "t", ")" + pad + bad + R"(": 1})",                    // in another key
          R"({"text": "t", "n": [")" + pad + bad + R"("]})",                // in a nested value
          R"({"text": "t")" + pad + bad + "}",                               // outside any string
          R"({"text": ")" + pad + bad,                                       // at the line's end, unclosed
      };
      for (const std::string& line : lines) {
        CAPTURE(line);
        CHECK(!reads(line));
        // Repaired, the same line is valid UTF-8: read exactly when nlohmann reads it.
        const std::string repaired = utf8::repair(line).text;
        check_agrees(repaired);
      }
    }
  }
}

TEST_CASE("a line with bytes that are not UTF-8 gives the output of the line repaired first") {
  // Before the reader checked UTF-8 itself, process_line repaired a line that
  // failed utf8::is_valid and then read it: the output of a bad line must
  // stay that of its repaired copy, in and outside the text string.
  cli::JsonlOptions options;
  std::string got, want;
  for (const std::string& bad : bad_sequences()) {
    const std::vector<std::string> lines = {
        R"({"id": "b1", "text": "The mayor said)" + bad + R"( the bridge will open \u2014 in June."})",
        R"({"id": "b2)" + bad + R"(", "text": "She said: \"We will build it.\""})",
        R"({"id": "b3", "text": "Short.", "meta": ")" + bad + R"("})",
        R"({"id": "b4", "text": "Short."})" + bad,
        bad + R"({"id": "b5", "text": "Short."})",
        R"({"id": "b6", "t\u0065xt": "Escaped key, then)" + bad + R"("})",
        R"({"id": "b7", "text": "Cut at the end )" + bad,
    };
    for (const std::string& line : lines) {
      CAPTURE(line);
      cli::process_line(line, options, got);
      cli::process_line(utf8::repair(line).text, options, want);
      CHECK(got == want);
    }
  }
  // In the text, a bad byte is one U+FFFD, not the line's loss.
  cli::process_line("{\"id\": 1, \"text\": \"Bad \xC3 byte.\"}", options, got);
  CHECK(got.rfind("{\"id\":1,\"version\":", 0) == 0);
  options.include_text = true;
  cli::process_line("{\"id\": 1, \"text\": \"Bad \xC3 byte.\"}", options, got);
  CHECK(got.find("\"text\":\"Bad \xEF\xBF\xBD byte.\"") != std::string::npos);
  CHECK(got.find("\"warnings\":[]") != std::string::npos);  // the line was repaired, not the text
}

TEST_CASE("the record reader takes every well-formed character beyond ASCII, alone and in runs") {
  // One of each length and the edges of the ranges valid_length tells apart.
  const std::vector<std::string> good = {"\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xE1\x80\x80", "\xEC\xBF\xBF",
                                         "\xED\x9F\xBF", "\xEE\x80\x80", "\xEF\xBF\xBF", "\xF0\x90\x80\x80",
                                         "\xF3\xBF\xBF\xBF", "\xF4\x8F\xBF\xBF", "\xD0\x96\xD0\xB8\xD0\xB2"};
  for (const std::string& c : good) {
    for (size_t n = 0; n < 20; ++n) {
      const std::string pad(n, 'a');
      const std::string text = pad + c + "\\n" + c + c + "x";
      const std::string line = R"({"id": ")" + c + R"(", "text": ")" + text + R"(", ")" + c + R"(": [")" + c + R"("]})";
      CAPTURE(line);
      cli::RecordFields fields;
      REQUIRE(read_both(line, fields));
      CHECK(fields.text == pad + c + "\n" + c + c + "x");
      CHECK(fields.id == "\"" + c + "\"");
      check_agrees(line);
    }
  }
}

TEST_CASE("lines of random bytes, high ones too: what the reader takes, nlohmann reads the same") {
  const std::string seed = R"({"id": "k\u00e9", "text": "A \u201cquote\u201d \u2014 caf)" "\xC3\xA9" R"( \ud83d\ude00", "m": [")" "\xE2\x80\x9C" R"("]})";
  const std::vector<std::string> pieces = {"\x80", "\xC3", "\xC3\xA9", "\xE2\x80\x9C", "\xED\xA0\x80", "\xF0\x9F\x98\x80",
                                           "\xF0\x9F", "\xC0\xAF", "\xFF", "\"", "\\", "a", " "};
  std::mt19937 rng(20261206);
  CHECK(reads(seed));
  for (int round = 0; round < 4000; ++round) {
    std::string line = seed;
    const int edits = 1 + int(rng() % 3);
    for (int e = 0; e < edits && !line.empty(); ++e) {
      const size_t at = rng() % line.size();
      const std::string& piece = pieces[rng() % pieces.size()];
      if (rng() % 2 == 0) line.insert(at, piece);
      else line.replace(at, 1, piece);
    }
    check_agrees(line);
    if (!utf8::is_valid(line)) CHECK(!reads(line));
  }
}
