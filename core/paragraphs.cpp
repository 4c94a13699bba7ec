#include "paragraphs.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "line_wrap.h"
#include "utf8.h"

namespace claimscope {

namespace {

// The 8 bytes at `p`: bit 7 of byte k is set if byte k may be below 0x0E
// (tab, line breaks, controls) or is not ASCII. Zero: all 8 are plain. The
// lowest set bit is exact (a borrow of the subtraction only reaches bytes
// above a byte below 0x0E), so it gives the first special byte (bytes are
// loaded little-endian, as on x86 and WebAssembly).
uint64_t special_bytes(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return ((x - 0x0E0E0E0E0E0E0E0Eull) | x) & 0x8080808080808080ull;
}

// A line break at `pos` (or U+2029): its length in bytes, else 0. CR LF is one break.
struct Break {
  uint32_t len = 0;
  bool hard = false;  // U+2029 separates paragraphs for sure
};
Break break_at(std::string_view text, size_t pos, uint32_t& extra) {
  unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) {
    if (b < '\n' || b > '\r') return {};
    bool crlf = b == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n';
    return {crlf ? 2u : 1u, false};
  }
  // Repaired text is valid UTF-8, so the lead byte gives the length; only
  // NEL (C2 85), U+2028 and U+2029 (E2 80 A8/A9) break lines.
  uint32_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 1;
  if (pos + len > text.size()) len = 1;
  for (uint32_t k = 1; k < len; ++k) {  // unrepaired input: never step over a line break
    if ((static_cast<unsigned char>(text[pos + k]) & 0xC0) != 0x80) len = 1;
  }
  if (b == 0xC2 && len == 2 && static_cast<unsigned char>(text[pos + 1]) == 0x85) return {2, false};
  if (b == 0xE2 && len == 3 && static_cast<unsigned char>(text[pos + 1]) == 0x80) {
    unsigned char third = static_cast<unsigned char>(text[pos + 2]);
    if (third == 0xA8 || third == 0xA9) return {3, third == 0xA9};
  }
  extra += len - 1;  // continuation bytes: a line's width is counted in code points
  return {};
}

// News text has a line break every hundred bytes or more (paragraphs, and
// often a blank line between them), so a line per 64 bytes is room enough
// without counting first: counting the line feeds up front cost a pass over
// the whole text (4% of the page's segment call). Shorter lines outgrow it;
// then the rest of the text's line feeds are counted once, so a text of very
// short lines grows one time to its exact size instead of doubling through
// copies of itself.
constexpr size_t kBytesPerLineGuess = 64;
void reserve_for_rest(std::vector<Line>& lines, std::string_view text, size_t pos) {
  size_t newlines = 0;
  const char* end = text.data() + text.size();
  for (const char* p = text.data() + pos; (p = static_cast<const char*>(std::memchr(p, '\n', end - p))); ++p)
    ++newlines;
  // This line and the last one after the final break; at least doubled, so
  // breaks other than '\n' (CR alone, NEL) cannot make the count run again and again.
  lines.reserve(std::max(lines.size() + newlines + 2, 2 * lines.capacity()));
}

// Cuts the text into lines at every line break. One pass: 8 bytes at a time
// through plain ASCII, which is most of any text. It stops at every
// non-ASCII character, so it lists them when asked (`non_ascii`).
std::vector<Line> split_lines(std::string_view text, NonAsciiStarts* non_ascii) {
  std::vector<Line> lines;
  const size_t n = text.size();
  lines.reserve(n / kBytesPerLineGuess + 1);
  size_t pos = 0;
  while (pos < n) {
    Line line;
    size_t begin = pos;
    uint32_t extra = 0;  // bytes beyond the first of each multi-byte character
    // Leading white space: the indentation.
    while (pos < n) {
      unsigned char b = static_cast<unsigned char>(text[pos]);
      if (b == ' ' || b == '\t') { ++pos; ++line.indent; continue; }
      if (b < 0x80) break;
      auto d = utf8::decode(text, pos);
      if (!utf8::is_space(d.cp) || utf8::is_line_break(d.cp) || d.cp == 0x2029) break;
      if (non_ascii) non_ascii->add(uint32_t(pos));
      pos += d.len;
      extra += d.len - 1;
      ++line.indent;
    }
    size_t start = pos;
    // The line break.
    Break brk;
    while (pos < n) {
      // Plain words in a loop of their own: one bound test per eight bytes.
      for (; pos + 8 <= n; pos += 8) {
        const uint64_t special = special_bytes(text.data() + pos);
        if (special) {
          pos += size_t(__builtin_ctzll(special)) / 8;  // straight to the first special byte
          break;
        }
      }
      if (pos >= n) break;
      unsigned char b = static_cast<unsigned char>(text[pos]);
      if (b >= 0x0E && b < 0x80) { ++pos; continue; }
      if (non_ascii && b >= 0x80) non_ascii->add(uint32_t(pos));
      uint32_t before = extra;
      brk = break_at(text, pos, extra);
      if (brk.len) break;
      pos += 1 + (extra - before);
    }
    // Trailing white space.
    size_t end = pos;
    while (end > start) {
      size_t q = end - 1;
      unsigned char b = static_cast<unsigned char>(text[q]);
      if (b < 0x80) {
        if (b != ' ' && b != '\t') break;
      } else {
        q = utf8::prev_start(text, end);
        if (!utf8::is_space(utf8::decode(text, q).cp)) break;
        extra -= static_cast<uint32_t>(end - q - 1);
      }
      end = q;
    }
    if (end > start) {
      line.blank = false;
      line.start = static_cast<uint32_t>(start);
      line.end = static_cast<uint32_t>(end);
      line.width = static_cast<uint32_t>(end - begin) - extra;
    }
    line.hard_end = brk.hard;
    if (lines.size() == lines.capacity()) reserve_for_rest(lines, text, pos);
    if (brk.len || !line.blank) lines.push_back(line);
    pos += brk.len;
  }
  return lines;
}

}  // namespace

// Pasted web text is one paragraph per line far more often than it is
// hard-wrapped prose, so a line break ends a paragraph unless the document
// and the two lines around it show that it is a wrap (line_wrap.h). Blank
// lines separate paragraphs and produce none.
std::vector<Paragraph> split_paragraphs(std::string_view text, NonAsciiStarts* non_ascii) {
  std::vector<Line> lines = split_lines(text, non_ascii);
  WrapEvidence evidence = assess_wrapping(text, lines);
  std::vector<Paragraph> out;
  out.reserve(evidence.nonblank);  // at most one paragraph per non-blank line
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    Paragraph& p = out.emplace_back();  // built in place: a text of short lines has a paragraph every few bytes
    p.span = {lines[i].start, lines[i].end};
    while (i + 1 < lines.size() && is_wrap(text, lines[i], lines[i + 1], evidence)) {
      ++i;
      p.span.end = lines[i].end;
    }
  }
  return out;
}

}  // namespace claimscope
