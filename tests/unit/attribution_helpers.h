// Small readers shared by the attribution tests: annotate a text, slice a
// span, name a speaker, find a claim by its first words and its speaker or source,
// check a reported claim, count reported claims.
#pragma once

#include <doctest/doctest.h>

#include <initializer_list>
#include <string>

#include "annotate.h"

namespace claimscope::testing {

inline Document run(const std::string& text) { return annotate(text).doc; }

inline std::string slice(const Document& d, Span s) { return d.text.substr(s.start, s.size()); }

inline std::string speaker_of(const Document& d, int32_t idx) {
  return idx == kNone ? std::string("-") : d.speakers[idx].name;
}

// True when some speaker of the document has this canonical name.
inline bool has_speaker_named(const Document& d, const std::string& name) {
  for (const auto& s : d.speakers) {
    if (s.name == name) return true;
  }
  return false;
}

inline size_t reported_count(const Document& d) {
  size_t n = 0;
  for (const Claim& c : d.claims) n += c.kind == ClaimKind::reported;
  return n;
}

inline const Claim* claim_starting(const Document& d, const std::string& prefix, ClaimKind kind) {
  for (const auto& c : d.claims) {
    if (c.kind == kind && slice(d, c.span).rfind(prefix, 0) == 0) return &c;
  }
  return nullptr;
}

// The speaker's name / the source's text of the first claim of `kind` whose content starts
// with `prefix`, or "?" when there is none.
inline std::string speaker_of_claim(const Document& d, const std::string& prefix,
                                    ClaimKind kind = ClaimKind::reported) {
  const Claim* c = claim_starting(d, prefix, kind);
  return c ? speaker_of(d, c->speaker) : std::string("?");
}
inline std::string source_of_claim(const Document& d, const std::string& prefix,
                                   ClaimKind kind = ClaimKind::reported) {
  const Claim* c = claim_starting(d, prefix, kind);
  return c ? slice(d, c->source) : std::string("?");
}

// The reported claim of `text` whose content is exactly `content`, with `source` as its
// source's text and, when one is given, `cue` as its cue; a copy of it, for more checks.
inline Claim check_reported_claim(const char* text, const char* content, const char* source,
                                  const char* cue = nullptr) {
  INFO(std::string(text));
  auto d = run(text);
  const Claim* c = claim_starting(d, content, ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == std::string(content));
  CHECK(slice(d, c->source) == std::string(source));
  if (cue) CHECK(slice(d, c->cue) == std::string(cue));
  return *c;
}

// A sentence, the first words of its reported content and the source's text.
struct SaidCase {
  const char* text;
  const char* content;
  const char* source;
};

// check_reported_claim with "said" as the cue.
inline void check_said_claim(const SaidCase& k) { check_reported_claim(k.text, k.content, k.source, "said"); }

// A sentence, the first words of its reported content, the source's text and the cue's.
struct CueCase {
  const char* text;
  const char* content;
  const char* source;
  const char* cue;
};

// check_reported_claim of one CueCase.
inline Claim check_cue_claim(const CueCase& k) { return check_reported_claim(k.text, k.content, k.source, k.cue); }

// A sentence, the first words of a claim's content, and the speaker's name (SpeakerCase) or
// the claim's whole content (SpanCase); a reported claim unless `kind` says otherwise.
struct SpeakerCase {
  const char* text;
  const char* content;
  const char* speaker;
  ClaimKind kind = ClaimKind::reported;
};
struct SpanCase {
  const char* text;
  const char* content;
  const char* span;
  ClaimKind kind = ClaimKind::reported;
};

// The claim of the case's kind whose content starts with k.content is there, spoken by k.speaker.
inline void check_claim_speaker(const SpeakerCase& k) {
  INFO(std::string(k.text));
  auto d = run(k.text);
  const Claim* c = claim_starting(d, k.content, k.kind);
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == std::string(k.speaker));
}

// The claim of the case's kind whose content starts with k.content is there, and is k.span.
inline void check_claim_span(const SpanCase& k) {
  INFO(std::string(k.text));
  auto d = run(k.text);
  const Claim* c = claim_starting(d, k.content, k.kind);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == std::string(k.span));
}

// A sentence, the first words of a claim's content, the whole content and the speaker's name.
struct ClaimCase {
  const char* text;
  const char* content;
  const char* span;
  const char* speaker;
  ClaimKind kind = ClaimKind::reported;
};
// check_claim_span, and the claim is spoken by k.speaker.
inline void check_claim_span_speaker(const ClaimCase& k) {
  INFO(std::string(k.text));
  auto d = run(k.text);
  const Claim* c = claim_starting(d, k.content, k.kind);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == std::string(k.span));
  CHECK(speaker_of(d, c->speaker) == std::string(k.speaker));
}

// A sentence with one quotation, and its speaker's name.
struct QuoteSpeakerCase {
  const char* text;
  const char* speaker;
};
inline void check_only_quote_speaker(const QuoteSpeakerCase& k) {
  INFO(std::string(k.text));
  auto d = run(k.text);
  REQUIRE(d.quotes.size() == 1);
  CHECK(speaker_of(d, d.quotes[0].speaker) == std::string(k.speaker));
}

// A sentence with one quotation, and its source's text.
struct QuoteSourceCase {
  const char* text;
  const char* source;
};
inline void check_only_quote_source(const QuoteSourceCase& k) {
  INFO(std::string(k.text));
  auto d = run(k.text);
  REQUIRE(d.quotes.size() == 1);
  CHECK(slice(d, d.quotes[0].source) == std::string(k.source));
}

// A sentence with one quotation, and whether it is a scare quote (a title, a term).
struct ScareCase {
  const char* text;
  bool scare;
};
inline void check_only_quote_scare(const ScareCase& k) {
  INFO(std::string(k.text));
  auto d = run(k.text);
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].scare == k.scare);
}

// A sentence that makes no claim at all (a trap).
inline void check_no_claims(const char* text) {
  INFO(std::string(text));
  CHECK(run(text).claims.empty());
}

// A sentence, and a name that speaks none of its claims (a trap).
struct NotSpeakerCase {
  const char* text;
  const char* not_speaker;
};
inline void check_no_claim_by(const NotSpeakerCase& k) {
  INFO(std::string(k.text));
  auto d = run(k.text);
  for (const Claim& c : d.claims) CHECK(speaker_of(d, c.speaker) != std::string(k.not_speaker));
}

}  // namespace claimscope::testing
