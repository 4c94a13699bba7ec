#include "paragraphs.h"

#include "line_wrap.h"
#include "utf8.h"

namespace claimscope {

namespace {

// Cuts the text into lines at every line break (CR LF counts once; U+2029
// ends a line that is never joined). One pass; ASCII skips decoding.
std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  Line line;
  size_t pos = 0;
  uint32_t column = 0;  // code points since the line's first byte
  auto finish = [&](bool hard) {
    line.hard_end = hard;
    lines.push_back(line);
    line = Line{};
    column = 0;
  };
  while (pos < text.size()) {
    unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte > ' ' && byte < 0x80) {  // fast path: visible ASCII
      if (line.blank) {
        line.blank = false;
        line.start = static_cast<uint32_t>(pos);
        line.indent = column;
      }
      line.end = static_cast<uint32_t>(++pos);
      line.width = ++column;
      continue;
    }
    auto d = utf8::decode(text, pos);
    pos += d.len;
    if (d.cp == '\r' && pos < text.size() && text[pos] == '\n') continue;  // CR LF: break at the LF
    if (utf8::is_line_break(d.cp) || d.cp == 0x2029) {
      finish(d.cp == 0x2029);
      continue;
    }
    ++column;
    if (utf8::is_space(d.cp)) continue;
    if (line.blank) {
      line.blank = false;
      line.start = static_cast<uint32_t>(pos - d.len);
      line.indent = column - 1;
    }
    line.end = static_cast<uint32_t>(pos);
    line.width = column;
  }
  if (!line.blank) finish(false);
  return lines;
}

}  // namespace

// Pasted web text is one paragraph per line far more often than it is
// hard-wrapped prose, so a line break ends a paragraph unless the document
// and the two lines around it show that it is a wrap (line_wrap.h). Blank
// lines separate paragraphs and produce none.
std::vector<Paragraph> split_paragraphs(std::string_view text) {
  std::vector<Line> lines = split_lines(text);
  WrapEvidence evidence = assess_wrapping(text, lines);
  std::vector<Paragraph> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    Paragraph p;
    p.span = {lines[i].start, lines[i].end};
    while (i + 1 < lines.size() && is_wrap(text, lines[i], lines[i + 1], evidence)) {
      ++i;
      p.span.end = lines[i].end;
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace claimscope
