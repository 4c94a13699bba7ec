// A set of words or phrases built once from a rule table (core/rules/).
//
// Rule tables are arrays of entries with a `text` field (plus an id and a
// reason); a Lexicon indexes them for O(1) lookups. Build each Lexicon once
// (a function-local static) and share it: it is immutable after construction.
#pragma once

#include <string_view>
#include <unordered_map>

namespace claimscope {

template <typename Entry>
class Lexicon {
 public:
  template <typename Table>
  explicit Lexicon(const Table& table) {
    map_.reserve(std::size(table) * 2);
    for (const Entry& e : table) map_.emplace(std::string_view(e.text), &e);
  }
  /// The entry for `key` exactly as stored (tables store lower case unless noted), or nullptr.
  const Entry* find(std::string_view key) const {
    auto it = map_.find(key);
    return it == map_.end() ? nullptr : it->second;
  }
  bool contains(std::string_view key) const { return map_.count(key) != 0; }

 private:
  std::unordered_map<std::string_view, const Entry*> map_;
};

/// The common shape of a rule-table entry: the word or phrase, a stable id
/// and the reason it is there.
struct WordRule {
  const char* text;
  const char* id;
  const char* reason;
};

}  // namespace claimscope
