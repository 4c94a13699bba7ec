// Who says what: speakers for quotes, reported-speech claims, hedges.
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"

namespace claimscope {

/// Reads doc.text, doc.paragraphs, doc.sentences and doc.quotes; fills
/// quote speakers, doc.speakers and doc.claims (one claim of kind quote per
/// attributed quote, plus reported-speech claims), and marks hedged claims.
void attribute(Document& doc);

struct EvidenceWord;

/// Told of every paragraph, in order, as attribution walks the document:
/// of one whose view attribution built, with the evidence words its
/// tokenize lexed in the same walk (valid during the call; null when the
/// view was built before, as a neighbour, or without the document's
/// lower-cased copy), or of a run of paragraphs it skipped, [first, end),
/// with none (a document of one-word lines is one call, not one per line).
class ParagraphListener {
 public:
  virtual void paragraph(uint32_t p, const std::vector<EvidenceWord>* lexed) = 0;
  virtual void skipped(uint32_t first, uint32_t end) = 0;

 protected:
  ~ParagraphListener() = default;
};

#if !defined(__wasm__)
/// attribute(doc), telling `listener` of each paragraph (natively only: the
/// page's module runs the evidence pass before attribution, for its bytes).
void attribute(Document& doc, ParagraphListener& listener);
#endif

}  // namespace claimscope
