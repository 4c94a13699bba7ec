#include "compare_diff.h"

#include <algorithm>

#include "utf8.h"

namespace claimscope {
namespace {

struct DiffWord {
  const std::string* term;
  Span span;
};

std::vector<DiffWord> content_words(const ClaimContent& c, bool& truncated) {
  std::vector<DiffWord> out;
  for (const auto& w : c.words) {
    if (w.stop) continue;
    if (out.size() == kMaxDiffWords) { truncated = true; break; }
    out.push_back({&w.term, w.span});
  }
  return out;
}

std::string surface(std::string_view text, Span s) { return utf8::lower(text.substr(s.start, s.size())); }

}  // namespace

WordDiff diff_words(const ClaimContent& reference, std::string_view reference_text, const ClaimContent& other,
                    std::string_view other_text) {
  WordDiff d;
  std::vector<DiffWord> a = content_words(reference, d.truncated);
  std::vector<DiffWord> b = content_words(other, d.truncated);
  // lcs[i][j] = LCS length of a[i..] and b[j..], one flat table.
  const size_t w = b.size() + 1;
  std::vector<uint16_t> lcs((a.size() + 1) * w, 0);
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      lcs[i * w + j] = *a[i].term == *b[j].term ? uint16_t(lcs[(i + 1) * w + j + 1] + 1)
                                                 : std::max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (*a[i].term == *b[j].term) { ++i; ++j; }
    else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) d.removed.push_back(surface(reference_text, a[i++].span));
    else d.added.push_back(surface(other_text, b[j++].span));
  }
  for (; i < a.size(); ++i) d.removed.push_back(surface(reference_text, a[i].span));
  for (; j < b.size(); ++j) d.added.push_back(surface(other_text, b[j].span));
  return d;
}

}  // namespace claimscope
