// Who says what: speakers for quotes, reported-speech claims, hedges.
#pragma once

#include <cstdint>

#include "document.h"

namespace claimscope {

/// Reads doc.text, doc.paragraphs, doc.sentences and doc.quotes; fills
/// quote speakers, doc.speakers and doc.claims (one claim of kind quote per
/// attributed quote, plus reported-speech claims), and marks hedged claims.
void attribute(Document& doc);

struct ParagraphView;

/// Told of every paragraph, in order, as attribution walks the document:
/// with the paragraph's view when attribution built it, else nullptr (a
/// paragraph it skips). The view is valid during the call.
class ParagraphListener {
 public:
  virtual void paragraph(uint32_t p, const ParagraphView* view) = 0;

 protected:
  ~ParagraphListener() = default;
};

/// attribute(doc), telling `listener` of each paragraph.
void attribute(Document& doc, ParagraphListener& listener);

}  // namespace claimscope
