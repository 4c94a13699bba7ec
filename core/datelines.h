// Datelines: "JAKARTA -", "SAN JOSE, Calif. (Reuters) —", "LONDON, Feb 16 (Reuters) -"
// at the start of a paragraph, or a paragraph that is only a dateline.
#pragma once

#include <string_view>

#include "document.h"

namespace claimscope {

struct DatelineMatch {
  bool found = false;
  Span span;            // place .. dash (inclusive); the whole paragraph if nothing follows
  bool agency = false;  // "(Reuters)" seen
  bool dash = false;    // ended by a dash
  bool detail = false;  // ", Calif." / ", Feb 16" seen
  bool rest_empty = false;  // the paragraph is only the dateline
  bool all_caps_place = false;
};

/// Looks for a dateline at the start of `para`. Reads at most a bounded
/// number of bytes (a dateline is short), so it is O(1) per paragraph.
/// The fields after `found` describe a dateline found; without one they
/// may be left unset.
DatelineMatch match_dateline(std::string_view text, Span para);

}  // namespace claimscope
