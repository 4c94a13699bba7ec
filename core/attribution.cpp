// Who says what. Reads paragraphs, sentences and quotes; writes quote
// speakers, doc.speakers and doc.claims.
//
// Per paragraph, reported clauses and quotes are visited in text order so a
// quote with no cue of its own can take the speaker of what came just before
// (the rest of a split quote, the next paragraph of the same statement, a
// quoted fragment inside a reported clause). Speakers are resolved at the
// end, in order of their mentions, so pronouns find the latest named one.
#include "attribution.h"

#include "annotate_scratch.h"
#include "attributor.h"
#include "nearly_sorted.h"

namespace claimscope {

void KeptBuffersDeleter::operator()(AttributionBuffers* b) const noexcept { delete b; }
size_t kept_buffer_bytes(const AttributionBuffers& b) { return b.bytes(); }

namespace {

// annotate()'s kept lists when it lends the document its scratch (made when
// first asked for), else null.
AttributionBuffers* kept_lists(Document& doc) {
  if (!kKeepsBuffers || !doc.scratch) return nullptr;
  auto& kept = doc.scratch->attribution;
  if (!kept) kept.reset(new AttributionBuffers);
  return kept.get();
}

// Only ASCII letters and digits: the tokenizer makes one token of it.
bool is_one_plain_word(std::string_view text, Span span) {
  if (span.empty()) return false;
  for (uint32_t i = span.start; i < span.end; ++i) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b >= 0x80 || !utf8::ascii::has(b, utf8::ascii::kWord)) return false;
  }
  return true;
}

}  // namespace

namespace attribution_detail {

Attributor::Attributor(Document& doc, ParagraphListener* listener)
    : doc_(doc),
      views_(doc, kKeepsBuffers && doc.scratch ? &doc.scratch->views : nullptr),
      listener_(listener),
      kept_(kept_lists(doc)) {
  if (kept_) lists() = std::move(*kept_);
  clear();
#if !defined(__wasm__)
  if (listener) views_.with_evidence_words();
#endif
}

void Attributor::run() {
  reserve_for_large_document();
  size_t q = 0;  // the first quote of the next paragraph to attribute, or a later one
  for (uint32_t b = 0; b < views_.size();) {
    const uint32_t e = views_.batch_end(b);
    read_batch(b, e, q);
    for (size_t i = 0; i < batch_.size(); ++i) attribute_paragraph(*batch_[i], batch_clauses_[i], q);
    b = e;
  }
#if !defined(__wasm__)
  if (listener_ && told_ < views_.size()) listener_->skipped(told_, uint32_t(views_.size()));
#endif
  // The views and the clause buffers are not read again: freed before the
  // speakers and claims are built (for one huge paragraph its tokens and
  // clauses would otherwise stay beside the claims, at the peak).
  views_.release();
  if (!kept_ || clause_bytes() > kKeptBytes) {
    std::vector<std::vector<ReportedClause>>().swap(batch_clauses_);
    clause_room_ = 0;
  }
  share_group_speakers();
  resolve_speakers();
  write_claims();
}

// Paragraphs [b, e) that can hold a record: their views, then their
// reported clauses in order of content. Each part runs over the whole
// batch before the next one starts, so its code stays in the instruction
// cache (one paragraph at a time, the attribution stage's ~90 KB of hot
// code went through a 32 KB cache once per paragraph). Neither part reads
// a record: the result is the same as one paragraph at a time. `q` is the
// first quote of paragraph b or later.
void Attributor::read_batch(uint32_t b, uint32_t e, size_t q) {
  batch_.clear();
  for (uint32_t p = b; p < e; ++p) {
    while (q < doc_.quotes.size() && doc_.quotes[q].paragraph < p) ++q;
    // A paragraph of one plain word with no quotation (a line of a list, a
    // one-word heading) is one token: too few for a reported clause, so it
    // adds no record and its view need not be built (that was most of
    // attribution's cost on one-word lines). A later quotation that looks
    // back at it builds the view then.
    if (is_one_plain_word(doc_.text, doc_.paragraphs[p].span) && !quotes_in_paragraph(p, q)) continue;
#if !defined(__wasm__)  // (the page's module runs the evidence pass on its own: its bytes)
    // A long paragraph's evidence before its tokens exist (the listener
    // lexes it and gives its buffers back): both at once would raise the peak.
    if (listener_ && !views_.evidence_in_walk(p)) tell(p, nullptr);
#endif
    const ParagraphView& v = views_[p];
    batch_.push_back(&v);
#if !defined(__wasm__)
    // The evidence and word features of the paragraph (from the evidence
    // words its view lexed with the tokens, still in the data cache), and
    // of the skipped ones before it, in order.
    if (listener_ && told_ <= p) tell(p, views_.evidence_words_of(p));
#endif
  }
  if (batch_clauses_.size() < batch_.size()) batch_clauses_.resize(batch_.size());
  for (size_t i = 0; i < batch_.size(); ++i) {
    const ParagraphView& v = *batch_[i];
    std::vector<ReportedClause>& clauses = batch_clauses_[i];
    // A reported clause needs a cue word and one more token (its content or
    // its speaker): a one-token paragraph has none, and setting up the
    // finder was most of reported speech's cost on a one-word line.
    const size_t room = clauses.capacity();
    if (v.toks.size() < 2) clauses.clear();
    else find_reported_speech(v, reserve_clauses(clauses, v.toks.size()));
    clause_room_ += clauses.capacity() - room;
    auto by_start = [](const ReportedClause& a, const ReportedClause& b) { return a.content.start < b.content.start; };
    stable_sort_nearly_sorted(clauses.begin(), clauses.end(), by_start);
  }
}

#if !defined(__wasm__)
// The listener, of paragraph p (and of the skipped ones before it).
void Attributor::tell(uint32_t p, const std::vector<EvidenceWord>* lexed) {
  if (told_ < p) listener_->skipped(told_, p);
  listener_->paragraph(p, lexed);
  told_ = p + 1;
}
#endif

// The records of one paragraph of the batch: its quotes and reported
// clauses in text order, its hedges, and the people it names. `q` is its
// first quote, or a later paragraph's; moved past its quotes.
void Attributor::attribute_paragraph(const ParagraphView& v, const std::vector<ReportedClause>& clauses, size_t& q) {
  const size_t attrs_before = attrs_.size(), unnamed_before = unnamed_pieces_.size();
  if (!clauses.empty() || (q < doc_.quotes.size() && doc_.quotes[q].paragraph == v.paragraph)) {
    reserve_records(v.paragraph, q, clauses.size());
  }
  size_t c = 0;
  containing_ = kNone;
  while (true) {
    bool has_quote = q < doc_.quotes.size() && doc_.quotes[q].paragraph == v.paragraph;
    bool has_clause = c < clauses.size();
    if (!has_quote && !has_clause) break;
    if (has_clause && (!has_quote || clauses[c].content.start <= doc_.quotes[q].span.start)) {
      add_clause(v, clauses[c++]);
    } else {
      add_quote(v, uint32_t(q++));
    }
  }
  // Hedges are looked up only where claims start: paragraphs with attributions of their own.
  // (A piece that may be named later is one: its claim is written if it is.)
  if (attrs_.size() > attrs_before || unnamed_pieces_.size() > unnamed_before) {
    const uint32_t first = uint32_t(hedge_spans_.size());
    find_hedges(v, hedge_spans_);
    hedges_.push_back({v.paragraph, first, uint32_t(hedge_spans_.size())});
  }
  note_people(v, attrs_before);
}

void Attributor::add_clause(const ParagraphView& v, const ReportedClause& rc) {
  Attribution a;
  a.content = rc.content;
  a.cue = rc.cue;
  a.paragraph = v.paragraph;
  a.claim = !rc.stance_only;
  if (rc.continues_previous) {
    if (!recent(last_, v.paragraph)) return;
    a.inherit = last_;
  } else if (rc.mention) {
    set_mention(a, v, *rc.mention);
    if (!a.source.empty()) note_asked(v, rc.cue);
  }
  containing_ = push(a);
}

// A clause adds at most one record and a quote at most two (its own and a
// mixed-quote clause). Reserving that bound when it outgrows the buffer
// keeps one huge paragraph from growing the records by doubling: each
// doubling copies them into fresh memory and touches twice the pages.
// Below the bound the buffer still doubles, so many small paragraphs cost
// no more than before.
void Attributor::reserve_records(uint32_t paragraph, size_t q, size_t clauses) {
  const size_t quotes = quotes_in_paragraph(paragraph, q);
  const size_t bound = attrs_.size() + clauses + 2 * quotes;
  if (bound > attrs_.capacity()) attrs_.reserve(std::max(bound, 2 * attrs_.capacity()));
}

// A large document's records are reserved once from a guess instead of
// growing by doubling through it: each doubling moves every record (and
// its speakers' list) into fresh memory, far outside the caches at 10 MB.
// News holds a record per ~230 bytes of text; one per 128 leaves room, and
// denser text still grows past it. The unused tail is never touched; below
// the size, doubling is cheap and the kept buffers stay small.
void Attributor::reserve_for_large_document() {
  constexpr size_t kLargeDocumentBytes = 4u << 20;
  constexpr size_t kTextBytesPerRecord = 128;
  if (doc_.text.size() > kLargeDocumentBytes) attrs_.reserve(doc_.text.size() / kTextBytesPerRecord);
}

// A huge paragraph's clause buffer is reserved once from a guess instead of
// growing by doubling through it (each doubling copies the clauses into
// fresh pages and touches twice the memory). The finder promises no bound
// per cue, so this is a guess, not a bound: a clause holds a cue and
// kMinContentWords words, so one per four tokens is denser than any prose,
// and past it the buffer still grows. The unused tail is never touched.
std::vector<ReportedClause>& Attributor::reserve_clauses(std::vector<ReportedClause>& clauses, size_t tokens) {
  constexpr size_t kHugeParagraphTokens = 64 * 1024;  // below: doubling is cheap enough
  constexpr size_t kTokensPerClause = 4;
  if (tokens > kHugeParagraphTokens) clauses.reserve(tokens / kTokensPerClause);
  return clauses;
}

// How many quotes from doc_.quotes[q] on lie in `paragraph` (quotes are in
// paragraph order). Galloping, then a binary search: a paragraph of a
// million quotes costs a logarithm, and one with none a single test.
size_t Attributor::quotes_in_paragraph(uint32_t paragraph, size_t q) const {
  const std::vector<Quote>& quotes = doc_.quotes;
  if (q >= quotes.size() || quotes[q].paragraph != paragraph) return 0;
  size_t in = q, step = 1;  // quotes[in] is in the paragraph
  while (in + step < quotes.size() && quotes[in + step].paragraph == paragraph) in += step, step *= 2;
  const size_t out = std::min(in + step, quotes.size());  // past the paragraph's last quote
  auto past = std::partition_point(quotes.begin() + in, quotes.begin() + out,
                                   [paragraph](const Quote& x) { return x.paragraph == paragraph; });
  return size_t(past - quotes.begin()) - q;
}

}  // namespace attribution_detail

using attribution_detail::Attributor;

void attribute(Document& doc) {
  doc.speakers.clear();
  doc.claims.clear();
  Attributor(doc, nullptr).run();
}

#if !defined(__wasm__)
void attribute(Document& doc, ParagraphListener& listener) {
  doc.speakers.clear();
  doc.claims.clear();
  Attributor(doc, &listener).run();
}
#endif

}  // namespace claimscope