#include "paragraphs.h"

#include "utf8.h"

namespace claimscope {

// Pasted web text is one paragraph per line far more often than it is
// hard-wrapped prose, so every line break ends a paragraph. Blank lines
// (and lines of only white space) separate paragraphs too and produce none.
std::vector<Paragraph> split_paragraphs(std::string_view text) {
  std::vector<Paragraph> out;
  size_t pos = 0;
  size_t start = std::string_view::npos;  // first non-space byte of the current line
  size_t last_end = 0;                    // end of its last non-space code point
  auto flush = [&] {
    if (start != std::string_view::npos) {
      Paragraph p;
      p.span = {uint32_t(start), uint32_t(last_end)};
      out.push_back(std::move(p));
    }
    start = std::string_view::npos;
  };
  while (pos < text.size()) {
    unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte > ' ' && byte < 0x80) {  // fast path: visible ASCII
      if (start == std::string_view::npos) start = pos;
      last_end = ++pos;
      continue;
    }
    auto d = utf8::decode(text, pos);
    if (utf8::is_line_break(d.cp) || d.cp == 0x2029) {
      flush();
    } else if (!utf8::is_space(d.cp)) {
      if (start == std::string_view::npos) start = pos;
      last_end = pos + d.len;
    }
    pos += d.len;
  }
  flush();
  return out;
}

}  // namespace claimscope
