#include "paragraphs.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

#if defined(__SSE2__)
// The line's text from `pos` up to its line break (returned, with the break
// in `brk`) or the end of the text, sixteen bytes a step. Stops only where a
// break may end: a byte below 0x0E (tab and controls too), or the last byte
// of NEL (C2 85) or U+2028/U+2029 (E2 80 A8/A9). The curly quotes and dashes
// of news text end in other bytes, so the loop leaves only at line ends (the
// eight-byte scan below left at every non-ASCII character: a mispredicted
// exit each). `extra` gains the continuation bytes (10xxxxxx) passed, which
// for valid UTF-8, the only text annotate() splits, is what break_at counts.
// The bytes of a break are the same patterns wherever the scan stands: no
// lead byte of a character (C2, E2) is a continuation byte another could take.
// With `listed` (kList), the lead bytes passed (11xxxxxx) are listed there
// too, from a movemask of the block's bytes of 0x80 and above that are not
// continuation bytes. A block with no stop and no such byte (most of them)
// is passed at one test, counting and listing nothing.
template <bool kList>
size_t scan_line_sse2(std::string_view text, size_t pos, uint32_t& extra, Break& brk, NonAsciiStarts* listed) {
  const size_t n = text.size();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  const __m128i below = _mm_set1_epi8(0x0D), nel = _mm_set1_epi8(char(0x85)), sep = _mm_set1_epi8(char(0xA9));
  const __m128i one = _mm_set1_epi8(1), first_lead = _mm_set1_epi8(char(0xC0)), zero = _mm_setzero_si128();
  const __m128i index = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  __m128i conts = zero;  // continuation bytes of the blocks passed, in two 64-bit sums
  auto settle = [&] {
    conts = _mm_add_epi64(conts, _mm_unpackhi_epi64(conts, conts));
    extra += uint32_t(_mm_cvtsi128_si32(conts));  // a line is under 4 GB
    conts = zero;
  };
  for (;;) {
    size_t stop = n;
    for (; pos + 16 <= n; pos += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos));
      const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(x, below), x);  // x <= 0x0D
      const __m128i tails = _mm_or_si128(_mm_cmpeq_epi8(x, nel), _mm_cmpeq_epi8(_mm_or_si128(x, one), sep));
      const __m128i stops = _mm_or_si128(low, tails);
      // Most blocks: no stop and no byte beyond ASCII (bit 7), so nothing to count or list.
      if (_mm_movemask_epi8(_mm_or_si128(stops, x)) == 0) continue;
      // Signed, 0x80-0xBF are the bytes below 0xC0: the continuation bytes.
      const __m128i cont = _mm_cmplt_epi8(x, first_lead);
      const unsigned mask = unsigned(_mm_movemask_epi8(stops));
      if constexpr (kList) {
        if (listed->complete) {
          // The lead bytes (bit 7, not a continuation) before the stop only:
          // the scan goes on after it.
          unsigned leads = unsigned(_mm_movemask_epi8(_mm_andnot_si128(cont, x))) & (mask ? (mask & -mask) - 1 : 0xFFFFu);
          for (; leads != 0; leads &= leads - 1) listed->add(uint32_t(pos + size_t(__builtin_ctz(leads))));
        }
      }
      if (mask) {  // count the bytes before the stop only
        const int at = __builtin_ctz(mask);
        const __m128i before = _mm_cmplt_epi8(index, _mm_set1_epi8(char(at)));
        conts = _mm_add_epi64(conts, _mm_sad_epu8(_mm_and_si128(_mm_and_si128(cont, before), one), zero));
        stop = pos + size_t(at);
        break;
      }
      conts = _mm_add_epi64(conts, _mm_sad_epu8(_mm_and_si128(cont, one), zero));
    }
    settle();
    if (stop == n) {  // the last 0-15 bytes, one at a time
      for (; pos < n; ++pos) {
        const unsigned char b = s[pos];
        if (b < 0x0E || b == 0x85 || b == 0xA8 || b == 0xA9) break;
        extra += (b & 0xC0) == 0x80;
        if (kList && b >= 0xC0) listed->add(uint32_t(pos));
      }
      if (pos >= n) return n;
      stop = pos;
    }
    pos = stop;
    const unsigned char b = s[pos];
    if (b < 0x0E) {
      if (b >= '\n' && b <= '\r') {
        brk = {b == '\r' && pos + 1 < n && s[pos + 1] == '\n' ? 2u : 1u, false};
        return pos;
      }
    } else if (b == 0x85 && pos >= 1 && s[pos - 1] == 0xC2) {
      brk = {2, false};
      return pos - 1;
    } else if (b != 0x85 && pos >= 2 && s[pos - 1] == 0x80 && s[pos - 2] == 0xE2) {
      extra -= 1;  // the 80 passed belongs to the break
      brk = {3, b == 0xA9};
      return pos - 2;
    } else {
      extra += 1;  // é (C3 A9), © (C2 A9) and kin: a continuation byte
    }
    ++pos;
  }
}
#endif

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

// Cuts the text into lines at every line break. One pass: with SSE2 sixteen
// bytes at a time to each line's end, else 8 bytes at a time through plain
// ASCII, which is most of any text, stopping at every non-ASCII character.
// Either lists the non-ASCII characters' starts when asked (`non_ascii`).
// `portable`: the eight-byte loop even where SSE2 is (tests: LineScan).
std::vector<Line> split_lines(std::string_view text, NonAsciiStarts* non_ascii, bool portable) {
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
#if defined(__SSE2__)
    if (!portable) {
      pos = non_ascii ? scan_line_sse2<true>(text, pos, extra, brk, non_ascii)
                      : scan_line_sse2<false>(text, pos, extra, brk, nullptr);
    }
#else
    (void)portable;
#endif
    while (pos < n && !brk.len) {
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
  if (non_ascii) non_ascii->finish();
  return lines;
}

// Pasted web text is one paragraph per line far more often than it is
// hard-wrapped prose, so a line break ends a paragraph unless the document
// and the two lines around it show that it is a wrap (line_wrap.h). Blank
// lines separate paragraphs and produce none.
void split_into(std::string_view text, std::vector<Paragraph>& out, NonAsciiStarts* non_ascii, LineScan scan) {
  std::vector<Line> lines = split_lines(text, non_ascii, scan == LineScan::portable);
  WrapEvidence evidence = assess_wrapping(text, lines);
  out.clear();
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
}

}  // namespace

void split_paragraphs_into(std::string_view text, std::vector<Paragraph>& out, NonAsciiStarts* non_ascii) {
  split_into(text, out, non_ascii, LineScan::fastest);
}

std::vector<Paragraph> split_paragraphs(std::string_view text, NonAsciiStarts* non_ascii, LineScan scan) {
  std::vector<Paragraph> out;
  split_into(text, out, non_ascii, scan);
  return out;
}

}  // namespace claimscope
