// Issue 4, "Output": every quote and reported claim carries its content
// span, its speaker index and the spans of the source mention and the cue,
// in the offset unit asked for. Text with emoji and names in other scripts,
// so that code points, UTF-16 units and bytes all differ.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "annotate.h"
#include "json_output.h"
#include "utf8.h"

using namespace claimscope;
using Json = nlohmann::ordered_json;

namespace {

const std::string kText =
    "📢 Transit chief Zoë Çelik said the 🚋 fleet would be replaced by 2030.\n\n"
    "“Ремонт начнётся весной,” said engineer Дмитрий Орлов. “Мы готовы.”\n\n"
    "“We will keep the old 🚋 line,” Çelik said.";

// The text as code points or UTF-16 units, sliced by the JSON's offsets and back to UTF-8.
std::string cut(const std::string& text, Unit unit, const Json& span) {
  REQUIRE(span.is_object());
  const size_t start = span["start"].get<size_t>(), end = span["end"].get<size_t>();
  REQUIRE(start <= end);
  std::string out;
  size_t at = 0;  // position in the unit
  for (size_t i = 0; i < text.size();) {
    const auto d = utf8::decode(text, i);
    const size_t width = unit == Unit::byte ? d.len : unit == Unit::utf16 ? (d.cp > 0xFFFF ? 2 : 1) : 1;
    if (at >= start && at + width <= end) out.append(text, i, d.len);
    at += width;
    i += d.len;
  }
  return out;
}

struct Seen {
  std::string kind, content, source, cue, speaker;
};

std::vector<Seen> claims_in(Unit unit) {
  const Json j = Json::parse(to_json(annotate(kText).doc, unit));
  std::vector<Seen> out;
  for (const Json& c : j["claims"]) {
    Seen s;
    s.kind = c["kind"].get<std::string>();
    s.content = cut(kText, unit, c);
    s.source = c["source"].is_null() ? "-" : cut(kText, unit, c["source"]);
    s.cue = c["cue"].is_null() ? "-" : cut(kText, unit, c["cue"]);
    s.speaker = c["speaker"].is_null() ? "-" : j["speakers"][c["speaker"].get<size_t>()]["name"].get<std::string>();
    out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("issue 4: claims carry content, source, cue and speaker index in every offset unit") {
  for (Unit unit : {Unit::code_point, Unit::utf16, Unit::byte}) {
    CAPTURE(unit_name(unit));
    const std::vector<Seen> got = claims_in(unit);
    REQUIRE(got.size() == 4);
    CHECK(got[0].kind == "reported");
    CHECK(got[0].content == "the 🚋 fleet would be replaced by 2030");
    CHECK(got[0].source == "Transit chief Zoë Çelik");
    CHECK(got[0].cue == "said");
    CHECK(got[0].speaker == "Zoë Çelik");
    CHECK(got[1].kind == "quote");
    CHECK(got[1].content == "“Ремонт начнётся весной,”");
    CHECK(got[1].source == "engineer Дмитрий Орлов");
    CHECK(got[1].cue == "said");
    CHECK(got[1].speaker == "Дмитрий Орлов");
    // The quotation after the cue's sentence continues its speaker: the same source and cue.
    CHECK(got[2].kind == "quote");
    CHECK(got[2].content == "“Мы готовы.”");
    CHECK(got[2].speaker == "Дмитрий Орлов");
    CHECK(got[3].content == "“We will keep the old 🚋 line,”");
    CHECK(got[3].source == "Çelik");
    CHECK(got[3].speaker == "Zoë Çelik");
  }
}

TEST_CASE("issue 4: a quote's claim indexes the quote, which carries the same spans and speaker") {
  const Json j = Json::parse(to_json(annotate(kText).doc, Unit::code_point));
  size_t quotes = 0;
  for (const Json& c : j["claims"]) {
    if (c["kind"] != "quote") {
      CHECK(c["quote"].is_null());
      continue;
    }
    ++quotes;
    const Json& q = j["quotes"][c["quote"].get<size_t>()];
    CHECK(q["start"] == c["start"]);
    CHECK(q["end"] == c["end"]);
    CHECK(q["speaker"] == c["speaker"]);
    CHECK(q["source"] == c["source"]);
    CHECK(q["cue"] == c["cue"]);
  }
  CHECK(quotes == j["quotes"].size());
  // Each speaker's mentions are spans of the text, one per naming, aliases merged.
  REQUIRE(j["speakers"].size() == 2);
  const Json& celik = j["speakers"][0];
  CHECK(celik["name"] == "Zoë Çelik");
  CHECK(celik["aliases"] == Json::array({"Çelik"}));
  REQUIRE(celik["mentions"].size() == 2);
  CHECK(cut(kText, Unit::code_point, celik["mentions"][0]) == "Transit chief Zoë Çelik");
  CHECK(cut(kText, Unit::code_point, celik["mentions"][1]) == "Çelik");
}
