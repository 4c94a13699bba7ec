// The segmenter's rules for web and e-mail text (core/rules/web_text.h):
// addresses, emoticons, clock stamps. Each reads a bounded distance, except
// that an address is read once and the scan then moves past it.
#include "segmenter.h"
#include "utf8.h"
#include "web_text.h"

namespace claimscope::seg {

// ':' ';' '<' : the colon of "http://" or of a clock time, or the start
// of an emoticon.
size_t Segmenter::at_colon_like(size_t i) {
  if (text_[i] == ':' && i + 2 < end_ && text_[i + 1] == '/' && text_[i + 2] == '/') {
    if (i < start_ + 4) return i + 1;
    size_t scheme = i >= start_ + 5 && text_[i - 1] == 's' ? i - 5 : i - 4;  // "https" or "http"
    if (token_starts(scheme) && starts_url(text_, scheme, end_)) return after_url(scheme);
    return i + 1;
  }
  if (text_[i] == ':' && i > start_ && ascii_digit(text_[i - 1])) return at_clock_colon(i);
  if (!token_starts(i)) return i + 1;
  return after_emoticon(i);
}

// A colon inside "09:15 AM" or "09:15:42 PM" followed by a capital.
size_t Segmenter::at_clock_colon(size_t colon) {
  size_t p = colon + 1;
  while (p < end_ && p - colon <= 6 && (ascii_digit(text_[p]) || text_[p] == ':')) ++p;
  if (p + 5 > end_ || text_[p] != ' ' || (text_[p + 1] != 'A' && text_[p + 1] != 'P') || text_[p + 2] != 'M' ||
      text_[p + 3] != ' ' || text_[p + 4] < 'A' || text_[p + 4] > 'Z')
    return colon + 1;
  return after_clock_time(p + 3, p + 4);
}

// "<ana@example.org> Please call": an e-mail address in a header or
// signature line ends it before a number or a typical sentence starter,
// and a bracketed one before any capitalised word. A bare address before
// a name ("ana@example.org Vrije Universiteit") may be one line of an
// author block. The address holds no boundary, so the scan moves past it.
size_t Segmenter::after_address(size_t at) {
  if (at == start_ || is_space(at - 1)) return at + 1;
  size_t e = token_end(text_, at, end_);
  size_t body = e;
  while (body > at && is_url_trailer(text_[body - 1])) --body;
  if (body < e) return body;  // punctuation after it is read as usual
  size_t next = skip_spaces(e);
  if (next == e || next >= end_) return e;
  unsigned char b = text_[next];
  NextWord word = read_next(text_, next, end_);
  bool ends = ascii_digit(b) || starts_sentence(word) || (text_[e - 1] == '>' && b >= 'A' && b <= 'Z');
  return ends ? split_at(e, next) : e;
}

// "www." at a token start: an address without a scheme.
bool Segmenter::starts_www(size_t dot) const {
  return dot >= start_ + 3 && token_starts(dot - 3) && starts_url(text_, dot - 3, end_);
}

// "Great trip :) We will be back": an emoticon before a sentence start.
size_t Segmenter::after_emoticon(size_t pos) {
  size_t e = emoticon_end(text_, pos, end_);
  if (e == pos || e >= end_ || pos == start_) return pos + 1;
  size_t next = skip_spaces(e);
  if (next == e || next >= end_) return e;
  NextWord word = read_next(text_, next, end_);
  return word.kind == NextKind::upper || lowercase_start(word) ? split_at(e, next) : e;
}

// Two addresses in a row are two items; an address before a typical
// sentence starter ends its sentence. The address itself holds no
// boundary, so the scan moves past it (to its trailing punctuation).
size_t Segmenter::after_url(size_t pos) {
  if (pos > start_) {
    size_t prev_end = pos;
    while (prev_end > start_ && pos - prev_end < 8 && utf8::is_ascii_space(text_[prev_end - 1])) --prev_end;
    if (prev_end < pos && prev_token_is_url(text_, prev_end, start_)) return split_at(prev_end, pos);
  }
  size_t e = token_end(text_, pos, end_);
  size_t body = e;
  while (body > pos && is_url_trailer(text_[body - 1])) --body;
  if (body < e) return body;
  size_t next = skip_spaces(e);
  if (next == e || next >= end_ || starts_url(text_, next, end_)) return e;
  return starts_sentence(read_next(text_, next, end_)) ? split_at(e, next) : e;
}

// "Ana Reis 03/14/2001 09:15 AM Please send ...": the header line ends at
// the time unless a time word follows or the time opens the sentence.
size_t Segmenter::after_clock_time(size_t space, size_t next) {
  size_t time_start = 0;
  if (!follows_clock_time(text_, space, start_, time_start)) return next;
  // "Ana Reis 03/14/2001 09:15 AM": after a name or an address, a dated
  // time stamp opens the header line of its own.
  size_t date = stamp_date_start(time_start);
  if (date != kNoBoundary && after_header_word(date)) {
    emit(date);
    begin_sentence(date);
  }
  NextWord word = read_next(text_, next, end_);
  if (time_followers().contains(std::string_view(word.word, word.word_len))) return next;
  // After a date ("03/14/2001 09:15 AM") it is a time stamp; otherwise a
  // short phrase before it is a fronted time ("At 9:05 PM Officer Diaz ...").
  bool after_date = time_start >= start_ + 2 && text_[time_start - 1] == ' ' &&
                    text_[time_start - 2] >= '0' && text_[time_start - 2] <= '9';
  if (!after_date && count_words(text_, start_, time_start, 4) <= 3) return next;
  return split_at(space, next);
}

// Start of a numeric date ("03/14/2001", "3/14/01") right before the
// clock time at `time_start`, or kNoBoundary.
size_t Segmenter::stamp_date_start(size_t time_start) const {
  if (time_start < start_ + 7 || text_[time_start - 1] != ' ') return kNoBoundary;
  size_t end = time_start - 1;
  size_t p = end;
  int slashes = 0;
  while (p > start_ && end - p < 10 && (ascii_digit(text_[p - 1]) || text_[p - 1] == '/')) {
    slashes += text_[p - 1] == '/';
    --p;
  }
  if (slashes != 2 || !ascii_digit(text_[p]) || !ascii_digit(text_[end - 1])) return kNoBoundary;
  return p == start_ || is_space(p - 1) ? p : kNoBoundary;
}

// The token before `pos` is a name or an address, not a preposition ("on").
bool Segmenter::after_header_word(size_t pos) const {
  if (pos <= start_) return false;
  size_t e = pos;
  while (e > start_ && pos - e < 4 && is_space(e - 1)) --e;
  size_t b = e;
  while (b > start_ && e - b < 64 && !is_space(b - 1)) --b;
  if (b == e || (b > start_ && !is_space(b - 1))) return false;
  std::string_view token = text_.substr(b, e - b);
  if (token.find('@') != std::string_view::npos || token.back() == '>') return true;
  if (token[0] < 'A' || token[0] > 'Z') return false;
  char lower[24];
  size_t n = 0;
  for (; n < token.size() && n < sizeof(lower); ++n) lower[n] = static_cast<char>(token[n] | 0x20);
  return !starters().contains(std::string_view(lower, n));
}

}  // namespace claimscope::seg
