#include "line_wrap.h"

#include <cstdint>

#include "word_index.h"
#include "rules/line_wrap.h"
#include "rules/sentence_marks.h"
#include "sentence_context.h"
#include "utf8.h"

namespace claimscope {

namespace {

using namespace wrap;

constexpr size_t kMaxScan = 400;  // bytes of a line read for word counts: enough for any wrapped line


// Code points in the first word of `line` (up to `cap`).
uint32_t first_word_width(std::string_view text, const Line& line, uint32_t cap) {
  uint32_t n = 0;
  for (size_t p = line.start; p < line.end && n <= cap;) {
    auto d = utf8::decode(text, p);
    if (utf8::is_space(d.cp)) break;
    ++n;
    p += d.len;
  }
  return n;
}

// The break after `a` looks like a greedy wrap: the next line's first word
// would not have fit on `a`.
bool next_word_would_not_fit(std::string_view text, const Line& a, const Line& b, uint32_t width) {
  return a.width + 1 + first_word_width(text, b, width) > width;
}

// Last code point of the line, and the one before any closing quotes/brackets.
struct LineEnd {
  char32_t last = 0;
  char32_t before_closers = 0;
};
LineEnd line_end(std::string_view text, const Line& line) {
  LineEnd e;
  size_t p = line.end;
  for (int n = 0; p > line.start && n < 4; ++n) {
    p = utf8::prev_start(text, p);
    char32_t cp = utf8::decode(text, p).cp;
    if (n == 0) e.last = cp;
    e.before_closers = cp;
    if (!utf8::is_closing(cp)) break;
  }
  return e;
}

struct Words {
  int count = 0;
  int capitalized = 0;
  bool label = false;  // "By ...", "Photo ...", "Subject: ..."
};
Words read_words(std::string_view text, const Line& line) {
  static const WordIndex<WordRule> labels(kLabelOpeners);
  Words w;
  size_t end = line.end - line.start > kMaxScan ? line.start + kMaxScan : line.end;
  bool in_word = false;
  for (size_t p = line.start; p < end;) {
    auto d = utf8::decode(text, p);
    bool space = utf8::is_space(d.cp);
    if (!space && !in_word) {
      ++w.count;
      if (utf8::is_upper(d.cp)) ++w.capitalized;
    }
    if (w.count == 1 && !space && d.cp == ':') w.label = true;  // a field name: "From:", "Photo:"
    in_word = !space;
    p += d.len;
  }
  char first[16];
  size_t n = 0;
  for (size_t p = line.start; p < line.end && n < sizeof(first); ++p) {
    unsigned char c = text[p];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c < 'a' || c > 'z') break;
    first[n++] = static_cast<char>(c);
  }
  // "By Jane Roe", but not "By the end of the week, the ministry had ...".
  if (w.count <= kMaxLabelWords && labels.contains(std::string_view(first, n))) w.label = true;
  return w;
}

// Most words capitalised: a headline or a name line, not running prose.
bool title_like(const Words& w) { return w.count >= 2 && w.capitalized * 3 >= w.count * 2; }

bool starts_item(std::string_view text, const Line& line) {
  char32_t cp = utf8::decode(text, line.start).cp;
  if (has_mark(kItemOpeners, cp)) return true;
  seg::ListMarker marker;
  return seg::parse_list_marker(text, line.start, line.end, marker);
}

bool starts_lower(std::string_view text, const Line& line) {
  unsigned char first = text[line.start];
  if (first < 0x80 && ((first | 0x20) >= 'a' && (first | 0x20) <= 'z')) return first >= 'a';
  size_t p = line.start;
  for (int n = 0; p < line.end && n < 3; ++n) {
    auto d = utf8::decode(text, p);
    if (!has_mark(kOpeners, d.cp)) return utf8::is_lower(d.cp);
    p += d.len;
  }
  return false;
}

}  // namespace

WrapEvidence assess_wrapping(std::string_view text, const std::vector<Line>& lines) {
  WrapEvidence e;
  size_t& nonblank = e.nonblank;
  size_t long_lines = 0;
  e.min_indent = UINT32_MAX;
  for (const Line& l : lines) {
    if (l.blank) continue;
    ++nonblank;
    if (l.indent < e.min_indent) e.min_indent = l.indent;
    if (l.width > kMaxWrapWidth) ++long_lines;
    else if (l.width > e.width) e.width = l.width;
  }
  if (nonblank < 2 || long_lines * kLongLineShare > nonblank) return e;
  e.may_wrap = true;
  if (e.width < kMinWrapWidth) return e;
  size_t breaks = 0, wraps = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& a = lines[i];
    const Line& b = lines[i + 1];
    // Short lines (signatures, list items, a paragraph's last line) say
    // nothing about wrapping; only lines that fill half the width count.
    if (a.blank || b.blank || a.hard_end || a.width * 2 < e.width) continue;
    ++breaks;
    if (next_word_would_not_fit(text, a, b, e.width)) ++wraps;
  }
  e.wrapped = wraps >= kMinWrapBreaks && wraps * kWrapShareDenominator >= breaks * kWrapShareNumerator;
  return e;
}

bool may_be_wrap(std::string_view text, const Line& a, const Line& b, const WrapEvidence& evidence) {
  // Without document-level evidence only a lower-case continuation can join.
  if (!evidence.wrapped && !starts_lower(text, b)) return false;
  // A line indented past the text's margin opens a paragraph (wire copy
  // indents first lines).
  if (b.indent > evidence.min_indent || b.indent > a.indent) return false;
  if (starts_item(text, b)) return false;
  Words words = read_words(text, a);
  if (words.label || words.count < kMinProseWords) return false;
  // Document-level evidence: the text is wrapped and this break is one of its wraps.
  if (evidence.wrapped && next_word_would_not_fit(text, a, b, evidence.width)) return true;
  // Line-level evidence: prose cut mid-sentence, continued in lower case. A
  // colon at the end introduces a list or a quotation block instead.
  LineEnd end = line_end(text, a);
  if (end.last == ':') return false;
  return !seg::is_sentence_mark(end.before_closers) && !title_like(words) && starts_lower(text, b);
}

}  // namespace claimscope
