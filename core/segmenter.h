// The sentence segmenter's state and decisions, shared by sentences.cpp
// (the pass over a paragraph and the punctuation rules) and
// segmenter_web.cpp (the web and e-mail rules). Internal to split_sentences.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "document.h"
#include "lexicon.h"
#include "rules/abbreviations.h"
#include "sentence_context.h"
#include "word_index.h"

namespace claimscope::seg {

constexpr size_t kNoBoundary = static_cast<size_t>(-1);

// Rule tables, indexed once (sentences.cpp).
const WordIndex<AbbrevRule>& abbreviations();
const WordIndex<WordRule>& starters();
const WordIndex<WordRule>& lowercase_starters();
const WordIndex<WordRule>& time_followers();

// A run of sentence-final marks plus the closing quotes/brackets after it.
struct Cluster {
  size_t begin = 0;
  size_t marks_end = 0;  // after the last mark
  size_t end = 0;        // after the closing quotes and brackets
  int dots = 0;          // periods; an ellipsis character counts three
  bool bang = false;     // ? ! or another script's final mark
  bool unspaced = false; // CJK full stop and kin: no space needed after it
  bool spaced = false;   // ". . ." written with spaces
};

class Segmenter {
 public:
  Segmenter(std::string_view text, const Paragraph& p, uint32_t index, std::vector<Sentence>& out)
      : text_(text), end_(p.span.end), paragraph_start_(p.span.start), index_(index), out_(out) {
    begin_sentence(p.span.start);
  }

  void run();

 private:
  // The pass and the punctuation rules (sentences.cpp; comments at the definitions).
  size_t final_cluster_start() const;
  size_t mark_start(size_t last) const;
  size_t at_space(size_t i);
  size_t split_at(size_t end, size_t next);
  // Whether the token at `pos` starts the sentence or follows white space.
  bool token_starts(size_t pos) const { return pos == start_ || (pos > start_ && is_space(pos - 1)); }
  void begin_sentence(size_t pos);
  Cluster scan_cluster(size_t i) const;
  size_t decide(const Cluster& c) const;
  size_t after_ellipsis(const Cluster& c, const NextWord& next) const;
  const AbbrevRule* abbreviation(const PrevToken& token) const;
  size_t after_period(const Cluster& c, const PrevToken& token, const AbbrevRule* rule,
                      const NextWord& next) const;
  size_t after_time(const Cluster& c, const PrevToken& token, const NextWord& next) const;
  size_t plain_word(const Cluster& c, const PrevToken& token, const NextWord& next) const;
  bool lowercase_start(const NextWord& next) const;
  bool starts_sentence(const NextWord& next) const;
  size_t extend_over_citations(size_t boundary) const;
  bool is_space(size_t pos) const;
  size_t skip_spaces(size_t pos) const;
  void emit(size_t end);

  // Web and e-mail rules (segmenter_web.cpp).
  size_t at_colon_like(size_t i);
  size_t at_clock_colon(size_t colon);
  size_t after_address(size_t at);
  bool starts_www(size_t dot) const;
  size_t after_emoticon(size_t pos);
  size_t after_url(size_t pos);
  size_t after_clock_time(size_t space, size_t next);
  size_t stamp_date_start(size_t time_start) const;
  bool after_header_word(size_t pos) const;

  const WordIndex<AbbrevRule>& abbreviations_ = abbreviations();
  std::string_view text_;
  size_t end_;
  size_t paragraph_start_;
  uint32_t index_;
  std::vector<Sentence>& out_;
  size_t start_ = 0;
  size_t marker_end_ = 0;
  bool in_list_ = false;
  ListMarker list_;

  static bool ascii_digit(unsigned char b) { return b >= '0' && b <= '9'; }
  static bool ascii_alpha(unsigned char b) { return (b | 0x20) >= 'a' && (b | 0x20) <= 'z'; }
  // Punctuation after an address belongs to the sentence, not the address.
  static bool is_url_trailer(unsigned char b) {
    return b == '.' || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || b == ')' || b == ']' ||
           b == '"' || b == '\'';
  }
};

}  // namespace claimscope::seg
