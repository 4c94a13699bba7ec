// Word-level difference between two claims: which content words one has
// that the other lacks, found by a longest common subsequence over terms.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "compare_text.h"

namespace claimscope {

struct WordDiff {
  std::vector<std::string> removed;  // words of the reference missing from the other claim (as written, lower case)
  std::vector<std::string> added;    // words of the other claim missing from the reference
  bool truncated = false;            // a claim was longer than kMaxDiffWords; only its start was compared
};

/// Claims are diffed on at most this many content words each, so one diff
/// costs at most kMaxDiffWords^2 steps.
constexpr size_t kMaxDiffWords = 120;

/// Diffs the content (non-stop) words of `other` against `reference`.
/// `reference_text`/`other_text` are the article texts the words index.
WordDiff diff_words(const ClaimContent& reference, std::string_view reference_text, const ClaimContent& other,
                    std::string_view other_text);

}  // namespace claimscope
