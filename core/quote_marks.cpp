#include "quote_marks.h"

#include "rules/quote_marks.h"

namespace claimscope {

MarkInfo classify_mark(char32_t cp) {
  MarkInfo info;
  for (const auto& r : rules::kQuoteMarks) {
    bool o = r.open == cp, c = r.close == cp;
    if (!o && !c) continue;
    info.is_mark = true;
    info.is_double = r.kind == rules::MarkKind::double_mark;
    MarkRole role = (o && c) ? MarkRole::both : o ? MarkRole::opens : MarkRole::closes;
    // “ opens English quotes but closes German „ ones: it counts as both.
    if (info.role != MarkRole::none && info.role != role) role = MarkRole::both;
    info.role = role;
  }
  return info;
}

bool marks_pair(char32_t open, char32_t close) {
  for (const auto& r : rules::kQuoteMarks) {
    if (r.open == open && r.close == close) return true;
  }
  return false;
}

}  // namespace claimscope
