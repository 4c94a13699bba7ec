// One paragraph as the attribution grammars see it: tokens, which quote
// each token sits in, and where each token's sentence starts.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "document.h"
#include "evidence_words.h"
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

/// Views of a document's paragraphs, built when asked for. kSlots views are
/// kept: attribution builds a batch of up to kMaxBatch paragraphs
/// (batch_end) and runs each of its parts over the whole batch, so one
/// part's code stays in the instruction cache, and it looks back or ahead
/// one paragraph from the batch's edges. A batch started with start_batch
/// takes the slots in order, from the first, keeping only the views of the
/// two paragraphs just before and at its start: each batch reuses the same
/// few buffers, where paragraph p in slot p % kSlots rotated through all of
/// them (their writes missed the data cache). A view cannot move to another
/// slot (its tokens may point into its own `lowered` string), so a small
/// table (p % kSlots -> slot) finds it. Memory follows the batch's text, not
/// the document, and the buffers are reused: no allocation per paragraph
/// once they have grown (a slot gives a long paragraph's buffers back before
/// it holds a short one).
class ParagraphViews {
 public:
  static constexpr uint32_t kSlots = 16;  // a power of two
  static constexpr uint32_t kMaxBatch = kSlots - 2;

  explicit ParagraphViews(const Document& doc) : doc_(doc), slots_(kSlots) { forget(); }
  size_t size() const { return doc_.paragraphs.size(); }
  /// The view of paragraph p. In a batch started at b (start_batch(b)),
  /// valid until the next batch starts, for p in [b - 1, b + kMaxBatch];
  /// outside batches, until kSlots other views have been built.
  const ParagraphView& operator[](uint32_t p) {
    const uint8_t s = slot_of_[p & (kSlots - 1)];
    if (held_[s] == p) return slots_[s];
    return build_in_next_slot(p);
  }
  /// A batch starts at paragraph b: the views of b - 1 and b stay where they
  /// are, the others are built from the first free slot on.
  void start_batch(uint32_t b);
  /// The end of the batch that starts at paragraph `first`: paragraphs while
  /// their text fits doc.attribution_batch_bytes (one at least), kMaxBatch at most.
  uint32_t batch_end(uint32_t first) const;
#if !defined(__wasm__)
  /// Views built from now on lex their paragraph's evidence words in the
  /// same walk as its tokens, from the document's lower-cased copy
  /// (natively only: the page's module lexes them on their own).
  void with_evidence_words() { evidence_words_ = true; }
  /// Whether paragraph p's view lexes its evidence words (when asked for
  /// them): not a paragraph over kEvidenceInWalkBytes, whose tokens and
  /// evidence words alive together would add ~5 bytes per byte of it to the
  /// peak; attribution tells the listener of it before building its view.
  static constexpr size_t kEvidenceInWalkBytes = 256 * 1024;
  bool evidence_in_walk(uint32_t p) const { return doc_.paragraphs[p].span.size() <= kEvidenceInWalkBytes; }
  /// Paragraph p's evidence words (lex_evidence_words) when the last view
  /// built was p's and lexed them, else null. One buffer for all views: the
  /// words are read right after the view is built, so the buffer stays in
  /// the data cache where one per slot did not.
  const std::vector<EvidenceWord>* evidence_words_of(uint32_t p) const {
    return evidence_of_ == p ? &evidence_ : nullptr;
  }
#endif
  /// Frees the kept views' buffers (a later call to [] builds again).
  void release() {
    for (ParagraphView& v : slots_) v = ParagraphView{};
#if !defined(__wasm__)
    std::vector<EvidenceWord>().swap(evidence_);
#endif
    forget();
  }

 private:
  static constexpr uint32_t kNotHeld = UINT32_MAX;
  void forget() {
    held_.fill(kNotHeld);
    slot_of_.fill(0);
    next_ = 0;
    kept_[0] = kept_[1] = kSlots;
#if !defined(__wasm__)
    evidence_of_ = kNotHeld;
#endif
  }
  const ParagraphView& build_in_next_slot(uint32_t p);
  void build(uint32_t p, ParagraphView& v);

  const Document& doc_;
  std::vector<ParagraphView> slots_;
  std::array<uint32_t, kSlots> held_;    // the paragraph each slot's view is of, or kNotHeld
  std::array<uint8_t, kSlots> slot_of_;  // p % kSlots -> the slot that may hold p's view
  uint32_t next_ = 0;                    // the next slot to build in
  uint32_t kept_[2];                     // the slots start_batch kept, or kSlots
#if !defined(__wasm__)
  bool evidence_words_ = false;
  uint32_t evidence_of_ = kNotHeld;     // the paragraph whose evidence words evidence_ holds
  std::vector<EvidenceWord> evidence_;
#endif
  size_t quote_ = 0, sentence_ = 0;  // first quote / sentence after the last paragraph built
};

/// Index of the first token whose span starts at or after `pos` (binary search).
size_t token_at_or_after(const ParagraphView& v, uint32_t pos);
/// The same when every token before `from` is known to start before `pos`:
/// a search that grows from `from`, for an answer known to be near it.
size_t token_at_or_after(const ParagraphView& v, uint32_t pos, size_t from);

}  // namespace claimscope
