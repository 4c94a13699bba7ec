// Paragraph roles: title, subtitle, byline, dateline, heading, body, caption,
// boilerplate (docs/roles.md).
//
// Two passes. The first decides what a paragraph is from its own text (cue
// phrases, credit lines, datelines, all-capitals notices). The second uses
// position and neighbours: the title is the first undecided short line, a
// dek sits between it and the byline/lede, headings are short unpunctuated
// lines between prose, repeats of earlier lines and end-of-page author bios
// are boilerplate. Anything not claimed by a rule is body: a paragraph is
// never boilerplate merely for being short.
#include <string>
#include <unordered_map>

#include "datelines.h"
#include "paragraph_features.h"
#include "paragraphs.h"
#include "role_cues.h"
#include "rules/roles.h"
#include "utf8.h"

namespace claimscope {

namespace {

using rules::RoleRule;
namespace rule = rules::rule;

constexpr size_t kTitleSearchWindow = 4;    // the title is among the first few lines
constexpr uint32_t kMaxTitleWords = 30;
constexpr uint32_t kMaxShortBoilerWords = 40;  // cue phrases only count in short paragraphs
constexpr uint32_t kMaxHeadingWords = 12;
constexpr size_t kBioWindow = 3;
constexpr uint32_t kMaxLinkTitleWords = 20;
constexpr uint32_t kMinLedeWords = 20;            // author bios sit in the last paragraphs

struct Item {
  ParagraphFeatures f;
  DatelineMatch dateline;
  bool decided = false;
};

void decide(Paragraph& p, Item& it, Role role, float confidence, std::vector<std::string> reasons) {
  p.role = role;
  p.confidence = confidence;
  p.reasons = std::move(reasons);
  it.decided = true;
}

bool is_opening_quote(char32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x2018 || cp == 0x00AB || cp == 0x201E || cp == '\'';
}

// ---- pass 1: the paragraph on its own -------------------------------------

bool boilerplate_alone(std::string_view text, const Paragraph& p, const Item& it, bool doc_all_caps,
                       Role& role, const RoleRule*& structural, const WordRule*& cue) {
  const auto& f = it.f;
  role = Role::boilerplate;
  if (f.first == '[' && text[p.span.end - 1] == ']' && p.span.size() <= 40 && f.words <= 3) {
    structural = &rule::kBracketMarker;
    return true;
  }
  if (f.first == '<' && text[p.span.end - 1] == '>' && f.last == '>') {
    structural = &rule::kMarkupLine;
    return true;
  }
  if (f.words == 0 && f.letters == 0 && f.digits == 0) {
    structural = &rule::kSeparator;
    return true;
  }
  if (f.first == 0xA9 && f.words <= kMaxShortBoilerWords) {
    structural = &rule::kCopyrightSign;
    return true;
  }
  if (auto hit = whole_line_cue(CueTable::boilerplate_lines, f)) {
    cue = hit.rule;
    return true;
  }
  if (auto hit = prefix_cue(CueTable::boilerplate_prefixes, f)) {
    std::string_view id = hit.rule->id;
    bool ok = f.words <= kMaxShortBoilerWords;
    if (id == "boiler.prefix.source") ok = f.words <= 8;  // "Source: Agency", not a sentence
    if (id == "boiler.prefix.follow") ok = f.words <= 15 && phrase_cue(CueTable::platforms, f, 1);
    if (ok) {
      cue = hit.rule;
      return true;
    }
  }
  if (f.words <= kMaxShortBoilerWords && !f.has_quote_mark) {
    if (auto hit = phrase_cue(CueTable::boilerplate_phrases, f)) {
      cue = hit.rule;
      return true;
    }
  }
  if (!doc_all_caps && f.all_caps() && f.words >= 12) {
    structural = &rule::kAllCapsNotice;
    return true;
  }
  return false;
}

bool byline_alone(const ParagraphFeatures& f, const WordRule*& cue) {
  auto hit = prefix_cue(CueTable::byline_prefixes, f, 3);
  if (!hit || f.words > 16 || f.words <= hit.words) return false;
  if (!f.word_capitalised(hit.words)) return false;  // "By the time..." is prose
  if (f.lowercase_start > f.capitalised) return false;
  if (f.terminal_end && f.last != '.') return false;
  if (f.terminal_end && f.words > 6) return false;  // a sentence, not a name
  cue = hit.rule;
  return true;
}

bool caption_alone(const ParagraphFeatures& f, const WordRule*& cue, const RoleRule*& structural) {
  if (auto hit = prefix_cue(CueTable::caption_prefixes, f, 4); hit && f.words <= 80) {
    cue = hit.rule;
    return true;
  }
  if (f.words == 0 || f.words > 12) return false;
  if (f.terminal_end && f.words > 4) return false;
  auto hit = suffix_cue(CueTable::credit_words, f);
  if (!hit) return false;
  bool credit_shape = f.words <= 4 || f.key.find(" via ") != std::string::npos || f.key.rfind("photo", 0) == 0;
  if (!credit_shape) return false;
  structural = &rule::kCaptionCredit;
  return true;
}

enum class DateLine : uint8_t { none, stamp, time_only };

// "March 3, 2026", "Published 10:15 GMT": every word is a date word or
// number. A bare "14:05 GMT" (no month, no "published") is a live-blog time.
DateLine date_line_kind(const ParagraphFeatures& f) {
  if (f.words == 0 || f.words > 14 || f.words > f.word_ends.size()) return DateLine::none;
  bool month = false, stamp = false;
  uint32_t other = 0;
  for (size_t i = 0; i < f.words; ++i) {
    std::string_view w = f.words_at(i, 1);
    if (!w.empty() && w.back() == ':') w.remove_suffix(1);
    if (w.empty() || (w[0] >= '0' && w[0] <= '9')) continue;
    if (cue_lexicon(CueTable::months).contains(w)) {
      month = true;
    } else if (const WordRule* r = cue_lexicon(CueTable::date_words).find(w)) {
      if (std::string_view(r->id) == "date.stamp") stamp = true;
    } else {
      ++other;
    }
  }
  if (other > 1 || !(month || f.has_time)) return DateLine::none;
  return month || stamp ? DateLine::stamp : DateLine::time_only;
}

// ---- pass 2 helpers -------------------------------------------------------

std::vector<std::string> with_agency(std::vector<std::string> reasons, const DatelineMatch& m) {
  if (m.agency) reasons.push_back("dateline.agency");
  if (m.all_caps_place) reasons.push_back("dateline.caps_place");
  return reasons;
}

// A line ending in "and", "the", "of"... continues on the next line.
bool ends_with_connective(const ParagraphFeatures& f) {
  if (f.terminal_end || f.words == 0 || f.words > f.word_ends.size()) return false;
  return cue_lexicon(CueTable::connective_ends).contains(f.words_at(f.words - 1, 1));
}

bool looks_like_title(const ParagraphFeatures& f) {
  if (f.words == 0 || f.words > kMaxTitleWords || ends_with_connective(f)) return false;
  if (f.terminal_end && f.last != '?' && f.last != '!') return false;
  if (f.last == ',' || f.last == ';' || f.last == ':') return false;
  return !utf8::is_lower(f.first);
}

bool is_bio(const ParagraphFeatures& f) {
  if (f.words < 8 || f.words > 90 || f.has_quote_mark || !f.word_capitalised(0)) return false;
  bool is_a = false;
  for (size_t i = 1; i + 1 < 8 && i + 1 < f.word_ends.size(); ++i) {
    if (f.words_at(i, 1) != "is") continue;
    std::string_view next = f.words_at(i + 1, 1);
    if (next == "a" || next == "an" || next == "the") is_a = true;
  }
  return is_a && phrase_cue(CueTable::bio_nouns, f, 1);
}

bool ends_clause(char32_t cp) { return cp == ':' || cp == ',' || cp == ';'; }

}  // namespace

void classify_paragraphs(std::string_view text, std::vector<Paragraph>& paragraphs) {
  const size_t n = paragraphs.size();
  if (n == 0) return;
  std::vector<Item> items(n);
  size_t caps_paragraphs = 0, wordy_paragraphs = 0;
  for (size_t i = 0; i < n; ++i) {
    items[i].f = paragraph_features(text, paragraphs[i].span);
    items[i].dateline = match_dateline(text, paragraphs[i].span);
    if (items[i].f.words >= 5) {
      ++wordy_paragraphs;
      if (items[i].f.all_caps()) ++caps_paragraphs;
    }
    paragraphs[i].dateline = {};
  }
  // An all-capitals paste (old wire copy) has no "notice in capitals".
  const bool doc_all_caps = caps_paragraphs * 2 > wordy_paragraphs;

  // Pass 1: decisions from the paragraph alone.
  for (size_t i = 0; i < n; ++i) {
    Paragraph& p = paragraphs[i];
    Item& it = items[i];
    Role role;
    const RoleRule* structural = nullptr;
    const WordRule* cue = nullptr;
    if (boilerplate_alone(text, p, it, doc_all_caps, role, structural, cue)) {
      if (structural) decide(p, it, role, structural->confidence, {structural->id});
      else decide(p, it, role, 0.9f, {cue->id});
    } else if (byline_alone(it.f, cue)) {
      decide(p, it, Role::byline, rule::kBylineName.confidence, {cue->id, rule::kBylineName.id});
    } else if (it.dateline.found && it.dateline.rest_empty &&
               (it.dateline.agency || it.dateline.dash || it.dateline.detail)) {
      decide(p, it, Role::dateline, rule::kDatelineOnly.confidence,
             with_agency({rule::kDatelineOnly.id}, it.dateline));
    } else if (caption_alone(it.f, cue, structural)) {
      if (structural) decide(p, it, Role::caption, structural->confidence, {structural->id});
      else decide(p, it, Role::caption, 0.85f, {cue->id});
    }
  }

  // The title: the first undecided line near the top, if it reads like one.
  size_t title = n;
  for (size_t i = 0; i < n && i < kTitleSearchWindow; ++i) {
    if (items[i].decided) {
      if (paragraphs[i].role == Role::boilerplate) continue;
      break;  // a byline or caption first: no title in this paste
    }
    if (n > 1 && looks_like_title(items[i].f) && !(items[i].dateline.found && !items[i].dateline.rest_empty)) {
      title = i;
      std::vector<std::string> reasons{rule::kTitleFirst.id};
      float conf = rule::kTitleFirst.confidence;
      if (items[i].f.title_case()) {
        reasons.push_back(rule::kTitleCase.id);
        conf = rule::kTitleCase.confidence;
      }
      decide(paragraphs[i], items[i], Role::title, conf, std::move(reasons));
    }
    break;
  }

  // Repeats: a line identical to an earlier one (a pasted title twice, a
  // pull quote) is noise the second time. Short lines ("Q:") are exempt.
  {
    std::unordered_map<std::string_view, size_t> seen;
    seen.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      const auto& f = items[i].f;
      if (f.words < 3) continue;
      auto [it, inserted] = seen.emplace(std::string_view(f.key), i);
      if (inserted) continue;
      const RoleRule& r = it->second == title ? rule::kRepeatTitle : rule::kRepeatLine;
      if (paragraphs[i].role == Role::boilerplate && items[i].decided) {
        paragraphs[i].reasons.push_back(r.id);
      } else {
        decide(paragraphs[i], items[i], Role::boilerplate, r.confidence, {r.id});
      }
    }
  }
  // "Read More: <title>" repeats the title too.
  if (title < n) {
    std::string_view title_key = items[title].f.key;
    for (size_t i = 0; i < n; ++i) {
      if (paragraphs[i].role != Role::boilerplate || i == title) continue;
      const auto& f = items[i].f;
      auto hit = prefix_cue(CueTable::boilerplate_prefixes, f, 3);
      if (!hit || hit.words >= f.word_ends.size()) continue;
      if (std::string_view(f.key).substr(f.word_ends[hit.words - 1] + 1) == title_key &&
          paragraphs[i].reasons.size() == 1) {
        paragraphs[i].reasons.push_back(rule::kRepeatTitle.id);
      }
    }
  }

  // Header date lines ("March 3, 2026") before the first prose paragraph
  // (a dek is shorter than kMinLedeWords); bare times and stamps inside the
  // text are live-blog headings.
  bool in_header = true;
  for (size_t i = 0; i < n; ++i) {
    auto& it = items[i];
    DateLine kind = it.decided ? DateLine::none : date_line_kind(it.f);
    if (kind != DateLine::none) {
      if (in_header && kind == DateLine::stamp) decide(paragraphs[i], it, Role::dateline, rule::kDateLine.confidence, {rule::kDateLine.id});
      else if (i + 1 < n) decide(paragraphs[i], it, Role::heading, rule::kTimestamp.confidence, {rule::kTimestamp.id});
      continue;
    }
    if (!it.decided && it.f.terminal_end && it.f.words >= kMinLedeWords) in_header = false;
  }

  // The lede: the first undecided paragraph after the title. A dek (subtitle)
  // may come first when a byline or dateline still follows, or when it is an
  // unpunctuated line followed by prose.
  size_t start = title < n ? title + 1 : 0;
  size_t first_open = start;
  while (first_open < n && items[first_open].decided) ++first_open;
  if (title < n && first_open < n && first_open <= title + 3) {
    const auto& f = items[first_open].f;
    bool lede_dateline = items[first_open].dateline.found && !items[first_open].dateline.rest_empty;
    bool header_follows = false;
    for (size_t k = first_open + 1; k < n && k <= first_open + 3; ++k) {
      Role r = paragraphs[k].role;
      if (!items[k].decided) break;
      if (r == Role::byline || r == Role::dateline) header_follows = true;
    }
    size_t next_open = first_open + 1;
    while (next_open < n && items[next_open].decided) ++next_open;
    bool prose_follows = next_open < n && items[next_open].f.terminal_end && items[next_open].f.words >= 8;
    bool dek_shape = f.words >= 5 && f.words <= 45 && !lede_dateline;
    if (dek_shape && (header_follows || (!f.terminal_end && !ends_clause(f.last) && prose_follows))) {
      decide(paragraphs[first_open], items[first_open], Role::subtitle, rule::kSubtitle.confidence,
             {rule::kSubtitle.id});
    }
  }

  // Dateline prefixes: on the lede, or anywhere a wire agency names it.
  bool lede_seen = false;
  for (size_t i = 0; i < n; ++i) {
    auto& it = items[i];
    if (it.decided) continue;
    const auto& m = it.dateline;
    if (m.found && !m.rest_empty && (!lede_seen || (m.agency && m.all_caps_place))) {
      paragraphs[i].dateline = m.span;
    }
    lede_seen = true;
  }

  // Author bios at the end of the page.
  for (size_t i = n > kBioWindow ? n - kBioWindow : 0; i < n; ++i) {
    if (!items[i].decided && is_bio(items[i].f)) {
      decide(paragraphs[i], items[i], Role::boilerplate, rule::kAuthorBio.confidence, {rule::kAuthorBio.id});
    }
  }

  // A paragraph just before a photo credit is its caption.
  for (size_t i = 0; i + 1 < n; ++i) {
    const auto& next = paragraphs[i + 1];
    if (items[i].decided || next.role != Role::caption || next.reasons.empty()) continue;
    std::string_view why = next.reasons.front();
    if (why != rule::kCaptionCredit.id && why != "caption.prefix.credit") continue;
    if (items[i].f.words <= 45 && !items[i].f.has_quote_mark && paragraphs[i].dateline.empty()) {
      decide(paragraphs[i], items[i], Role::caption, rule::kCaptionNext.confidence, {rule::kCaptionNext.id});
    }
  }

  // Under a "Related" / "More stories" header, the short unpunctuated lines
  // that follow are link titles, not headings.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (paragraphs[i].role != Role::boilerplate || paragraphs[i].reasons.empty() ||
        paragraphs[i].reasons.front() != "boiler.line.related")
      continue;
    for (size_t k = i + 1; k < n && !items[k].decided; ++k) {
      const auto& f = items[k].f;
      if (f.words == 0 || f.words > kMaxLinkTitleWords || f.terminal_end) break;
      decide(paragraphs[k], items[k], Role::boilerplate, rule::kRelatedLink.confidence, {rule::kRelatedLink.id});
    }
  }

  // Headings: short unpunctuated lines between prose paragraphs.
  for (size_t i = 1; i + 1 < n; ++i) {
    auto& it = items[i];
    const auto& f = it.f;
    if (it.decided || !paragraphs[i].dateline.empty()) continue;
    if (f.words == 0 || f.words > kMaxHeadingWords || f.terminal_end || ends_clause(f.last)) continue;
    if (ends_with_connective(f)) continue;
    if (!(utf8::is_upper(f.first) || utf8::is_digit(f.first) || is_opening_quote(f.first))) continue;
    const auto& prev = items[i - 1];
    const auto& next = items[i + 1];
    bool prev_closed = prev.decided || prev.f.terminal_end;  // not inside a list of short lines
    // The next paragraph must start like a new one, not continue a wrapped line.
    bool next_prose = next.f.terminal_end && next.f.words >= 8 && !utf8::is_lower(next.f.first);
    if (prev_closed && next_prose) {
      decide(paragraphs[i], it, Role::heading, rule::kHeading.confidence, {rule::kHeading.id});
    }
  }

  // Everything else is body.
  for (size_t i = 0; i < n; ++i) {
    auto& it = items[i];
    if (it.decided) continue;
    const RoleRule& r = it.f.terminal_end && it.f.words >= 8 ? rule::kBodySentence : rule::kBody;
    std::vector<std::string> reasons{r.id};
    if (!paragraphs[i].dateline.empty()) {
      reasons.push_back(rule::kDatelinePrefix.id);
      reasons = with_agency(std::move(reasons), it.dateline);
    }
    decide(paragraphs[i], it, Role::body, r.confidence, std::move(reasons));
  }
}

}  // namespace claimscope
