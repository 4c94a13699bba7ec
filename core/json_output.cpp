#include "json_output.h"

#include <bit>
#include <cmath>

#include "annotate.h"
#include "checkworthy.h"

namespace claimscope {

namespace {

// The writer with the document's offsets mapped to the output unit.
class DocumentWriter {
 public:
  DocumentWriter(json::Writer& w, const Document& doc, Unit unit) : w_(w), map_(doc.text, unit) {}

  // {"start", "end"}, or null for an empty span.
  void span(const Span& s) {
    if (s.empty()) {
      w_.null();
      return;
    }
    w_.begin_object();
    start_end(s);
    w_.end_object();
  }
  // The "start" and "end" members of an open object.
  void start_end(const Span& s) {
    w_.start_end(map_(s.start), map_(s.end));
  }
  void index_or_null(int32_t i) {
    if (i == kNone) w_.null();
    else w_.integer(i);
  }
  // A score of 0..1 with two decimals, as the JS API gives it.
  void score(float x) { w_.number(std::round(double(x) * 100.0) / 100.0); }
  template <class Strings>
  void strings(const Strings& list) {
    w_.begin_array();
    for (std::string_view s : list) w_.string(s);
    w_.end_array();
  }
  uint32_t length(const Document& doc) const { return map_(uint32_t(doc.text.size())); }

 private:
  json::Writer& w_;
  OffsetMap map_;
};

}  // namespace

void write_document_members(json::Writer& w, const Document& doc, Unit unit, bool include_text) {
  DocumentWriter d(w, doc, unit);
  w.key("version").integer(kFormatVersion);
  w.key("unit").plain_string(unit_name(unit));
  w.key("length").integer(d.length(doc));
  if (include_text) w.key("text").string(doc.text);
  w.key("warnings");
  d.strings(doc.warnings);

  w.key("paragraphs").begin_array();
  for (const auto& p : doc.paragraphs) {
    w.begin_object();
    d.start_end(p.span);
    w.key("role").plain_string(role_name(p.role));
    w.key("confidence");
    d.score(p.confidence);
    w.key("reasons");
    d.strings(p.reasons);
    w.key("dateline");
    d.span(p.dateline);
    w.end_object();
  }
  w.end_array();

  const size_t feature_count = checkworthy_feature_count();
  const uint32_t feature_bits = feature_count >= 32 ? ~0u : (1u << feature_count) - 1;
  w.key("sentences").begin_array();
  for (const auto& s : doc.sentences) {
    w.begin_object();
    d.start_end(s.span);
    w.key("paragraph").integer(s.paragraph);
    w.key("checkworthy");
    d.score(s.checkworthy);
    w.key("features").begin_array();
    // The set bits only, lowest first: a sentence fires a few of the features.
    for (uint32_t f = s.features & feature_bits; f != 0; f &= f - 1) {
      w.plain_string(checkworthy_feature_name(size_t(std::countr_zero(f))));
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();

  w.key("quotes").begin_array();
  for (const auto& q : doc.quotes) {
    w.begin_object();
    d.start_end(q.span);
    w.key("speaker");
    d.index_or_null(q.speaker);
    w.key("source");
    d.span(q.source);
    w.key("cue");
    d.span(q.cue);
    w.key("paragraph").integer(q.paragraph);
    w.key("group");
    d.index_or_null(q.group);
    w.key("scare").boolean(q.scare);
    w.key("unclosed").boolean(q.unclosed);
    w.end_object();
  }
  w.end_array();

  w.key("claims").begin_array();
  for (const auto& c : doc.claims) {
    w.begin_object();
    d.start_end(c.span);
    w.key("kind").plain_string(claim_kind_name(c.kind));
    w.key("speaker");
    d.index_or_null(c.speaker);
    if (!c.speakers.empty()) {  // coordinated speakers only
      w.key("speakers").begin_array();
      for (int32_t i : c.speakers) w.integer(i);
      w.end_array();
    }
    w.key("hedged").boolean(c.hedged);
    w.key("source");
    d.span(c.source);
    w.key("cue");
    d.span(c.cue);
    w.key("hedge");
    d.span(c.hedge);
    w.key("quote");
    d.index_or_null(c.quote);
    w.end_object();
  }
  w.end_array();

  w.key("speakers").begin_array();
  for (const auto& sp : doc.speakers) {
    w.begin_object();
    w.key("name").string(sp.name);
    w.key("aliases");
    d.strings(sp.aliases);
    w.key("mentions").begin_array();
    for (const auto& m : sp.mentions) d.span(m);
    w.end_array();
    w.end_object();
  }
  w.end_array();

  w.key("evidence").begin_array();
  for (const auto& e : doc.evidence) {
    w.begin_object();
    d.start_end(e.span);
    w.key("kind").plain_string(evidence_kind_name(e.kind));
    w.end_object();
  }
  w.end_array();
}

std::string to_json(const Document& doc, Unit unit, bool include_text, int indent) {
  json::Writer w({}, indent);
  w.begin_object();
  write_document_members(w, doc, unit, include_text);
  w.end_object();
  return w.take();
}

}  // namespace claimscope
