#include "json_output.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <utility>

#include "annotate.h"
#include "checkworthy.h"
#include "rules/checkworthy.h"

namespace claimscope {

namespace {

// The document's offset map: by annotate()'s list of its non-ASCII
// characters when there is one, else by its own pass over the text.
OffsetMap offset_map(const Document& doc, Unit unit, NonAsciiStarts* listed) {
  return listed ? OffsetMap(doc.text, unit, std::move(*listed)) : OffsetMap(doc.text, unit);
}

// The writer with the document's offsets mapped to the output unit.
class DocumentWriter {
 public:
  DocumentWriter(json::Writer& w, const Document& doc, Unit unit, NonAsciiStarts* listed)
      : w_(w), map_(offset_map(doc, unit, listed)) {}

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
  void score(float x) { w_.hundredths(double(x)); }
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

// The compact document's records, laid out here: each record (a paragraph,
// sentence, quote, claim, mention, evidence) is written with one room check,
// its keys and punctuation as fixed bytes and its numbers by put_unsigned,
// instead of a call per key, comma and number through json::Writer (a
// quarter of the batch CLI's instructions outside annotate() went there).
// The pretty layout keeps the general path below; tests/unit/
// test_json_writer.cpp checks that the two give the same JSON.
namespace compact {

template <size_t N>
char* put(char* at, const char (&bytes)[N]) {
  std::memcpy(at, bytes, N - 1);  // a fixed size: a few moves, no call
  return at + (N - 1);
}
char* put(char* at, std::string_view s) {
  std::memcpy(at, s.data(), s.size());
  return at + s.size();
}

// Room for the values below.
// Room for the values below, and for each record's fixed bytes (its keys and
// punctuation: under 200 bytes for the longest, a claim) beside them.
constexpr size_t kIndexRoom = 11;  // "-2147483648", "null"
constexpr size_t kSpanRoom = 40;   // {"start":N,"end":M} with ten digits each
constexpr size_t kScoreRoom = json::Writer::kNumberRoom;
constexpr size_t kKeysRoom = 200;

char* index_or_null(char* at, int32_t i) {
  if (i == kNone) return put(at, "null");
  if (i < 0) return std::to_chars(at, at + kIndexRoom, i).ptr;
  return json::put_unsigned(at, uint32_t(i));
}
char* boolean(char* at, bool b) { return b ? put(at, "true") : put(at, "false"); }

// Each check-worthiness feature as a sentence's array lists it, `"name",`,
// in a slot of kSlot bytes (zeros after it), made once: a feature is then
// two sixteen-byte moves and an advance by its length, where a copy of its
// name's length was a call to memcpy (four features a sentence on news).
struct FeatureTexts {
  static constexpr size_t kCount = std::size(rules::kCheckworthyFeatures);
  static constexpr size_t kSlot = 32;
  static constexpr bool names_fit() {
    for (const auto& f : rules::kCheckworthyFeatures) {
      if (std::char_traits<char>::length(f.id) + 3 > kSlot) return false;
    }
    return true;
  }
  FeatureTexts() {
    for (size_t f = 0; f < kCount; ++f) {
      const std::string_view name = checkworthy_feature_name(f);
      text[f][0] = '"';
      std::memcpy(text[f] + 1, name.data(), name.size());
      text[f][name.size() + 1] = '"';
      text[f][name.size() + 2] = ',';
      size[f] = uint8_t(name.size() + 3);
      longest = std::max(longest, size[f]);
    }
  }
  char text[kCount][kSlot] = {};
  uint8_t size[kCount] = {};
  uint8_t longest = 0;
};
static_assert(FeatureTexts::names_fit(), "a feature's name must fit its slot with two quotes and a comma");
const FeatureTexts& feature_texts() {
  static const FeatureTexts texts;
  return texts;
}

class Records {
 public:
  Records(json::Writer& w, const Document& doc, Unit unit, NonAsciiStarts* listed)
      : w_(w), map_(offset_map(doc, unit, listed)), features_(feature_texts()) {
    // Room for every feature, and the last slot's copy past its end: a fixed
    // room for any sentence instead of a count of its bits per sentence.
    features_room_ = FeatureTexts::kCount * features_.longest + FeatureTexts::kSlot;
  }

  void paragraph(const Paragraph& p) {
    const std::string_view role = role_name(p.role);
    char* at = w_.element_room(kKeysRoom + 2 * kSpanRoom + kScoreRoom + role.size());
    at = start_end(at, p.span);
    at = put(at, ",\"role\":\"");
    at = put(at, role);
    at = put(at, "\",\"confidence\":");
    at = score(at, p.confidence);
    at = put(at, ",\"reasons\":[");
    bool first = true;
    for (std::string_view r : p.reasons) {
      if (!first) *at++ = ',';
      first = false;
      w_.advance_to(at);
      w_.append_string(r);
      at = w_.room_for(kKeysRoom + kSpanRoom);
    }
    at = put(at, "],\"dateline\":");
    at = span(at, p.dateline);
    *at++ = '}';
    w_.advance_to(at);
  }

  void sentence(const Sentence& s) {
    const uint32_t features = s.features & feature_bits();
    char* at = w_.element_room(kKeysRoom + kSpanRoom + kIndexRoom + kScoreRoom + features_room_);
    at = start_end(at, s.span);
    at = put(at, ",\"paragraph\":");
    at = json::put_unsigned(at, s.paragraph);
    at = put(at, ",\"checkworthy\":");
    at = score(at, s.checkworthy);
    at = put(at, ",\"features\":[");
    // The set bits only, lowest first: a sentence fires a few of the features.
    for (uint32_t f = features; f != 0; f &= f - 1) {
      const int k = std::countr_zero(f);
      std::memcpy(at, features_.text[k], FeatureTexts::kSlot);  // whole: a fixed size, written over after
      at += features_.size[k];
    }
    if (features != 0) --at;  // the last comma
    at = put(at, "]}");
    w_.advance_to(at);
  }

  void quote(const Quote& q) {
    char* at = w_.element_room(kKeysRoom + 3 * kSpanRoom + 3 * kIndexRoom);
    at = start_end(at, q.span);
    at = put(at, ",\"speaker\":");
    at = index_or_null(at, q.speaker);
    at = put(at, ",\"source\":");
    at = span(at, q.source);
    at = put(at, ",\"cue\":");
    at = span(at, q.cue);
    at = put(at, ",\"paragraph\":");
    at = json::put_unsigned(at, q.paragraph);
    at = put(at, ",\"group\":");
    at = index_or_null(at, q.group);
    at = put(at, ",\"scare\":");
    at = boolean(at, q.scare);
    at = put(at, ",\"unclosed\":");
    at = boolean(at, q.unclosed);
    *at++ = '}';
    w_.advance_to(at);
  }

  void claim(const Claim& c) {
    const std::string_view kind = claim_kind_name(c.kind);
    const size_t room = kKeysRoom + 4 * kSpanRoom + (2 + c.speakers.size()) * (kIndexRoom + 1) + kind.size();
    char* at = w_.element_room(room);
    at = start_end(at, c.span);
    at = put(at, ",\"kind\":\"");
    at = put(at, kind);
    at = put(at, "\",\"speaker\":");
    at = index_or_null(at, c.speaker);
    if (!c.speakers.empty()) {  // coordinated speakers only
      at = put(at, ",\"speakers\":[");
      for (int32_t i : c.speakers) {
        at = i < 0 ? std::to_chars(at, at + kIndexRoom, i).ptr : json::put_unsigned(at, uint32_t(i));
        *at++ = ',';
      }
      at[-1] = ']';
    }
    at = put(at, ",\"hedged\":");
    at = boolean(at, c.hedged);
    at = put(at, ",\"source\":");
    at = span(at, c.source);
    at = put(at, ",\"cue\":");
    at = span(at, c.cue);
    at = put(at, ",\"hedge\":");
    at = span(at, c.hedge);
    at = put(at, ",\"quote\":");
    at = index_or_null(at, c.quote);
    *at++ = '}';
    w_.advance_to(at);
  }

  uint32_t length(const Document& doc) const { return map_(uint32_t(doc.text.size())); }

  void mentions(const std::vector<Span>& spans) {
    for (const Span& m : spans) w_.advance_to(span(w_.element_room(kSpanRoom), m));
  }

  void evidence(const Evidence& e) {
    const std::string_view kind = evidence_kind_name(e.kind);
    char* at = w_.element_room(kKeysRoom + kSpanRoom + kind.size());
    at = start_end(at, e.span);
    at = put(at, ",\"kind\":\"");
    at = put(at, kind);
    at = put(at, "\"}");
    w_.advance_to(at);
  }

 private:
  // `{"start":N,"end":M` without the closing brace: an object's first members.
  char* start_end(char* at, const Span& s) const {
    at = put(at, "{\"start\":");
    at = json::put_unsigned_inlined(at, map_(s.start));
    at = put(at, ",\"end\":");
    return json::put_unsigned_inlined(at, map_(s.end));
  }
  // {"start", "end"}, or null for an empty span.
  char* span(char* at, const Span& s) const {
    if (s.empty()) return put(at, "null");
    at = start_end(at, s);
    *at++ = '}';
    return at;
  }
  // A score of 0..1 with two decimals, as the JS API gives it (the same
  // helper as the indented layout's).
  static char* score(char* at, float x) { return json::Writer::format_hundredths(at, double(x)); }
  static constexpr uint32_t feature_bits() {
    static_assert(FeatureTexts::kCount <= 32, "a sentence's features are the bits of a uint32_t");
    return FeatureTexts::kCount >= 32 ? ~0u : (1u << FeatureTexts::kCount) - 1;
  }

  json::Writer& w_;
  OffsetMap map_;
  const FeatureTexts& features_;
  size_t features_room_ = 0;
};

}  // namespace compact

// The compact document: the header's few members through the writer, the
// records by compact::Records.
void write_compact_members(json::Writer& w, const Document& doc, Unit unit, bool include_text,
                           NonAsciiStarts* listed) {
  compact::Records r(w, doc, unit, listed);
  w.key("version").integer(kFormatVersion);
  w.key("unit").plain_string(unit_name(unit));
  w.key("length").integer(r.length(doc));
  if (include_text) w.key("text").string(doc.text);
  w.key("warnings").begin_array();
  for (std::string_view s : doc.warnings) w.string(s);
  w.end_array();
  w.key("paragraphs").begin_array();
  for (const auto& p : doc.paragraphs) r.paragraph(p);
  w.end_array();
  w.key("sentences").begin_array();
  for (const auto& s : doc.sentences) r.sentence(s);
  w.end_array();
  w.key("quotes").begin_array();
  for (const auto& q : doc.quotes) r.quote(q);
  w.end_array();
  w.key("claims").begin_array();
  for (const auto& c : doc.claims) r.claim(c);
  w.end_array();
  w.key("speakers").begin_array();
  for (const auto& sp : doc.speakers) {
    w.begin_object();
    w.key("name").string(sp.name);
    w.key("aliases").begin_array();
    for (std::string_view a : sp.aliases) w.string(a);
    w.end_array();
    w.key("mentions").begin_array();
    r.mentions(sp.mentions);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("evidence").begin_array();
  for (const auto& e : doc.evidence) r.evidence(e);
  w.end_array();
}

}  // namespace

void write_document_members(json::Writer& w, const Document& doc, Unit unit, bool include_text,
                            NonAsciiStarts* listed) {
  if (w.compact()) return write_compact_members(w, doc, unit, include_text, listed);
  DocumentWriter d(w, doc, unit, listed);
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
