#include "web_text.h"

#include <cstring>

#include "word_index.h"
#include "rules/web_text.h"
#include "utf8.h"

namespace claimscope::seg {

namespace {

constexpr size_t kMaxUrlLookBack = 256;  // longer tokens before a space are not checked
constexpr size_t kMaxSalutation = 40;    // "Kindest regards," / "Dear Professor Ana Lima,"
constexpr int kMaxGreetingWords = 4;

bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
char ascii_lower(unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); }

bool space_at(std::string_view text, size_t pos) {
  unsigned char c = text[pos];
  if (c < 0x80) return utf8::is_ascii_space(c);
  return utf8::is_space(utf8::decode(text, pos).cp);
}

bool has_prefix_nocase(std::string_view text, size_t pos, size_t end, std::string_view prefix) {
  if (end - pos < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k)
    if (ascii_lower(text[pos + k]) != prefix[k]) return false;
  return true;
}

}  // namespace

bool starts_url(std::string_view text, size_t pos, size_t end) {
  unsigned char c = text[pos];
  if (c != 'h' && c != 'H' && c != 'w' && c != 'W') return false;
  for (const WordRule& r : kUrlPrefixes)
    if (has_prefix_nocase(text, pos, end, r.text)) return true;
  return false;
}

size_t token_end(std::string_view text, size_t pos, size_t end) {
  while (pos < end && !space_at(text, pos)) {
    pos += static_cast<unsigned char>(text[pos]) < 0x80 ? 1 : utf8::decode(text, pos).len;
  }
  return pos;
}

bool prev_token_is_url(std::string_view text, size_t space, size_t floor) {
  size_t p = space;
  while (p > floor && space - p < kMaxUrlLookBack && !space_at(text, p - 1)) --p;
  if (p == space || (p > floor && !space_at(text, p - 1))) return false;  // empty or too long
  return starts_url(text, p, space);
}

size_t emoticon_end(std::string_view text, size_t pos, size_t end) {
  static const WordIndex<WordRule> emoticons(kEmoticons);
  char word[4];
  size_t n = 0;
  while (pos + n < end && n < sizeof(word) && !space_at(text, pos + n)) {
    word[n] = ascii_lower(text[pos + n]);
    ++n;
  }
  if (pos + n < end && !space_at(text, pos + n)) return pos;  // longer than any emoticon
  return emoticons.contains(std::string_view(word, n)) ? pos + n : pos;
}

bool follows_clock_time(std::string_view text, size_t space, size_t floor, size_t& time_start) {
  static const WordIndex<WordRule> meridiems(kMeridiems);
  if (space < floor + 7 || text[space - 3] != ' ') return false;
  char m[2] = {ascii_lower(text[space - 2]), ascii_lower(text[space - 1])};
  if (text[space - 1] != 'M' || !meridiems.contains(std::string_view(m, 2))) return false;
  // "9:15", "09:15" or "09:15:42" before " AM".
  size_t end = space - 3;
  size_t p = end;
  while (p > floor && end - p < 8 && (ascii_digit(text[p - 1]) || text[p - 1] == ':')) --p;
  size_t len = end - p;
  if (len < 4 || text[end - 3] != ':' || !ascii_digit(text[end - 2]) || !ascii_digit(text[end - 1]) ||
      !ascii_digit(text[p]))
    return false;
  if (p > floor && !space_at(text, p - 1)) return false;
  time_start = p;
  return true;
}

// The first two letters of every closing and greeting ("be" of "best
// regards"), one bit per pair: salutation_end runs at every sentence start,
// and this settles nearly all of them with one load.
struct SalutationStarts {
  uint32_t second_of[26] = {};  // by the first letter: bit (second letter - 'a')
  constexpr void add(const char* phrase) { second_of[phrase[0] - 'a'] |= uint32_t(1) << (phrase[1] & 31); }
  constexpr SalutationStarts() {
    for (const WordRule& r : kValedictions) add(r.text);
    for (const WordRule& r : kGreetings) add(r.text);
  }
};
constexpr SalutationStarts kSalutationStarts;

size_t salutation_end(std::string_view text, size_t pos, size_t end, bool paragraph_start) {
  unsigned char first = text[pos];
  if (first < 'A' || first > 'Z') return pos;
  // (A second byte that is no letter maps to some bit: a rare extra look, never a miss.)
  if (pos + 1 >= end || !(kSalutationStarts.second_of[first - 'A'] >> (text[pos + 1] & 31) & 1)) return pos;
  static const WordIndex<WordRule> closings(kValedictions);
  static const WordIndex<WordRule> greetings(kGreetings);
  size_t window = end - pos < kMaxSalutation ? end - pos : kMaxSalutation;
  if (!std::memchr(text.data() + pos, ',', window)) return pos;  // every salutation ends in a comma
  char lower[kMaxSalutation];
  size_t n = 0;
  size_t first_word = 0;
  int words = 1;
  while (pos + n < end && n < kMaxSalutation) {
    unsigned char c = text[pos + n];
    if (c == ',') break;
    if (c == ' ') {
      if (first_word == 0) first_word = n;
      if (n == 0 || lower[n - 1] == ' ' || ++words > kMaxGreetingWords) return pos;
    } else if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && c != '.') {
      return pos;
    }
    lower[n++] = ascii_lower(c);
  }
  if (pos + n >= end || text[pos + n] != ',' || n == 0) return pos;
  if (first_word == 0) first_word = n;
  bool known = closings.contains(std::string_view(lower, n)) ||
               (paragraph_start && greetings.contains(std::string_view(lower, first_word)));
  if (!known) return pos;
  // The next word must be capitalised: "Regards, Ana" but not "Hi, everyone".
  size_t q = pos + n + 1;
  if (q >= end || !utf8::is_ascii_space(text[q])) return pos;
  while (q < end && utf8::is_ascii_space(text[q])) ++q;
  if (q >= end || text[q] < 'A' || text[q] > 'Z') return pos;
  return pos + n + 1;
}

}  // namespace claimscope::seg
