// Quotation mark pairs seen in news text, as data.
#pragma once

#include "../rule_reason.h"

namespace claimscope::rules {

enum class MarkKind : unsigned char { double_mark, single_mark };

struct QuoteMarkRule {
  char32_t open;
  char32_t close;
  MarkKind kind;
  const char* id;
  [[no_unique_address]] RuleReason reason;
};

constexpr QuoteMarkRule kQuoteMarks[] = {
    {U'\u201C', U'\u201D', MarkKind::double_mark, "mark.curly.double", "English curly double quotes"},
    {U'\u201E', U'\u201C', MarkKind::double_mark, "mark.low.double", "German/Central European low-high quotes"},
    {U'\u00AB', U'\u00BB', MarkKind::double_mark, "mark.guillemet", "French/Russian guillemets in translated text"},
    {U'"', U'"', MarkKind::double_mark, "mark.straight.double", "typewriter double quotes"},
    {U'\u2018', U'\u2019', MarkKind::single_mark, "mark.curly.single", "British and headline single quotes; also nested"},
    {U'\'', U'\'', MarkKind::single_mark, "mark.straight.single", "typewriter single quotes; also the apostrophe"},
    {U'\u2039', U'\u203A', MarkKind::single_mark, "mark.single.guillemet", "single guillemets, nested in translations"},
    // Last: the scan over this table runs for every non-ASCII character, and these are rare in English news.
    {U'\u300C', U'\u300D', MarkKind::double_mark, "mark.corner", "CJK corner brackets: a pasted Chinese or Japanese quotation"},
    {U'\uFF02', U'\uFF02', MarkKind::double_mark, "mark.fullwidth.double", "full-width straight double mark from a CJK keyboard"},
};

// The typewriter double mark: inside a straight quotation it may open a nested one (quotes.cpp,
// opens_straight_inside_straight) after a word and a space, never after punctuation and a space.
constexpr char kStraightDouble = '"';

// Two apostrophes typed in place of a double quotation mark (newspaper
// archives: ''like this''). Treated as one straight double mark.
constexpr char32_t kDoubledApostrophe = U'\'';
constexpr const char* kDoubledApostropheId = "mark.doubled.apostrophe";

// Wire copy and typeset archives open with two backquotes and close with two apostrophes
// (``like this''). The scan does not stop at backquotes (a third byte to test in every
// block of text); a doubled apostrophe that closes nothing looks back for them instead.
constexpr char kBackquote = '`';

// Markup left in scraped text: a straight double mark between '=' and '>' delimits an
// attribute value (<tweet date="May 4, 2021">), not a quotation. A quotation that opens
// after '=' is dropped; a mark right before '>' ends such a value and opens nothing (the
// value may have run over a line break, so that mark starts the next paragraph: `">Text…`).
constexpr char kMarkupValueStart = '=';
constexpr char kMarkupTagEnd = '>';

// Marks that are quotation marks but that the finder does not pair (yet):
// a paragraph holding one is still not boilerplate, a caption or a header.
constexpr char32_t kUnpairedQuoteMarks[] = {
    U'\u201A', U'\u201F',  // single low-9 and double high-reversed-9 (German, old type)
    // White corner brackets: nested inside 「…」 or around a title. Paired as single marks they
    // would close the quotation around them after a full stop (the scan's “…’ rule).
    U'\u300E', U'\u300F',
};

}  // namespace claimscope::rules
