// Test helper: the words of a sentence written in lower case with single
// spaces, for tests that look each word up in a word set.
#pragma once

#include <string>
#include <string_view>
#include <vector>

inline std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}
