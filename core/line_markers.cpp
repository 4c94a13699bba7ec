#include "line_markers.h"

#include "rules/line_markers.h"

namespace claimscope {
namespace {

bool is_marker_symbol(const Token& t) {
  if (t.word) return false;
  for (const auto& r : rules::kLineMarkerSymbols) {
    if (t.first >= r.first && t.first <= r.last) return true;
  }
  return false;
}

// A dozen words, asked only before a colon: scanned, not hashed.
bool is_line_label(const Token& t) {
  if (!t.word) return false;
  for (const WordRule& r : rules::kLineLabels) {
    if (t.lower == r.text) return true;
  }
  return false;
}

}  // namespace

size_t after_line_markers(const std::vector<Token>& t, size_t lo, size_t end) {
  size_t k = lo;
  while (k < end && is_marker_symbol(t[k])) ++k;
  // "Update: …": a capitalised label and its colon.
  if (k + 2 < end && t[k].capitalized && t[k + 1].first == ':' && !t[k + 1].word && is_line_label(t[k])) k += 2;
  return k < end ? k : lo;
}

}  // namespace claimscope
