// The core's one entry point: UTF-8 text in, Document out.
//
//   claimscope::Options options;           // defaults: full annotation, 50 MB limit
//   claimscope::Result r = claimscope::annotate(text, options);
//   if (!r.ok()) report(r.error);
//   for (const auto& q : r.doc.quotes) ...  // spans are UTF-8 byte offsets into r.doc.text
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "document.h"
#include "offsets.h"

namespace claimscope {

enum class Stage : uint8_t {
  segment,    // paragraphs and sentences only (what sentence segmenters do)
  structure,  // segment + paragraph roles (title, byline, boilerplate, ...)
  full,       // everything: roles, quotes, speakers, claims, hedges
};

struct Options {
  Stage stage = Stage::full;
  /// Inputs larger than this are refused with an error instead of risking
  /// memory exhaustion. 50 MB by default.
  size_t max_input_bytes = 50u * 1000u * 1000u;
  /// The caller guarantees the input is valid UTF-8 (the WebAssembly facade:
  /// TextEncoder.encodeInto never writes anything else), so the text is
  /// copied as it is instead of validated byte by byte. Invalid input with
  /// this set is the caller's bug: leave it off for anything read from outside.
  bool input_is_valid_utf8 = false;
  /// Also list where the text's non-ASCII characters start (Result::non_ascii),
  /// for mapping offsets by that short list (the WebAssembly module does).
  bool list_non_ascii = false;
  /// With input_is_valid_utf8, at the segment stage: the text is not copied.
  /// The document's text stays empty and its spans index the input itself,
  /// which the caller keeps while it reads them (the WebAssembly module maps
  /// them before it returns). Spares a copy of the whole text.
  bool segment_in_place = false;
};

struct AnnotateScratch;  // annotate_scratch.h

/// What annotate() keeps in a Result besides the document: its stages'
/// working buffers, made when first needed, kept for the next document up
/// to kKeptBytes (kept_memory.h). A copy starts with none.
class KeptScratch {
 public:
  KeptScratch() noexcept;
  KeptScratch(const KeptScratch&) noexcept;
  KeptScratch& operator=(const KeptScratch&) { return *this; }
  KeptScratch(KeptScratch&&) noexcept;
  KeptScratch& operator=(KeptScratch&&) noexcept;
  ~KeptScratch();
  AnnotateScratch& get();
  /// The buffers if made, else null (nothing is made).
  AnnotateScratch* made() const { return scratch_.get(); }
  /// The heap memory its buffers hold (none before get()).
  size_t bytes() const;
  void release();

 private:
  std::unique_ptr<AnnotateScratch> scratch_;
};

struct Result {
  Document doc;
  std::string error;  // empty on success
  NonAsciiStarts non_ascii;  // with Options::list_non_ascii; usable only when non_ascii.complete
  KeptScratch scratch;
  bool ok() const { return error.empty(); }
};

/// Annotates `utf8` (which may contain invalid UTF-8: each bad byte becomes
/// U+FFFD and a warning is added). Never throws for any input.
Result annotate(std::string_view utf8, const Options& options = {});
/// The same into `result`, which may hold an earlier call's result: its
/// contents are replaced, and its text and arrays keep their memory, so a
/// caller annotating many documents in turn (the CLI's batch mode) does not
/// allocate and free them again for each. The caller decides how much it
/// keeps between calls: after a huge document, `result = Result{}` frees it.
/// (doc.attribution_batch_bytes is left as the caller set it.)
void annotate(std::string_view utf8, const Options& options, Result& result);

/// The version of the output format (docs/format.md).
constexpr int kFormatVersion = 1;
/// The version of the library.
constexpr const char* kVersion = "0.1.0";

}  // namespace claimscope
