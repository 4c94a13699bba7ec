// The document model that annotate() returns.
//
// Every span is [start, end) in UTF-8 byte offsets into Document::text (the
// input after UTF-8 repair). Converting to code points (CLI) or UTF-16 code
// units (JS) happens once, at the edge, through offsets.h.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace claimscope {

class LoweredText;

/// Half-open byte range [start, end) into Document::text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  bool empty() const { return end <= start; }
  uint32_t size() const { return end > start ? end - start : 0; }
  friend bool operator==(const Span& a, const Span& b) { return a.start == b.start && a.end == b.end; }
};

/// No speaker / no paragraph: used for optional indexes.
constexpr int32_t kNone = -1;

/// What a paragraph is, as a reader would name it.
enum class Role : uint8_t {
  title,
  subtitle,
  byline,
  dateline,  // a paragraph that is only a dateline; a dateline prefix is Paragraph::dateline
  heading,
  body,
  caption,
  boilerplate,
};
const char* role_name(Role role);

/// Ids of the role rules that fired for a paragraph, strongest first. Every
/// id is a static string of the rule tables (core/rules/roles.h), so they are
/// kept inline as pointers: a vector of strings cost two heap blocks per
/// paragraph, most of the time spent on text of one-word lines.
class RuleIds {
 public:
  /// The most any paragraph gets: body + dateline prefix + agency + place in capitals.
  static constexpr size_t kMax = 4;

  class iterator {
   public:
    explicit iterator(const char* const* p) : p_(p) {}
    std::string_view operator*() const { return *p_; }
    iterator& operator++() { ++p_; return *this; }
    bool operator!=(const iterator& o) const { return p_ != o.p_; }
    bool operator==(const iterator& o) const { return p_ == o.p_; }

   private:
    const char* const* p_;
  };

  RuleIds() = default;
  RuleIds(std::initializer_list<const char*> ids) {
    for (const char* id : ids) push_back(id);
  }
  /// `id` must outlive the document (a rule table's string literal). Past
  /// kMax (no rule set reaches it) the weakest reasons are dropped.
  void push_back(const char* id) {
    if (count_ < kMax) ids_[count_++] = id;
  }
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  std::string_view operator[](size_t i) const { return ids_[i]; }
  std::string_view front() const { return ids_[0]; }
  iterator begin() const { return iterator(ids_); }
  iterator end() const { return iterator(ids_ + count_); }

 private:
  const char* ids_[kMax] = {};
  uint8_t count_ = 0;
};

struct Paragraph {
  Span span;                         // trimmed of surrounding white space
  Role role = Role::body;
  float confidence = 0.5f;           // 0..1: how sure the role decision is
  RuleIds reasons;                   // ids of the role rules that fired, strongest first
  Span dateline;                     // "JAKARTA -" prefix of a body paragraph; empty if none
};

struct Sentence {
  Span span;  // trimmed: starts and ends on non-space text
  uint32_t paragraph = 0;
  float checkworthy = 0.0f;  // 0..1: how worth fact-checking (core/checkworthy.h)
  uint32_t features = 0;     // bit i set: check-worthiness feature i fired (checkworthy_feature_name)
};

/// A stretch of text between quotation marks (marks included in span).
struct Quote {
  Span span;
  int32_t speaker = kNone;  // index into Document::speakers
  Span source;              // the speaker mention that attributes it (may be a pronoun)
  Span cue;                 // the cue verb or phrase ("said", "according to")
  uint32_t paragraph = 0;
  int32_t group = kNone;    // pieces of one split quote (“A,” she said, “B.”) share a group id
  bool scare = false;       // short quoted phrase with no speech cue: not attributed
  bool unclosed = false;    // ran to the end of its paragraph without a closing mark
};

enum class ClaimKind : uint8_t { quote, reported };
const char* claim_kind_name(ClaimKind kind);

/// An attributed statement: a direct quotation or a reported-speech clause.
struct Claim {
  Span span;                // the content
  ClaimKind kind = ClaimKind::reported;
  int32_t speaker = kNone;  // index into Document::speakers
  std::vector<int32_t> speakers;  // coordinated speakers ("Russia and China said"), speaker first; empty if one
  Span source;              // speaker mention
  Span cue;                 // cue verb or phrase
  bool hedged = false;
  Span hedge;               // the hedge cue ("could", "reportedly"); empty if none
  int32_t quote = kNone;    // for kind == quote: index into Document::quotes
};

struct Speaker {
  std::string name;                  // fullest form used in the article
  std::vector<std::string> aliases;  // other forms used ("Blinken", "he" is not an alias)
  std::vector<Span> mentions;        // every mention, in text order
};

/// A number with what it measures: the concrete detail a claim can be checked against.
enum class EvidenceKind : uint8_t { number, quantity, money, percent, date, time };
const char* evidence_kind_name(EvidenceKind kind);

struct Evidence {
  Span span;
  EvidenceKind kind = EvidenceKind::number;
};

struct Document {
  std::string text;              // the input after UTF-8 repair; all spans index this
  std::vector<std::string> warnings;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Quote> quotes;
  std::vector<Claim> claims;
  std::vector<Speaker> speakers;
  std::vector<Evidence> evidence;  // in text order, not overlapping
  // annotate()'s lower-cased copy of the text for its lexers while they run
  // (core/lowered_text.h); null outside them.
  LoweredText* lowered = nullptr;  // not const: tokenize lower-cases letters beyond ASCII in it
  // The buffers annotate() keeps for its stages from one document to the
  // next (core/annotate_scratch.h) while they run; null outside them.
  struct AnnotateScratch* scratch = nullptr;
  // How much text attribution reads in one batch of paragraph views
  // (ParagraphViews::batch_end, at most 14 paragraphs): enough paragraphs for
  // each part's code to stay in the instruction cache, few enough for their
  // tokens to stay in the level-2 cache. Any value gives the same result
  // (tests set 1: one paragraph at a time).
  uint32_t attribution_batch_bytes = 8192;
};

}  // namespace claimscope
