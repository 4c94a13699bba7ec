// Embind bindings of the page's module (claimscope-core.wasm); the compare
// page's module adds wasm/compare_bindings.cpp. wasm/ is the only place that
// knows about Emscripten.
//
// annotate() hands the document to JavaScript as flat Uint32Array records
// (copied out of the heap, offsets already in UTF-16 code units) plus a few
// arrays of strings. web/claimscope.js turns them into plain objects with the
// same shape as the CLI's JSON (docs/format.md).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "annotate.h"
#include "checkworthy.h"
#include "js_arrays.h"
#include "offsets.h"
#include "share_link.h"

using claimscope_wasm::index_or_none;
using claimscope_wasm::to_string_array;
using claimscope_wasm::to_u32_array;
using emscripten::val;

namespace {

constexpr char kReasonSeparator = '\x1F';  // ASCII unit separator: never in a reason id

// A score in [0, 1] as whole hundredths, rounded half up like the JSON's.
// Not std::lround: in wasm that is a call into libc for every sentence.
uint32_t hundredths(float x) { return uint32_t(double(x) * 100.0 + 0.5); }

// A paragraph's reasons are rule ids, static strings of the rule tables
// (core/document.h, RuleIds), and a document uses a few dozen of them at
// most: each is sent once per call, by its index in the order first met,
// instead of its text once per paragraph (~80 KB of text to build, decode and
// split into ~10,000 strings per MB of news). Found by address: the same
// text at two addresses only makes two entries with the same name.
class ReasonIds {
 public:
  uint32_t index(const char* id) {
    for (uint32_t k = 0; k < ids_.size(); ++k) {
      if (ids_[k] == id) return k;
    }
    ids_.push_back(id);
    names_ += id;
    names_ += kReasonSeparator;
    return uint32_t(ids_.size() - 1);
  }
  const std::string& names() const { return names_; }  // each followed by the separator

 private:
  std::vector<const char*> ids_;
  std::string names_;
};

// An offset in UTF-16 units: one copy of the map's lookup for every call
// site below (its inline tests, expanded at each, cost the module bytes).
[[gnu::noinline]] uint32_t units(const claimscope::OffsetMap& map, uint32_t byte) { return map(byte); }

// A span's start and end, in UTF-16 units, onto a record.
void span(std::vector<uint32_t>& out, const claimscope::OffsetMap& map, const claimscope::Span& s) {
  out.push_back(units(map, s.start));
  out.push_back(units(map, s.end));
}

// `text`: the bytes the spans index (the document's text, or the input when
// the segment stage left it in place).
val pack(const claimscope::Document& doc, std::string_view text, claimscope::NonAsciiStarts&& non_ascii) {
  const claimscope::OffsetMap p(text, claimscope::Unit::utf16, std::move(non_ascii));
  val out = val::object();
  out.set("length", units(p, uint32_t(text.size())));
  out.set("warnings", to_string_array(doc.warnings));

  // Every Embind call crosses into JavaScript, so per-paragraph values
  // (an array of reasons each) cost more than segmenting the text: the
  // reasons of all paragraphs travel as one array of indexes into the
  // call's reason names (ReasonIds), with their count in each paragraph's record.
  std::vector<uint32_t> rec;
  rec.reserve(doc.sentences.size() * 5);  // the largest record set, usually: one growth, not a doubling series
  std::vector<uint32_t> reason_indexes;
  reason_indexes.reserve(doc.paragraphs.size() * 2);
  ReasonIds reasons;
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const auto& para = doc.paragraphs[i];
    span(rec, p, para.span);
    rec.push_back(uint32_t(para.role));
    rec.push_back(hundredths(para.confidence));
    span(rec, p, para.dateline);
    rec.push_back(uint32_t(para.reasons.size()));
    for (size_t k = 0; k < para.reasons.size(); ++k) reason_indexes.push_back(reasons.index(para.reasons[k].data()));
  }
  out.set("paragraphs", to_u32_array(rec));
  out.set("reasons", to_u32_array(reason_indexes));
  out.set("reasonNames", reasons.names());

  rec.clear();
  for (const auto& s : doc.sentences) {
    span(rec, p, s.span);
    rec.push_back(s.paragraph);
    rec.push_back(hundredths(s.checkworthy));
    rec.push_back(s.features);                                            // bit i: featureNames[i]
  }
  out.set("sentences", to_u32_array(rec));  // feature names: featureNames(), once

  rec.clear();
  for (const auto& e : doc.evidence) {
    span(rec, p, e.span);
    rec.push_back(uint32_t(e.kind));
  }
  out.set("evidence", to_u32_array(rec));

  rec.clear();
  for (const auto& q : doc.quotes) {
    span(rec, p, q.span);
    rec.push_back(index_or_none(q.speaker));
    span(rec, p, q.source);
    span(rec, p, q.cue);
    rec.push_back(q.paragraph);
    rec.push_back(index_or_none(q.group));
    rec.push_back((q.scare ? 1u : 0u) | (q.unclosed ? 2u : 0u));
  }
  out.set("quotes", to_u32_array(rec));

  rec.clear();
  for (const auto& c : doc.claims) {
    span(rec, p, c.span);
    rec.push_back(uint32_t(c.kind));
    rec.push_back(index_or_none(c.speaker));
    rec.push_back(c.hedged ? 1u : 0u);
    span(rec, p, c.source);
    span(rec, p, c.cue);
    span(rec, p, c.hedge);
    rec.push_back(index_or_none(c.quote));
  }
  out.set("claims", to_u32_array(rec));

  // Coordinated speakers ("Russia and China said"): claim index, count, speaker indexes.
  rec.clear();
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const auto& c = doc.claims[i];
    if (c.speakers.empty()) continue;
    rec.push_back(uint32_t(i));
    rec.push_back(uint32_t(c.speakers.size()));
    for (int32_t s : c.speakers) rec.push_back(uint32_t(s));
  }
  out.set("claimSpeakers", to_u32_array(rec));

  // Speakers in one record array and one string, not an object, a string
  // array and a typed array each: a speaker cost eight Embind calls, and
  // news text names one every kilobyte or so (~120 in 0.1 MB), so at 0.1 MB
  // they were a thousand crossings per call. Per speaker: name length,
  // alias count, each alias's length, mention count, mentions (start, end);
  // lengths in UTF-16 units of `speakerText`, the names and aliases in order.
  rec.clear();
  std::string speaker_text;
  for (const auto& sp : doc.speakers) {
    rec.push_back(claimscope::utf16_length(sp.name));  // names and aliases: cut from the repaired text
    speaker_text += sp.name;
    rec.push_back(uint32_t(sp.aliases.size()));
    for (const auto& alias : sp.aliases) {
      rec.push_back(claimscope::utf16_length(alias));
      speaker_text += alias;
    }
    rec.push_back(uint32_t(sp.mentions.size()));
    for (const auto& m : sp.mentions) span(rec, p, m);
  }
  out.set("speakers", to_u32_array(rec));
  out.set("speakerText", speaker_text);
  return out;
}

// The segment stage's answer is paragraphs and sentences and nothing else,
// so it travels as one flat array instead of pack()'s object of ten arrays
// and string lists, whose fixed cost (one Embind call per property, the
// feature names as strings) was a large share of segmenting a short text:
//   [UTF-16 length, paragraph count, sentence count,
//    per paragraph: start, end, role, confidence in hundredths,
//    per sentence: start, end, paragraph]
// Only a document that has nothing else is packed so (the facade fills in
// the empty fields); anything more (a warning, a reason, a score) goes
// through pack(), so the two shapes can never disagree.
bool segments_only(const claimscope::Document& doc) {
  if (!doc.warnings.empty() || !doc.quotes.empty() || !doc.claims.empty() || !doc.speakers.empty() ||
      !doc.evidence.empty()) {
    return false;
  }
  for (const auto& p : doc.paragraphs) {
    if (!p.reasons.empty() || !p.dateline.empty()) return false;
  }
  for (const auto& s : doc.sentences) {
    if (s.checkworthy != 0.0f || s.features != 0) return false;
  }
  return true;
}

// The records are built in a buffer kept between calls and handed out as a
// view of the module's memory, not copied: the facade reads them before
// its next call into the module (which may reuse or move the buffer).
// Offsets are mapped in text order (each paragraph's start, its sentences,
// its end) by the same map as pack()'s, so each lookup steps on from the last.
val pack_segments(const claimscope::Document& doc, std::string_view text, const claimscope::OffsetMap& map) {
  static std::vector<uint32_t> rec;
  const size_t paragraph_count = doc.paragraphs.size();
  const size_t sentence_count = doc.sentences.size();
  rec.resize(3 + paragraph_count * 4 + sentence_count * 3);
  rec[1] = uint32_t(paragraph_count);
  rec[2] = uint32_t(sentence_count);
  uint32_t* para = rec.data() + 3;
  uint32_t* sent = para + paragraph_count * 4;
  size_t k = 0;  // next sentence: the core emits them paragraph by paragraph
  for (uint32_t i = 0; i < paragraph_count; ++i) {
    const auto& p = doc.paragraphs[i];
    para[0] = units(map, p.span.start);
    for (; k < sentence_count && doc.sentences[k].paragraph == i; ++k, sent += 3) {
      const auto& s = doc.sentences[k];
      sent[0] = units(map, s.span.start);
      sent[1] = units(map, s.span.end);
      sent[2] = s.paragraph;
    }
    para[1] = units(map, p.span.end);
    para[2] = uint32_t(p.role);
    para[3] = hundredths(p.confidence);
    para += 4;
  }
  for (; k < sentence_count; ++k, sent += 3) {  // none in practice; mapped all the same
    const auto& s = doc.sentences[k];
    sent[0] = units(map, s.span.start);
    sent[1] = units(map, s.span.end);
    sent[2] = s.paragraph;
  }
  rec[0] = units(map, uint32_t(text.size()));
  return val(emscripten::typed_memory_view(rec.size(), rec.data()));
}

// Annotates `size` bytes of UTF-8 at `address` in the module's memory (the
// facade writes them with TextEncoder.encodeInto, which is much faster than
// Embind's per-character string conversion). stage: 0 = segment,
// 1 = structure, 2 = full (claimscope::Stage).
// max_bytes: 0 keeps the core's default. Returns pack()'s object, an
// {error} object, or at the segment stage usually pack_segments()'s view.
val annotate(uintptr_t address, size_t size, int stage, double max_bytes) {
  std::string_view text(reinterpret_cast<const char*>(address), size);
  claimscope::Options options;
  options.stage = stage == 0 ? claimscope::Stage::segment
                : stage == 1 ? claimscope::Stage::structure
                             : claimscope::Stage::full;
  if (max_bytes > 0) options.max_input_bytes = size_t(max_bytes);
  options.input_is_valid_utf8 = true;  // the facade's encodeInto writes only valid UTF-8
  options.list_non_ascii = true;  // for the offsets at every stage (OffsetMap)
  options.segment_in_place = true;  // the facade frees the buffer only after this call
  auto result = claimscope::annotate(text, options);
  if (!result.ok()) {
    val err = val::object();
    err.set("error", result.error);
    return err;
  }
  // The spans index `text` as it is: copied unchanged (valid UTF-8) or left in place (segment stage).
  if (options.stage == claimscope::Stage::segment && segments_only(result.doc)) {
    return pack_segments(result.doc, text, claimscope::OffsetMap(text, claimscope::Unit::utf16, std::move(result.non_ascii)));
  }
  return pack(result.doc, text, std::move(result.non_ascii));
}

// Decodes a share-link fragment: {ok: true, json: Uint8Array (UTF-8)} or
// {ok: false, kind, message}. The bytes are handed over as bytes, so the
// facade's TextDecoder sees exactly what the checksum covered.
// Cold (as compare is): run once per opened link, so the optimiser may
// make it small rather than fast (-499 bytes gzip, with compare's).
[[gnu::cold]] val decode_share_link(const std::string& fragment) {
  auto decoded = claimscope::share::decode_link(fragment);
  val out = val::object();
  out.set("ok", decoded.ok());
  if (decoded.ok()) {
    val view(emscripten::typed_memory_view(decoded.json.size(), reinterpret_cast<const uint8_t*>(decoded.json.data())));
    out.set("json", val::global("Uint8Array").new_(view));
  } else {
    out.set("kind", std::string(claimscope::share::error_kind_name(decoded.error)));
    out.set("message", decoded.message);
  }
  return out;
}

// The names of the sentence feature bits (sentence records' last field):
// the same for every document, so the facade asks once.
val feature_names() {
  std::vector<std::string> names;
  for (size_t b = 0; b < claimscope::checkworthy_feature_count(); ++b) {
    names.push_back(claimscope::checkworthy_feature_name(b));
  }
  return to_string_array(names);
}

std::string version() { return claimscope::kVersion; }
int format_version() { return claimscope::kFormatVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(claimscope) {
  emscripten::function("annotate", &annotate);
  emscripten::function("decodeShareLink", &decode_share_link);
  emscripten::function("featureNames", &feature_names);
  emscripten::function("version", &version);
  emscripten::function("formatVersion", &format_version);
}
