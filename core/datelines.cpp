#include "datelines.h"

#include <algorithm>
#include <cstring>

#include "lexicon.h"
#include "rules/roles.h"
#include "utf8.h"

namespace claimscope {

namespace {

constexpr size_t kMaxDatelineBytes = 120;
constexpr int kMaxPlaceWords = 5;
constexpr int kMaxDetailWords = 5;
constexpr size_t kMaxAgencyBytes = 40;

bool is_dash(char32_t cp) { return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x2015; }

// A tiny cursor over [pos, end) of the paragraph head.
struct Cursor {
  std::string_view text;
  size_t pos;
  size_t end;
  bool done() const { return pos >= end; }
  char32_t peek() const { return utf8::decode(text, pos).cp; }
  void skip_spaces() {
    while (!done() && utf8::is_space(peek())) pos += utf8::decode(text, pos).len;
  }
};

struct Token {
  size_t start = 0, end = 0;
  bool caps = false;    // every letter upper case, at least one letter
  bool title = false;   // starts with an upper-case letter
  bool number = false;  // starts with a digit
};

// A word of a place or date: stops at space, comma, bracket, long dash or colon.
Token read_token(Cursor& c) {
  Token t;
  t.start = c.pos;
  size_t pos = c.pos;  // a local, and the case of the letters as flags: the loop's state stays in registers
  uint8_t ascii_seen = 0;  // utf8::ascii classes of the ASCII letters and digits read
  bool letter = false, not_upper = false;  // letters beyond ASCII: any, any not upper case
  while (pos < c.end) {
    // ASCII letters and digits, most of any token, without a decode: they
    // never stop a token and are always allowed in one.
    const unsigned char b = static_cast<unsigned char>(c.text[pos]);
    if (utf8::ascii::kWordByte[b]) {
      ascii_seen |= utf8::ascii::kClasses[b];
      ++pos;
      continue;
    }
    auto d = utf8::decode(c.text, pos);
    char32_t cp = d.cp;
    if (utf8::is_space(cp) || cp == ',' || cp == '(' || cp == ')' || cp == ':' || (is_dash(cp) && cp != '-')) break;
    if (cp == '-' && pos == t.start) break;  // a lone hyphen is the dash, not a word
    bool ok = utf8::is_letter(cp) || utf8::is_digit(cp) || cp == '.' || cp == '-' || utf8::is_apostrophe(cp);
    if (!ok) {
      c.pos = pos;
      return Token{};
    }
    if (utf8::is_letter(cp)) {
      letter = true;
      not_upper |= !utf8::is_upper(cp);
    }
    pos += d.len;
  }
  c.pos = pos;
  t.end = pos;
  // Every letter upper case, at least one: no ASCII small letter, and none beyond ASCII that is not upper case.
  t.caps = (letter || (ascii_seen & utf8::ascii::kLetter)) && !not_upper && !(ascii_seen & utf8::ascii::kLower);
  if (pos > t.start) {  // the first character, taken: what it starts the word with
    const char32_t first = utf8::decode(c.text, t.start).cp;
    t.title = utf8::is_upper(first);
    t.number = utf8::is_digit(first);
  }
  return t;
}

// "(Reuters)": capitalised, short, closed. Returns false and leaves the cursor if not.
bool read_agency(Cursor& c, bool& known) {
  size_t save = c.pos;
  c.pos += 1;  // '('
  size_t inner = c.pos;
  while (!c.done() && c.pos - inner <= kMaxAgencyBytes) {
    char32_t cp = c.peek();
    if (cp == ')') {
      if (c.pos == inner || !utf8::is_upper(utf8::decode(c.text, inner).cp)) break;
      std::string name = utf8::lower(c.text.substr(inner, c.pos - inner));
      size_t space = name.find(' ');
      known = in_table<rules::kWireAgencies>(std::string_view(name).substr(0, space));
      c.pos += 1;
      return true;
    }
    c.pos += utf8::decode(c.text, c.pos).len;
  }
  c.pos = save;
  return false;
}

// A quick no for most paragraphs, with the same answer as the full match:
// a lower-case letter in the first word means the place is not in capitals
// ("Officials said", "Storm warning"), and then only an agency in brackets
// can make a dateline (see the test after the details in match_dateline),
// so without an opening bracket in the head there is none. A comma does not
// help: details after the place never make a dateline by themselves.
// Before that, the first character: a place starts with a capital (read_token's
// `title`), so a paragraph that opens with anything else (a quotation mark, a
// digit, a bracket: a quarter of news paragraphs) has no place and no dateline.
bool cannot_start_dateline(std::string_view text, size_t begin, size_t end) {
  if (begin >= end) return true;
  const char32_t first = utf8::decode(text, begin).cp;
  if (!utf8::is_upper(first) && !utf8::is_space(first)) return true;  // white space first: the full match skips it
  bool lower = false;
  for (size_t i = begin; i < end; ++i) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b >= 0x80 || !utf8::ascii::has(b, utf8::ascii::kWord)) break;  // the end of the first word, or unsure
    if (utf8::ascii::has(b, utf8::ascii::kLower)) {
      lower = true;
      break;
    }
  }
  if (!lower) return false;
  const char* head = text.data() + begin;
  return !std::memchr(head, '(', end - begin);
}

}  // namespace

DatelineMatch match_dateline(std::string_view text, Span para) {
  DatelineMatch m;
  size_t end = para.end;
  end = std::min<size_t>(end, para.start + kMaxDatelineBytes);
  if (cannot_start_dateline(text, para.start, end)) return m;
  Cursor c{text, para.start, end};

  int place = 0;
  bool all_caps = true;
  uint32_t place_bytes = 0;
  for (; place < kMaxPlaceWords; ++place) {
    c.skip_spaces();
    size_t save = c.pos;
    Token t = read_token(c);
    if (t.end == t.start || !t.title) { c.pos = save; break; }
    if (!t.caps) all_caps = false;
    place_bytes += uint32_t(t.end - t.start);
  }
  if (place == 0) return m;

  c.skip_spaces();
  if (!c.done() && c.peek() == ',') {
    int detail = 0;
    while (!c.done() && c.peek() == ',' && detail < kMaxDetailWords) {
      c.pos += 1;
      for (; detail < kMaxDetailWords; ++detail) {
        c.skip_spaces();
        size_t save = c.pos;
        Token t = read_token(c);
        if (t.end == t.start || !(t.title || t.number)) { c.pos = save; break; }
      }
      c.skip_spaces();
    }
    m.detail = detail > 0;
    if (!m.detail) return m;
  }

  // Nothing else makes a dateline (see the test at the end): stop here
  // when the place is not in capitals and no agency follows.
  bool caps_place = all_caps && place_bytes >= 3;
  if (!caps_place && (c.done() || c.peek() != '(')) return m;

  bool known_agency = false;
  if (!c.done() && c.peek() == '(') {
    if (!read_agency(c, known_agency)) return m;
    m.agency = true;
    c.skip_spaces();
  }

  size_t before_dash = c.pos;
  // Only dashes: "NAME:" opens interview answers, never a dateline.
  while (!c.done() && is_dash(c.peek())) {
    c.pos += utf8::decode(text, c.pos).len;
    m.dash = true;
  }
  size_t dateline_end = m.dash ? c.pos : before_dash;
  // Trim the span back to the last non-space byte.
  while (dateline_end > para.start && utf8::is_space(utf8::decode(text, utf8::prev_start(text, dateline_end)).cp)) {
    dateline_end = utf8::prev_start(text, dateline_end);
  }
  c.skip_spaces();
  m.rest_empty = c.pos >= para.end;
  m.all_caps_place = caps_place;

  // A place in capitals, or any capitalised place with a wire agency, makes a dateline.
  if (!(m.all_caps_place || (m.agency && (known_agency || all_caps)))) return m;
  if (!m.rest_empty) {
    if (!m.dash) return m;
    char32_t next = c.peek();
    // The lede starts like a sentence; "NATO - the alliance" is not a dateline.
    if (!(utf8::is_upper(next) || utf8::is_digit(next) || next == '"' || next == 0x201C || next == 0x2018 || next == 0x00AB)) return m;
  }
  m.found = true;
  m.span = {para.start, uint32_t(dateline_end)};
  return m;
}

}  // namespace claimscope
