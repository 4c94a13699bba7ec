// Telling a wrapped line break from a paragraph break in pasted text.
//
// Web pastes put one paragraph per line; e-mails, PDF text and plain-text
// wire copy are hard-wrapped, so one sentence runs over several lines. The
// paragraph splitter cuts the text into lines, asks assess_wrapping() once
// for document-level evidence, then is_wrap() for each break between two
// non-blank lines. Rules and thresholds: core/rules/line_wrap.h.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimscope {

/// One line of the input. `start`/`end` bound its non-space text.
struct Line {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t width = 0;     // code points from the line's first byte to `end`, indentation included
  uint32_t indent = 0;    // leading white space, in code points
  bool blank = true;      // nothing but white space
  bool hard_end = false;  // ended by U+2029, a paragraph separator: never joined
};

struct WrapEvidence {
  bool may_wrap = false;  // no sign of one-paragraph-per-line: line-level evidence may join
  bool wrapped = false;   // the text is hard-wrapped at `width`
  uint32_t width = 0;
  size_t nonblank = 0;    // non-blank lines
  uint32_t min_indent = 0;  // the text's own left margin; more indentation opens a paragraph
};

WrapEvidence assess_wrapping(std::string_view text, const std::vector<Line>& lines);

/// is_wrap past its quick answers (line_wrap.cpp).
bool may_be_wrap(std::string_view text, const Line& a, const Line& b, const WrapEvidence& evidence);

/// Whether the break between non-blank line `a` and the next line `b`
/// is a wrap inside a paragraph. The quick answers inline: the splitter asks
/// at every line break, and in a list of short lines the call cost more.
inline bool is_wrap(std::string_view text, const Line& a, const Line& b, const WrapEvidence& evidence) {
  if (!evidence.may_wrap || a.blank || b.blank || a.hard_end) return false;
  // Without document-level evidence only a lower-case continuation can
  // join: a line that starts with an ASCII capital never does.
  if (!evidence.wrapped && unsigned(static_cast<unsigned char>(text[b.start]) - 'A') < 26u) return false;
  return may_be_wrap(text, a, b, evidence);
}

}  // namespace claimscope
