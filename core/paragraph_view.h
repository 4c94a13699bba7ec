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
#include "kept_memory.h"
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

/// The views' buffers (their tokens, maps, evidence words): ParagraphViews'
/// own, or a caller's kept from one document to the next (annotate()'s
/// AnnotateScratch), so that a batch of documents grows them once.
struct ParagraphViewBuffers {
  static constexpr uint32_t kSlots = 16;  // ParagraphViews::kSlots
  std::vector<ParagraphView> slots;
  std::vector<EvidenceWord> evidence;  // (natively only)
  /// The heap memory they hold. Natively (kKeepsBuffers) a sum kept as the
  /// views are built: it is asked twice per document (annotate()'s cap and
  /// ParagraphViews::release), and a walk of the sixteen slots each time cost
  /// more than keeping the sum. The page's module (kKeepsBuffers false), which
  /// never asks, counts, and carries no sum.
  size_t bytes() const {
#if defined(__wasm__)
    return counted_bytes();
#else
    return slots.capacity() * sizeof(ParagraphView) + evidence.capacity() * sizeof(EvidenceWord) + view_bytes;
#endif
  }
  /// The same, counted slot by slot (the tests compare the two).
  size_t counted_bytes() const;
  /// The heap memory of one view's buffers (a short string's room inside
  /// the view is none: an unbuilt view holds 0).
  static size_t bytes_of(const ParagraphView& v) {
    const size_t in_string = std::string().capacity();  // a short string's room, inside the string
    return v.toks.capacity() * sizeof(Token) + v.quote_of.capacity() * sizeof(int32_t) +
           v.sentence_start.capacity() * sizeof(uint32_t) + (v.lowered.capacity() > in_string ? v.lowered.capacity() : 0);
  }
#if !defined(__wasm__)
  // ParagraphViews keeps these: each slot's bytes_of when its view was last
  // built (0 once freed), and their sum.
  std::array<size_t, kSlots> slot_bytes{};
  size_t view_bytes = 0;
#endif
};

/// Views of a document's paragraphs, built when asked for. kSlots views are
/// kept, paragraph p's in slot p % kSlots: attribution builds a batch of up
/// to kMaxBatch paragraphs (batch_end) and runs each of its parts over the
/// whole batch, so one part's code stays in the instruction cache, and it
/// looks back or ahead one paragraph from the batch's edges: the batch and
/// its two neighbours never share a slot. Memory follows the batch's text,
/// not the document, and the buffers are reused: no allocation per
/// paragraph once they have grown (a slot gives a long paragraph's buffers
/// back before it holds a short one).
class ParagraphViews {
 public:
  static constexpr uint32_t kSlots = ParagraphViewBuffers::kSlots;  // a power of two
  static_assert((kSlots & (kSlots - 1)) == 0);
  static constexpr uint32_t kMaxBatch = kSlots - 2;

  /// `kept`: buffers to use and leave grown (see release()); null: its own.
  explicit ParagraphViews(const Document& doc, ParagraphViewBuffers* kept = nullptr)
      : doc_(doc), buffers_(kept ? *kept : own_), slots_(buffers_.slots), evidence_(buffers_.evidence) {
    slots_.resize(kSlots);
    forget();
  }
  size_t size() const { return doc_.paragraphs.size(); }
  /// The view of paragraph p; valid until paragraph p + k * kSlots (k != 0) is asked for.
  const ParagraphView& operator[](uint32_t p) {
    const uint32_t s = p & (kSlots - 1);
    if (held_[s] != p) {
      build(p, slots_[s]);
      held_[s] = p;
#if !defined(__wasm__)
      counted(s);
#endif
    }
    return slots_[s];
  }
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
  /// Forgets the views (a later call to [] builds again) and frees their
  /// buffers, but for a caller's kept buffers no larger than kKeptBytes.
  void release() {
    if (!kKeepsBuffers || &buffers_ == &own_ || buffers_.bytes() > kKeptBytes) {
      for (ParagraphView& v : slots_) v = ParagraphView{};
#if !defined(__wasm__)
      buffers_.slot_bytes.fill(0);
      buffers_.view_bytes = 0;
      std::vector<EvidenceWord>().swap(evidence_);
#endif
    }
    forget();
  }

 private:
  static constexpr uint32_t kNotHeld = UINT32_MAX;
  void forget() {
    held_.fill(kNotHeld);
#if !defined(__wasm__)
    evidence_of_ = kNotHeld;
#endif
  }
  void build(uint32_t p, ParagraphView& v);
#if !defined(__wasm__)
  // Slot s's view was built: its buffers' bytes into the kept sum (a slot's
  // buffers change only when its view is built, or all of them at release()).
  void counted(uint32_t s) {
    const size_t now = ParagraphViewBuffers::bytes_of(slots_[s]);
    buffers_.view_bytes += now - buffers_.slot_bytes[s];
    buffers_.slot_bytes[s] = now;
  }
#endif

  const Document& doc_;
  ParagraphViewBuffers own_;
  ParagraphViewBuffers& buffers_;  // own_ or the caller's
  std::vector<ParagraphView>& slots_;
  std::array<uint32_t, kSlots> held_;  // the paragraph each slot's view is of, or kNotHeld
#if !defined(__wasm__)
  bool evidence_words_ = false;
  uint32_t evidence_of_ = kNotHeld;     // the paragraph whose evidence words evidence_ holds
#endif
  [[maybe_unused]] std::vector<EvidenceWord>& evidence_;  // read natively only
  size_t quote_ = 0, sentence_ = 0;  // first quote / sentence after the last paragraph built
  uint32_t last_built_ = UINT32_MAX;  // the last paragraph built (UINT32_MAX + 1 is paragraph 0, at quote and sentence 0)
};

/// Index of the first token whose span starts at or after `pos` (binary search).
size_t token_at_or_after(const ParagraphView& v, uint32_t pos);
/// The same when every token before `from` is known to start before `pos`:
/// a search that grows from `from`, for an answer known to be near it.
size_t token_at_or_after(const ParagraphView& v, uint32_t pos, size_t from);

}  // namespace claimscope
