#include "tokens.h"

#include "utf8.h"
#include "word_classes.h"

namespace claimscope {
namespace {

bool is_inner_joiner(char32_t cp) {
  return cp == '\'' || cp == U'\u2019' || cp == '-' || cp == '.' || cp == '&' || cp == U'\u2010';
}

// "U.S" / "A" / "Mr": a trailing dot belongs to the word.
bool takes_final_dot(const Token& t) {
  if (t.lower.find('.') != std::string::npos) return true;
  if (t.lower.size() == 1 && t.capitalized) return true;
  return is_abbreviation(t.lower);
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, Span range) {
  std::vector<Token> out;
  size_t i = range.start;
  const size_t end = range.end < text.size() ? range.end : text.size();
  while (i < end) {
    auto d = utf8::decode(text, i);
    if (utf8::is_space(d.cp)) { i += d.len; continue; }
    Token t;
    t.first = d.cp;
    if (!utf8::is_word(d.cp)) {
      t.span = {uint32_t(i), uint32_t(i + d.len)};
      t.lower.assign(text.substr(i, d.len));
      out.push_back(std::move(t));
      i += d.len;
      continue;
    }
    size_t j = i + d.len;
    while (j < end) {
      auto c = utf8::decode(text, j);
      if (utf8::is_word(c.cp)) { j += c.len; continue; }
      // A joiner stays inside the word only when a word character follows.
      if (is_inner_joiner(c.cp) && j + c.len < end && utf8::is_word(utf8::decode(text, j + c.len).cp)) {
        j += c.len;
        continue;
      }
      break;
    }
    t.word = true;
    t.capitalized = utf8::is_upper(d.cp);
    t.span = {uint32_t(i), uint32_t(j)};
    t.lower = utf8::lower(text.substr(i, j - i));
    if (j < end && text[j] == '.' && takes_final_dot(t)) {
      ++j;
      t.span.end = uint32_t(j);
      t.lower.push_back('.');
    }
    const std::string& w = t.lower;
    t.possessive = (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) ||
                   (w.size() > 4 && w.compare(w.size() - 4, 4, "\xE2\x80\x99s") == 0);
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

}  // namespace claimscope
