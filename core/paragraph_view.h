// One paragraph as the attribution grammars see it: tokens, which quote
// each token sits in, and where each token's sentence starts.
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"
#include "tokens.h"

namespace claimscope {

struct ParagraphView {
  uint32_t paragraph = 0;
  std::vector<Token> toks;
  std::vector<int32_t> quote_of;         // per token: index into doc.quotes, or kNone
  std::vector<uint32_t> sentence_start;  // per token: index of its sentence's first token
};

/// Builds views for every paragraph in one pass over doc.sentences and doc.quotes.
std::vector<ParagraphView> build_paragraph_views(const Document& doc);

/// Index of the first token whose span starts at or after `pos` (binary search).
size_t token_at_or_after(const ParagraphView& v, uint32_t pos);

}  // namespace claimscope
