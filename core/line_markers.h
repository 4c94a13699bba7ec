// A line's marker: the bullet, emoji or label ("Update:") that may open a sentence of news
// text and is no part of what the sentence says.
#pragma once

#include <cstddef>
#include <vector>

#include "tokens.h"

namespace claimscope {

/// The first token of the sentence that opens at `lo` (tokens before `end`) after its line
/// markers: bullets and symbols, then at most one label and its colon. `lo` when there are
/// none, and when nothing but markers comes before `end`.
size_t after_line_markers(const std::vector<Token>& t, size_t lo, size_t end);

}  // namespace claimscope
