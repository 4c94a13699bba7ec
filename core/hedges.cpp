#include "hedges.h"

#include <algorithm>

#include "utf8.h"
#include "word_classes.h"

namespace claimscope {

HedgeIndex::HedgeIndex(const ParagraphView& v) {
  const auto& t = v.toks;
  for (size_t k = 0; k < t.size(); ++k) {
    if (!t[k].word) continue;
    // "May 5" is a date, not a modal.
    if (t[k].capitalized && t[k].lower == "may" && k + 1 < t.size() && utf8::is_digit(t[k + 1].first)) continue;
    if (!may_be_hedge(t[k].lower)) continue;  // starts no hedge phrase and is no hedge word
    if (k + 1 < t.size() && t[k + 1].word && may_start_hedge_phrase(t[k].lower) &&
        hedge_id(std::string(t[k].lower) + " " + std::string(t[k + 1].lower))) {
      hedges_.push_back({t[k].span.start, t[k + 1].span.end});
      ++k;
    } else if (hedge_id(t[k].lower)) {
      hedges_.push_back(t[k].span);
    }
  }
}

void HedgeIndex::mark(Claim& claim) const {
  auto it = std::lower_bound(hedges_.begin(), hedges_.end(), claim.span.start,
                             [](const Span& h, uint32_t pos) { return h.start < pos; });
  if (it != hedges_.end() && it->end <= claim.span.end) {
    claim.hedged = true;
    claim.hedge = *it;
  }
}

}  // namespace claimscope
