#include "annotate.h"

#include <new>

#include "annotate_scratch.h"
#include "attribution.h"
#include "checkworthy.h"
#include "kept_memory.h"
#include "lowered_text.h"
#include "paragraphs.h"
#include "quotes.h"
#include "role_context.h"
#include "sentences.h"
#include "utf8.h"

namespace claimscope {

const char* role_name(Role role) {
  switch (role) {
    case Role::title: return "title";
    case Role::subtitle: return "subtitle";
    case Role::byline: return "byline";
    case Role::dateline: return "dateline";
    case Role::heading: return "heading";
    case Role::body: return "body";
    case Role::caption: return "caption";
    case Role::boilerplate: return "boilerplate";
  }
  return "body";
}

const char* claim_kind_name(ClaimKind kind) {
  return kind == ClaimKind::quote ? "quote" : "reported";
}

namespace {

// Spans are 32-bit; leave room so end offsets never wrap.
constexpr size_t kHardLimit = 0xFFFF0000u / 3;  // repair can triple the size (bad byte -> U+FFFD)

// How much text run_stages segments before it finds that stretch's
// quotations: well inside the level-2 cache, with the sentences' and the
// lowered copy's lines.
constexpr uint32_t kQuoteStretchBytes = 32 * 1024;

// `text` is the document's text, or at the segment stage the input left in
// place (Options::segment_in_place); the later stages read doc.text.
// `lowered` is its lower-cased copy, built by annotate() with doc.text
// (copy_input) except at the segment stage.
void run_stages(std::string_view text, Result& result, const Options& options, LoweredText& lowered) {
  Document& doc = result.doc;
  if (options.list_non_ascii) result.non_ascii = NonAsciiStarts(text.size());
  split_paragraphs_into(text, doc.paragraphs, options.list_non_ascii ? &result.non_ascii : nullptr);
  // A paragraph has a sentence at least: reserved up front, a document of
  // one-line paragraphs (a list, one-word lines) writes the array once
  // instead of copying it at each doubling.
  doc.sentences.reserve(doc.paragraphs.size());
  if (options.stage == Stage::segment) {
    for (uint32_t i = 0; i < doc.paragraphs.size(); ++i) split_sentences(text, doc.paragraphs[i], i, doc.sentences);
    return;  // every paragraph keeps the default role, body
  }
  // One lower-cased copy of the text with its maps for the roles pass's
  // paragraph features and both lexers (the evidence words', then
  // attribution's tokens), instead of one per pass and paragraph: the copying
  // pass runs once, over memory read once. Built before the sentences, so
  // that their walk over the paragraphs sets the stops too (a walk of its
  // own missed the cache once per paragraph).
  //
  // The quotations too, a stretch of paragraphs at a time, right after its
  // sentences: they read no role, and their scan of the text then finds it
  // in the cache. A pass of their own after the roles read a large
  // document's text from memory once more (the roles pass does not read
  // them). Stretches, not paragraphs, so that each part's code stays in
  // the instruction cache over many paragraphs.
  const bool quotes = options.stage != Stage::structure;  // (doc.quotes is empty: clear_keeping_memory)
  uint32_t unquoted = 0;  // the first paragraph whose quotations are not found yet
  for (uint32_t i = 0; i < doc.paragraphs.size(); ++i) {
    split_sentences(text, doc.paragraphs[i], i, doc.sentences);
    lowered.stop_at(doc.paragraphs[i].span.end);
    if (quotes && doc.paragraphs[i].span.end - doc.paragraphs[unquoted].span.start >= kQuoteStretchBytes) {
      find_quotes_in_paragraphs(text, doc.paragraphs, unquoted, i + 1, doc.quotes);
      unquoted = i + 1;
    }
  }
  if (quotes) {
    find_quotes_in_paragraphs(text, doc.paragraphs, unquoted, uint32_t(doc.paragraphs.size()), doc.quotes);
    join_quotes_across_paragraphs(text, doc.paragraphs, doc.quotes);
  }
  if constexpr (kKeepsBuffers) {
    auto& roles = result.scratch.get().roles;
    if (!roles) roles.reset(new RoleBuffers);
    classify_paragraphs(doc.text, doc.paragraphs, &lowered, roles.get());
    // A large document's features are not kept beside attribution's memory (at
    // its peak): freed now, as the roles pass freed its own.
    if (kept_buffer_bytes(*roles) > kKeptBytes) roles.reset();
  } else {
    classify_paragraphs(doc.text, doc.paragraphs, &lowered);  // its own buffers, freed when it ends
  }
  if (options.stage == Stage::structure) return;
  doc.lowered = &lowered;
  // Without it (the page's module) attribution uses buffers of its own.
  if constexpr (kKeepsBuffers) doc.scratch = &result.scratch.get();
#if defined(__wasm__)
  find_evidence_and_word_features(doc);  // one lexing pass for both; reads no claim
  attribute(doc);
#else
  {
    // The evidence and the sentences' word features (they read no claim)
    // paragraph by paragraph as attribution walks the document, from the
    // evidence words tokenize lexes in the same walk as the tokens: each
    // paragraph is lexed once. (The page's module keeps two passes: its bytes.)
    EvidenceListener evidence(doc);
    attribute(doc, evidence);
  }
#endif
  score_sentences(doc);
  doc.lowered = nullptr;  // (after a bad_alloc, annotate() resets the document)
  doc.scratch = nullptr;
}

// doc.text from the input: a copy, or repair's text and its warning.
void copy_input(std::string_view input, bool input_is_valid, Document& doc) {
  if (input_is_valid) {
    doc.text.assign(input.data(), input.size());
    return;
  }
  auto repaired = utf8::repair(input);
  doc.text = std::move(repaired.text);
  if (repaired.replaced > 0) {
    doc.warnings.push_back("invalid UTF-8: " + std::to_string(repaired.replaced) + " byte(s) replaced by U+FFFD");
  }
}

// An earlier result emptied, its memory kept: every member as a new
// Result's but for the capacity (and the caller's attribution_batch_bytes).
void clear_keeping_memory(Result& result) {
  Document& doc = result.doc;
  doc.text.clear();
  doc.warnings.clear();
  doc.paragraphs.clear();
  doc.sentences.clear();
  doc.quotes.clear();
  doc.claims.clear();
  // Natively the speakers' memory goes to the scratch, for the next document's.
  if constexpr (kKeepsBuffers) {
    if (AnnotateScratch* scratch = result.scratch.made()) scratch->speakers.take_back(doc.speakers);
  }
  doc.speakers.clear();
  doc.evidence.clear();
  doc.lowered = nullptr;
  result.error.clear();
  result.non_ascii = NonAsciiStarts{};
}

// The body of both annotate() forms. Neither public form calls the other: a
// profiler that collects inside "annotate(" would count a nested call twice
// and, toggling, not at all.
void annotate_into(std::string_view utf8, const Options& options, Result& result) {
  clear_keeping_memory(result);
  size_t limit = options.max_input_bytes < kHardLimit ? options.max_input_bytes : kHardLimit;
  if (utf8.size() > limit) {
    result.error = "input is " + std::to_string(utf8.size()) + " bytes; the limit is " +
                   std::to_string(limit) + " bytes";
    return;
  }
  try {
    const bool in_place = options.segment_in_place && options.input_is_valid_utf8 && options.stage == Stage::segment;
    // The lowered copy (not made at the segment stage) in the kept scratch,
    // whose block a later document no larger reuses; where annotate() keeps
    // nothing (kKeepsBuffers), its own, freed on return.
    LoweredText own;
    LoweredText& lowered = !kKeepsBuffers || options.stage == Stage::segment ? own : result.scratch.get().lowered;
    if (in_place) {
      // The spans index `utf8` itself; doc.text stays empty.
    } else if (options.stage == Stage::segment) {
      copy_input(utf8, options.input_is_valid_utf8, result.doc);
    } else if (!lowered.build_copying(utf8, result.doc.text, options.input_is_valid_utf8)) {
      copy_input(utf8, false, result.doc);  // a bad byte: repair's text, then its lowered copy
      lowered.build(result.doc.text);
    }
    run_stages(in_place ? utf8 : std::string_view(result.doc.text), result, options, lowered);
    // The scratch is kept for the next document up to kKeptBytes.
    if constexpr (kKeepsBuffers) {
      if (result.scratch.bytes() > kKeptBytes) result.scratch.release();
    }
  } catch (const std::bad_alloc&) {
    result.doc = Document{};
    result.scratch.release();
    result.non_ascii = NonAsciiStarts{};
    result.error = "out of memory while annotating " + std::to_string(utf8.size()) + " bytes";
  }
}

}  // namespace

KeptScratch::KeptScratch() noexcept = default;
KeptScratch::KeptScratch(const KeptScratch&) noexcept {}
KeptScratch::KeptScratch(KeptScratch&&) noexcept = default;
KeptScratch& KeptScratch::operator=(KeptScratch&&) noexcept = default;
KeptScratch::~KeptScratch() {
  // Without kKeepsBuffers nothing calls get(): the pointer stays null, and
  // letting it go unread leaves AnnotateScratch's destructor out of the module.
  if constexpr (!kKeepsBuffers) (void)scratch_.release();
}
AnnotateScratch& KeptScratch::get() {
  if (!scratch_) scratch_ = std::make_unique<AnnotateScratch>();
  return *scratch_;
}
size_t KeptScratch::bytes() const { return scratch_ ? scratch_->bytes() : 0; }
void KeptScratch::release() { scratch_.reset(); }

Result annotate(std::string_view utf8, const Options& options) {
  Result result;
  annotate_into(utf8, options, result);
  return result;
}

void annotate(std::string_view utf8, const Options& options, Result& result) { annotate_into(utf8, options, result); }

}  // namespace claimscope
