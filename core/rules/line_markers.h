// What may open a line of news text without being part of its sentence: list bullets,
// emoji and symbols a live blog or a social post puts first, and short labels. As data.
#pragma once

#include "../lexicon.h"
#include "../rule_reason.h"

namespace claimscope::rules {

struct CodePointRange {
  char32_t first, last;  // inclusive
  const char* id;
  [[no_unique_address]] RuleReason reason;
};

// Symbol code points that mark a line: none of them is a letter, a digit, a quotation mark,
// a bracket, a currency sign or a dash (a dash opens signature lines and datelines).
constexpr CodePointRange kLineMarkerSymbols[] = {
    {U'*', U'*', "marker.asterisk", "plain-text list bullet"},
    {U'\u00B7', U'\u00B7', "marker.middle.dot", "middle dot as a bullet"},
    {U'\u2022', U'\u2023', "marker.bullet", "bullet, triangular bullet"},
    {U'\u2043', U'\u2043', "marker.hyphen.bullet", "hyphen bullet"},
    {U'\u2190', U'\u21FF', "marker.arrow", "arrows before a line"},
    {U'\u25A0', U'\u25FF', "marker.shape", "squares, triangles, circles used as bullets"},
    {U'\u2600', U'\u27BF', "marker.symbol", "stars, check marks, warning signs, dingbats"},
    {U'\u2B00', U'\u2BFF', "marker.symbol.more", "more stars, arrows and squares"},
    {U'\uFE0F', U'\uFE0F', "marker.variation", "the emoji presentation selector after a symbol"},
    {U'\u200D', U'\u200D', "marker.joiner", "the joiner inside an emoji sequence"},
    {U'\U0001F000', U'\U0001FAFF', "marker.emoji", "emoji: sirens, pins, flags, faces"},
};

// A label before a colon that opens a line ("Update: …", "BREAKING: …"): it names the kind
// of item, nobody's words. Only these words: "Ruiz: …" before a colon is who speaks.
CLAIMSCOPE_WORD_RULES(kLineLabels) = {
    {"update", "label.update", "live blog update"},
    {"updated", "label.updated", "live blog update"},
    {"breaking", "label.breaking", "breaking news"},
    {"watch", "label.watch", "a video follows"},
    {"live", "label.live", "live coverage"},
    {"exclusive", "label.exclusive", "exclusive story"},
    {"developing", "label.developing", "developing story"},
    {"alert", "label.alert", "news alert"},
    {"correction", "label.correction", "a correction notice"},
    {"read", "label.read", "a linked story follows"},
    {"listen", "label.listen", "audio follows"},
};

}  // namespace claimscope::rules
