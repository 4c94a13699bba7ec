#include "paragraph_features.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

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

// A run of ASCII letters and digits: its length, and its capitals (low
// half) and digits (high half) counted as kUpperDigitCounts adds them.
struct AsciiRun {
  size_t length;
  uint64_t counts;
};

// OR-ing 0x20 lower-cases an ASCII letter and keeps a digit; one add counts
// both capitals (low half) and digits (high half): a run is shorter than 2^32
// bytes. Takes the run of ASCII letters and digits at text[pos, end) (text[pos] is
// one) and writes it lower-cased to `out`, which has room for the run plus 8
// bytes (a step writes all eight; the bytes past the run are written over
// later). Eight bytes a step, so a word's end costs no branch per byte (the
// predictor misses the end of a word every few words on text it has not
// seen); the last bytes before `end` one at a time (a word at a paragraph's
// end), so no step reads past the range nor needs masking.
AsciiRun take_ascii_run(std::string_view text, size_t pos, size_t end, char* out) {
  static_assert(std::endian::native == std::endian::little, "byte 0 of a step is its lowest byte");
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const unsigned char* in = reinterpret_cast<const unsigned char*>(text.data());
  size_t p = pos;
  uint64_t counts = 0;
  while (p + 8 <= end) {
    uint64_t x;
    std::memcpy(&x, in + p, 8);
    const uint64_t stop = utf8::non_word_bytes8(x);
    // Bit 7 of the run's bytes in this step: those below the first stop (all
    // eight when there is none: 0 - 1 sets every bit).
    const uint64_t taken = ((stop & (0 - stop)) - 1) & kHigh;
    // In a taken byte (a letter or digit) bit 6 is set for a letter, and
    // bit 5 then clear for a capital; a digit has bit 6 clear.
    const uint64_t letter = (x << 1) & taken;
    const uint64_t upper = letter & ~(x << 2);
    const uint64_t digit = taken & ~letter;
    // Capitals counted in bit 0 of each byte, digits in bit 4: one multiply
    // sums both into the top byte (at most 8 of either, so no carry).
    const uint64_t sum = (((upper >> 7) | (digit >> 3)) * kOnes) >> 56;
    counts += (sum & 15) | (sum >> 4) << 32;
    const uint64_t lowered = x | 0x20 * kOnes;  // a letter's or a digit's 0x20 bit: lower case, same digit
    std::memcpy(out + (p - pos), &lowered, 8);
    if (stop) return {p - pos + size_t(std::countr_zero(stop) >> 3), counts};
    p += 8;
  }
  for (; p < end; ++p) {
    const unsigned char byte = in[p];
    if (!utf8::ascii::kWordByte[byte]) break;
    out[p - pos] = char(byte | 0x20);
    counts += kUpperDigitCounts[byte];
  }
  return {p - pos, counts};
}

}  // namespace

ParagraphFeatures paragraph_features(std::string_view text, Span span, FeatureArena& arena) {
  // Filled as a local and copied out at the end: were `f` the caller's
  // return slot, its address would be known outside, and every char stored
  // to the key (a char may alias anything) would force its counters to be
  // stored and loaded again.
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
      const AsciiRun run = take_ascii_run(text, pos, span.end, key + klen);
      pos += run.length;
      klen += run.length;
      const unsigned char* in = reinterpret_cast<const unsigned char*>(text.data());
      const uint32_t upper = uint32_t(run.counts), digits = uint32_t(run.counts >> 32);
      const uint32_t letters = uint32_t(run.length) - digits;
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
  ParagraphFeatures out = f;
  return out;
}

}  // namespace claimscope
