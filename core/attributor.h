// Internal to quote attribution (core/attribution*.cpp): the Attributor class, which walks a
// document's paragraphs and writes its speakers and claims, its records and kept lists, and
// the quotation checks its files share. Not included outside those files.
#pragma once

#include "attribution.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

#include "hedges.h"
#include "kept_memory.h"
#include "line_markers.h"
#include "paragraph_view.h"
#include "quote_cues.h"
#include "quote_marks.h"
#include "reported_speech.h"
#include "rules/cues.h"
#include "rules/quote_clauses.h"
#include "sentence_end.h"
#include "speakers.h"
#include "utf8.h"
#include "word_classes.h"
#include "word_shapes.h"

namespace claimscope::attribution_detail {

constexpr size_t kMaxLeadIn = 40;  // tokens of a sentence before its quotation that we look at

// The names of a record's own named mention. Kept beside the records, not in
// them: many records have none (pronouns, inherited speakers), and a huge
// paragraph holds several records per sentence, all written to fresh memory.
struct MentionNames {
  SpeakerName name;
  std::vector<std::pair<SpeakerName, Span>> partners;  // further coordinated speakers
};

// Fields by size, largest first: no padding between them.
struct Attribution {
  std::vector<int32_t> speakers;  // all speakers when coordinated
  Span content;
  Span source;
  Span cue;
  Span name_span;           // the first speaker's own mention
  int32_t names = kNone;    // index into Attributor::names_: set for a named mention
  int32_t quote = kNone;
  uint32_t paragraph = 0;
  int32_t inherit = kNone;  // shares the speaker of this attribution
  int32_t speaker = kNone;
  ClaimKind kind = ClaimKind::reported;
  bool pronoun = false;
  bool claim = true;        // false: a stance with no content ("X say otherwise"), a speaker only
};
static_assert(sizeof(Attribution) <= 80, "a huge paragraph writes several records per sentence");

inline Span token_span(const ParagraphView& v, size_t first, size_t last) {
  return {v.toks[first].span.start, v.toks[last].span.end};
}

// A person named in a sentence with no attribution.
struct Person {
  SpeakerName name;
  Span mention;
  uint32_t paragraph = 0;
  bool titled = false;  // a title or role before the name
  bool described = false;  // one asked by description ("asked the mayor"), not a name
};

// The hedge cues of one paragraph with attributions of its own:
// AttributionBuffers::hedge_spans[first, end).
struct ParagraphHedges {
  uint32_t paragraph = 0;
  uint32_t first = 0, end = 0;
  size_t cursor = 0;  // mark_hedge's last answer
};

// What a quotation is by its shape and place (attribution_quote_shapes.cpp).
bool is_title(const ParagraphView& v, size_t first, size_t end);
bool ends_with_punctuation(const ParagraphView& v, size_t end);
bool piece_ends_with_punctuation(const ParagraphView& v, size_t first, size_t end);
bool is_pull_quote_heading(const ParagraphView& v, size_t first, size_t end);
bool is_fragment(const ParagraphView& v, size_t first, size_t end);
bool is_headline(const ParagraphView& v);
std::optional<MentionRange> headline_speaker(const ParagraphView& v, size_t first);
bool is_set_off_sentence(const ParagraphView& v, size_t first);
bool is_embedded_fragment(const ParagraphView& v, size_t first, size_t end);
bool is_named_title(const ParagraphView& v, size_t first, size_t end, bool whole_paragraph);

// The words around a quotation (attribution_quote_context.cpp).
std::optional<size_t> tail_after_quote(const ParagraphView& v, size_t first, size_t end);
bool introduces_directly(const ParagraphView& v, size_t cue_last, size_t first);
size_t clause_end(const ParagraphView& v, size_t end);
size_t noun_clause_end(const ParagraphView& v, size_t first, size_t end);
std::optional<std::pair<size_t, MentionRange>> that_clause_before(const ParagraphView& v, size_t first);
// "Ruiz's claim that …": the statement noun, its "that" and its owner (owned_statement_before).
struct OwnedStatement {
  size_t noun = 0, that = 0;
  MentionRange owner;
};
std::optional<OwnedStatement> owned_statement_before(const ParagraphView& v, size_t first);
// "refers to the governor as “Chris”": the verb, the object's first token, the subject.
struct ReferredAs {
  size_t verb = 0, object = 0;
  MentionRange subject;
};
std::optional<ReferredAs> referred_as_before(const ParagraphView& v, size_t first);
std::optional<std::pair<size_t, MentionRange>> verb_clause_before(const ParagraphView& v, size_t first);
bool cue_opens_next_statement(const ParagraphView& v, size_t first, size_t end, const QuoteCue& cue);
std::optional<MentionRange> relaying_source_before(const ParagraphView& v, size_t first);
std::optional<MentionRange> sentence_subject(const ParagraphView& v, size_t first, size_t body);
std::optional<size_t> lead_in_start(const ParagraphView& v, size_t first);

}  // namespace claimscope::attribution_detail

namespace claimscope {

// The Attributor's working lists, its members (it derives from this): its
// own, or for the run the memory of annotate()'s kept from one document to
// the next (AnnotateScratch::attribution), so that a batch of documents
// grows them once. Each document starts with all of them empty (clear());
// their elements are not kept, only the lists' memory.
struct AttributionBuffers {
  // (The records and lists are attribution_detail's, as the Attributor is.)
  using Attribution = attribution_detail::Attribution;
  using MentionNames = attribution_detail::MentionNames;
  using Person = attribution_detail::Person;
  using ParagraphHedges = attribution_detail::ParagraphHedges;

  // The hedge cues of each paragraph with attributions of its own, in
  // paragraph order; only there can a claim start. Not one entry per
  // paragraph: a text of short lines has a paragraph every few bytes. The
  // cues of all of them in one list, not one list each (an allocation each).
  std::vector<ParagraphHedges> hedges_;
  std::vector<Span> hedge_spans_;  // hedges_'s cues, paragraph after paragraph
  std::vector<Attribution> attrs_;
  std::vector<MentionNames> names_;  // the named mentions of attrs_
  std::vector<Person> people_;  // persons named in sentences with no attribution, in text order
  // The views of the batch's paragraphs that can hold a record (valid until
  // the next batch starts: the batch and its neighbours never share a slot).
  std::vector<const ParagraphView*> batch_;
  // batch_[i]'s reported clauses; each list is emptied where it is filled
  // again, so clear() leaves them (their memory is reused).
  std::vector<std::vector<ReportedClause>> batch_clauses_;
  size_t clause_room_ = 0;  // the sum of batch_clauses_' capacities, kept as they grow (read_batch)
  std::vector<uint32_t> unnamed_pieces_;  // quotes of a group that no record names, in order
  std::vector<int32_t> indexes_;  // resolve_speakers' and share_group_speakers' lists of records
  std::vector<uint32_t> order_;   // write_claims' order of records
#if !defined(__wasm__)
  // resolve_speakers' registry when kept (natively): its tables are set up
  // once, not per document; start() empties it for each.
  std::unique_ptr<SpeakerRegistry> registry_;
#endif

  void clear() {
    hedges_.clear();
    hedge_spans_.clear();
    attrs_.clear();
    names_.clear();
    people_.clear();
    batch_.clear();
    unnamed_pieces_.clear();
    indexes_.clear();
    order_.clear();
  }
  /// The heap memory of the lists (not of their elements' own lists and
  /// names, which clear() frees).
  size_t bytes() const {
    return hedges_.capacity() * sizeof(ParagraphHedges) + hedge_spans_.capacity() * sizeof(Span) +
           attrs_.capacity() * sizeof(Attribution) + names_.capacity() * sizeof(MentionNames) +
           people_.capacity() * sizeof(Person) + batch_.capacity() * sizeof(const ParagraphView*) +
           unnamed_pieces_.capacity() * sizeof(uint32_t) + indexes_.capacity() * sizeof(int32_t) +
           order_.capacity() * sizeof(uint32_t) + clause_bytes() + registry_bytes();
  }
  size_t registry_bytes() const {
#if !defined(__wasm__)
    if (registry_) return sizeof(SpeakerRegistry) + registry_->bytes();
#endif
    return 0;
  }
  // Asked twice per document (the run's end and annotate()'s cap): a kept
  // sum, not a walk of the lists.
  size_t clause_bytes() const {
    return batch_clauses_.capacity() * sizeof(batch_clauses_[0]) + clause_room_ * sizeof(ReportedClause);
  }
};

}  // namespace claimscope

namespace claimscope::attribution_detail {

class Attributor : AttributionBuffers {
 public:
  // The views' buffers and the lists are annotate()'s kept ones when it has
  // them (doc.scratch): the lists' memory is moved in for the run and back
  // when it ends, and the members are the lists themselves, not references.
  Attributor(Document& doc, ParagraphListener* listener);

  ~Attributor() {
    if (kept_) *kept_ = std::move(lists());
  }
  Attributor(const Attributor&) = delete;
  Attributor& operator=(const Attributor&) = delete;

  void run();

 private:
  // The paragraph loop (attribution.cpp).
  void read_batch(uint32_t b, uint32_t e, size_t q);
#if !defined(__wasm__)
  void tell(uint32_t p, const std::vector<EvidenceWord>* lexed);
#endif
  void attribute_paragraph(const ParagraphView& v, const std::vector<ReportedClause>& clauses, size_t& q);
  void add_clause(const ParagraphView& v, const ReportedClause& rc);
  void reserve_records(uint32_t paragraph, size_t q, size_t clauses);
  void reserve_for_large_document();
  static std::vector<ReportedClause>& reserve_clauses(std::vector<ReportedClause>& clauses, size_t tokens);
  size_t quotes_in_paragraph(uint32_t paragraph, size_t q) const;

  bool recent(int32_t idx, uint32_t paragraph) const {
    return idx != kNone && attrs_[idx].paragraph + 1 >= paragraph;
  }

  // The new record's index. A record with nobody named ("The fare is expected to rise",
  // a question with no asker) does not become the last speaker: a quotation or an
  // "adding that" after it continues the speaker before it.
  int32_t push(const Attribution& a) {
    attrs_.push_back(a);
    const int32_t idx = int32_t(attrs_.size() - 1);
    if (!a.source.empty() || a.inherit != kNone) last_ = idx;
    return idx;
  }

  // Who a record names, and the people named without a claim (attribution_mentions.cpp).
  void set_mention(Attribution& a, const ParagraphView& v, const MentionRange& given);
  [[gnu::cold]] static std::optional<MentionRange> fragment_source(const ParagraphView& v, const MentionRange& m,
                                                                   Span cue);
  static bool common_word_opening(const ParagraphView& v, const MentionRange& m);
  void note_people(const ParagraphView& v, size_t attrs_before);
  [[gnu::cold]] void merge_people(size_t from, size_t mid);
  static std::optional<MentionRange> named_subject(const ParagraphView& v, size_t lo, size_t end);
  void note_asked(const ParagraphView& v, Span cue);
  static bool is_singular_role(const Token& t);
  static bool titled(const std::vector<Token>& toks, const MentionRange& m);

  // One quotation's speaker, and the pieces of a split quote (attribution_quote.cpp).
  void add_quote(const ParagraphView& v, uint32_t qi);
  [[gnu::cold]] void note_clause_subject(const ParagraphView& v, const MentionRange& m);
  size_t after_dateline(const ParagraphView& v) const;
  std::optional<MentionRange> previous_sentence_actor(const ParagraphView& v, size_t first) const;
  bool take_colon_line_speaker(Attribution& a, const ParagraphView& v, size_t first);
  void group_with_previous(uint32_t qi, const Attribution& a, bool continues);
  bool shares_cue_with_last_quote(const Attribution& a, const ParagraphView& v, const MentionRange& m);
  void push_clause_around(Attribution& a, Span content);
  bool quotes_speech_in_double_marks();

  // After the walk: speakers and claims (attribution_claims.cpp).
  void share_group_speakers();
  void resolve_speakers();
  void mark_hedge(uint32_t paragraph, Claim& c);
  void write_claims();

  // A cue or a mention found for the record itself (before resolve_speakers copies them).
  static bool names_own_speaker(const Attribution& a) { return !a.source.empty() || !a.cue.empty(); }

  // The record `i` takes its speaker from: the end of its inheritance chain.
  int32_t root_of(int32_t i) const {
    while (attrs_[i].inherit != kNone) i = attrs_[i].inherit;
    return i;
  }

  Document& doc_;
  int double_marks_ = -1;  // unknown until first asked
  ParagraphViews views_;
  [[maybe_unused]] ParagraphListener* listener_;  // (read natively only)
#if !defined(__wasm__)
  uint32_t told_ = 0;  // the paragraphs before it the listener was told of
#endif
  // The lists (AttributionBuffers, the base) as one.
  AttributionBuffers& lists() { return *this; }
#if !defined(__wasm__)
  SpeakerRegistry& kept_registry() {
    if (!registry_) registry_ = std::make_unique<SpeakerRegistry>();
    return *registry_;
  }
#endif

  AttributionBuffers* kept_;  // annotate()'s kept lists (their memory is in the base during the run), or null
  size_t hedge_at_ = 0;  // mark_hedge's cursor
  int32_t last_ = kNone;
  int32_t last_quote_ = kNone;
  int32_t containing_ = kNone;
};

}  // namespace claimscope::attribution_detail
