// Pass 2a of the paragraph roles: the top of the article (title, repeats of
// it, date stamps, bylines without "By", the dek) and the lede's dateline.
#include <cstdint>
#include <cstring>
#include <vector>

#include "role_context.h"
#include "role_cues.h"
#include "utf8.h"

namespace claimscope {

namespace {

namespace rule = rules::rule;

constexpr size_t kTitleSearchWindow = 4;  // the title is among the first few lines
constexpr uint32_t kMaxTitleWords = 30;
constexpr uint32_t kMinRepeatWords = 3;   // "Q:" or "Read more" may repeat legitimately
constexpr uint32_t kMinLedeWords = 20;    // a dek is shorter than a lede
constexpr uint32_t kMinDekWords = 5;
constexpr uint32_t kMaxDekWords = 45;
constexpr uint32_t kMaxDateLineWords = 14;  // "Published 10:15 GMT, Tuesday 3 March 2026"

// The repeat finder's hash: keys are whole paragraphs, and std::hash reads
// them a byte at a time (most of that pass). Eight bytes per multiply here;
// equal keys still compare in full, so only the bucket spread depends on it.
struct KeyHash {
  size_t operator()(std::string_view s) const {
    uint64_t h = s.size() * 0x9E3779B97F4A7C15ull;
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      h = (h ^ x) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 0x94D049BB133111EBull;
    return size_t(h ^ (h >> 29));
  }
};
constexpr size_t kDekWindow = 3;

bool looks_like_title(const ParagraphFeatures& f) {
  if (f.words == 0 || f.words > kMaxTitleWords || ends_with_connective(f)) return false;
  if (f.terminal_end && f.last != '?' && f.last != '!') return false;
  if (ends_clause(f.last)) return false;
  return !utf8::is_lower(f.first);
}

enum class DateLine : uint8_t { none, stamp, time_only };

// "March 3, 2026", "Published 10:15 GMT": every word is a date word or
// number. A bare "14:05 GMT" (no month, no "published") is a live-blog time.
DateLine date_line_kind(const ParagraphFeatures& f, std::string_view text, Span span) {
  if (f.words == 0 || f.words > kMaxDateLineWords || f.words > f.word_ends().size()) return DateLine::none;
  const bool has_time = f.digits >= 2 && has_clock_time(text, span);  // "1:2" at the least
  // One word, no clock time, not a month: nothing to find (a month written
  // "March:" keeps its colon in the key, so such a word takes the loop).
  if (!has_time && one_word_outside(CueTable::months, f) && f.key().back() != ':') return DateLine::none;
  bool month = false, stamp = false;
  uint32_t other = 0;
  for (size_t i = 0; i < f.words; ++i) {
    std::string_view w = f.words_at(i, 1);
    if (!w.empty() && w.back() == ':') w.remove_suffix(1);
    if (w.size() <= 1 || (w[0] >= '0' && w[0] <= '9')) continue;  // numbers, "p.m." letters
    if (cue_lexicon(CueTable::months).contains(w)) {
      month = true;
    } else if (const WordRule* r = cue_lexicon(CueTable::date_words).find(w)) {
      if (std::string_view(r->id) == "date.stamp") stamp = true;
    } else {
      ++other;
    }
  }
  if (other > 1 || !(month || has_time)) return DateLine::none;
  return month || stamp ? DateLine::stamp : DateLine::time_only;
}

// 2-4 capitalised words, no digits or punctuation: how a name looks.
bool is_bare_name(const ParagraphFeatures& f, std::string_view text, Span span) {
  if (f.words < 2 || f.words > 4 || f.digits != 0 || f.has_quote_mark || f.terminal_end) return false;
  if (word_case(text, span).capitalised != f.words) return false;
  return f.key().find(':') == std::string::npos;
}

}  // namespace

void find_title(RoleContext& c) {
  c.title = c.size();
  if (c.size() < 2) return;  // a lone paragraph is the text itself
  for (size_t i = 0; i < c.size() && i < kTitleSearchWindow; ++i) {
    if (!c.open(i)) {
      if (c.role(i) == Role::boilerplate) continue;  // "Skip to content" above the title
      return;                                         // a byline or caption first: no title
    }
    const auto& it = c.items[i];
    if (!looks_like_title(it.f) || c.dateline_then_text(i)) return;
    c.title = i;
    if (word_case(c.text, c.paragraphs[i].span).title_case()) {
      c.decide(i, Role::title, rule::kTitleCase.confidence, {rule::kTitleFirst.id, rule::kTitleCase.id});
    } else {
      c.decide(i, Role::title, rule::kTitleFirst);
    }
    return;
  }
}

namespace {

// Key sizes as a set of bits (sizes past the last bit share it): a key
// whose size is not in the set equals none of the keys put in.
class KeySizes {
 public:
  void add(size_t size) { bits_[bit(size) / 64] |= uint64_t(1) << (bit(size) % 64); }
  bool may_hold(size_t size) const { return (bits_[bit(size) / 64] >> (bit(size) % 64)) & 1u; }

 private:
  static size_t bit(size_t size) { return size < kBits ? size : kBits - 1; }
  static constexpr size_t kBits = 4096;
  uint64_t bits_[kBits / 64] = {};
};

// The first paragraph of each key mark_repeats hashes: open addressing in
// one array of paragraph indices, at most half full. A map with a node per
// key cost an allocation and a free per key, as much as the pass itself.
class FirstOfKey {
 public:
  explicit FirstOfKey(size_t keys) : slots_(table_size(keys), kEmpty), mask_(slots_.size() - 1) {}

  /// The first paragraph put in with the key of paragraph i; i itself (put
  /// in now) if there is none.
  size_t first_or_add(const RoleContext& c, size_t i) {
    const std::string_view key = c.items[i].f.key();
    for (size_t s = KeyHash{}(key) & mask_;; s = (s + 1) & mask_) {
      if (slots_[s] == kEmpty) {
        slots_[s] = uint32_t(i);
        return i;
      }
      if (c.items[slots_[s]].f.key() == key) return slots_[s];
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  static size_t table_size(size_t keys) {  // none: no array (the pass asks nothing then)
    if (keys == 0) return 0;
    size_t n = 16;
    while (n < 2 * keys) n *= 2;
    return n;
  }
  std::vector<uint32_t> slots_;
  size_t mask_;
};

// A repeat of paragraph i changes something only if i is decided
// boilerplate (a reason is added) or still open and either no prose or
// the title's repeat (then its key is the title's). Asked before the loop
// of mark_repeats decides anything: that loop changes no paragraph before
// reaching it, so the answer is the one the loop would see.
bool repeat_may_matter(const RoleContext& c, size_t i) {
  if (c.words(i) < kMinRepeatWords) return false;
  if (c.role(i) == Role::boilerplate && !c.open(i)) return true;
  if (!c.open(i)) return false;
  if (!c.prose(i)) return true;
  // The title's repeat: its key's size first (from the brief), then the key.
  return c.title < c.size() && c.brief[i].key_size == c.brief[c.title].key_size &&
         c.items[i].f.key() == c.items[c.title].f.key();
}

}  // namespace

void mark_repeats(RoleContext& c) {
  // A line identical to an earlier one (the title pasted twice, a pull quote)
  // is noise the second time.
  // Most paragraphs are prose whose repeat would change nothing: only keys
  // of the size of one whose repeat may matter are hashed and kept (an
  // earlier paragraph with the same key has the same size, so the first of
  // them is kept). Hashing every key was most of this pass.
  KeySizes sizes;
  size_t candidates = 0;
  for (size_t i = 0; i < c.size(); ++i) {
    if (!repeat_may_matter(c, i)) continue;
    sizes.add(c.brief[i].key_size);
    ++candidates;
  }
  auto hashed = [&](size_t i) { return c.words(i) >= kMinRepeatWords && sizes.may_hold(c.brief[i].key_size); };
  size_t keys = 0;
  for (size_t i = 0; candidates && i < c.size(); ++i) keys += hashed(i);
  FirstOfKey seen(keys);
  for (size_t i = 0; candidates && i < c.size(); ++i) {
    if (!hashed(i)) continue;
    const size_t first = seen.first_or_add(c, i);
    if (first == i) continue;
    bool of_title = first == c.title;
    if (c.role(i) == Role::boilerplate && !c.open(i)) {
      c.paragraphs[i].reasons.push_back(of_title ? rule::kRepeatTitle.id : rule::kRepeatLine.id);
    } else if (c.open(i) && (of_title || !c.prose(i))) {
      // A repeated sentence of prose is still content (live blogs restate
      // facts); only repeated labels and titles are noise.
      c.decide(i, Role::boilerplate, of_title ? rule::kRepeatTitle : rule::kRepeatLine);
    }
  }
  // "Read More: <title>" repeats the title too: say so in its reasons.
  if (c.title >= c.size()) return;
  std::string_view title_key = c.items[c.title].f.key();
  for (size_t i = 0; i < c.size(); ++i) {
    if (c.role(i) != Role::boilerplate || c.paragraphs[i].reasons.size() != 1) continue;
    const auto& f = c.items[i].f;
    auto hit = prefix_cue(CueTable::boilerplate_prefixes, f, 3);
    if (!hit || hit.words >= f.word_ends().size()) continue;
    if (f.key().substr(f.word_ends()[hit.words - 1] + 1) == title_key) {
      c.paragraphs[i].reasons.push_back(rule::kRepeatTitle.id);
    }
  }
}

void mark_date_lines(RoleContext& c) {
  // Date stamps before the first prose paragraph are the header's dateline;
  // bare times, and stamps further down, are live-blog headings.
  bool in_header = true;
  for (size_t i = 0; i < c.size(); ++i) {
    // date_line_kind says none past kMaxDateLineWords words: the brief tells without the features.
    const bool may_be_date = c.open(i) && c.words(i) != 0 && c.words(i) <= kMaxDateLineWords;
    DateLine kind = may_be_date ? date_line_kind(c.items[i].f, c.text, c.paragraphs[i].span) : DateLine::none;
    if (kind == DateLine::stamp && in_header) {
      c.decide(i, Role::dateline, rule::kDateLine);
    } else if (kind != DateLine::none && i + 1 < c.size()) {
      c.decide(i, Role::heading, rule::kTimestamp);
    } else if (c.open(i) && c.terminal(i) && c.words(i) >= kMinLedeWords) {
      in_header = false;
    }
  }
}

void mark_bare_names(RoleContext& c) {
  // "Ama Boateng" alone just above a header date stamp is the byline.
  for (size_t i = 1; i + 1 < c.size(); ++i) {
    if (c.open(i) && !c.open(i + 1) && c.role(i + 1) == Role::dateline && is_bare_name(c.items[i].f, c.text, c.paragraphs[i].span)) {
      c.decide(i, Role::byline, rule::kBareName);
    }
  }
}

void find_subtitle(RoleContext& c) {
  // The first open paragraph after the title is a dek when a byline or
  // dateline still follows it, or when it is an unpunctuated line before prose.
  if (c.title >= c.size()) return;
  size_t i = c.title + 1;
  while (i < c.size() && !c.open(i)) ++i;
  if (i >= c.size() || i > c.title + kDekWindow) return;
  const auto& it = c.items[i];
  if (it.f.words < kMinDekWords || it.f.words > kMaxDekWords) return;
  if (c.dateline_then_text(i)) return;  // that is the lede
  bool header_follows = false;
  for (size_t k = i + 1; k < c.size() && k <= i + kDekWindow && !c.open(k); ++k) {
    if (c.role(k) == Role::byline || c.role(k) == Role::dateline) header_follows = true;
  }
  size_t next = i + 1;
  while (next < c.size() && !c.open(next)) ++next;
  bool prose_follows = next < c.size() && c.items[next].f.terminal_end && c.items[next].f.words >= 8;
  bool unpunctuated = !it.f.terminal_end && !ends_clause(it.f.last);
  if (header_follows || (unpunctuated && prose_follows)) c.decide(i, Role::subtitle, rule::kSubtitle);
}

void set_dateline_prefixes(RoleContext& c) {
  // On the lede (the first open paragraph), or later where a wire agency and
  // a place in capitals leave no doubt.
  bool lede_seen = false;
  for (size_t i = 0; i < c.size(); ++i) {
    if (!c.open(i)) continue;
    const DatelineMatch m = c.dateline(i);
    if (m.found && !m.rest_empty && (!lede_seen || (m.agency && m.all_caps_place))) c.set_dateline_prefix(i, m.span);
    lede_seen = true;
  }
}

}  // namespace claimscope
