#include "evidence_words.h"

#include "utf8.h"

namespace claimscope {
namespace {

bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// "2.4", "U.S", "1,000", "21:30", "1,000-kilometer", "o'clock": a joiner
// stays inside a word only when a word character follows; , and : only
// between digits.
bool joins(char32_t before, char32_t joiner, char32_t after) {
  if (!utf8::is_word(after)) return false;
  if (joiner == '.' || joiner == '-' || joiner == '\'' || joiner == U'\u2019') return true;
  if (joiner == ',' || joiner == ':') return is_digit(before) && is_digit(after);
  return false;
}

}  // namespace

void lex_evidence_words(std::string_view text, Span range, std::vector<EvidenceWord>& out) {
  out.clear();
  size_t i = range.start;
  const size_t end = range.end < text.size() ? range.end : text.size();
  while (i < end) {
    auto d = utf8::decode(text, i);
    if (utf8::is_space(d.cp)) { i += d.len; continue; }
    EvidenceWord w;
    if (!utf8::is_word(d.cp)) {
      w.mark = d.cp;
      w.span = {uint32_t(i), uint32_t(i + d.len)};
      out.push_back(w);
      i += d.len;
      continue;
    }
    w.digit_first = is_digit(d.cp);
    w.capitalized = utf8::is_upper(d.cp);
    char32_t prev = d.cp;
    size_t j = i + d.len;
    while (j < end) {
      auto c = utf8::decode(text, j);
      if (utf8::is_word(c.cp)) { prev = c.cp; j += c.len; continue; }
      if (j + c.len < end && joins(prev, c.cp, utf8::decode(text, j + c.len).cp)) {
        prev = c.cp;
        j += c.len;
        continue;
      }
      break;
    }
    w.span = {uint32_t(i), uint32_t(j)};
    size_t n = j - i;
    if (n <= sizeof(w.lower)) {
      for (size_t k = 0; k < n; ++k) {
        char ch = text[i + k];
        w.lower[k] = (ch >= 'A' && ch <= 'Z') ? char(ch - 'A' + 'a') : ch;
      }
      w.len = uint8_t(n);
    }
    out.push_back(w);
    i = j;
  }
}

}  // namespace claimscope
