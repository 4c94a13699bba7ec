// Small readers shared by the attribution tests: annotate a text, slice a
// span, name a speaker, find a claim by its first words.
#pragma once

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

}  // namespace claimscope::testing
