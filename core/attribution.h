// Who says what: speakers for quotes, reported-speech claims, hedges.
#pragma once

#include "document.h"

namespace claimscope {

/// Reads doc.text, doc.paragraphs, doc.sentences and doc.quotes; fills
/// quote speakers, doc.speakers and doc.claims (one claim of kind quote per
/// attributed quote, plus reported-speech claims), and marks hedged claims.
void attribute(Document& doc);

}  // namespace claimscope
