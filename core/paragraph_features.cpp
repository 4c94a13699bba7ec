#include "paragraph_features.h"

#include <algorithm>
#include <array>

#include "utf8.h"

namespace claimscope {

bool is_quote_mark(char32_t cp) {
  switch (cp) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2018: case 0x2019:
    case 0x201A: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: case 0x300C: case 0x300D:
    case 0x300E: case 0x300F: case 0xFF02:
      return true;
    default:
      return false;
  }
}

namespace {

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

// What the feature pass needs to know about one code point. ASCII comes from
// a table (most news text is ASCII); the rest asks utf8.h.
struct CharInfo {
  bool space, letter, upper, lower, digit, word, terminal, closing;
};

enum AsciiClass : uint8_t { kSpace = 1, kUpper = 2, kLower = 4, kDigit = 8, kTerminal = 16, kClosing = 32 };

constexpr std::array<uint8_t, 128> make_ascii_classes() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    uint8_t k = 0;
    if (c == ' ' || (c >= '\t' && c <= '\r')) k |= kSpace;
    if (c >= 'A' && c <= 'Z') k |= kUpper;
    if (c >= 'a' && c <= 'z') k |= kLower;
    if (c >= '0' && c <= '9') k |= kDigit;
    if (c == '.' || c == '!' || c == '?') k |= kTerminal;
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') k |= kClosing;
    t[size_t(c)] = k;
  }
  return t;
}
constexpr std::array<uint8_t, 128> kAsciiClasses = make_ascii_classes();

// Per byte: 1 for a capital, 1 << 32 for a digit (one add counts both).
constexpr std::array<uint64_t, 256> make_upper_digit_counts() {
  std::array<uint64_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    if (kAsciiClasses[size_t(c)] & kUpper) t[size_t(c)] = 1;
    if (kAsciiClasses[size_t(c)] & kDigit) t[size_t(c)] = uint64_t(1) << 32;
  }
  return t;
}
constexpr std::array<uint64_t, 256> kUpperDigitCounts = make_upper_digit_counts();

CharInfo char_info(char32_t cp) {
  if (cp < 0x80) {
    uint8_t k = kAsciiClasses[cp];
    bool up = k & kUpper, low = k & kLower, dig = k & kDigit;
    return {bool(k & kSpace), up || low, up, low, dig, up || low || dig, bool(k & kTerminal), bool(k & kClosing)};
  }
  if (utf8::in_general_punctuation(cp)) {  // curly quotes, dashes: one table load
    const uint8_t k = utf8::general_punctuation_classes()[cp - utf8::kPunctFirst];
    return {bool(k & utf8::kPunctSpace), bool(k & utf8::kPunctLetter), bool(k & utf8::kPunctUpper),
            bool(k & utf8::kPunctLower), false, bool(k & utf8::kPunctWord), bool(k & utf8::kPunctTerminal),
            bool(k & utf8::kPunctClosing)};
  }
  bool letter = utf8::is_letter(cp);
  return {utf8::is_space(cp), letter, utf8::is_upper(cp), utf8::is_lower(cp), false, utf8::is_word(cp),
          utf8::is_terminal(cp), utf8::is_closing(cp)};
}

}  // namespace

ParagraphFeatures paragraph_features(std::string_view text, Span span, FeatureArena& arena) {
  ParagraphFeatures f;
  // The key is written through a raw pointer into the arena's buffer:
  // appending to a string a character at a time cost more than all the
  // feature logic. It never outgrows 2x the paragraph: each code point writes
  // at most its own length (lower-casing keeps the UTF-8 length), plus one
  // joining space per word after a colon.
  char* key = arena.room_for(2 * size_t(span.size()) + 8);
  size_t klen = 0;
  f.key_.at = arena.keys_used;
  f.ends_.at = arena.ends.size();
  bool in_word = false;
  uint32_t word_letters = 0;
  bool word_capitalised = false;
  char32_t prev = 0;
  auto end_word = [&] {
    if (!in_word) return;
    in_word = false;
    if (key[klen - 1] == '\'') --klen;  // a closing ’ is not part of the word
    ++f.words;
    // Added, not branched on: whether a word is long or capitalised is the
    // text's coin toss, a mispredict every few words.
    const bool long_word = word_letters >= 4;
    f.long_words += long_word;
    f.long_capitalised += long_word & word_capitalised;
    if (f.ends_count_ < ParagraphFeatures::kMaxIndexedWords) {
      arena.ends.push_back(uint32_t(klen));
      ++f.ends_count_;
    }
  };
  // A word starts with a character of class `k` (kUpper, kLower): the
  // bookkeeping shared by the ASCII fast path and the general path.
  auto start_word = [&](uint8_t k) {
    if (klen != 0) key[klen++] = ' ';
    in_word = true;
    word_letters = 0;
    const bool upper = k & kUpper;
    word_capitalised = upper;
    f.capitalised += upper;
    if (f.words < ParagraphFeatures::kMaxIndexedWords) f.capitalised_mask |= uint64_t(upper) << f.words;
    f.lowercase_start += bool(k & kLower);
  };
  size_t pos = span.start;
  while (pos < span.end) {
    unsigned char byte = static_cast<unsigned char>(text[pos]);
    // Fast path: an ASCII letter or digit, the start or the rest of a word.
    // The slow path below would do the same; here the word-start bookkeeping
    // runs once and the loop takes the word's ASCII bytes without decoding.
    if (utf8::ascii::kWordByte[byte]) {
      if (!in_word) {
        const uint8_t k = kAsciiClasses[byte];
        if (f.first == 0) f.first = byte;
        if ((k & kDigit) && prev == ':' && pos >= span.start + 2 && text[pos - 2] >= '0' && text[pos - 2] <= '9') {
          f.has_time = true;
        }
        start_word(k);
      }
      // OR-ing 0x20 lower-cases an ASCII letter and keeps a digit; one add
      // per byte counts both capitals (low half) and digits (high half): a
      // run is shorter than 2^32 bytes. Local copies only: `key` and `klen`
      // are shared with end_word, and through them every char store would
      // force a reload (a char may alias anything).
      const size_t run_start = pos;
      const size_t end = span.end;
      const unsigned char* in = reinterpret_cast<const unsigned char*>(text.data());
      char* out = key + klen;
      size_t p = pos;
      uint64_t counts = 0;
      for (;;) {
        *out++ = char(byte | 0x20);
        counts += kUpperDigitCounts[byte];
        if (++p == end) break;
        byte = in[p];
        if (!utf8::ascii::kWordByte[byte]) break;
      }
      pos = p;
      klen = size_t(out - key);
      const uint32_t upper = uint32_t(counts), digits = uint32_t(counts >> 32);
      const uint32_t letters = uint32_t(pos - run_start) - digits;
      f.letters += letters;
      word_letters += letters;
      f.upper_letters += upper;
      f.digits += digits;
      f.last = in[pos - 1];
      f.terminal_end = false;
      // The space after the word, as the fast path below would take it.
      if (pos < span.end && in[pos] == ' ') {
        end_word();
        prev = ' ';
        ++pos;
      } else {
        prev = f.last;
      }
      continue;
    }
    // Fast path: the space between two words ends the first and does nothing else.
    if (byte == ' ' && f.first != 0) {
      end_word();
      prev = ' ';
      ++pos;
      continue;
    }
    utf8::Decoded d = byte < 0x80 ? utf8::Decoded{byte, 1} : utf8::decode(text, pos);
    char32_t cp = d.cp;
    CharInfo ci = char_info(cp);
    if (f.first == 0) f.first = cp;
    // Closing quotes and brackets after a period do not hide it: “... end.”
    if (!ci.closing && !ci.space) {
      f.last = cp;
      f.terminal_end = ci.terminal;
    }
    if (cp >= 0x80 || cp == '"') {
      if (is_quote_mark(cp)) f.has_quote_mark = true;
    }
    if (ci.letter) {
      ++f.letters;
      if (ci.upper) ++f.upper_letters;
    }
    if (ci.digit) {
      ++f.digits;
      if (prev == ':' && pos >= span.start + 2 && text[pos - 2] >= '0' && text[pos - 2] <= '9') f.has_time = true;
    }
    bool word_char = ci.word || (in_word && is_apostrophe(cp));
    if (word_char) {
      if (!in_word) start_word(uint8_t((ci.upper ? kUpper : 0) | (ci.lower ? kLower : 0)));
      if (ci.letter) ++word_letters;
      if (is_apostrophe(cp)) key[klen++] = '\'';
      else if (cp < 0x80) key[klen++] = (ci.upper ? char(cp + 32) : char(cp));
      else klen += utf8::encode(key + klen, utf8::to_lower(cp));
    } else if (cp == ':' && in_word) {
      key[klen++] = ':';
      end_word();
    } else {
      end_word();
    }
    prev = cp;
    pos += d.len;
  }
  end_word();
  arena.keys_used += klen;
  f.key_size_ = uint32_t(klen);  // bind() points the key into the arena for good
  return f;
}

}  // namespace claimscope
