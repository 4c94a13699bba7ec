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
#include "quote_marks.h"  // is_quote_mark

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
  // Each paragraph's first word ends, back to back: `ends_used` filled of
  // `ends_room`. Raw storage like the keys: paragraph_features writes word
  // ends past the filled ones (word_ends_room(span) of room) and keeps the
  // first kMaxIndexedWords.
  std::unique_ptr<uint32_t[]> ends;
  size_t ends_room = 0;
  size_t ends_used = 0;

  /// Bytes a writer may write past the room it asked for and then drop:
  /// paragraph_features copies a word sixteen bytes a step.
  static constexpr size_t kSlack = 16;
  /// Room for `n` bytes of keys in one block (a caller that knows the total
  /// asks once: the block then never grows and is copied never).
  void reserve(size_t n) {
    if (n + kSlack > keys_room) room_for(n - keys_used);
  }
  /// A pointer to at least `n` + kSlack writable bytes after the filled ones.
  char* room_for(size_t n) {
    if (keys_used + n + kSlack > keys_room) {
      size_t room = std::max(2 * keys_room, keys_used + n + kSlack);
      std::unique_ptr<char[]> grown(new char[room]);
      if (keys_used) std::memcpy(grown.get(), keys.get(), keys_used);
      keys = std::move(grown);
      keys_room = room;
    }
    return keys.get() + keys_used;
  }
  /// Room for `n` word ends in one block (the total, known to the caller).
  void reserve_ends(size_t n) {
    if (n > ends_room) ends_room_for(n - ends_used);
  }
  /// A pointer to at least `n` writable word ends after the filled ones.
  uint32_t* ends_room_for(size_t n) {
    if (ends_used + n > ends_room) {
      size_t room = std::max(2 * ends_room, ends_used + n);
      std::unique_ptr<uint32_t[]> grown(new uint32_t[room]);
      if (ends_used) std::memcpy(grown.get(), ends.get(), ends_used * sizeof(uint32_t));
      ends = std::move(grown);
      ends_room = room;
    }
    return ends.get() + ends_used;
  }
};

/// The room paragraph_features asks in the arena for the word ends of
/// text[span]: a word per two bytes (a word and a separator), at most the
/// kept ones and one scanned stretch's more.
size_t word_ends_room(Span span);

/// A paragraph's word-end offsets (into its key), a view into the arena.
class WordEnds {
 public:
  WordEnds(const uint32_t* data, size_t count) : data_(data), count_(count) {}
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  uint32_t operator[](size_t i) const { return data_[i]; }

 private:
  const uint32_t* data_;
  size_t count_;
};

/// One record per paragraph of the document, held by the roles pass for all
/// paragraphs at once: kept at 80 bytes (a text of one-word lines has a
/// paragraph every few bytes, and these records were most of its memory).
struct ParagraphFeatures {
  static constexpr size_t kMaxIndexedWords = 48;

  /// Normalised text: lower case, words joined by single spaces, punctuation
  /// dropped except a colon written right after a word; ’ becomes '.
  /// A view into the FeatureArena (valid after bind()).
  std::string_view key() const { return std::string_view(key_.data, key_size_); }
  /// End offset in `key` of each of the first kMaxIndexedWords words.
  WordEnds word_ends() const { return WordEnds(ends_.data, ends_count_); }

  /// Bit t: the first word starts an entry of role cue table t (role_cues.h;
  /// set by RoleContext).
  uint32_t first_word_tables = 0;
  uint32_t words = 0;            // all words
  uint32_t letters = 0;
  uint32_t upper_letters = 0;
  uint32_t digits = 0;
  char32_t first = 0;            // first code point
  char32_t last = 0;             // last code point before closing quotes/brackets
  bool has_quote_mark = false;   // any quotation mark character
  bool terminal_end = false;     // `last` is sentence-final punctuation

  /// The first `n` words of `key` (n <= word_ends().size()), or "" if fewer.
  /// Inline: the role passes call these several times per paragraph.
  std::string_view first_words(size_t n) const {
    if (n == 0 || n > ends_count_) return {};
    return key().substr(0, ends_.data[n - 1]);
  }
  /// Words [from, from + n) of `key`, or "" if out of range.
  std::string_view words_at(size_t from, size_t n) const {
    if (n == 0 || from + n > ends_count_) return {};
    size_t begin = from == 0 ? 0 : ends_.data[from - 1] + 1;  // skip the joining space
    return key().substr(begin, ends_.data[from + n - 1] - begin);
  }
  bool all_caps() const { return letters >= 8 && upper_letters * 10 >= letters * 9; }

  /// Points `key` and `word_ends` into the arena, once it has stopped growing.
  void bind(const FeatureArena& arena) {
    key_.data = arena.keys.get() + key_.at;
    ends_.data = arena.ends.get() + ends_.at;
  }

  // Written by paragraph_features(). Until bind() the key and the word ends
  // are offsets into the arena (which may still move), then pointers: one
  // field each instead of both.
  union {
    size_t at;
    const char* data;
  } key_ = {0};
  union {
    size_t at;
    const uint32_t* data;
  } ends_ = {0};
  uint32_t key_size_ = 0;
  uint8_t ends_count_ = 0;
  static_assert(kMaxIndexedWords <= 255, "ends_count_ is one byte");
};
static_assert(sizeof(ParagraphFeatures) <= 80, "one record per paragraph: keep it small");

class LoweredText;

/// The features of one paragraph; its key and word ends are appended to
/// `arena`, and readable once bind() is called after the last paragraph.
/// Its words and counts are read from `lowered`, the text's lowered copy
/// with a stop at every paragraph's end (LoweredText; annotate() or
/// classify_paragraphs builds it before the roles pass).
ParagraphFeatures paragraph_features(std::string_view text, Span span, FeatureArena& arena,
                                     const LoweredText& lowered);
/// The same for one paragraph on its own (tests): a lowered copy of `text`
/// is made for it.
ParagraphFeatures paragraph_features(std::string_view text, Span span, FeatureArena& arena);

/// How a paragraph's words start and how long they are (words as
/// paragraph_features splits them). Only a few rules read these, of a few
/// short paragraphs (a byline, a bare name, the title, an author bio), so they
/// are asked for when needed: counted for every paragraph in
/// paragraph_features they were a quarter of its work per word.
struct WordCase {
  uint64_t capitalised_mask = 0;  // bit i: word i (i < kMaxIndexedWords) starts with an upper-case letter
  uint32_t capitalised = 0;       // words that start with an upper-case letter
  uint32_t lowercase_start = 0;   // words that start with a lower-case letter
  uint32_t long_words = 0;        // words of 4+ letters
  uint32_t long_capitalised = 0;  // ... of which capitalised
  bool word_capitalised(size_t i) const { return i < 64 && ((capitalised_mask >> i) & 1u); }
  bool title_case() const { return long_words >= 2 && long_capitalised * 4 >= long_words * 3; }
};
WordCase word_case(std::string_view text, Span span);

/// Digits, a colon and a digit ("10:42") somewhere in text[span]: a clock
/// time. Asked of short lines only (the date-line rule).
bool has_clock_time(std::string_view text, Span span);

}  // namespace claimscope
