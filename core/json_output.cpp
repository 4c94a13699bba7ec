#include "json_output.h"

#include <cmath>

#include "annotate.h"
#include "checkworthy.h"

namespace claimscope {

namespace {

class Writer {
 public:
  Writer(const Document& doc, Unit unit) : map_(doc.text, unit) {}

  nlohmann::ordered_json span(const Span& s) const {
    if (s.empty()) return nullptr;
    return {{"start", map_(s.start)}, {"end", map_(s.end)}};
  }
  // Adds start/end of `s` to an existing object.
  void put(nlohmann::ordered_json& obj, const Span& s) const {
    obj["start"] = map_(s.start);
    obj["end"] = map_(s.end);
  }
  uint32_t length(const Document& doc) const { return map_(uint32_t(doc.text.size())); }

 private:
  OffsetMap map_;
};

nlohmann::ordered_json index_or_null(int32_t i) { return i == kNone ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(i); }

}  // namespace

nlohmann::ordered_json to_json(const Document& doc, Unit unit, bool include_text) {
  Writer w(doc, unit);
  nlohmann::ordered_json out;
  out["version"] = kFormatVersion;
  out["unit"] = unit_name(unit);
  out["length"] = w.length(doc);
  if (include_text) out["text"] = doc.text;
  out["warnings"] = doc.warnings;

  auto& paragraphs = out["paragraphs"] = nlohmann::ordered_json::array();
  for (const auto& p : doc.paragraphs) {
    nlohmann::ordered_json j;
    w.put(j, p.span);
    j["role"] = role_name(p.role);
    j["confidence"] = std::round(double(p.confidence) * 100.0) / 100.0;  // two decimals, as the JS API
    auto& reasons = j["reasons"] = nlohmann::ordered_json::array();
    for (std::string_view r : p.reasons) reasons.push_back(std::string(r));
    j["dateline"] = w.span(p.dateline);
    paragraphs.push_back(std::move(j));
  }

  auto& sentences = out["sentences"] = nlohmann::ordered_json::array();
  for (const auto& s : doc.sentences) {
    nlohmann::ordered_json j;
    w.put(j, s.span);
    j["paragraph"] = s.paragraph;
    j["checkworthy"] = std::round(double(s.checkworthy) * 100.0) / 100.0;  // two decimals, as the JS API
    auto& features = j["features"] = nlohmann::ordered_json::array();
    for (size_t b = 0; b < checkworthy_feature_count(); ++b) {
      if (s.features & (1u << b)) features.push_back(checkworthy_feature_name(b));
    }
    sentences.push_back(std::move(j));
  }

  auto& quotes = out["quotes"] = nlohmann::ordered_json::array();
  for (const auto& q : doc.quotes) {
    nlohmann::ordered_json j;
    w.put(j, q.span);
    j["speaker"] = index_or_null(q.speaker);
    j["source"] = w.span(q.source);
    j["cue"] = w.span(q.cue);
    j["paragraph"] = q.paragraph;
    j["group"] = index_or_null(q.group);
    j["scare"] = q.scare;
    j["unclosed"] = q.unclosed;
    quotes.push_back(std::move(j));
  }

  auto& claims = out["claims"] = nlohmann::ordered_json::array();
  for (const auto& c : doc.claims) {
    nlohmann::ordered_json j;
    w.put(j, c.span);
    j["kind"] = claim_kind_name(c.kind);
    j["speaker"] = index_or_null(c.speaker);
    if (!c.speakers.empty()) j["speakers"] = c.speakers;  // coordinated speakers only
    j["hedged"] = c.hedged;
    j["source"] = w.span(c.source);
    j["cue"] = w.span(c.cue);
    j["hedge"] = w.span(c.hedge);
    j["quote"] = index_or_null(c.quote);
    claims.push_back(std::move(j));
  }

  auto& speakers = out["speakers"] = nlohmann::ordered_json::array();
  for (const auto& sp : doc.speakers) {
    nlohmann::ordered_json j;
    j["name"] = sp.name;
    j["aliases"] = sp.aliases;
    auto& mentions = j["mentions"] = nlohmann::ordered_json::array();
    for (const auto& m : sp.mentions) mentions.push_back(w.span(m));
    speakers.push_back(std::move(j));
  }
  auto& evidence = out["evidence"] = nlohmann::ordered_json::array();
  for (const auto& e : doc.evidence) {
    nlohmann::ordered_json j;
    w.put(j, e.span);
    j["kind"] = evidence_kind_name(e.kind);
    evidence.push_back(std::move(j));
  }
  return out;
}

}  // namespace claimscope
