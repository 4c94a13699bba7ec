// Small readers shared by the attribution tests: annotate a text, slice a
// span, name a speaker, find a claim by its first words, check a "said" claim.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "annotate.h"

namespace claimscope::testing {

inline Document run(const std::string& text) { return annotate(text).doc; }

inline std::string slice(const Document& d, Span s) { return d.text.substr(s.start, s.size()); }

inline std::string speaker_of(const Document& d, int32_t idx) {
  return idx == kNone ? std::string("-") : d.speakers[idx].name;
}

inline const Claim* claim_starting(const Document& d, const std::string& prefix, ClaimKind kind) {
  for (const auto& c : d.claims) {
    if (c.kind == kind && slice(d, c.span).rfind(prefix, 0) == 0) return &c;
  }
  return nullptr;
}

// A sentence, the first words of its reported content and the source's text.
struct SaidCase {
  const char* text;
  const char* content;
  const char* source;
};

// The reported claim of `k.text` whose content is exactly `k.content`, with
// `k.source` as its source and "said" as its cue.
inline void check_said_claim(const SaidCase& k) {
  INFO(std::string(k.text));
  auto d = run(k.text);
  const Claim* c = claim_starting(d, k.content, ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == std::string(k.content));
  CHECK(slice(d, c->source) == std::string(k.source));
  CHECK(slice(d, c->cue) == std::string("said"));
}

}  // namespace claimscope::testing
