#include "checkworthy.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "evidence.h"
#include "evidence_words.h"
#include "hedges.h"
#include "lexicon.h"
#include "no_fill_vector.h"
#include "rules/checkworthy.h"
#include "rules/hedges.h"
#include "word_index.h"

namespace claimscope {

namespace {

constexpr size_t kFeatureCount = std::size(rules::kCheckworthyFeatures);
static_assert(kFeatureCount <= 28, "features are the low bits of a uint32_t, below the four word flags");

constexpr bool same_text(const char* a, const char* b) {
#if defined(__wasm__)
  // At run time (the tables' word rules), the library's strcmp: the loop
  // inlined is more of the page's bytes. Natively as it was measured.
  if (!__builtin_is_constant_evaluated()) return std::strcmp(a, b) == 0;
#endif
  while (*a != '\0' && *a == *b) ++a, ++b;
  return *a == *b;
}

constexpr int feature_bit(const char* id) {
  for (size_t i = 0; i < kFeatureCount; ++i) {
    if (same_text(rules::kCheckworthyFeatures[i].id, id)) return int(i);
  }
  return -1;
}

constexpr uint32_t bit(const char* id) {
  const int b = feature_bit(id);
  return b < 0 ? 0u : (1u << b);
}

// The features' bits as constants: as fields of the Tables object the word
// loop kept them in memory (too few registers) and loaded them every word.
constexpr uint32_t kNumber = bit("number"), kMoney = bit("money_or_percent"), kDate = bit("date_time"),
                   kEntity = bit("named_entity"), kAttribution = bit("attribution"), kQuotation = bit("quotation"),
                   kHedge = bit("hedge"), kPast = bit("past_event"), kOpinion = bit("first_person_opinion"),
                   kQuestion = bit("question"), kShort = bit("short"), kLong = bit("long");

// Per-word flags beyond the feature bits (features use the low bits).
constexpr uint32_t kFirstPersonFlag = kCheckworthyFirstPerson;
constexpr uint32_t kOpinionFlag = kCheckworthyOpinionVerb;
constexpr uint32_t kMayFlag = kCheckworthyMayWord;
constexpr uint32_t kWordOnlyFlags = kFirstPersonFlag | kOpinionFlag | kMayFlag | kEvidenceNumberWord | kEvidenceDateWord;

// Natively, the word features' lookup also says where evidence may start,
// and the evidence finder visits only there. Not in WebAssembly, where the
// page's bytes are the bar (+1.8 KB gzip, native27): the finder steps
// through every token there, as it did before.
#if defined(__wasm__)
constexpr bool kEvidenceStarts = false;
#else
constexpr bool kEvidenceStarts = true;
#endif

// The first eight bytes of a word of n bytes at p, zero past its end
// (little-endian, as WordIndex::find_packed takes a key of up to eight): one
// load and a mask by length, no branch. Eight bytes must be readable at p:
// an evidence word's lowered text is followed by its stretch's word-stop map
// (at least nine bytes, utf8::word_stops_size). n <= 23 (EvidenceWord::len).
constexpr std::array<uint64_t, 32> kHeadMask = [] {
  std::array<uint64_t, 32> m{};
  for (size_t n = 1; n < m.size(); ++n) m[n] = n >= 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * n)) - 1;
  return m;
}();
uint64_t head_of(const char* p, size_t n) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v & kHeadMask[n & 31];
}

// A bitmap over a hash of a word's head and its length, in front of the
// index: word_filter.h's JointWordFilter, but from the head (one load and a
// mask) where that one loads four bytes one by one (native29). No false
// negatives: a word passes when any table word has its head and length.
class HeadFilter {
 public:
  void add(uint64_t head, size_t n) { bits_[hash(head, n) >> 6] |= uint64_t(1) << (hash(head, n) & 63); }
  /// False only for (head, length) pairs never added.
  bool may_contain(uint64_t head, size_t n) const { return bits_[hash(head, n) >> 6] >> (hash(head, n) & 63) & 1u; }

 private:
  static constexpr unsigned kBits = 14;
  static uint32_t hash(uint64_t head, size_t n) {
    return uint32_t(((head + n) * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
  }
  uint64_t bits_[(size_t(1) << kBits) / 64] = {};
};

// What a mark does to the sentence's state, as bits: where evidence may
// start (a currency sign, evidence.h), where a capital says nothing after it
// (a quotation or an aside opens), and the question: "?" sets it, a closing
// quote or bracket keeps it, any other mark ends it.
enum MarkClass : uint8_t { kCurrency = 1, kOpens = 2, kKeepsQuestion = 4, kQuestionMark = 8 };

constexpr bool opens_phrase(char32_t mark) {
  return mark == '"' || mark == U'\u201C' || mark == U'\u2018' || mark == '\'' || mark == ':' || mark == '(' ||
         mark == '-' || mark == U'\u2014' || mark == U'\u2013';
}
constexpr bool keeps_question(char32_t mark) {
  return mark == '"' || mark == U'\u201D' || mark == U'\u2019' || mark == ')';
}

// The classes of U+0000-00FF, then of U+2000-20FF (dashes, curly quotes,
// currency signs), then one slot for every other code point: looked up
// without a branch (a chain of compares per mark mispredicted ~7 K times per
// MB of news).
class MarkClasses {
 public:
  MarkClasses() {
    for (char32_t m = 0; m < 0x100; ++m) classes_[m] = of(m);
    for (char32_t m = 0x2000; m < 0x2100; ++m) classes_[0x100 + (m - 0x2000)] = of(m);
  }
  uint8_t operator()(char32_t m) const {
    const uint32_t general = m - 0x2000u;
    const uint32_t slot = m < 0x100 ? m : general < 0x100 ? 0x100 + general : kOther;
    return classes_[slot];
  }

 private:
  static constexpr uint32_t kOther = 0x200;
  static uint8_t of(char32_t m) {
    return uint8_t((is_currency_sign(m) ? kCurrency : 0) | (opens_phrase(m) ? kOpens : 0) |
                   (keeps_question(m) ? kKeepsQuestion : 0) | (m == '?' ? kQuestionMark : 0));
  }
  uint8_t classes_[kOther + 1] = {};  // the last: no class
};

struct Tables {
  // Every table word with the feature bits and flags it carries: one lookup
  // per word, in a flat index (word_index.h) behind a joint bitmap
  // (HeadFilter). The set holds common words ("was", "had", "more", "i"),
  // so the separable first/last-byte masks let ~40% of news words through and
  // whether they did was a mispredict every other word (native18); the
  // bitmap passes the ~7% that are in the set and few others.
  struct FlagEntry {
    const char* text;
    uint32_t flags;
  };
  std::vector<FlagEntry> entries;
  HeadFilter filter;
  MarkClasses mark_classes;
  std::optional<WordIndex<FlagEntry>> index;
  Tables() {
    std::unordered_map<std::string_view, size_t> slot;
    auto add = [&](const char* text, uint32_t flags) {
      auto [it, fresh] = slot.emplace(text, entries.size());
      if (fresh) entries.push_back({text, 0});
      entries[it->second].flags |= flags;
    };
    for (const WordRule& r : rules::kCheckworthyWords) add(r.text, bit(r.id));
    for (const WordRule& r : rules::kHedgeWords) add(r.text, kHedge | (same_text(r.id, "hedge.modal.may") ? kMayFlag : 0u));
    for (const WordRule& r : rules::kFirstPerson) add(r.text, kFirstPersonFlag);
    for (const WordRule& r : rules::kOpinionVerbs) add(r.text, kOpinionFlag);
    // The words evidence.cpp's step() starts at: one lookup for both passes.
    if constexpr (kEvidenceStarts) {
      const EvidenceStartWords evidence = evidence_start_words();
      for (const WordRule& r : evidence.numbers) add(r.text, kEvidenceNumberWord);
      for (const WordRule& r : evidence.months) add(r.text, kEvidenceDateWord);
      for (const WordRule& r : evidence.weekdays) add(r.text, kEvidenceDateWord);
    }
    for (const FlagEntry& e : entries) {
      // Padded: head_of reads eight bytes.
      char padded[32] = {};
      const size_t n = std::strlen(e.text);
      std::memcpy(padded, e.text, n < 24 ? n : 24);
      filter.add(head_of(padded, n), n);
    }
    index.emplace(entries);
  }
  /// The flags of the n bytes at p, from their head (head_of(p, n)).
  uint32_t flags(uint64_t head, const char* p, size_t n) const {
    return filter.may_contain(head, n) ? index_flags(head, p, n) : 0;
  }
  /// The same for a word that passed the filter.
  uint32_t index_flags(uint64_t head, const char* p, size_t n) const {
    // One to eight bytes: the head is the whole key, as the index packs it.
    const FlagEntry* e = n - 1 < 8 ? index->find_packed(head, n) : index->find({p, n});
    return e ? e->flags : 0;
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

// "-ed" at the end of a word: its last two bytes. The two bytes before the
// word's end are read whatever its length (its buffer has bytes before the
// text: LoweredText::kPad, kLoweredPad). Asked first and alone, by a branch:
// ~4% of news words end so, a branch that is seldom taken (a mispredict per
// such word at most), where the length's and the capital's tests joined to
// it by masks cost ~8 instructions a word (the length and the capital are
// each a coin toss: a branch on either mispredicted every few words).
bool ends_in_ed(const char* p, size_t n) {
  uint16_t two;
  std::memcpy(&two, p + n - 2, 2);
  return two == uint16_t('e' | ('d' << 8));  // little-endian, as x86 and WebAssembly are
}

// Where evidence may start (evidence.h's may_start_evidence), one pointer per
// such token in text order: word_features writes the pointer of every token
// and moves on past those that may (a store and an add, no branch), and
// find_evidence_at visits only them. `at` has room for one per token.
struct EvidenceStarts {
  const EvidenceWord** at;
};

// No room for evidence starts: WebAssembly, where they are not kept (no
// vector to build and free there, the page's bytes).
struct NoEvidenceStarts {
  const EvidenceWord** data() { return nullptr; }
  void resize(size_t) {}
};
using EvidenceStartsVector =
    std::conditional_t<kEvidenceStarts, NoFillVector<const EvidenceWord*>, NoEvidenceStarts>;

bool starts_evidence(const EvidenceWord& w, uint32_t flags) {
  return claimscope::may_start_evidence(w, flags & kEvidenceNumberWord, flags & kEvidenceDateWord);
}

// hedges.h's is_month_or_name_may for the word at `at`, where the walk
// started at `first` (a word before it belongs to another sentence) and the
// words end at `last`.
bool may_is_month_or_name(const EvidenceWord* at, const EvidenceWord* first, const EvidenceWord* last) {
  const bool after_word = at != first && (at - 1)->is_word();
  const EvidenceWord* next = at + 1 != last ? at + 1 : nullptr;
  return is_month_or_name_may(after_word, next && next->digit_first,
                              next && next->is_word() && next->capitalized);
}

// Features found in the words of one sentence: those from `it` up to `last`
// or the first that ends after byte `end`, where `it` stops. The walk finds
// the sentence's last word itself: a walk of its own before this one cost
// ~5 instructions a word and a mispredict a sentence (native18).
// How the walk knows the sentence's words have ended: at `last`, at the
// first word that ends after `end`, or whichever comes first.
enum class WalkTo { last, end, both };

template <WalkTo kTo>
uint32_t word_features_to(const EvidenceWord*& it, const EvidenceWord* last, uint32_t end, EvidenceStarts& starts) {
  const Tables& t = tables();
  uint32_t f = 0;
  size_t count = 0;
  bool after_break = true;   // sentence start or after an opening mark: capitals say nothing
  bool after_first_person = false;
  const EvidenceWord* at = it;  // a local: through the reference, GCC kept it in memory
  const EvidenceWord** start = starts.at;  // likewise
  for (; kTo == WalkTo::last ? at != last
         : kTo == WalkTo::end ? at->span.end <= end
                              : at != last && at->span.end <= end;
       ++at) {
    const EvidenceWord& w = *at;
    if constexpr (kEvidenceStarts) *start = at;
    if (!w.is_word()) {
      // Masks from the mark's class, no branch (evidence.h's mark_may_start_evidence:
      // a currency sign that is no run).
      const uint32_t c = t.mark_classes(w.mark);
      if constexpr (kEvidenceStarts) start += bool(c & kCurrency) & !w.run;
      after_break |= bool(c & kOpens);
      const bool question = bool(c & kQuestionMark) | (bool(c & kKeepsQuestion) & bool(f & kQuestion));
      f = (f & ~kQuestion) | (kQuestion & -uint32_t(question));
      continue;
    }
    ++count;
    std::string_view s = w.text();
    // The word's head, once for the lookup and "i" (no word byte is 0, so
    // only the one-letter word has this head).
    const uint64_t head = head_of(s.data(), s.size());
    // Flags OR-ed in by masks, not branches: capitals and "-ed" endings
    // come and go every few words, and each branch on them mispredicted.
    bool entity = w.capitalized & !after_break;
    bool may_start = w.digit_first;  // evidence, as word_may_start_evidence says
    bool first_person = false;
    // All that the table's flags decide, for the ~8% of words that pass its
    // filter only: the others (flags 0) skip it, where a lookup that answered
    // 0 had them do it all with zeros.
    if (t.filter.may_contain(head, s.size())) {
      const uint32_t flags = t.index_flags(head, s.data(), s.size());
      entity &= head != 'i';  // "i" is a table word (rules::kFirstPerson): it passes
      may_start |= word_may_start_evidence(w, flags & kEvidenceNumberWord, flags & kEvidenceDateWord);
      f |= kOpinion & -uint32_t(after_first_person & bool(flags & kOpinionFlag));
      first_person = flags & kFirstPersonFlag;
      uint32_t word_f = flags & ~kWordOnlyFlags;
      // A capitalised "May" may be the month or a name: the hedge finder's reading, on the rare path.
      if ((flags & kMayFlag) && w.capitalized && may_is_month_or_name(at, it, last)) word_f &= ~kHedge;
      f |= word_f;
    }
    if constexpr (kEvidenceStarts) start += may_start;
    after_first_person = first_person;
    f |= kEntity & -uint32_t(entity);
    // A past event: "-ed" on a word of 5+ bytes that is not capitalised.
    if (ends_in_ed(s.data(), s.size())) [[unlikely]]
      f |= kPast & -uint32_t((s.size() >= 5) & !w.capitalized);
    after_break = false;
  }
  // Masks, not branches: a sentence's length is a coin toss.
  f |= kShort & -uint32_t(count < 6);
  f |= kLong & -uint32_t(count >= 15);
  it = at;
  if constexpr (kEvidenceStarts) starts.at = start;
  return f;
}

uint32_t word_features(const EvidenceWord*& it, const EvidenceWord* last, uint32_t end, EvidenceStarts& starts) {
#if defined(__wasm__)
  return word_features_to<WalkTo::both>(it, last, end, starts);  // one copy of the loop: the page's bytes
#else
  // One test a word: words' ends rise, so when the last word ends by `end`
  // every word does and the walk stops at `last`; otherwise it stops at a
  // word that ends after `end`, before `last`.
  if (it == last || (last - 1)->span.end <= end) return word_features_to<WalkTo::last>(it, last, end, starts);
  return word_features_to<WalkTo::end>(it, last, end, starts);
#endif
}

// Features found in all of `words`, one sentence.
uint32_t word_features(std::span<const EvidenceWord> words, EvidenceStarts& starts) {
  const EvidenceWord* it = words.data();
  return word_features(it, words.data() + words.size(), UINT32_MAX, starts);
}

// Adds the evidence starts among words [from, to), which no sentence's
// word_features walked (words before a sentence's start or after the last).
void add_evidence_starts(const EvidenceWord* from, const EvidenceWord* to, EvidenceStarts& starts) {
  if constexpr (!kEvidenceStarts) return;
  for (; from != to; ++from) {
    *starts.at = from;
    // Out of line: rare, and a second inlined lookup cost the page bytes.
    starts.at += starts_evidence(*from, from->is_word() ? checkworthy_word_flags(from->text()) : 0u);
  }
}

float score(uint32_t features) {
  double z = rules::kCheckworthyBias;
  // Every feature adds its weight times its bit, in the same order: the same
  // sum (w * 1 is w, and z + 0 is z) without a branch per feature, each a
  // coin toss (~5 of the 17 mispredicted per new set of features).
  for (size_t i = 0; i < kFeatureCount; ++i) {
    z += double(rules::kCheckworthyFeatures[i].weight) * double((features >> i) & 1u);
  }
  return float(1.0 / (1.0 + std::exp(-z)));
}

// score() depends on the feature bits alone, and news has few distinct sets
// of them: the last results by bits, so most sentences skip the sum and the
// exp (a fixed cost per sentence, most of it on text of one-word lines). The
// table outlives the document (one per thread): a batch of small articles
// repeats the same sets, and filling a fresh table and recomputing every
// set's exp for each document cost ~0.3% of a 0.1 MB one (native54). 4,096
// slots: a long document holds ~1,000 distinct sets per MB of news, and with
// 64 slots they pushed each other out (45% hits on 1 MB of distinct news;
// each miss a dozen mispredicts in the sum, native18).
class ScoreCache {
 public:
  float operator()(uint32_t features) {
    Slot& s = slots_[(features * 0x9E3779B1u) >> (32 - kBits)];
    if (s.key != features + 1) s = {features + 1, score(features)};
    return s.value;
  }

 private:
  static constexpr unsigned kBits = 12;
  struct Slot {
    uint32_t key;  // the features + 1 (they use the low 28 bits); 0: empty
    float value;
  };
  Slot slots_[size_t(1) << kBits];
};

// Zero-initialised, so no guard on each use: every slot starts empty.
constinit thread_local ScoreCache score_cache{};

// Index of the sentence that contains byte `pos`, or the next one.
size_t sentence_at(const std::vector<Sentence>& sentences, uint32_t pos) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const Sentence& s) { return p < s.span.end; });
  return size_t(it - sentences.begin());
}

// ORs a feature into every sentence that overlaps a span. Evidence and
// claims come in text order, so the first sentence to look at moves forward:
// a cursor walks to it instead of a binary search over all sentences per
// span (a log factor that grew with one huge paragraph). A span that starts
// before the previous one falls back to the search.
class OverlapMarker {
 public:
  explicit OverlapMarker(std::vector<Sentence>& sentences) : sentences_(sentences) {}

  void mark(Span span, uint32_t f) {
    if (span.start < last_start_) at_ = sentence_at(sentences_, span.start);
    skip_ended(span.start);
    last_start_ = span.start;
    for (size_t i = at_; i < sentences_.size() && sentences_[i].span.start < span.end; ++i) sentences_[i].features |= f;
  }

 private:
  // Moves at_ to the first sentence that ends after pos, as sentence_at()
  // finds it. Sentences' ends rise, so of the next four those that end by pos
  // come first and their count is the step: no branch per sentence (the
  // walk's exit was a mispredict most spans), a loop only past four.
  void skip_ended(uint32_t pos) {
    const size_t n = sentences_.size();
    for (size_t step = 4; step == 4 && at_ + 4 <= n; at_ += step) {
      const Sentence* s = sentences_.data() + at_;
      step = size_t(s[0].span.end <= pos) + size_t(s[1].span.end <= pos) + size_t(s[2].span.end <= pos) +
             size_t(s[3].span.end <= pos);
    }
    while (at_ < n && sentences_[at_].span.end <= pos) ++at_;
  }

  std::vector<Sentence>& sentences_;
  size_t at_ = 0;
  uint32_t last_start_ = 0;
};

}  // namespace

size_t checkworthy_feature_count() { return kFeatureCount; }

const char* checkworthy_feature_name(size_t b) {
  return b < kFeatureCount ? rules::kCheckworthyFeatures[b].id : "";
}

uint32_t checkworthy_word_flags(std::string_view lower) {
  // Any view: copied where eight bytes can be read (the longest words, in no
  // table, straight to the index).
  const Tables& t = tables();
  if (lower.size() > 23) return t.index->find(lower) ? t.index->find(lower)->flags : 0;
  char padded[32] = {};
  std::memcpy(padded, lower.data(), lower.size());
  return t.flags(head_of(padded, lower.size()), padded, lower.size());
}

namespace {

// Sets the word features of sentences [s, ...) of paragraph p from the
// paragraph's words; returns the first sentence of the next paragraph. A
// sentence's words are the slice of the paragraph's that lies inside it:
// lexing restarts cleanly at a word boundary, so the slice is what lexing the
// sentence alone gives, unless a word runs across the sentence's start or end
// ("U.S.Army" split by the segmenter); then the sentence is lexed alone.
// Writes where evidence may start among the paragraph's words to `starts`
// (room for one per word), each word looked at once; returns their end.
#if defined(__wasm__)
[[gnu::noinline]]  // one copy for both callers: the page's bytes
#endif
const EvidenceWord** paragraph_word_features(Document& doc, uint32_t p, size_t& s, const std::vector<EvidenceWord>& w,
                                             EvidenceWords& scratch, const EvidenceWord** starts_buffer,
                                             EvidenceStartsVector& scratch_starts) {
  EvidenceStarts starts{starts_buffer};
  // A paragraph that is one sentence (most short lines): every word of the
  // paragraph lies inside it, so the slice below would be all of them.
  if (s < doc.sentences.size() && doc.sentences[s].paragraph == p && doc.sentences[s].span == doc.paragraphs[p].span &&
      (s + 1 == doc.sentences.size() || doc.sentences[s + 1].paragraph != p)) {
    doc.sentences[s].features = word_features(w, starts);
    ++s;
    return starts.at;
  }
  size_t k = 0;
  for (; s < doc.sentences.size() && doc.sentences[s].paragraph == p; ++s) {
    Sentence& sentence = doc.sentences[s];
    const Span span = sentence.span;
    const size_t skipped = k;
    while (k < w.size() && w[k].span.start < span.start) ++k;
    add_evidence_starts(w.data() + skipped, w.data() + k, starts);
    const EvidenceWord* it = w.data() + k;
    const uint32_t f = word_features(it, w.data() + w.size(), span.end, starts);
    const size_t e = size_t(it - w.data());
    bool clean_start = k == 0 || w[k - 1].span.end <= span.start;
    bool clean_end = e == w.size() || w[e].span.start >= span.end;
    if (clean_start && clean_end) {
      sentence.features = f;
    } else {
      lex_evidence_words(doc.text, span, scratch);
      if constexpr (kEvidenceStarts) scratch_starts.resize(scratch.words.size() + 1);
      EvidenceStarts ignored{scratch_starts.data()};  // the paragraph's own words gave them
      sentence.features = word_features(scratch.words, ignored);
    }
    // Sentences come in order and do not overlap: the next one's words start
    // at or after this one's last (the k walk above then takes no step).
    k = e;
  }
  add_evidence_starts(w.data() + k, w.data() + w.size(), starts);
  return starts.at;
}

// Per-paragraph buffers of the word pass, reused from paragraph to paragraph.
struct WordPass {
  EvidenceWords words, scratch;
  EvidenceStartsVector starts, scratch_starts;
  size_t s = 0;  // the next paragraph's first sentence

  // Word features of paragraph p's sentences; the evidence starts in `starts`
  // up to the returned end.
  const EvidenceWord** features(Document& doc, uint32_t p, const std::vector<EvidenceWord>& w) {
    if constexpr (kEvidenceStarts) starts.resize(w.size() + 1);
    return paragraph_word_features(doc, p, s, w, scratch, starts.data(), scratch_starts);
  }
  // Frees the buffers (the sentence cursor stays).
  void release() {
    words = EvidenceWords{};
    scratch = EvidenceWords{};
    starts = EvidenceStartsVector{};
    scratch_starts = EvidenceStartsVector{};
  }
};

// The features that come from evidence and claims, and the scores.
void finish_scores(Document& doc) {
  OverlapMarker evidence_marker(doc.sentences);
  for (const Evidence& e : doc.evidence) {
    uint32_t f = e.kind == EvidenceKind::money || e.kind == EvidenceKind::percent ? (kMoney | kNumber)
                 : e.kind == EvidenceKind::date || e.kind == EvidenceKind::time  ? kDate
                                                                                  : kNumber;
    evidence_marker.mark(e.span, f);
  }
  OverlapMarker claim_marker(doc.sentences);
  for (const Claim& c : doc.claims) {
    if (c.speaker == kNone && c.source.empty()) continue;
    claim_marker.mark(c.span, c.kind == ClaimKind::quote ? (kAttribution | kQuotation) : kAttribution);
  }
  for (Sentence& s : doc.sentences) s.checkworthy = score_cache(s.features);
}

}  // namespace

void score_checkworthiness(Document& doc) {
  WordPass pass;
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    lex_evidence_words(doc.text, doc.paragraphs[p].span, pass.words);
    pass.features(doc, p, pass.words.words);
  }
  finish_scores(doc);
}

namespace {

// The evidence and word features of paragraph p from its words `w`.
void evidence_and_word_features(Document& doc, uint32_t p, WordPass& pass, const std::vector<EvidenceWord>& w) {
  if constexpr (kEvidenceStarts) {
    // The word features first: their one lookup per word also says where
    // evidence may start, and the evidence finder visits only those words.
    const EvidenceWord** end = pass.features(doc, p, w);
    const EvidenceWord* const* first = pass.starts.data();
    find_evidence_at(w, {first, size_t(end - first)}, doc.text, doc.evidence);
  } else {
    find_evidence_in(pass.words, doc.text, doc.evidence);
    pass.features(doc, p, w);
  }
}

void lex_paragraph(const Document& doc, uint32_t p, EvidenceWords& words) {
  if (doc.lowered) {
    lex_evidence_words(doc.text, doc.paragraphs[p].span, *doc.lowered, words.words);
  } else {
    lex_evidence_words(doc.text, doc.paragraphs[p].span, words);
  }
}

}  // namespace

void find_evidence_and_word_features(Document& doc) {
  doc.evidence.clear();
  WordPass pass;
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    lex_paragraph(doc, p, pass.words);
    evidence_and_word_features(doc, p, pass, pass.words.words);
  }
}

// (ParagraphViews::kEvidenceInWalkBytes: such paragraphs come without words.)
constexpr size_t kReleaseAfterBytes = 256 * 1024;

struct EvidenceListener::Pass {
  WordPass words;
};

EvidenceListener::EvidenceListener(Document& doc) : doc_(doc), pass_(std::make_unique<Pass>()) { doc.evidence.clear(); }

EvidenceListener::~EvidenceListener() = default;

void EvidenceListener::paragraph(uint32_t p, const std::vector<EvidenceWord>* lexed) {
  WordPass& pass = pass_->words;
  // The view's tokenize lexed the evidence words too.
  if (lexed) {
    evidence_and_word_features(doc_, p, pass, *lexed);
    return;
  }
  lex_and_read(p);
  // A long paragraph's buffers are not kept beside its tokens (attribution
  // builds them next: ParagraphViews::evidence_in_walk) nor for the rest.
  if (doc_.paragraphs[p].span.size() > kReleaseAfterBytes) pass.release();
}

void EvidenceListener::skipped(uint32_t first, uint32_t end) {
  for (uint32_t p = first; p < end; ++p) lex_and_read(p);
}

void EvidenceListener::lex_and_read(uint32_t p) {
  WordPass& pass = pass_->words;
  lex_paragraph(doc_, p, pass.words);
  evidence_and_word_features(doc_, p, pass, pass.words.words);
}

void score_sentences(Document& doc) { finish_scores(doc); }

void find_evidence_and_score(Document& doc) {
  find_evidence_and_word_features(doc);
  finish_scores(doc);
}

}  // namespace claimscope
