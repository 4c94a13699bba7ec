// Classifies quotation-mark characters using the table in rules/quote_marks.h.
#pragma once

namespace claimscope {

enum class MarkRole : unsigned char { none, opens, closes, both };

struct MarkInfo {
  bool is_mark = false;
  bool is_double = false;
  MarkRole role = MarkRole::none;  // what the character does in its pair
};

MarkInfo classify_mark(char32_t cp);

/// True if `close` is the closing partner of `open` in the table.
bool marks_pair(char32_t open, char32_t close);

}  // namespace claimscope
