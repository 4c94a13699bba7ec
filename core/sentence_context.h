// What surrounds a candidate sentence boundary: the token before a period,
// the word after the gap, list markers. Every reader looks a bounded number
// of bytes away from its position, so the segmenter stays linear.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace claimscope::seg {

/// Sentence-final punctuation: utf8::is_terminal plus the marks in
/// core/rules/sentence_marks.h. One bit test for any character.
bool is_sentence_mark(char32_t cp);

/// The token that ends at a period: back to white space or the sentence start.
struct PrevToken {
  size_t start = 0;        // first byte, after leading opening marks
  std::string_view raw;    // as written, without the period
  char lower[48];          // ASCII-lower-cased copy (other bytes unchanged); `len` bytes valid
  size_t len = 0;          // bytes in `lower`; 0 when empty or too long
};
PrevToken read_prev_token(std::string_view text, size_t dot, size_t floor);

/// A word of four or more letters with a vowel ("closed", "Paris"): too
/// long and too pronounceable for an unlisted abbreviation.
bool looks_like_full_word(const PrevToken& token);
/// "E", "U.S", "j.r.r": single letters joined by periods.
bool is_initials(std::string_view raw);
/// Whether the word before `pos` (skipping spaces) starts with a capital, as
/// in a name before an initial ("Jonas E."). False at the sentence start.
bool prev_word_capitalized(std::string_view text, size_t pos, size_t floor);
/// Number of words between `from` and `to`, counting at most `limit`; more
/// than 64 bytes count as `limit` (the caller only asks "is it short?").
int count_words(std::string_view text, size_t from, size_t to, int limit);

enum class NextKind : uint8_t { upper, lower, digit, uncased, continuation, other };

/// The first word after a gap, past opening quotes and brackets.
struct NextWord {
  NextKind kind = NextKind::other;
  bool opener = false;     // an opening quote or bracket came first
  bool only_marks = false; // nothing but quotes/brackets up to the end of the paragraph
  bool pronoun_i = false;  // the word is "I" (or "i") on its own
  char word[24];           // lower-cased ASCII letters; `word_len` valid (empty if none or too long)
  size_t word_len = 0;
};
NextWord read_next(std::string_view text, size_t pos, size_t end);

/// A period glued between two words, as in "world.Today": a missing space,
/// not a domain, file name, e-mail address or URL.
bool is_glued_boundary(std::string_view text, size_t dot, size_t floor, size_t end);

/// A list-item marker: "1.", "2)", "3.)", "a.", "b)", a bullet, or a bullet
/// followed by one of those.
struct ListMarker {
  char32_t bullet = 0;
  char style = 0;      // '1' numbers, 'a' lower-case letters, 'A' upper-case letters with ")"
  char punct = 0;      // '.', ')' or 'p' for ".)"
  uint32_t value = 0;  // the number or the letter
  size_t end = 0;      // byte after the marker's punctuation
};
bool parse_list_marker(std::string_view text, size_t pos, size_t end, ListMarker& out);
/// parse_list_marker's first test, inline: it runs at every sentence start and
/// nearly always says no. Only a digit, a letter before "." or ")", or a
/// non-ASCII byte (a bullet) can start a marker.
inline bool may_start_list_marker(std::string_view text, size_t pos, size_t end) {
  if (pos >= end) return false;
  const unsigned char first = static_cast<unsigned char>(text[pos]);
  if (first >= 0x80 || (first >= '0' && first <= '9')) return true;
  const unsigned char lower = first | 0x20;
  return lower >= 'a' && lower <= 'z' && pos + 1 < end && (text[pos + 1] == '.' || text[pos + 1] == ')');
}
/// Whether `next` continues the list that `current` belongs to.
bool continues_list(const ListMarker& current, const ListMarker& next);

/// End of a Wikipedia-style citation marker ("[12]", "[3, 4]", "[1 - 3]")
/// starting at `pos`, or `pos` when there is none.
size_t citation_end(std::string_view text, size_t pos, size_t end);

}  // namespace claimscope::seg
