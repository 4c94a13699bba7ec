// Light English suffix stripping for claim comparison: enough to make
// "troops"/"troop", "moving"/"moved"/"move" and "forces"/"force" agree,
// not a full stemmer. Rules are tried in order; the first that fits wins.
#pragma once

#include "../rule_reason.h"

namespace claimscope::rules {

struct SuffixRule {
  const char* suffix;
  const char* replacement;
  unsigned min_stem;  // letters that must remain before the suffix
  const char* id;
  [[no_unique_address]] RuleReason reason;
};

constexpr SuffixRule kSuffixRules[] = {
    {"ies", "y", 2, "stem.ies", "plural or 3rd person of a word in -y (agencies, denies)"},
    {"ing", "", 3, "stem.ing", "progressive / gerund (moving, building)"},
    {"ied", "y", 2, "stem.ied", "past of a verb in -y (denied)"},
    {"ed", "", 3, "stem.ed", "past tense / participle (withdrawn has no rule: irregular)"},
    {"es", "", 3, "stem.es", "plural after sibilants (forces -> forc, like force -> forc)"},
    {"s", "", 3, "stem.s", "plural / 3rd person singular"},
};

// After suffix stripping, a final silent 'e' is dropped so that the base
// form and the stripped forms meet ("move" and "moving" both give "mov").
constexpr unsigned kFinalEMinStem = 3;

}  // namespace claimscope::rules
