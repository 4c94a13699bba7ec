#include "paragraph_features.h"

#include "utf8.h"

namespace claimscope {

bool is_quote_mark(char32_t cp) {
  switch (cp) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2018: case 0x2019:
    case 0x201A: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: case 0x300C: case 0x300D:
    case 0x300E: case 0x300F: case 0xFF02:
      return true;
    default:
      return false;
  }
}

std::string_view ParagraphFeatures::first_words(size_t n) const {
  if (n == 0 || n > word_ends.size()) return {};
  return std::string_view(key).substr(0, word_ends[n - 1]);
}

std::string_view ParagraphFeatures::words_at(size_t from, size_t n) const {
  if (n == 0 || from + n > word_ends.size()) return {};
  size_t begin = from == 0 ? 0 : word_ends[from - 1] + 1;  // skip the joining space
  return std::string_view(key).substr(begin, word_ends[from + n - 1] - begin);
}

namespace {

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

}  // namespace

ParagraphFeatures paragraph_features(std::string_view text, Span span) {
  ParagraphFeatures f;
  f.key.reserve(span.size());
  bool in_word = false;
  uint32_t word_letters = 0;
  bool word_capitalised = false;
  char32_t prev = 0;
  auto end_word = [&] {
    if (!in_word) return;
    in_word = false;
    if (f.key.back() == '\'') f.key.pop_back();  // a closing ’ is not part of the word
    ++f.words;
    if (word_letters >= 4) {
      ++f.long_words;
      if (word_capitalised) ++f.long_capitalised;
    }
    if (f.word_ends.size() < ParagraphFeatures::kMaxIndexedWords) f.word_ends.push_back(uint32_t(f.key.size()));
  };
  size_t pos = span.start;
  while (pos < span.end) {
    auto d = utf8::decode(text, pos);
    char32_t cp = d.cp;
    if (f.first == 0) f.first = cp;
    // Closing quotes and brackets after a period do not hide it: “... end.”
    if (!utf8::is_closing(cp) && !utf8::is_space(cp)) {
      f.last = cp;
      f.terminal_end = utf8::is_terminal(cp);
    }
    if (is_quote_mark(cp)) f.has_quote_mark = true;
    if (utf8::is_letter(cp)) {
      ++f.letters;
      if (utf8::is_upper(cp)) ++f.upper_letters;
    }
    if (utf8::is_digit(cp)) {
      ++f.digits;
      if (prev == ':' && pos >= span.start + 2 && utf8::is_digit(char32_t(text[pos - 2]))) f.has_time = true;
    }
    bool word_char = utf8::is_word(cp) || (in_word && is_apostrophe(cp));
    if (word_char) {
      if (!in_word) {
        if (!f.key.empty()) f.key += ' ';
        in_word = true;
        word_letters = 0;
        word_capitalised = utf8::is_upper(cp);
        if (utf8::is_upper(cp)) {
          ++f.capitalised;
          if (f.words < ParagraphFeatures::kMaxIndexedWords) f.capitalised_mask |= uint64_t(1) << f.words;
        }
        if (utf8::is_lower(cp)) ++f.lowercase_start;
      }
      if (utf8::is_letter(cp)) ++word_letters;
      if (is_apostrophe(cp)) f.key += '\'';
      else utf8::append(f.key, utf8::to_lower(cp));
    } else if (cp == ':' && in_word) {
      f.key += ':';
      end_word();
    } else {
      end_word();
    }
    prev = cp;
    pos += d.len;
  }
  end_word();
  return f;
}

}  // namespace claimscope
