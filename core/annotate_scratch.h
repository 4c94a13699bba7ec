// The buffers annotate() keeps in a Result from one document to the next
// (Result::scratch), for stages whose working memory is not the document's:
// a batch of documents (the CLI's batch mode) grows them once per thread
// instead of once per document. None of it is read across documents: each
// stage clears what it uses.
#pragma once

#include <cstddef>
#include <memory>

#include "kept_memory.h"
#include "kept_speakers.h"
#include "lowered_text.h"
#include "paragraph_view.h"

namespace claimscope {

struct AnnotateScratch {
  LoweredText lowered;                                   // the text lower-cased, with its maps (doc.lowered)
  std::unique_ptr<RoleBuffers, KeptBuffersDeleter> roles;  // the paragraph roles' features
  ParagraphViewBuffers views;                            // attribution's paragraph views
  std::unique_ptr<AttributionBuffers, KeptBuffersDeleter> attribution;  // the Attributor's lists and reported clauses
  KeptSpeakers speakers;  // the document before's speakers, emptied (annotate() gives them back; the registry takes them)

  /// The heap memory they hold.
  size_t bytes() const {
    return lowered.bytes() + views.bytes() + bytes_of(roles) + bytes_of(attribution) + speakers.bytes();
  }
  template <class T>
  static size_t bytes_of(const std::unique_ptr<T, KeptBuffersDeleter>& b) {
    return b ? kept_buffer_bytes(*b) : 0;
  }
};

}  // namespace claimscope
