#include "hedges.h"

#include "utf8.h"
#include "word_classes.h"

namespace claimscope {

void mark_hedge(const ParagraphView& v, Claim& claim) {
  const auto& t = v.toks;
  for (size_t k = token_at_or_after(v, claim.span.start); k < t.size() && t[k].span.end <= claim.span.end; ++k) {
    if (!t[k].word) continue;
    // "May 5" is a date, not a modal.
    if (t[k].capitalized && t[k].lower == "may" && k + 1 < t.size() && utf8::is_digit(t[k + 1].first)) continue;
    Span hit;
    if (k + 1 < t.size() && t[k + 1].word && t[k + 1].span.end <= claim.span.end &&
        hedge_id(t[k].lower + " " + t[k + 1].lower)) {
      hit = {t[k].span.start, t[k + 1].span.end};
    } else if (hedge_id(t[k].lower)) {
      hit = t[k].span;
    }
    if (!hit.empty()) {
      claim.hedged = true;
      claim.hedge = hit;
      return;
    }
  }
}

}  // namespace claimscope
