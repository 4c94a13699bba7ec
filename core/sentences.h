// Sentence segmentation inside one paragraph.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "document.h"

namespace claimscope {

/// Appends the sentences of `paragraph` (index `index`) to `out`. The
/// sentences tile the paragraph's non-space text: each is trimmed, none is
/// empty, and together they cover every non-space byte of the paragraph.
void split_sentences(std::string_view text, const Paragraph& paragraph, uint32_t index,
                     std::vector<Sentence>& out);

}  // namespace claimscope
