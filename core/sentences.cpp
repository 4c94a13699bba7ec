// Sentence segmentation inside one paragraph (which may hold line breaks
// when its text was wrapped: they count as spaces).
//
// One pass over the bytes. Sentence-final marks (. ! ? … 。 and kin) are the
// candidates; each is read as a cluster ("?!", ". . .", "…", closing quotes
// and brackets after it) and judged from the token before it and the word
// after it, both read a bounded distance away. List markers inside a line
// ("1) a 2) b") also start sentences, and so do the web and e-mail shapes in
// segmenter_web.cpp. Rules live in core/rules/; the policy is in
// docs/segmentation.md.
#include "sentences.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "rules/abbreviations.h"
#include "rules/sentence_marks.h"
#include "rules/sentence_starters.h"
#include "segmenter.h"
#include "sentence_context.h"
#include "utf8.h"
#include "web_text.h"
#include "word_index.h"

namespace claimscope {

namespace seg {

const WordIndex<AbbrevRule>& abbreviations() {
  static const WordIndex<AbbrevRule> lexicon(kAbbreviations);
  return lexicon;
}
const WordIndex<WordRule>& starters() {
  static const WordIndex<WordRule> lexicon(kSentenceStarters);
  return lexicon;
}
const WordIndex<WordRule>& lowercase_starters() {
  static const WordIndex<WordRule> lexicon(kLowercaseStarters);
  return lexicon;
}
const WordIndex<WordRule>& time_followers() {
  static const WordIndex<WordRule> lexicon(kTimeFollowers);
  return lexicon;
}

}  // namespace seg

namespace {

// Bytes the main loop must stop at; everything else is skipped eight at a
// time. Spaces matter only inside a list item (the next marker may follow).
// A non-ASCII sentence mark is caught at its last byte, not its first: the
// lead bytes are shared with the curly quotes and dashes of every news text
// (U+2019 and U+2026 both start E2 80), which would all be stops, while the
// last bytes of the marks are few and rare in running text.
enum : uint8_t { kPlain = 0, kTerminal, kSpace, kHigh, kColonLike, kAt };
struct ByteClasses {
  uint8_t of[256] = {};
  constexpr void mark_last_byte(char32_t cp) {
    if (cp >= 0x80) of[0x80 | (cp & 0x3F)] = kHigh;  // every mark is in the BMP: 2 or 3 bytes
  }
  constexpr explicit ByteClasses(bool stop_at_spaces) {
    for (char32_t cp : utf8::kTerminalMarks) mark_last_byte(cp);
    for (const MarkRule& r : kExtraTerminals) mark_last_byte(r.cp);
    for (const MarkRule& r : kUnspacedTerminals) mark_last_byte(r.cp);
    of[static_cast<unsigned char>('.')] = kTerminal;
    of[static_cast<unsigned char>('!')] = kTerminal;
    of[static_cast<unsigned char>('?')] = kTerminal;
    of[static_cast<unsigned char>(':')] = kColonLike;  // "http://", ":)", "09:15 AM"
    of[static_cast<unsigned char>(';')] = kColonLike;  // ";)"
    of[static_cast<unsigned char>('<')] = kColonLike;  // "<3"
    of[static_cast<unsigned char>('@')] = kAt;         // "ana@example.org"
    if (stop_at_spaces) {
      for (int b = '\t'; b <= '\r'; ++b) of[b] = kSpace;  // line breaks of a wrapped paragraph
      of[static_cast<unsigned char>(' ')] = kSpace;
    }
  }
};
constexpr ByteClasses kProseBytes(false);
constexpr ByteClasses kListBytes(true);

// Bytes of a short abbreviation token, lower-cased; 0 for any other byte.
struct TokenBytes {
  unsigned char of[256] = {};
  constexpr TokenBytes() {
    for (int b = 'a'; b <= 'z'; ++b) of[b] = static_cast<unsigned char>(b);
    for (int b = 'A'; b <= 'Z'; ++b) of[b] = static_cast<unsigned char>(b + 32);
    of[static_cast<unsigned char>('.')] = '.';
  }
};
constexpr TokenBytes kTokenBytes;

// The first byte in [i, end) that the class table stops at, four bytes at
// a time.
size_t next_stop(std::string_view text, const uint8_t* stops, size_t i, size_t end) {
  auto at = [&](size_t k) { return stops[static_cast<unsigned char>(text[k])]; };
  for (; i + 4 <= end; i += 4) {
    uint8_t a = at(i), b = at(i + 1), c = at(i + 2), d = at(i + 3);
    if ((a | b | c | d) == 0) continue;
    return a ? i : b ? i + 1 : c ? i + 2 : i + 3;
  }
  while (i < end && !at(i)) ++i;
  return i;
}

// The first stop among the eight bytes at `i`, which hold one: a bit per
// byte, then its lowest. Without branches: where in the eight the stop
// falls is a coin toss on running text.
size_t first_stop_of_eight(std::string_view text, const uint8_t* stops, size_t i) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data()) + i;
  unsigned bits = 0;
  for (unsigned k = 0; k < 8; ++k) bits |= unsigned(stops[s[k]] != 0) << k;
  return i + size_t(__builtin_ctz(bits));
}

// Two bytes at once for prose: of[v] is nonzero when either byte of the
// pair v stops kProseBytes (which byte is first does not matter). Built on
// first use, not at compile time: 64 KB more of WebAssembly to download.
struct ProsePairs {
  uint8_t of[65536];
  // Row by row (high byte fixed): a row is the 256 single-byte entries
  // ORed with one constant, eight bytes per step (WebAssembly without SIMD
  // is not vectorised by the compiler); one index formula per entry cost
  // 0.59 M instructions on first use in wasm.
  ProsePairs() {
    for (uint32_t high = 0; high < 256; ++high) {
      const uint64_t h = uint64_t(kProseBytes.of[high]) * 0x0101010101010101ull;  // in every byte
      for (uint32_t low = 0; low < 256; low += 8) {
        uint64_t w;
        std::memcpy(&w, kProseBytes.of + low, 8);
        w |= h;
        std::memcpy(of + high * 256 + low, &w, 8);
      }
    }
  }
};

// next_stop for prose: skips eight bytes with four pair lookups while none
// stops, then lets next_stop find the exact byte.
size_t next_prose_stop(std::string_view text, size_t i, size_t end) {
  // A stop at once (text dense in marks or non-ASCII letters) needs no pairs.
  if (i < end && kProseBytes.of[static_cast<unsigned char>(text[i])]) return i;
  static const ProsePairs pairs;
  const char* s = text.data();
  auto pair = [&](size_t k) {
    uint16_t v;
    std::memcpy(&v, s + k, 2);
    return pairs.of[v];
  };
  for (; i + 8 <= end; i += 8) {
    if ((pair(i) | pair(i + 2) | pair(i + 4) | pair(i + 6)) != 0) return first_stop_of_eight(text, kProseBytes.of, i);
  }
  return next_stop(text, kProseBytes.of, i, end);
}

// The commonest period of all, "Mr. " or "e.g. ": a short ASCII token
// (starting at `start` or after a space) that is a title or inner
// abbreviation, then a space. It never ends a sentence (decide() would say
// the same), so it is settled here without reading the cluster, the token or
// the next word in full.
bool is_title_period(std::string_view text, size_t dot, size_t start, size_t end,
                     const WordIndex<AbbrevRule>& abbreviations) {
  if (dot + 2 >= end || text[dot + 1] != ' ' || text[dot + 2] == '.') return false;
  size_t floor = dot - start > 8 ? dot - 8 : start;
  size_t p = dot;
  uint64_t key = 0;  // the token lower-cased, packed as WordIndex::find_packed wants
  while (p > floor) {
    unsigned char c = kTokenBytes.of[static_cast<unsigned char>(text[p - 1])];
    if (!c) break;
    key = key << 8 | c;
    --p;
  }
  if (p == dot || (p > start && text[p - 1] != ' ') || !kTokenBytes.of[static_cast<unsigned char>(text[p])] ||
      text[p] == '.')
    return false;
  const AbbrevRule* rule = abbreviations.find_packed(key, dot - p);
  if (!rule || (rule->kind != AbbrevKind::title && rule->kind != AbbrevKind::inner)) return false;
  return !rule->capital_only || (text[p] >= 'A' && text[p] <= 'Z');
}

}  // namespace

namespace seg {

void Segmenter::run() {
  size_t i = start_;
  const size_t scan_end = final_cluster_start();
  while (i < scan_end) {
    const uint8_t* stops = in_list_ ? kListBytes.of : kProseBytes.of;
    i = in_list_ ? next_stop(text_, stops, i, scan_end) : next_prose_stop(text_, i, scan_end);
    if (i >= scan_end) break;
    uint8_t cls = stops[static_cast<unsigned char>(text_[i])];
    if (cls == kSpace) { i = at_space(i); continue; }
    if (cls == kColonLike) { i = at_colon_like(i); continue; }
    if (cls == kAt) { i = after_address(i); continue; }
    if (cls == kHigh) {
      // The last byte of a character that may be a mark: the mark, if it is one, starts its cluster.
      size_t lead = mark_start(i);
      if (lead == kNoBoundary) {
        ++i;
        continue;
      }
      i = lead;
    } else if (text_[i] == '.') {
      if (i > start_ && (text_[i - 1] | 0x20) == 'w' && starts_www(i)) {
        // "www." with no address after it ("see www. Then ...") leaves the
        // scan at this period: it is an ordinary one (the scan looped here).
        size_t next = after_url(i - 3);
        if (next != i) {
          i = next;
          continue;
        }
      }
      if (is_title_period(text_, i, start_, end_, abbreviations_)) {
        ++i;
        continue;
      }
    }
    Cluster c = scan_cluster(i);
    size_t boundary = decide(c);
    if (boundary == kNoBoundary) {
      i = c.end;
      continue;
    }
    boundary = extend_over_citations(boundary);
    emit(boundary);
    begin_sentence(skip_spaces(boundary));
    i = start_;
  }
  if (start_ < end_) emit(end_);
}

// Where the paragraph's final cluster starts ("... on Monday.”" ends in
// `.”`), or end_ when there is none to skip. Its first mark would be read
// as a cluster that runs to end_, which ends nothing (decide), so the scan
// stops before it: half of all periods end a paragraph, and whether a
// period does is a coin toss for the branches that meet it. Only ASCII
// marks count, and not after "www" or a spaced ellipsis, whose rules read
// across them.
size_t Segmenter::final_cluster_start() const {
  size_t q = end_;
  while (q > start_) {  // closing quotes and brackets
    size_t prev = static_cast<unsigned char>(text_[q - 1]) < 0x80 ? q - 1 : utf8::prev_start(text_, q);
    if (!utf8::is_closing(utf8::decode(text_, prev).cp)) break;
    q = prev;
  }
  const size_t closers = q;
  while (q > start_ && (text_[q - 1] == '.' || text_[q - 1] == '!' || text_[q - 1] == '?')) --q;
  if (q == closers || q == start_) return q == closers ? end_ : q;
  unsigned char before = text_[q - 1];
  if ((before | 0x20) == 'w' || (before == ' ' && q - 1 > start_ && text_[q - 2] == '.')) return end_;
  return q;
}

// The start of the sentence mark whose last byte is at `last`, or
// kNoBoundary when the character there is no mark (or not valid UTF-8).
size_t Segmenter::mark_start(size_t last) const {
  size_t lead = last;
  while (lead > start_ && last - lead < 3 && (static_cast<unsigned char>(text_[lead]) & 0xC0) == 0x80) --lead;
  auto d = utf8::decode(text_, lead);
  if (lead + d.len != last + 1 || !is_sentence_mark(d.cp)) return kNoBoundary;
  return lead;
}

// A space inside a list item: the next token may open the next item.
inline size_t Segmenter::at_space(size_t i) {
  size_t next = i + 1;
  if (next >= end_ || utf8::is_ascii_space(text_[next])) return next;
  ListMarker marker;
  if (parse_list_marker(text_, next, end_, marker) && continues_list(list_, marker)) return split_at(i, next);
  return next;
}

// Ends the sentence at `end` and starts the next one at `next`.
size_t Segmenter::split_at(size_t end, size_t next) {
  emit(end);
  begin_sentence(next);
  return start_;
}

// A letter closing or greeting at the start ("Best regards, Ana") is a
// sentence of its own.
void Segmenter::begin_sentence(size_t pos) {
  for (;;) {
    start_ = pos;
    in_list_ = may_start_list_marker(text_, pos, end_) && parse_list_marker(text_, pos, end_, list_);
    marker_end_ = in_list_ ? list_.end : pos;
    if (pos >= end_) return;
    size_t e = salutation_end(text_, pos, end_, pos == paragraph_start_);
    if (e == pos) return;
    emit(e);
    pos = skip_spaces(e);
  }
}

inline Cluster Segmenter::scan_cluster(size_t i) const {
  Cluster c;
  c.begin = i;
  // The common case: one period or mark, then a plain space or letter.
  if (i + 2 < end_) {
    unsigned char b = text_[i], next = text_[i + 1];
    bool plain_next = next == ' ' ? text_[i + 2] != '.' : ascii_alpha(next);
    if ((b == '.' || b == '!' || b == '?') && plain_next) {
      c.dots = b == '.';
      c.bang = b != '.';
      c.marks_end = c.end = i + 1;
      return c;
    }
  }
  size_t p = i;
  while (p < end_) {
    unsigned char b = text_[p];
    if (b == '.') { ++c.dots; ++p; continue; }
    if (b == '!' || b == '?') { c.bang = true; ++p; continue; }
    // ". . ." : a single space between periods keeps the ellipsis together.
    if (b == ' ' && p > i && text_[p - 1] == '.' && p + 1 < end_ && text_[p + 1] == '.') {
      c.spaced = true;
      ++p;
      continue;
    }
    if (b < 0x80) break;
    auto d = utf8::decode(text_, p);
    if (d.cp == 0x2026) c.dots += 3;
    else if (has_mark(kUnspacedTerminals, d.cp)) c.unspaced = true;
    else if (is_sentence_mark(d.cp)) c.bang = true;
    else break;
    p += d.len;
  }
  c.marks_end = p;
  while (p < end_) {
    auto d = utf8::decode(text_, p);
    if (!utf8::is_closing(d.cp)) break;
    p += d.len;
  }
  c.end = p;
  return c;
}

size_t Segmenter::decide(const Cluster& c) const {
  // Marks that open a sentence or belong to its list marker end nothing.
  if (c.begin == start_ || c.begin < marker_end_ || c.end >= end_) return kNoBoundary;
  // "Fax:? 555": a mark glued to a colon stands for a lost symbol.
  if (text_[c.begin - 1] == ':') return kNoBoundary;
  if (!is_space(c.end)) {
    if (c.unspaced) return c.end;
    bool lone_period = c.dots == 1 && !c.bang && c.end == c.marks_end;
    if (lone_period && is_glued_boundary(text_, c.begin, start_, end_)) return c.end;
    return kNoBoundary;
  }
  if (c.unspaced) return c.end;
  // A period after a title or an inner abbreviation ends nothing, whatever
  // follows; knowing that first spares reading the next word ("Mr. Mr. ...").
  PrevToken token;
  const AbbrevRule* rule = nullptr;
  bool period = c.dots == 1 && !c.bang;
  if (period) {
    token = read_prev_token(text_, c.begin, start_);
    rule = abbreviation(token);
    if (rule && (rule->kind == AbbrevKind::title || rule->kind == AbbrevKind::inner)) return kNoBoundary;
  }
  size_t next_pos = skip_spaces(c.end);
  if (next_pos >= end_) return kNoBoundary;
  NextWord next = read_next(text_, next_pos, end_);
  // A stray quote mark at the end of the paragraph belongs to the sentence.
  if (next.kind == NextKind::continuation || next.only_marks) return kNoBoundary;
  if (c.bang) {
    if (next.kind != NextKind::lower) return c.end;
    // "why? they never said": with no closing quote there is no "she asked"
    // to attach, and a question mark ends a question. "!" stays: "Yahoo! in".
    if (c.end != c.marks_end || next.opener) return kNoBoundary;
    bool question = text_[c.marks_end - 1] == '?';
    return question || lowercase_start(next) ? c.end : kNoBoundary;
  }
  if (!period) return after_ellipsis(c, next);
  return after_period(c, token, rule, next);
}

size_t Segmenter::after_ellipsis(const Cluster& c, const NextWord& next) const {
  // "[...]" marks an omission inside a quotation.
  if (c.begin > 0 && text_[c.begin - 1] == '[' && c.end > c.marks_end && text_[c.marks_end] == ']')
    return kNoBoundary;
  bool capital = next.kind == NextKind::upper || next.kind == NextKind::uncased;
  if (c.dots >= 4) {
    // A period plus an ellipsis: the sentence ended before the omission.
    if (!capital && next.kind != NextKind::digit) return kNoBoundary;
    bool glued = !is_space(c.begin - 1);
    if (glued && c.spaced && text_[c.begin + 1] == ' ') return c.begin + 1;  // "word. . . . Next"
    return c.end;
  }
  // A bare ellipsis ends a sentence only before a capital; "I" is
  // capitalised anywhere, so it is no evidence. Two periods are a doubled
  // full stop, not an omission.
  if (c.dots == 2 && !c.spaced) return capital ? c.end : kNoBoundary;
  return capital && !next.pronoun_i ? c.end : kNoBoundary;
}

const AbbrevRule* Segmenter::abbreviation(const PrevToken& token) const {
  if (token.len == 0) return nullptr;
  const AbbrevRule* rule = abbreviations_.find(std::string_view(token.lower, token.len));
  if (rule && rule->capital_only && !(token.raw[0] >= 'A' && token.raw[0] <= 'Z')) return nullptr;
  return rule;
}

size_t Segmenter::after_period(const Cluster& c, const PrevToken& token, const AbbrevRule* rule,
                    const NextWord& next) const {
  if (token.len == 0) return plain_word(c, token, next);
  if (rule) {
    switch (rule->kind) {
      case AbbrevKind::title:
      case AbbrevKind::inner:
        return kNoBoundary;
      case AbbrevKind::number:
        if (next.kind == NextKind::digit) return kNoBoundary;
        return plain_word(c, token, next);
      case AbbrevKind::time:
        return after_time(c, token, next);
      case AbbrevKind::either:
        if (starts_sentence(next)) return c.end;
        return next.kind == NextKind::lower && lowercase_start(next) ? c.end : kNoBoundary;
    }
  }
  if (is_initials(token.raw)) {
    // "Maria T. Lopez", "J. R. R. Tolkien": an initial inside a name ends
    // a sentence only before a pronoun or article ("Gen Z. They ...").
    bool capital = token.raw[0] >= 'A' && token.raw[0] <= 'Z';
    if (token.raw.size() == 1 && capital &&
        (token.start == start_ || prev_word_capitalized(text_, token.start, start_)))
      return next.kind == NextKind::upper && lowercase_start(next) ? c.end : kNoBoundary;
    return starts_sentence(next) ? c.end : kNoBoundary;
  }
  return plain_word(c, token, next);
}

// "at 9 p.m. Tuesday" and "At 7 a.m. Ms. Ruiz left" continue; "left at
// 8 p.m. Ms. Ruiz then ..." ends after the time.
size_t Segmenter::after_time(const Cluster& c, const PrevToken& token, const NextWord& next) const {
  if (starts_sentence(next)) return c.end;
  if (next.kind != NextKind::upper) return kNoBoundary;
  if (time_followers().contains(std::string_view(next.word, next.word_len))) return kNoBoundary;
  if (count_words(text_, start_, token.start, 4) <= 3) return kNoBoundary;
  return c.end;
}

// An ordinary word or number: the period ends the sentence unless a
// lower-case word follows. A lower-case start still counts after a full
// dictionary-like word ("... was closed. we went home") or before a
// pronoun or article, but never inside quotes or brackets.
size_t Segmenter::plain_word(const Cluster& c, const PrevToken& token, const NextWord& next) const {
  if (next.kind != NextKind::lower) return c.end;
  if (c.end != c.marks_end) return kNoBoundary;
  if (lowercase_start(next)) return c.end;
  return looks_like_full_word(token) ? c.end : kNoBoundary;
}

bool Segmenter::lowercase_start(const NextWord& next) const {
  return !next.opener && lowercase_starters().contains(std::string_view(next.word, next.word_len));
}

bool Segmenter::starts_sentence(const NextWord& next) const {
  if (next.kind != NextKind::upper) return false;
  if (next.pronoun_i) return true;
  return starters().contains(std::string_view(next.word, next.word_len));
}

size_t Segmenter::extend_over_citations(size_t boundary) const {
  for (;;) {
    size_t p = skip_spaces(boundary);
    size_t e = citation_end(text_, p, end_);
    if (e == p) return boundary;
    boundary = e;
  }
}

bool Segmenter::is_space(size_t pos) const {
  unsigned char b = text_[pos];
  if (b < 0x80) return utf8::is_ascii_space(b);
  return utf8::is_space(utf8::decode(text_, pos).cp);
}

size_t Segmenter::skip_spaces(size_t pos) const {
  while (pos < end_) {
    unsigned char b = text_[pos];
    if (b < 0x80) {
      if (!utf8::is_ascii_space(b)) break;
      ++pos;
      continue;
    }
    auto d = utf8::decode(text_, pos);
    if (!utf8::is_space(d.cp)) break;
    pos += d.len;
  }
  return pos;
}

// Appends [start_, end) trimmed of trailing white space.
void Segmenter::emit(size_t end) {
  while (end > start_) {
    unsigned char last = text_[end - 1];
    if (last < 0x80) {  // ASCII: no decoding
      if (!utf8::is_ascii_space(last)) break;
      --end;
      continue;
    }
    size_t prev = utf8::prev_start(text_, end);
    if (!utf8::is_space(utf8::decode(text_, prev).cp)) break;
    end = prev;
  }
  if (end > start_) out_.push_back({Span{static_cast<uint32_t>(start_), static_cast<uint32_t>(end)}, index_});
}

}  // namespace seg

namespace {

// The end of a paragraph made only of plain words (ASCII letters, digits,
// spaces, hyphens and apostrophes, starting with a letter) without its
// trailing spaces, or 0 if it is anything else. Such a paragraph holds no
// byte the segmenter stops at (sentence marks, colons, '@', non-ASCII), no
// comma (every salutation has one) and no list marker (a letter starts one
// only before '.' or ')'): it is one sentence, found here without setting the
// segmenter up. Headings and short lines are most of them; longer paragraphs
// nearly always hold a mark, and scanning them first would be work spent in vain.
constexpr size_t kMaxPlainBytes = 64;

// The bytes of such a paragraph, one table load each: 1 a letter, 2 any
// other word byte (digit, hyphen, apostrophe), 4 a space; 0 stops.
enum PlainByte : uint8_t { kPlainLetter = 1, kPlainWord = 2, kPlainSpace = 4 };
constexpr std::array<uint8_t, 256> make_plain_bytes() {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[size_t(c)] = t[size_t(c - 32)] = kPlainLetter;
  for (int c = '0'; c <= '9'; ++c) t[size_t(c)] = kPlainWord;
  t[size_t('-')] = t[size_t('\'')] = kPlainWord;
  t[size_t(' ')] = kPlainSpace;
  return t;
}
constexpr std::array<uint8_t, 256> kPlainBytes = make_plain_bytes();

size_t plain_words_end(std::string_view text, Span span) {
  if (span.size() > kMaxPlainBytes) return 0;
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  if (kPlainBytes[s[span.start]] != kPlainLetter) return 0;
  size_t end = span.start;
  for (size_t i = span.start; i < span.end; ++i) {
    const uint8_t k = kPlainBytes[s[i]];
    if (k == 0) return 0;
    if (k != kPlainSpace) end = i + 1;
  }
  return end;
}

}  // namespace

void split_sentences(std::string_view text, const Paragraph& paragraph, uint32_t index,
                     std::vector<Sentence>& out) {
  if (paragraph.span.empty() || paragraph.span.end > text.size()) {
    if (!paragraph.span.empty()) out.push_back({paragraph.span, index});
    return;
  }
  if (size_t end = plain_words_end(text, paragraph.span)) {
    out.push_back({Span{paragraph.span.start, uint32_t(end)}, index});
    return;
  }
  seg::Segmenter(text, paragraph, index, out).run();
}

}  // namespace claimscope
