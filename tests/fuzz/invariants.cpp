#include "invariants.h"

#include "utf8.h"

namespace claimscope {

namespace {

bool on_boundary(const std::string& text, uint32_t offset) {
  if (offset == 0 || offset >= text.size()) return offset <= text.size();
  return (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

std::string check_span(const std::string& text, const Span& s, const char* what) {
  if (s.start > s.end) return std::string(what) + ": start after end";
  if (s.end > text.size()) return std::string(what) + ": past the end of the text";
  if (!on_boundary(text, s.start) || !on_boundary(text, s.end)) {
    return std::string(what) + ": not on a code point boundary";
  }
  return {};
}

std::string check_optional(const std::string& text, const Span& s, const char* what) {
  return s.empty() ? std::string() : check_span(text, s, what);
}

bool trimmed(const std::string& text, const Span& s) {
  if (s.empty()) return false;
  if (utf8::is_space(utf8::decode(text, s.start).cp)) return false;
  return !utf8::is_space(utf8::decode(text, utf8::prev_start(text, s.end)).cp);
}

#define CHECK_OR_RETURN(expr)            \
  do {                                   \
    std::string error_ = (expr);         \
    if (!error_.empty()) return error_;  \
  } while (0)

std::string check_paragraphs_and_sentences(const Document& doc) {
  const auto& text = doc.text;
  uint32_t prev_end = 0;
  for (const auto& p : doc.paragraphs) {
    CHECK_OR_RETURN(check_span(text, p.span, "paragraph"));
    if (p.span.start < prev_end) return "paragraphs overlap or are out of order";
    if (!trimmed(text, p.span)) return "paragraph not trimmed or empty";
    if (!p.dateline.empty() && (p.dateline.start < p.span.start || p.dateline.end > p.span.end)) {
      return "dateline outside its paragraph";
    }
    if (p.confidence < 0 || p.confidence > 1) return "role confidence outside 0..1";
    prev_end = p.span.end;
  }
  // Sentences tile the non-space text of each paragraph, in order.
  size_t si = 0;
  for (uint32_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    const Span& para = doc.paragraphs[pi].span;
    uint32_t covered = para.start;
    bool any = false;
    for (; si < doc.sentences.size() && doc.sentences[si].paragraph == pi; ++si) {
      const Span& s = doc.sentences[si].span;
      CHECK_OR_RETURN(check_span(text, s, "sentence"));
      if (!trimmed(text, s)) return "sentence not trimmed or empty";
      if (s.start < covered || s.end > para.end) return "sentence outside its paragraph or out of order";
      for (uint32_t pos = covered; pos < s.start;) {  // the gap must be white space only
        auto d = utf8::decode(text, pos);
        if (!utf8::is_space(d.cp)) return "text between sentences is not covered";
        pos += d.len;
      }
      covered = s.end;
      any = true;
    }
    if (!any || covered != para.end) return "sentences do not cover paragraph " + std::to_string(pi);
  }
  if (si != doc.sentences.size()) return "sentence with a bad paragraph index";
  return {};
}

std::string check_quotes_and_claims(const Document& doc) {
  const auto& text = doc.text;
  auto speaker_ok = [&](int32_t s) { return s == kNone || (s >= 0 && size_t(s) < doc.speakers.size()); };
  uint32_t prev_start = 0;
  for (const auto& q : doc.quotes) {
    CHECK_OR_RETURN(check_span(text, q.span, "quote"));
    if (q.span.empty()) return "empty quote";
    if (q.span.start < prev_start) return "quotes out of order";
    prev_start = q.span.start;
    if (q.paragraph >= doc.paragraphs.size()) return "quote with a bad paragraph index";
    const Span& para = doc.paragraphs[q.paragraph].span;
    if (q.span.start < para.start || q.span.end > para.end) return "quote outside its paragraph";
    if (!speaker_ok(q.speaker)) return "quote with a bad speaker index";
    CHECK_OR_RETURN(check_optional(text, q.source, "quote source"));
    CHECK_OR_RETURN(check_optional(text, q.cue, "quote cue"));
  }
  prev_start = 0;
  for (const auto& c : doc.claims) {
    CHECK_OR_RETURN(check_span(text, c.span, "claim"));
    if (c.span.empty()) return "empty claim";
    if (c.span.start < prev_start) return "claims out of order";
    prev_start = c.span.start;
    if (!speaker_ok(c.speaker)) return "claim with a bad speaker index";
    if (c.quote != kNone && (c.quote < 0 || size_t(c.quote) >= doc.quotes.size())) return "claim with a bad quote index";
    CHECK_OR_RETURN(check_optional(text, c.source, "claim source"));
    CHECK_OR_RETURN(check_optional(text, c.cue, "claim cue"));
    CHECK_OR_RETURN(check_optional(text, c.hedge, "claim hedge"));
    if (c.hedged != !c.hedge.empty()) return "hedged flag and hedge span disagree";
  }
  for (const auto& sp : doc.speakers) {
    if (sp.name.empty()) return "speaker without a name";
    for (const auto& m : sp.mentions) CHECK_OR_RETURN(check_span(text, m, "speaker mention"));
  }
  return {};
}

// Evidence spans sorted, disjoint, non-empty; scores in 0..1.
std::string check_evidence_and_scores(const Document& doc) {
  uint32_t last_end = 0;
  for (const auto& e : doc.evidence) {
    CHECK_OR_RETURN(check_span(doc.text, e.span, "evidence"));
    if (e.span.empty()) return "empty evidence span";
    if (e.span.start < last_end) return "evidence spans overlap or are out of order";
    last_end = e.span.end;
  }
  for (const auto& s : doc.sentences) {
    if (!(s.checkworthy >= 0.0f && s.checkworthy <= 1.0f)) return "check-worthiness outside 0..1";
  }
  return {};
}

}  // namespace

std::string check_invariants(const Document& doc) {
  CHECK_OR_RETURN(check_paragraphs_and_sentences(doc));
  CHECK_OR_RETURN(check_evidence_and_scores(doc));
  return check_quotes_and_claims(doc);
}

}  // namespace claimscope
