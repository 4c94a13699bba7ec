#include "quote_marks.h"

namespace claimscope {

bool marks_pair(char32_t open, char32_t close) {
  for (const auto& r : rules::kQuoteMarks) {
    if (r.open == open && r.close == close) return true;
  }
  return false;
}

}  // namespace claimscope
