// Quotation finding: one pass per paragraph over the quotation marks.
//
// Pairing is tolerant because scraped and translated news breaks the rules:
// a closing mark with a space before it, a “ closed by ‘ or ’, quotes never
// closed (they run to the end of the paragraph), multi-paragraph quotes that
// re-open each paragraph. Single marks double as apostrophes (we’re, Russia’s,
// ’90s, rock ’n’ roll), so a single quote opens only before a letter and is
// kept only if it closes in its paragraph; if it does not, the paragraph is
// scanned once more with single quotes off (so at most two passes).
#include "quotes.h"

#include <algorithm>
#include <cstring>

#include "quote_candidate.h"
#include "quote_marks.h"
#include "rules/quote_marks.h"
#include "utf8.h"

namespace claimscope {
namespace {

struct Context {
  char32_t prev = 0;  // 0 at the paragraph edges
  char32_t next = 0;
  bool opening() const {  // “word: the mark leans on what follows
    return next != 0 && !utf8::is_space(next) && (prev == 0 || !utf8::is_word(prev));
  }
  bool closing() const {  // word”: the mark leans on what precedes
    return prev != 0 && !utf8::is_space(prev) && (next == 0 || !utf8::is_word(next));
  }
};

bool is_sentence_punct(char32_t cp) { return utf8::is_terminal(cp) || cp == ',' || cp == ';'; }

// Letters in text[from, to), counted up to `limit`: a quotation only needs one or
// two, and counting on through a long quotation cost a decode and a branch per byte.
size_t count_letters(std::string_view text, size_t from, size_t to, size_t limit) {
  size_t n = 0;
  for (size_t i = from; i < to && n < limit;) {
    auto d = utf8::decode(text, i);
    if (utf8::is_letter(d.cp)) ++n;  // digits alone ("778257943577919488") are no quotation
    i += d.len;
  }
  return n;
}

// The only ASCII quotation marks in the mark table (rules/quote_marks.h):
// next_quote_candidate tests a block of bytes for them.
constexpr bool only_ascii_marks_are_quotes() {
  for (char32_t c = 0; c < 0x80; ++c) {
    if (detail::kAsciiMarks[c].is_mark != (c == '"' || c == '\'')) return false;
  }
  return true;
}
static_assert(only_ascii_marks_are_quotes(), "update may_start_quote_mark() for the new ASCII marks");

bool opens_with_quote(std::string_view text, const Paragraph& p);

// Two backquotes: wire copy's opening double mark (closed by two apostrophes).
constexpr char kWireOpening[] = {rules::kBackquote, rules::kBackquote, '\0'};

// Pseudo code point for a doubled apostrophe used as a double mark.
constexpr char32_t kDoubledMark = 0x1;

class ParagraphScanner {
 public:
  // `next`: the paragraph after this one, or nullptr.
  ParagraphScanner(std::string_view text, Span para, uint32_t index, const Paragraph* next, std::vector<Quote>& out)
      : text_(text), para_(para), index_(index), next_(next), out_(out) {}

  // `from`: the paragraph's first byte that may start a mark (none before it).
  void run(size_t from) {
    size_t first = out_.size();
    first_out_ = first;
    size_t failed_single = scan(from, true);
    if (dropped_opening_ != kNoFail) {
      // The paragraph's opening mark never closed, the next paragraph does not go on with the
      // quotation, and quotations of another style closed inside it: an excerpt pasted with a
      // leading mark, whose quotations are the statements. Scan again after that mark (it
      // opened at the paragraph's start, so nothing was found before it).
      out_.resize(first);
      failed_single = scan(dropped_opening_, true);
    }
    if (failed_single != kNoFail) {
      // An unclosed single mark was an apostrophe: rescan after it without singles.
      out_.resize(first + kept_before_single_);
      scan(failed_single, false);
    }
  }

 private:
  static constexpr size_t kNoFail = size_t(-1);

  // The characters around the mark at i. In a run of marks ("”’") each is the
  // next character of the one before and the previous of the one after: the
  // scan remembers the last one it decoded and the one after it, so each is
  // decoded once, not three times.
  Context context(size_t i, uint32_t len) {
    Context c;
    if (i > para_.start) c.prev = i == last_end_ ? last_cp_ : previous_char(i);
    if (i + len < para_.end) {
      ahead_at_ = i + len;
      ahead_ = utf8::decode(text_, ahead_at_);
      c.next = ahead_.cp;
    }
    return c;
  }

  // The character before i; an ASCII byte there is one, found without a step back.
  char32_t previous_char(size_t i) const {
    const unsigned char before = static_cast<unsigned char>(text_[i - 1]);
    return before < 0x80 ? char32_t(before) : utf8::decode(text_, utf8::prev_start(text_, i)).cp;
  }

  utf8::Decoded decode_at(size_t i) const { return i == ahead_at_ ? ahead_ : utf8::decode(text_, i); }

  void remember(size_t end, char32_t cp) {
    last_end_ = end;
    last_cp_ = cp;
  }

  // The length of an apostrophe (' or ’) between two ASCII letters or digits
  // ("don't", "Russia’s"), else 0. Such a mark leans on neither side, so it
  // opens, closes and ends nothing whatever is open: the scan passes it
  // without its context and the state tests (a quarter of news text's
  // candidates, ~200 instructions and 3 mispredicts each).
  uint32_t apostrophe_in_word(size_t i) const {
    auto word_byte = [&](size_t k) {
      const unsigned char b = static_cast<unsigned char>(text_[k]);
      return b < 0x80 && utf8::ascii::has(b, utf8::ascii::kWord);
    };
    if (i <= para_.start || !word_byte(i - 1)) return 0;
    uint32_t len = 0;
    if (text_[i] == '\'') {
      len = 1;
    } else if (i + 3 < para_.end && text_[i] == '\xE2' && text_[i + 1] == '\x80' && text_[i + 2] == '\x99') {
      len = 3;  // U+2019
    }
    return len && i + len < para_.end && word_byte(i + len) ? len : 0;
  }

  // Space before the mark, then sentence punctuation: `troops. ‘`.
  bool punct_before_space(size_t i) const {
    if (i <= para_.start) return false;
    size_t p = utf8::prev_start(text_, i);
    if (!utf8::is_space(utf8::decode(text_, p).cp) || p <= para_.start) return false;
    return is_sentence_punct(utf8::decode(text_, utf8::prev_start(text_, p)).cp);
  }

  void emit(size_t start, size_t end, bool unclosed, bool single) {
    size_t letters = count_letters(text_, start, end, 2);
    if (letters == 0 || (single && letters < 2)) return;
    // tweet_id="7692…": markup attribute values are not quotations.
    if (start > para_.start && text_[start - 1] == rules::kMarkupValueStart) return;
    Quote q;
    q.span = {uint32_t(start), uint32_t(end)};
    q.paragraph = index_;
    q.unclosed = unclosed;
    out_.push_back(q);
  }

  // Returns the position after a single opener that never closed, or kNoFail.
  size_t scan(size_t from, bool allow_single) {
    size_t base = out_.size();
    size_t dq = kNoFail, sq = kNoFail;  // open double / open top-level single
    char32_t dq_mark = 0;
    bool nested = false;     // a single quote open inside the double one
    char32_t inner_dq = 0;   // the opening mark of a double quotation of another style open inside it
    bool held_inner = false; // such a nested quotation closed inside the open double one
    size_t backquotes_from = para_.start;  // where the next look back for ``…'' starts (each byte read once)
    // “A “B” C.”: a mark of the open quotation's own style that opens inside it ended it, unclosed,
    // and started a nested one. Until any other mark, a closing mark of that style after the nested
    // one closed ends the outer quotation, and the two pieces are one (see reopened_closes).
    Reopened reopened;
    bool awaiting_outer_close = false;
    for (size_t i = from; i < para_.end;) {
      // Most bytes are ASCII and no mark: pass over them without a decode.
      i = next_quote_candidate(text_, i, para_.end);
      if (i >= para_.end) break;
      if (const uint32_t len = apostrophe_in_word(i)) {
        remember(i + len, len == 1 ? U'\'' : U'\u2019');
        i += len;
        continue;
      }
      auto d = decode_at(i);
      MarkInfo m = classify_mark(d.cp);
      // ''…'the bridge is closed,''': in a run of three, the first closes the
      // nested single quote and the other two the doubled one around it.
      bool nested_closes_first = nested && dq_mark == kDoubledMark && i + 2 < para_.end && text_[i + 2] == '\'';
      if (d.cp == rules::kDoubledApostrophe && !nested_closes_first && i + 1 < para_.end && text_[i + 1] == '\'') {
        d = {kDoubledMark, 2};
        m = {true, true, MarkRole::both};
      }
      size_t after = i + d.len;
      if (d.cp == '"' && after < para_.end && text_[after] == rules::kMarkupTagEnd) {
        // tweet-date="…">: the mark ends a markup attribute value. It closes a straight
        // quotation open since the value's start (emit drops it) and opens nothing.
        if (dq != kNoFail && dq_mark == '"') {
          emit(dq, after, false, false);
          dq = kNoFail;
        }
        awaiting_outer_close = false;
        remember(after, d.cp);
        i = after;
        continue;
      }
      if (!m.is_mark) {
        remember(after, d.cp);
        i = after;
        continue;
      }
      Context c = context(i, d.len);
      remember(after, d.cp == kDoubledMark ? U'\'' : d.cp);  // a doubled mark ends in an apostrophe
      const bool outer_may_close = awaiting_outer_close;
      awaiting_outer_close = false;  // any other mark between: the pieces stay apart
      if (dq != kNoFail) {
        if (m.is_double) {
          const bool leans_back = c.closing() && !c.opening();
          if (inner_dq != 0 && leans_back && (marks_pair(inner_dq, d.cp) || d.cp == inner_dq)) {
            // "… its “Clean Streets Act,” which …": the partner of a quotation of another
            // style nested inside closes that one, not the outer quotation.
            inner_dq = 0;
            held_inner = true;
          } else if (inner_dq == 0 && opens_straight_inside_straight(dq_mark, d.cp, c, i, after)) {
            inner_dq = d.cp;  // "They said "never" twice," she wrote: a nested quotation opens
          } else if (marks_pair(dq_mark, d.cp) || (dq_mark == kDoubledMark && d.cp == kDoubledMark) ||
                     m.role == MarkRole::closes || leans_back) {
            // Its partner, a closing-only mark, or any double mark leaning on the
            // word before it (“…," with a straight mark from another keyboard).
            emit(dq, after, false, false);
            awaiting_outer_close = reopened.inner == dq;
            dq = kNoFail;
          } else if (d.cp == dq_mark && c.opening()) {
            // The previous quote was never closed; a new one starts here (or, if a closing mark
            // of this style follows the new one, it was nested: reopened_closes).
            reopened = {dq, i, dq_mark, out_.size()};
            emit(dq, trim_end(i), true, false);
            dq = i;
            nested = false;
            inner_dq = 0;
            held_inner = false;
          } else if (d.cp != dq_mark && d.cp != kDoubledMark && dq_mark != kDoubledMark && c.opening()) {
            inner_dq = d.cp;  // a double mark of another style opening inside: a nested quotation
          }
        } else if (nested) {
          if (m.role != MarkRole::opens && c.closing()) nested = false;
        } else if (m.role != MarkRole::closes && c.opening() && utf8::is_letter(c.next)) {
          nested = true;
        } else if (!c.opening() && (is_sentence_punct(c.prev) || punct_before_space(i))) {
          // A “ closed by ‘ or ’ after the sentence's last punctuation.
          emit(dq, after, false, false);
          dq = kNoFail;
        }
      } else if (sq != kNoFail) {
        if (!m.is_double && m.role != MarkRole::opens && c.closing()) {
          emit(sq, after, false, true);
          sq = kNoFail;
        }
      } else if (m.is_double) {
        bool opens = m.role == MarkRole::closes ? (c.opening() && !c.closing()) : !(c.closing() && !c.opening());
        if (!opens && outer_may_close && reopened_closes(reopened, d.cp, c)) {
          out_.resize(reopened.out_size);  // the unclosed outer piece and the nested quotation
          emit(reopened.outer, after, false, false);
        } else if (opens) {
          dq = i;
          dq_mark = d.cp;
          nested = false;
          inner_dq = 0;
          held_inner = false;
        } else if (d.cp == kDoubledMark) {
          // ``The pier is safe,'': a doubled apostrophe leaning back with nothing open closes the
          // last two backquotes before it (after the last quotation found) that lean on the word
          // after them: not `code`, ``flags`` or a 5'' pipe.
          const size_t lo = std::max(backquotes_from, out_.size() > first_out_ ? size_t(out_.back().span.end) : para_.start);
          if (const size_t open = wire_opening(lo, i); open != kNoFail) emit(open, after, false, false);
          backquotes_from = after;
        }
      } else if (allow_single && m.role != MarkRole::closes && c.opening() && utf8::is_letter(c.next)) {
        sq = i;
        kept_before_single_ = out_.size() - base;
      }
      i = after;
    }
    if (dq != kNoFail) {
      if (held_inner && dq == para_.start && dropped_opening_ == kNoFail && !(next_ && opens_with_quote(text_, *next_))) {
        dropped_opening_ = dq + utf8::decode(text_, dq).len;  // run() scans again without it
      } else {
        emit(dq, para_.end, true, false);
      }
    }
    return sq != kNoFail ? sq + 1 : kNoFail;
  }

  // "He said "no" to the plan.": inside a straight quotation, a straight mark after a word and a
  // space that leans on the word after it opens a nested quotation when two more straight marks
  // follow in the paragraph (its own closing mark and, in the same sentence, the outer one's).
  // A mark after punctuation and a space ("Not today, "said the clerk) is a closing mark typed
  // with its space before it.
  bool opens_straight_inside_straight(char32_t open, char32_t cp, Context c, size_t i, size_t after) const {
    if (open != rules::kStraightDouble || cp != rules::kStraightDouble) return false;
    if (!c.opening() || c.closing() || !utf8::is_letter(c.next) || c.prev != ' ') return false;
    const size_t space = i - 1;
    if (space <= para_.start || !utf8::is_word(previous_char(space))) return false;
    const std::string_view rest = text_.substr(after, para_.end - after);  // never past the paragraph
    const size_t second = rest.find(rules::kStraightDouble);
    if (second == std::string_view::npos) return false;
    const size_t third = rest.find(rules::kStraightDouble, second + 1);
    if (third == std::string_view::npos) return false;
    // The outer quotation closes in the sentence the nested one closed in: a sentence end between
    // them means the marks are a broken pair and a quotation elsewhere, not a nesting.
    for (size_t k = second + 1; k + 1 < third; ++k) {
      if (utf8::is_terminal(static_cast<unsigned char>(rest[k])) && rest[k + 1] == ' ') return false;
    }
    return true;
  }

  // A quotation that a mark of its own style reopened: where it and the nested one start, its
  // mark, and the number of quotations found before it.
  struct Reopened {
    size_t outer = kNoFail;
    size_t inner = kNoFail;
    char32_t mark = 0;
    size_t out_size = 0;
  };

  // “A “B” C.”: after the nested quotation closed, with nothing open and no other
  // mark since, a double mark of the outer one's style that leans on the word before it has
  // no opener of its own: it closes the outer quotation, which the nested one's opener had
  // ended too early. Writers and transcripts nest quotations in the same marks when a
  // keyboard or a headline style has only one kind. A straight mark never reopens (it pairs
  // with the open one), so this serves marks with an opening and a closing form.
  bool reopened_closes(const Reopened& r, char32_t cp, Context c) const {
    if (r.outer == kNoFail || !(c.closing() && !c.opening())) return false;
    if (!marks_pair(r.mark, cp)) return false;  // “A “B” C“: a “ typed for ” is no partner
    // Only the outer piece and the nested quotation were found since (either may have been
    // dropped as holding no letters).
    return out_.size() >= r.out_size && out_.size() <= r.out_size + 2;
  }

  // The last `` in [lo, i) that opens: a space or punctuation before it, a character of the
  // quotation right after it. Else kNoFail.
  size_t wire_opening(size_t lo, size_t i) const {
    if (lo + 2 >= i) return kNoFail;
    const size_t at = text_.substr(lo, i - lo).rfind(kWireOpening);
    if (at == std::string_view::npos) return kNoFail;
    const size_t open = lo + at;
    auto word_byte = [&](size_t k) {
      const unsigned char b = static_cast<unsigned char>(text_[k]);
      return b >= 0x80 || utf8::ascii::has(b, utf8::ascii::kWord);
    };
    if (open + 2 >= i || utf8::is_ascii_space(static_cast<unsigned char>(text_[open + 2]))) return kNoFail;
    if (open > para_.start && word_byte(open - 1)) return kNoFail;
    return open;
  }

  size_t trim_end(size_t end) const {
    while (end > para_.start) {
      size_t p = utf8::prev_start(text_, end);
      if (!utf8::is_space(utf8::decode(text_, p).cp)) break;
      end = p;
    }
    return end;
  }

  std::string_view text_;
  Span para_;
  uint32_t index_;
  const Paragraph* next_;
  std::vector<Quote>& out_;
  size_t kept_before_single_ = 0;
  size_t first_out_ = 0;  // this paragraph's first quotation in out_
  size_t dropped_opening_ = kNoFail;  // after the paragraph's opening mark, when run() drops it
  // What context() last decoded, by position (the text does not change, so
  // both stay true for a rescan): the character ending at last_end_, and the
  // one starting at ahead_at_.
  size_t last_end_ = kNoFail;
  char32_t last_cp_ = 0;
  size_t ahead_at_ = kNoFail;
  utf8::Decoded ahead_{};
};

// First non-space character of the paragraph is an opening quotation mark.
bool opens_with_quote(std::string_view text, const Paragraph& p) {
  if (p.span.empty()) return false;
  MarkInfo m = classify_mark(utf8::decode(text, p.span.start).cp);
  return m.is_mark && m.is_double && m.role != MarkRole::closes;
}

}  // namespace

std::vector<Quote> find_quotes(std::string_view text, const std::vector<Paragraph>& paragraphs) {
  std::vector<Quote> quotes;
  find_quotes_into(text, paragraphs, quotes);
  return quotes;
}

void find_quotes_into(std::string_view text, const std::vector<Paragraph>& paragraphs, std::vector<Quote>& quotes) {
  quotes.clear();
  find_quotes_in_paragraphs(text, paragraphs, 0, uint32_t(paragraphs.size()), quotes);
  join_quotes_across_paragraphs(text, paragraphs, quotes);
}

void find_quotes_in_paragraphs(std::string_view text, const std::vector<Paragraph>& paragraphs, uint32_t begin,
                               uint32_t end, std::vector<Quote>& quotes) {
  for (uint32_t i = begin; i < end; ++i) {
    const Span& span = paragraphs[i].span;
    // Most short paragraphs (list lines, headings) hold no byte that may
    // start a mark: no scanner to set up. Else its scan starts there.
    const size_t from = next_quote_candidate(text, span.start, span.end);
    if (from < span.end) {
      ParagraphScanner(text, span, i, i + 1 < paragraphs.size() ? &paragraphs[i + 1] : nullptr, quotes).run(from);
    }
  }
}

void join_quotes_across_paragraphs(std::string_view text, const std::vector<Paragraph>& paragraphs,
                                   std::vector<Quote>& quotes) {
  // Multi-paragraph quotes: an unclosed quote whose next paragraph re-opens
  // with a quotation mark continues there. The pieces share a group and only
  // the last one may stay unclosed.
  for (size_t q = 0; q + 1 < quotes.size(); ++q) {
    Quote& cur = quotes[q];
    Quote& nxt = quotes[q + 1];
    if (!cur.unclosed || nxt.paragraph != cur.paragraph + 1) continue;
    if (nxt.span.start != paragraphs[nxt.paragraph].span.start || !opens_with_quote(text, paragraphs[nxt.paragraph])) continue;
    if (cur.group == kNone) cur.group = int32_t(q);
    nxt.group = cur.group;
    cur.unclosed = false;
  }
}

}  // namespace claimscope
