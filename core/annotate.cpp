#include "annotate.h"

#include <new>

#include "attribution.h"
#include "checkworthy.h"
#include "lowered_text.h"
#include "paragraphs.h"
#include "quotes.h"
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

// The input is checked and copied a block at a time: utf8::repair checks a
// whole valid text before it copies it in one piece, and a text larger than
// the caches is then read from memory twice. A block is copied while the
// check has just read it. 64 KB: a few blocks per L2, few calls per MB.
constexpr size_t kCopyBlock = 64 * 1024;

// Where a block that should end at `end` ends: not before a continuation
// byte, so no valid sequence is cut. A run of continuation bytes longer than
// a sequence is invalid anyway: the block then keeps `end`, and the check
// sends it to repair.
size_t block_end(std::string_view input, size_t end) {
  if (end >= input.size()) return input.size();
  size_t at = end;
  while (at > end - 3 && (static_cast<unsigned char>(input[at]) & 0xC0) == 0x80) --at;
  return (static_cast<unsigned char>(input[at]) & 0xC0) == 0x80 ? end : at;
}

// `input` as the document's text: valid blocks copied as they are; from the
// first block with a bad byte on, utf8::repair's text and warning. repair is
// byte by byte from a sequence's start, and every block ends before one, so
// the text is the one repair gives for the whole input.
void copy_repaired(std::string_view input, Document& doc) {
  doc.text.reserve(input.size());
  size_t pos = 0;
  while (pos < input.size()) {
    const size_t end = block_end(input, pos + kCopyBlock);
    const std::string_view block = input.substr(pos, end - pos);
    if (!utf8::is_valid(block)) break;
    doc.text.append(block);
    pos = end;
  }
  if (pos == input.size()) return;
  auto repaired = utf8::repair(input.substr(pos));
  if (pos == 0) {
    doc.text = std::move(repaired.text);  // no valid block: no second copy
  } else {
    doc.text.append(repaired.text);
  }
  if (repaired.replaced > 0) {
    doc.warnings.push_back("invalid UTF-8: " + std::to_string(repaired.replaced) + " byte(s) replaced by U+FFFD");
  }
}

// `text` is the document's text, or at the segment stage the input left in
// place (Options::segment_in_place); the later stages read doc.text.
void run_stages(std::string_view text, Result& result, const Options& options) {
  Document& doc = result.doc;
  if (options.list_non_ascii) result.non_ascii = NonAsciiStarts(text.size());
  doc.paragraphs = split_paragraphs(text, options.list_non_ascii ? &result.non_ascii : nullptr);
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
  LoweredText lowered;
  lowered.build(doc.text);
  for (uint32_t i = 0; i < doc.paragraphs.size(); ++i) {
    split_sentences(text, doc.paragraphs[i], i, doc.sentences);
    lowered.stop_at(doc.paragraphs[i].span.end);
  }
  classify_paragraphs(doc.text, doc.paragraphs, &lowered);
  if (options.stage == Stage::structure) return;
  doc.quotes = find_quotes(doc.text, doc.paragraphs);
  doc.lowered = &lowered;
  find_evidence_and_word_features(doc);  // one lexing pass for both; reads no claim
  attribute(doc);
  score_sentences(doc);
  doc.lowered = nullptr;  // (after a bad_alloc, annotate() resets the document)
}

}  // namespace

Result annotate(std::string_view utf8, const Options& options) {
  Result result;
  size_t limit = options.max_input_bytes < kHardLimit ? options.max_input_bytes : kHardLimit;
  if (utf8.size() > limit) {
    result.error = "input is " + std::to_string(utf8.size()) + " bytes; the limit is " +
                   std::to_string(limit) + " bytes";
    return result;
  }
  try {
    const bool in_place = options.segment_in_place && options.input_is_valid_utf8 && options.stage == Stage::segment;
    if (in_place) {
      // The spans index `utf8` itself; doc.text stays empty.
    } else if (options.input_is_valid_utf8) {
      result.doc.text.assign(utf8.data(), utf8.size());
    } else {
      copy_repaired(utf8, result.doc);
    }
    run_stages(in_place ? utf8 : std::string_view(result.doc.text), result, options);
  } catch (const std::bad_alloc&) {
    result.doc = Document{};
    result.non_ascii = NonAsciiStarts{};
    result.error = "out of memory while annotating " + std::to_string(utf8.size()) + " bytes";
  }
  return result;
}

}  // namespace claimscope
