// Punctuation classes for the sentence segmenter, beyond utf8::is_terminal.
#pragma once

#include "../rule_reason.h"

namespace claimscope {

struct MarkRule {
  char32_t cp;
  const char* id;
  [[no_unique_address]] RuleReason reason;
};

/// Full stops of scripts written without spaces between sentences: a
/// boundary follows them even when the next character is glued on.
constexpr MarkRule kUnspacedTerminals[] = {
    {0x3002, "mark.cjk.full_stop", "ideographic full stop"},
    {0xFF01, "mark.cjk.exclamation", "fullwidth exclamation mark"},
    {0xFF1F, "mark.cjk.question", "fullwidth question mark"},
    {0xFF0E, "mark.cjk.fullwidth_stop", "fullwidth full stop"},
    {0xFF61, "mark.cjk.halfwidth_stop", "halfwidth ideographic full stop"},
};

/// Extra sentence-final marks of other scripts that utf8::is_terminal lacks.
constexpr MarkRule kExtraTerminals[] = {
    {0x1362, "mark.ethiopic.full_stop", "Ethiopic full stop"},
    {0x0589, "mark.armenian.full_stop", "Armenian full stop"},
    {0x104B, "mark.myanmar.section", "Myanmar sentence end"},
    {0x0F0D, "mark.tibetan.shad", "Tibetan sentence end"},
};

/// Bullets that open a list item; a second one inside a line starts a new item.
constexpr MarkRule kBullets[] = {
    {0x2022, "mark.bullet.round", "bullet"},
    {0x2023, "mark.bullet.triangle", "triangular bullet"},
    {0x2043, "mark.bullet.hyphen", "hyphen bullet"},
    {0x25E6, "mark.bullet.white", "white bullet"},
    {0x25AA, "mark.bullet.small_square", "small black square"},
    {0x25CF, "mark.bullet.circle", "black circle"},
    {0x25A0, "mark.bullet.square", "black square"},
    {0x25BA, "mark.bullet.pointer", "black right-pointing pointer"},
    {0x27A2, "mark.bullet.arrowhead", "arrowhead bullet"},
};

/// Opening marks that may stand before the first word of a sentence.
constexpr MarkRule kOpeners[] = {
    {'"', "mark.open.quote", "straight double quote"},
    {'\'', "mark.open.apostrophe", "straight single quote"},
    {'(', "mark.open.paren", "parenthesis"},
    {'[', "mark.open.bracket", "square bracket"},
    {0x201C, "mark.open.ldquo", "left double quotation mark"},
    {0x2018, "mark.open.lsquo", "left single quotation mark"},
    {0x00AB, "mark.open.guillemet", "left guillemet"},
    {0x2039, "mark.open.single_guillemet", "single left guillemet"},
    {0x00BF, "mark.open.inverted_question", "Spanish inverted question mark"},
    {0x00A1, "mark.open.inverted_exclamation", "Spanish inverted exclamation mark"},
    {0x300C, "mark.open.corner", "CJK corner bracket"},
    {0x300E, "mark.open.white_corner", "CJK white corner bracket"},
    {0xFF08, "mark.open.fullwidth_paren", "fullwidth parenthesis"},
};

template <typename Table>
constexpr bool has_mark(const Table& table, char32_t cp) {
  for (const MarkRule& r : table)
    if (r.cp == cp) return true;
  return false;
}

}  // namespace claimscope
