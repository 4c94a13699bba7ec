// Quote attribution: what a quotation is by its shape and place: a title, a fragment, a
// headline, a pull-quote heading, a quoted sentence of its own.
#include "attributor.h"

namespace claimscope::attribution_detail {

constexpr size_t kMaxFragmentWords = 4;  // “false flag”, “red line”
constexpr size_t kMaxTermWords = 2;      // “attack,” in a list of quoted search terms

constexpr size_t kMaxTitleWords = 8;     // “Harbour Talk Tonight,” ‘Make Your Boat a Home’

namespace {

// A title of a show, book or slogan in running text: every word capitalised
// except small function words (“The Book of the Tides”), after a lower-case
// word ("host of “Harbour Talk Tonight,”"). In a title-case headline the word
// before is capitalised too, and a quoted headline is a real quotation.
bool is_title_words(const ParagraphView& v, size_t first, size_t end);

// “Donald Trump.” after a full stop, ‘I Think She Will.’ after a colon: a quotation that
// opens a sentence (or follows a colon) and ends in its own full stop, question or
// exclamation mark is a quoted sentence, however short, not a title in running text.
bool is_quoted_sentence(const ParagraphView& v, size_t first, size_t end) {
  const Token& before = v.toks[first - 1];
  if (before.word || v.quote_of[first - 1] != kNone || !(utf8::is_terminal(before.first) || before.first == ':')) {
    return false;
  }
  return end >= first + 2 && ends_with_punctuation(v, end) && utf8::is_terminal(v.toks[end - 2].first);
}

}  // namespace

bool is_title(const ParagraphView& v, size_t first, size_t end) {
  if (first == 0 || v.toks[first - 1].capitalized) return false;
  return !is_quoted_sentence(v, first, end) && is_title_words(v, first, end);
}

namespace {

// Every word capitalised except small function words: “The Book of the Tides”. A subtitle
// after one colon counts its words on its own ("“Salt and Iron: A Life on the Northern
// Ferries”": books and reports name themselves so).
bool is_title_words(const ParagraphView& v, size_t first, size_t end) {
  size_t words = 0, all_words = 0;
  bool subtitle = false;
  for (size_t k = first; k < end; ++k) {
    const Token& t = v.toks[k];
    if (!t.word) {
      if (!subtitle && words > 0 && is_punct(t, ':')) {
        subtitle = true;
        words = 0;
      }
      continue;
    }
    if (++words > kMaxTitleWords) return false;
    ++all_words;
    if (!t.capitalized && !utf8::is_digit(t.first) && !is_title_function_word(t.lower)) return false;
  }
  return all_words > 0;
}

// A sentence's end or a comma: what closes a quoted statement (“…,” / “….”).
bool is_statement_end(const Token& t) { return !t.word && (utf8::is_terminal(t.first) || t.first == ','); }

}  // namespace

// Punctuation just inside the closing mark ends a statement: “…,” / “….”
bool ends_with_punctuation(const ParagraphView& v, size_t end) { return end >= 2 && is_statement_end(v.toks[end - 2]); }

// Punctuation before the closing mark ends a statement (ends_with_punctuation), wherever the
// quotation's last marks are: a piece of a quotation that goes on in the next paragraph has none
// (the paragraph ends inside it: "The vote is due. ¶ "…"), one that ends on a nested quotation
// has two ("… ‘What now?’”"), as has a mark typed as two apostrophes (.''). Skips at most three.
bool piece_ends_with_punctuation(const ParagraphView& v, size_t first, size_t end) {
  constexpr size_t kMaxClosingMarks = 3;
  size_t k = end;
  while (k > first + 1 && end - k < kMaxClosingMarks && !v.toks[k - 1].word &&
         (is_quote_mark(v.toks[k - 1].first) || v.toks[k - 1].first == '\'')) {
    --k;
  }
  return k > first + 1 && is_statement_end(v.toks[k - 1]);  // (not when nothing but marks)
}

constexpr size_t kMaxPullQuoteWords = 8;

// ‘A fight from start to finish.’ alone in its paragraph: a few words in single
// marks are a pull-quote subhead (news text quotes speech in double marks), not a
// statement of the last speaker.
bool is_pull_quote_heading(const ParagraphView& v, size_t first, size_t end) {
  const Token& open = v.toks[first];
  if (open.word || (open.first != U'\u2018' && open.first != '\'')) return false;
  size_t words = 0;
  for (size_t k = first; k < end; ++k) words += v.toks[k].word;
  return words > 0 && words <= kMaxPullQuoteWords;
}

// A short quoted phrase inside a sentence rather than a quoted statement.
bool is_fragment(const ParagraphView& v, size_t first, size_t end) {
  size_t words = 0;
  std::optional<size_t> first_word;
  for (size_t k = first; k < end; ++k) {
    if (!v.toks[k].word) continue;
    ++words;
    if (!first_word) first_word = k;
  }
  bool punct_end = end >= first + 2 && ends_with_punctuation(v, end);
  if (words <= kMaxFragmentWords && !punct_end) return true;
  // “attack,” “undeclared.”: a word or two is a term or a list item even before a comma.
  if (words <= kMaxTermWords && first > 0 && v.toks[first - 1].word) return true;
  return first_word && !v.toks[*first_word].capitalized && !punct_end && words <= 2 * kMaxFragmentWords;
}

constexpr size_t kMaxHeadlineTokens = 16;

// A short paragraph that does not end in a full stop outside quotation marks.
bool is_headline(const ParagraphView& v) {
  if (v.toks.empty() || v.toks.size() > kMaxHeadlineTokens) return false;
  const Token& last = v.toks.back();
  return v.quote_of.back() != kNone || last.word || !utf8::is_terminal(last.first);
}

// "Ruiz ‘will reopen the harbour’": the headline's opening name says it.
std::optional<MentionRange> headline_speaker(const ParagraphView& v, size_t first) {
  if (first == 0) return std::nullopt;
  auto m = mention_starting_at(v.toks, 0, first);
  if (!m || m->pronoun || m->last + 1 != first) return std::nullopt;
  return m;
}

// “…” set off by a colon or a dash and opening with a capital: a quoted sentence of its own
// (reported_speech.cpp's Finder asks the same at the colon, to end a clause before it).
bool is_set_off_sentence(const ParagraphView& v, size_t first) {
  if (first == 0 || first + 1 >= v.toks.size() || v.quote_of[first - 1] != kNone) return false;
  const Token& before = v.toks[first - 1];
  const Token& opening = v.toks[first + 1];
  return (is_punct(before, ':') || is_dash(before)) && opening.word && opening.capitalized;
}

// A quotation embedded in running text: it follows a word ("as a “reliable
// partner,”") and opens in lower case, so it is a fragment of the sentence.
bool is_embedded_fragment(const ParagraphView& v, size_t first, size_t end) {
  if (first == 0 || first + 1 >= end) return false;
  const Token& before = v.toks[first - 1];
  if (!before.word || v.quote_of[first - 1] != kNone || is_cue_token(before)) return false;
  const Token& opening = v.toks[first + 1];
  return opening.word && !opening.capitalized;
}

namespace {

// "“Museum picks a new director,” by the Gazette's Ana Ruiz": a byline right after the
// closing mark makes the quotation the title of an article or a book, whatever its case.
// `end` is the token after the closing mark.
constexpr size_t kMaxBylineWords = 8;  // "the New York Post's Amy Spencer"

bool has_byline_after(const ParagraphView& v, size_t first, size_t end) {
  size_t k = end;
  // A comma sets the byline off ("“…,” by", "“…”, by"); without one only a title-case quotation
  // is a title: "marked “confidential” by the ministry" names the agent of a passive.
  size_t inside = end;  // one past the last token before the closing mark(s) ('' is two)
  while (inside > first + 1 && !v.toks[inside - 1].word && classify_mark(v.toks[inside - 1].first).is_mark) --inside;
  const bool comma_after = k < v.toks.size() && is_punct(v.toks[k], ',');
  const bool comma = is_punct(v.toks[inside - 1], ',') || comma_after;
  if (comma_after) ++k;
  if (k + 1 >= v.toks.size() || !v.toks[k].word || v.toks[k].lower != "by" || v.toks[k].capitalized) return false;
  size_t j = k + 1;
  if (v.toks[j].lower == "the") ++j;
  // Capitalised words up to a punctuation mark, a link or the paragraph's end: "by Tom Beck's
  // count the third" is a measure, not a byline.
  const size_t name_first = j;
  for (; j < v.toks.size() && j - name_first < kMaxBylineWords && v.toks[j].word; ++j) {
    const Token& t = v.toks[j];
    if (t.lower.rfind("http", 0) == 0 || t.lower.rfind("www", 0) == 0) break;
    if (!t.capitalized) return false;
  }
  return j > name_first && j - name_first < kMaxBylineWords && (comma || is_title_words(v, first, end));
}

}  // namespace

// A programme, book or section title, whatever the sentence around it:
// after a possessive or a preposition (“Channel 9's “Harbour Watch,””, “on “Morning
// Tide.””), after a noun for a work (“the podcast “Low Tide””), or a title-case quotation standing as its own paragraph
// (a section heading such as ‘Nothing Is Settled.’).
bool is_named_title(const ParagraphView& v, size_t first, size_t end, bool whole_paragraph) {
  if (has_byline_after(v, first, end)) return true;
  if (end <= first + 2 || !is_title_words(v, first, end)) return false;
  if (whole_paragraph) return true;
  if (first == 0) return false;
  const Token& before = v.toks[first - 1];
  // A title-case headline capitalises its prepositions too ("Fishers March Downtown To ‘…’"): only a
  // lower-case one, or one opening the sentence, counts.
  bool preposition = is_adjunct_opener(before.lower) && (!before.capitalized || v.sentence_start[first - 1] == first - 1);
  // "his memoir “Salt and Iron”", "In her 2019 book, “Salt and Iron,”": a work noun names what follows.
  const Token& noun = !before.word && before.first == ',' && first >= 2 ? v.toks[first - 2] : before;
  if (noun.word && !noun.capitalized && is_work_noun(noun.lower)) return true;
  // "told “Harbour Hour” that …": after a listener cue a programme is who was told. Two words or more
  // and no sentence end inside: "told “No.”" and "warned “Stop!”" are words said.
  if (before.word && !before.capitalized && is_listener_cue(before.lower)) {
    const Token& last = v.toks[end - 2];
    return !(!last.word && utf8::is_terminal(last.first)) && v.toks[first + 2].word && end > first + 3;
  }
  return before.word && (before.possessive || preposition);
}

}  // namespace claimscope::attribution_detail
