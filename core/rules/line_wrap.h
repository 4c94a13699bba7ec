// When a single line break inside pasted text is a wrap (the sentence goes on
// on the next line) rather than the end of a paragraph. The policy and
// examples are in docs/segmentation.md ("Hard-wrapped text").
#pragma once

#include <cstdint>

#include "../lexicon.h"
#include "sentence_marks.h"

namespace claimscope::wrap {

/// Wrapped plain text (e-mail, wire copy, PDF text) is wrapped at 60-80
/// characters and rarely wider than this. A document where more than one
/// line in kLongLineShare is wider is pasted one paragraph per line, and no
/// line break in it is a wrap.
constexpr uint32_t kMaxWrapWidth = 100;
constexpr uint32_t kLongLineShare = 10;

/// Evidence that a whole document is hard-wrapped: its wrap width (the widest
/// line up to kMaxWrapWidth) is at least kMinWrapWidth, and at least
/// kMinWrapBreaks, and two in three, of the breaks after lines that fill at
/// least half the width look like wraps (the next line's first word would
/// not have fit). Shorter lines (signatures, list items, last lines of
/// paragraphs) say nothing either way.
constexpr uint32_t kMinWrapWidth = 40;
constexpr uint32_t kMinWrapBreaks = 3;
constexpr uint32_t kWrapShareNumerator = 2;
constexpr uint32_t kWrapShareDenominator = 3;

/// A line needs this many words to be prose that a wrap can cut; shorter
/// lines are labels and list items ("contact manager").
constexpr int kMinProseWords = 3;

/// A short line (at most kMaxLabelWords words) opened by one of these words
/// is a byline or credit, never the first half of a wrapped sentence. Keys
/// are lower case.
constexpr int kMaxLabelWords = 8;
CLAIMSCOPE_WORD_RULES(kLabelOpeners) = {
    {"by", "wrap.label.by", "byline: By Jane Roe"},
    {"photo", "wrap.label.photo", "photo credit"},
    {"photos", "wrap.label.photos", "photo credit"},
    {"image", "wrap.label.image", "image credit"},
    {"credit", "wrap.label.credit", "credit line"},
    {"source", "wrap.label.source", "source line"},
    {"updated", "wrap.label.updated", "time stamp line"},
    {"posted", "wrap.label.posted", "time stamp line"},
    {"published", "wrap.label.published", "time stamp line"},
    {"reporting", "wrap.label.reporting", "wire credit: Reporting by ..."},
    {"editing", "wrap.label.editing", "wire credit: Editing by ..."},
    {"written", "wrap.label.written", "credit: Written by ..."},
};

/// Marks that open a list item, a quoted e-mail line, a table row or a tag
/// when they start a line: such a line starts a paragraph of its own.
constexpr MarkRule kItemOpeners[] = {
    {'-', "wrap.item.hyphen", "hyphen bullet or dialogue dash"},
    {'*', "wrap.item.asterisk", "asterisk bullet"},
    {'+', "wrap.item.plus", "plus bullet"},
    {'>', "wrap.item.quoted", "quoted e-mail line"},
    {'|', "wrap.item.table", "table row"},
    {'#', "wrap.item.hash", "heading or hashtag line"},
    {'[', "wrap.item.bracket", "bracketed tag or placeholder line: [photo], [ad]"},
    {0x2013, "wrap.item.en_dash", "en dash bullet or dialogue dash"},
    {0x2014, "wrap.item.em_dash", "em dash bullet or dialogue dash"},
};

}  // namespace claimscope::wrap
