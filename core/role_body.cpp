// Pass 2b of the paragraph roles: inside and below the article (author
// bios, captions above credits, related-link lists, headings) and body.
#include "role_context.h"
#include "role_cues.h"
#include "utf8.h"

namespace claimscope {

namespace {

namespace rule = rules::rule;

constexpr size_t kBioWindow = 3;  // author bios sit in the last paragraphs
constexpr uint32_t kMinBioWords = 8;
constexpr uint32_t kMaxBioWords = 90;
constexpr size_t kBioVerbWindow = 8;  // "Name is a ..." early in the paragraph
constexpr uint32_t kMaxCaptionWords = 45;
constexpr uint32_t kMaxLinkTitleWords = 20;
constexpr uint32_t kMaxHeadingWords = 12;

bool is_bio(const ParagraphFeatures& f, std::string_view text, Span span) {
  if (f.words < kMinBioWords || f.words > kMaxBioWords || f.has_quote_mark) return false;
  if (!first_word_capitalised(text, span)) return false;
  bool is_a = false;
  for (size_t i = 1; i + 1 < kBioVerbWindow && i + 1 < f.word_ends().size(); ++i) {
    if (f.words_at(i, 1) != "is") continue;
    std::string_view next = f.words_at(i + 1, 1);
    if (next == "a" || next == "an" || next == "the") is_a = true;
  }
  return is_a && phrase_cue(CueTable::bio_nouns, f, 1);
}

bool is_opening_quote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x2018 || cp == 0x00AB || cp == 0x201E;
}

}  // namespace

void mark_author_bios(RoleContext& c) {
  for (size_t i = c.size() > kBioWindow ? c.size() - kBioWindow : 0; i < c.size(); ++i) {
    if (c.open(i) && is_bio(c.items[i].f, c.text, c.paragraphs[i].span)) c.decide(i, Role::boilerplate, rule::kAuthorBio);
  }
}

void mark_captions_before_credits(RoleContext& c) {
  // A photo credit ("... via AP", "Photo: Name") closes its caption.
  for (size_t i = 0; i + 1 < c.size(); ++i) {
    if (!c.open(i) || c.role(i + 1) != Role::caption) continue;
    std::string_view credit = c.first_reason(i + 1);
    if (credit != rule::kCaptionCredit.id && credit != rule::kCreditOnly.id && credit != "caption.prefix.credit") continue;
    const auto& f = c.items[i].f;
    if (f.word_ends().empty() || cue_lexicon(CueTable::pronoun_starts).contains(f.words_at(0, 1))) continue;
    if (f.words <= kMaxCaptionWords && !f.has_quote_mark && !c.has_dateline_prefix(i)) {
      c.decide(i, Role::caption, rule::kCaptionNext);
    }
  }
}

void mark_related_links(RoleContext& c) {
  // Under a "Related" header, the short unpunctuated lines are link titles.
  for (size_t i = 0; i + 1 < c.size(); ++i) {
    if (c.role(i) != Role::boilerplate || c.first_reason(i) != "boiler.line.related") continue;
    for (size_t k = i + 1; k < c.size() && c.open(k); ++k) {
      if (c.words(k) == 0 || c.words(k) > kMaxLinkTitleWords || c.terminal(k)) break;
      c.decide(k, Role::boilerplate, rule::kRelatedLink);
    }
  }
}

void mark_headings(RoleContext& c) {
  // A short unpunctuated line between prose. The previous line must be closed
  // (not inside a list of short lines) and the next must start like a new
  // paragraph (not continue a hard-wrapped line).
  for (size_t i = 1; i + 1 < c.size(); ++i) {
    // The brief first: most paragraphs are prose, and their features are not read.
    if (!c.open(i) || c.has_dateline_prefix(i) || c.words(i) > kMaxHeadingWords || c.terminal(i)) continue;
    // The neighbours before the cue lookup: in a list of short lines they
    // already say no.
    bool prev_closed = !c.open(i - 1) || c.terminal(i - 1);
    if (!prev_closed || !c.prose(i + 1)) continue;
    const auto& f = c.items[i].f;
    if (f.letters < 2 || ends_clause(f.last)) continue;
    if (utf8::is_lower(c.items[i + 1].f.first)) continue;
    if (ends_with_connective(f)) continue;
    if (!(utf8::is_upper(f.first) || utf8::is_digit(f.first) || is_opening_quote(f.first))) continue;
    c.decide(i, Role::heading, rule::kHeading);
  }
}

void mark_body(RoleContext& c) {
  for (size_t i = 0; i < c.size(); ++i) {
    if (!c.open(i)) continue;
    const auto& r = c.prose(i) ? rule::kBodySentence : rule::kBody;
    RuleIds reasons{r.id};
    if (c.has_dateline_prefix(i)) {
      reasons.push_back(rule::kDatelinePrefix.id);
      reasons = with_dateline_reasons(reasons, c.dateline(i));
    }
    c.decide(i, Role::body, r.confidence, reasons);
  }
}

}  // namespace claimscope
