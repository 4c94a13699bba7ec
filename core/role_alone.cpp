// Pass 1 of the paragraph roles: what a paragraph is from its own text.
// First match wins: boilerplate, byline, dateline-only, caption.
#include "role_context.h"
#include "role_cues.h"

namespace claimscope {

namespace {

using rules::RoleRule;
namespace rule = rules::rule;

constexpr uint32_t kMaxShortBoilerWords = 40;  // cue phrases only count in short paragraphs
constexpr uint32_t kMaxSourceWords = 8;        // "Source: Agency", not a sentence
constexpr uint32_t kMaxFollowWords = 15;
constexpr uint32_t kMinNoticeWords = 12;
constexpr uint32_t kMaxMarkerBytes = 40;
constexpr uint32_t kMaxBylineWords = 16;
constexpr uint32_t kMaxBracketedWords = 30;
constexpr uint32_t kMaxContributorWords = 20;
constexpr uint32_t kMaxCaptionWords = 80;
constexpr uint32_t kMaxCreditWords = 12;

// Either a structural rule or a cue-table entry decided it.
struct Why {
  const RoleRule* rule = nullptr;
  const WordRule* cue = nullptr;
  explicit operator bool() const { return rule || cue; }
  float confidence(float cue_confidence) const { return rule ? rule->confidence : cue_confidence; }
  const char* id() const { return rule ? rule->id : cue->id; }
};

// The paragraph's span and last byte are read only for the rare paragraphs
// that open with '[' or '<': the text's line is cold by this pass (a data
// cache miss per paragraph), and the features answer the rest.
Why boilerplate(const RoleContext& c, size_t i, const ParagraphFeatures& f) {
  if (f.first == '[' || f.first == '<') {
    const Span span = c.paragraphs[i].span;
    const char last_byte = c.text[span.end - 1];
    if (f.first == '[' && last_byte == ']') {
      if (span.size() <= kMaxMarkerBytes && f.words <= 3) return {&rule::kBracketMarker};
      if (f.words <= kMaxBracketedWords) return {&rule::kBracketedNote};
    }
    if (f.first == '<' && last_byte == '>') return {&rule::kMarkupLine};
  }
  if (f.words == 0 && f.letters == 0 && f.digits == 0) return {&rule::kSeparator};
  if (f.first == 0xA9 && f.words <= kMaxShortBoilerWords) return {&rule::kCopyrightSign};
  if (auto hit = whole_line_cue(CueTable::boilerplate_lines, f)) return {nullptr, hit.rule};
  if (auto hit = prefix_cue(CueTable::boilerplate_prefixes, f)) {
    std::string_view id = hit.rule->id;
    bool ok = f.words <= kMaxShortBoilerWords;
    if (id == "boiler.prefix.source") ok = f.words <= kMaxSourceWords;
    if (id == "boiler.prefix.follow") ok = f.words <= kMaxFollowWords && phrase_cue(CueTable::platforms, f, 1);
    if (ok) return {nullptr, hit.rule};
  }
  // Phrases inside a paragraph are weaker: never in long text or quotes.
  if (f.words <= kMaxShortBoilerWords && !f.has_quote_mark) {
    if (auto hit = phrase_cue(CueTable::boilerplate_phrases, f)) return {nullptr, hit.rule};
  }
  if (!c.doc_all_caps && f.all_caps() && f.words >= kMinNoticeWords) return {&rule::kAllCapsNotice};
  return {};
}

Why byline(const RoleContext& c, size_t i, const ParagraphFeatures& f) {
  auto hit = prefix_cue(CueTable::byline_prefixes, f, 3);
  if (!hit || f.words > kMaxBylineWords || f.words <= hit.words) return {};
  const WordCase wc = word_case(c.text, c.paragraphs[i].span);
  if (!wc.word_capitalised(hit.words)) return {};  // "By the time..." is prose
  if (wc.lowercase_start > wc.capitalised) return {};
  if (f.terminal_end && (f.last != '.' || f.words > 6)) return {};  // a sentence, not a name
  return {nullptr, hit.rule};
}

// "Ann Lee and Tom Fry contributed reporting."
Why contributor_credit(const ParagraphFeatures& f) {
  if (f.words > kMaxContributorWords || f.has_quote_mark) return {};
  auto hit = phrase_cue(CueTable::contributor_phrases, f, 5);
  return hit ? Why{nullptr, hit.rule} : Why{};
}

// Every word an agency or platform: "Getty/Instagram", "AP".
bool only_credit_words(const ParagraphFeatures& f) {
  if (f.words == 0 || f.words > 4 || f.words > f.word_ends().size()) return false;
  if (one_word_outside(CueTable::credit_words, f)) return false;  // its only word is no credit
  bool agency = false;  // "Facebook" alone is a share button, not a credit
  for (size_t i = 0; i < f.words; ++i) {
    std::string_view w = f.words_at(i, 1);
    if (cue_lexicon(CueTable::credit_words).contains(w)) agency = true;
    else if (!cue_lexicon(CueTable::platforms).contains(w)) return false;
  }
  return agency;
}

Why caption(const ParagraphFeatures& f) {
  if (auto hit = prefix_cue(CueTable::caption_prefixes, f, 4); hit && f.words <= kMaxCaptionWords) {
    return {nullptr, hit.rule};
  }
  if (only_credit_words(f)) return {&rule::kCreditOnly};
  // A credit line: "Norland Ferry Company via AP", "Getty Images".
  if (f.words == 0 || f.words > kMaxCreditWords || (f.terminal_end && f.words > 4)) return {};
  if (!suffix_cue(CueTable::credit_words, f)) return {};
  bool credit_shape = f.words <= 4 || f.key().find(" via ") != std::string::npos || f.key().rfind("photo", 0) == 0;
  return credit_shape ? Why{&rule::kCaptionCredit} : Why{};
}

// A paragraph of one word that starts no entry of any cue table, has no
// dateline and opens with none of the marks the structural rules look for
// ('[', '<', '©'): every rule above says no (the cue lookups through
// one_word_outside, the separator and the notice in capitals by their word
// counts), so the loop skips it without asking them one by one.
bool no_rule_applies(const ParagraphFeatures& f, bool has_dateline) {
  return f.word_ends().size() == 1 && f.first_word_tables == 0 && !has_dateline && f.first != '[' && f.first != '<' &&
         f.first != 0xA9;
}

}  // namespace

void decide_alone(RoleContext& c) {
  for (size_t i = 0; i < c.size(); ++i) {
    const auto& f = c.items[i].f;
    if (no_rule_applies(f, c.has_dateline(i))) continue;
    const DatelineMatch m = c.dateline(i);
    if (Why why = boilerplate(c, i, f)) {
      c.decide(i, Role::boilerplate, why.confidence(0.9f), {why.id()});
    } else if (Why why = byline(c, i, f)) {
      c.decide(i, Role::byline, rule::kBylineName.confidence, {why.id(), rule::kBylineName.id});
    } else if (Why why = contributor_credit(f)) {
      c.decide(i, Role::byline, 0.8f, {why.id()});
    } else if (m.found && m.rest_empty && (m.agency || m.dash || m.detail)) {
      c.decide(i, Role::dateline, rule::kDatelineOnly.confidence, with_dateline_reasons({rule::kDatelineOnly.id}, m));
    } else if (Why why = caption(f)) {
      c.decide(i, Role::caption, why.confidence(0.85f), {why.id()});
    }
  }
}

}  // namespace claimscope
