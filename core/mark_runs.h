// Runs of one punctuation mark ("....", "-----", "****", "!!!!"): rules,
// leaders and emphasis, not syntax. The token and evidence lexers make such
// a run one token, so a line of a million dots costs one record, not a
// million. Shorter runs (an ellipsis "...", "--", "?!") stay a token per
// mark, and quotation marks always do (each may open or close a quote).
#pragma once

#include <cstddef>
#include <string_view>

#include "quote_marks.h"

namespace claimscope {

constexpr size_t kMarkRunMin = 4;  // marks in a row before they count as one run

/// Where the token of mark `cp` (encoded in text[i, i + len)) ends: after
/// the whole run when `cp` repeats at least kMarkRunMin times in a row (no
/// space between), else at i + len. Never past `end`.
inline size_t mark_token_end(std::string_view text, size_t i, size_t len, size_t end, char32_t cp) {
  const size_t one = i + len;
  if (one + len > end || text[one] != text[i]) return one;  // the usual case: the next character differs
  const std::string_view mark = text.substr(i, len);
  size_t j = one, n = 1;
  while (j + len <= end && text.compare(j, len, mark) == 0) {
    j += len;
    ++n;
  }
  if (n < kMarkRunMin || classify_mark(cp).is_mark) return one;
  return j;
}

}  // namespace claimscope
