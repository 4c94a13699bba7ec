// Surface features of one paragraph, computed in a single pass, that the
// role classifier (roles.cpp) and the dateline finder read.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace claimscope {

/// Where the keys and word ends of all a document's paragraphs live: one
/// buffer each, so a paragraph's features own no heap block (a string and a
/// vector per paragraph were two allocations each and most of the memory of
/// text made of very short lines).
struct FeatureArena {
  // The keys, back to back: `keys_used` bytes filled of `keys_room`. Raw
  // storage, not a std::string: resizing a string zero-fills it, and the room
  // for one huge paragraph is twice its size.
  std::unique_ptr<char[]> keys;
  size_t keys_room = 0;
  size_t keys_used = 0;
  std::vector<uint32_t> ends;  // each paragraph's word ends, back to back

  /// Room for `n` bytes of keys in one block (a caller that knows the total
  /// asks once: the block then never grows and is copied never).
  void reserve(size_t n) {
    if (n > keys_room) room_for(n - keys_used);
  }
  /// A pointer to at least `n` writable bytes after the filled ones.
  char* room_for(size_t n) {
    if (keys_used + n > keys_room) {
      size_t room = std::max(2 * keys_room, keys_used + n);
      std::unique_ptr<char[]> grown(new char[room]);
      if (keys_used) std::memcpy(grown.get(), keys.get(), keys_used);
      keys = std::move(grown);
      keys_room = room;
    }
    return keys.get() + keys_used;
  }
};

/// A paragraph's word-end offsets (into its key), a view into the arena.
class WordEnds {
 public:
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  uint32_t operator[](size_t i) const { return data_[i]; }

  // Written by paragraph_features() and ParagraphFeatures::bind().
  const uint32_t* data_ = nullptr;
  uint32_t count_ = 0;
  uint32_t at_ = 0;  // offset in FeatureArena::ends until bind()
};

struct ParagraphFeatures {
  /// Normalised text: lower case, words joined by single spaces, punctuation
  /// dropped except a colon written right after a word; ’ becomes '.
  /// A view into the FeatureArena (valid after bind()).
  std::string_view key;
  static constexpr size_t kMaxIndexedWords = 48;
  /// End offset in `key` of each of the first kMaxIndexedWords words.
  WordEnds word_ends;
  uint32_t key_at = 0;  // offset of `key` in FeatureArena::keys until bind()
  /// Bit t: the first word starts an entry of role cue table t (role_cues.h;
  /// set by RoleContext).
  uint32_t first_word_tables = 0;

  uint64_t capitalised_mask = 0; // bit i: indexed word i starts with an upper-case letter
  uint32_t words = 0;            // all words
  uint32_t capitalised = 0;      // words that start with an upper-case letter
  uint32_t lowercase_start = 0;  // words that start with a lower-case letter
  uint32_t long_words = 0;       // words of 4+ letters
  uint32_t long_capitalised = 0; // ... of which capitalised
  uint32_t letters = 0;
  uint32_t upper_letters = 0;
  uint32_t digits = 0;
  bool has_quote_mark = false;   // any quotation mark character
  char32_t first = 0;            // first code point
  char32_t last = 0;             // last code point before closing quotes/brackets
  bool terminal_end = false;     // `last` is sentence-final punctuation
  bool has_time = false;         // "10:42" style digits:digits

  /// The first `n` words of `key` (n <= word_ends.size()), or "" if fewer.
  /// Inline: the role passes call these several times per paragraph.
  std::string_view first_words(size_t n) const {
    if (n == 0 || n > word_ends.size()) return {};
    return std::string_view(key).substr(0, word_ends[n - 1]);
  }
  /// Words [from, from + n) of `key`, or "" if out of range.
  std::string_view words_at(size_t from, size_t n) const {
    if (n == 0 || from + n > word_ends.size()) return {};
    size_t begin = from == 0 ? 0 : word_ends[from - 1] + 1;  // skip the joining space
    return std::string_view(key).substr(begin, word_ends[from + n - 1] - begin);
  }
  bool all_caps() const { return letters >= 8 && upper_letters * 10 >= letters * 9; }
  bool word_capitalised(size_t i) const { return i < 64 && ((capitalised_mask >> i) & 1u); }
  bool title_case() const { return long_words >= 2 && long_capitalised * 4 >= long_words * 3; }

  /// Points `key` and `word_ends` into the arena, once it has stopped growing.
  void bind(const FeatureArena& arena) {
    key = std::string_view(arena.keys.get() + key_at, key.size());
    word_ends.data_ = arena.ends.data() + word_ends.at_;
  }
};

/// The features of one paragraph; its key and word ends are appended to
/// `arena`, and readable once bind() is called after the last paragraph.
ParagraphFeatures paragraph_features(std::string_view text, Span span, FeatureArena& arena);

/// Quotation marks of any style ("", “”, ‘’, «», „, 「」).
bool is_quote_mark(char32_t cp);

}  // namespace claimscope
