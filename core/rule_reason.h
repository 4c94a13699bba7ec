// The type of a rule-table entry's `reason`: why the entry is there, for the
// people who read and review the rules.
#pragma once

namespace claimscope {

#if defined(__wasm__)
/// The WebAssembly module never reads a reason, so there it is an empty
/// member ([[no_unique_address]] where it is declared) that takes the text
/// and keeps nothing: the tables hold no pointer to it and the module no
/// copy of the text (bench/speed-history.md, bytes75: several KB of the
/// pages' gzip). Natively a reason is the text.
struct RuleReason {
  RuleReason() = default;
  constexpr RuleReason(const char*) {}
};
#else
using RuleReason = const char*;
#endif

}  // namespace claimscope
