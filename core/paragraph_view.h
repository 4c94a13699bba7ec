// One paragraph as the attribution grammars see it: tokens, which quote
// each token sits in, and where each token's sentence starts.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "document.h"
#include "no_fill_vector.h"
#include "tokens.h"

namespace claimscope {

struct ParagraphView {
  uint32_t paragraph = 0;
  std::vector<Token> toks;
  NoFillVector<int32_t> quote_of;         // per token: index into doc.quotes, or kNone
  NoFillVector<uint32_t> sentence_start;  // per token: index of its sentence's first token
  std::string lowered;                   // the paragraph lower-cased; tokens' `lower` views point here
  // False when the paragraph holds no quotation (ParagraphViews knows; a view
  // put together by hand keeps true), so scans for quoted tokens can be skipped.
  bool has_quote = true;
};

/// Views of a document's paragraphs, built when asked for. Only the last two
/// paragraphs asked for are kept (the grammars look back one paragraph at
/// most), so memory follows the longest paragraph, not the document, and the
/// buffers are reused: no allocation per paragraph once they have grown.
class ParagraphViews {
 public:
  explicit ParagraphViews(const Document& doc) : doc_(doc) {}
  size_t size() const { return doc_.paragraphs.size(); }
  /// The view of paragraph p; valid until two other paragraphs have been asked for.
  const ParagraphView& operator[](uint32_t p);
  /// Frees the kept views' buffers (a later call to [] builds again).
  void release() {
    for (ParagraphView& v : slots_) v = ParagraphView{};
    built_[0] = built_[1] = false;
  }

 private:
  void build(uint32_t p, ParagraphView& v);

  const Document& doc_;
  ParagraphView slots_[2];
  bool built_[2] = {false, false};
  size_t quote_ = 0, sentence_ = 0;  // first quote / sentence after the last paragraph built
};

/// Index of the first token whose span starts at or after `pos` (binary search).
size_t token_at_or_after(const ParagraphView& v, uint32_t pos);
/// The same when every token before `from` is known to start before `pos`:
/// a search that grows from `from`, for an answer known to be near it.
size_t token_at_or_after(const ParagraphView& v, uint32_t pos, size_t from);

}  // namespace claimscope
