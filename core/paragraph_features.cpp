#include "paragraph_features.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstring>

#include "lowered_text.h"
#include "utf8.h"

namespace claimscope {

namespace {

using utf8::is_apostrophe;

// What the feature pass needs to know about one code point. ASCII comes from
// a table (most news text is ASCII); the rest asks utf8.h.
struct CharInfo {
  bool space, letter, upper, lower, digit, word, terminal, closing;
};

CharInfo char_info(char32_t cp) {
  if (cp < 0x80) {
    using namespace utf8::ascii;  // utf8.h's own table of the ASCII classes
    const uint8_t k = kClasses[cp];
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

// Bytes that, right after a word, end it and do nothing else: spaces, ASCII
// punctuation and controls, but not an apostrophe (it may go on the word), a
// colon (kept in the key after a word) or a double quote (a quote mark).
constexpr std::array<uint8_t, 256> make_plain_word_ends() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    t[size_t(c)] = !utf8::ascii::kWordByte[size_t(c)] && c != '\'' && c != ':' && c != '"';
  }
  return t;
}
constexpr std::array<uint8_t, 256> kPlainWordEnd = make_plain_word_ends();

// The paragraph is read this many bytes at a time: where its word ends go
// (the arena or the spill buffer) is decided once per stretch. A word that
// runs across the end of one stretch goes on in the next.
constexpr size_t kStretch = 2048;
// The most word ends one stretch can hold: a word and a separator take two
// bytes, a word begun in the stretch before may end in it, and the last one
// is counted after the loop.
constexpr size_t kStretchWords = kStretch / 2 + 2;

// The lowered copy's stop map from text offset r: bit k set when byte r + k
// is no ASCII letter or digit (57 bits at least; the rest zero).
inline uint64_t stops_from(const unsigned char* stops, size_t r) {
  uint64_t s;
  std::memcpy(&s, stops + r / 8, 8);  // little-endian: bit k % 8 of byte k / 8 is bit k of the load
  return s >> (r & 7);
}

// The length of the run of ASCII letters and digits at text offset r (its
// byte r is one), from s = stops_from(stops, r).
inline size_t run_length_of(uint64_t s, const unsigned char* stops, size_t r) {
  if (s == 0) return utf8::next_word_stop(stops, r) - r;  // 57+ bytes in a row: rare
  return size_t(std::countr_zero(s));
}

// The last code point that is no closing mark or space, and whether it ends
// a sentence: closing quotes and brackets after a period do not hide it
// (“... end.”). Read back from the paragraph's end, a step or two, instead of
// kept as the loop goes (a store per word). utf8.h's classes are char_info's
// (char_info stays inlined in the loop alone).
void set_last(std::string_view text, Span span, ParagraphFeatures& f) {
  for (size_t end = span.end; end > span.start;) {
    const unsigned char byte = static_cast<unsigned char>(text[end - 1]);
    size_t at = end - 1;
    char32_t cp = byte;
    if (byte >= 0x80) {
      at = std::max<size_t>(utf8::prev_start(text, end), span.start);
      cp = utf8::decode(text, at).cp;
    }
    if (!utf8::is_closing(cp) && !utf8::is_space(cp)) {
      f.last = cp;
      f.terminal_end = utf8::is_terminal(cp);
      return;
    }
    end = at;
  }
}

}  // namespace

ParagraphFeatures paragraph_features(std::string_view text, Span span, FeatureArena& arena,
                                     const LoweredText& lowered) {
  // Filled as a local and copied out at the end: were `f` the caller's
  // return slot, its address would be known outside, and every char stored
  // to the key (a char may alias anything) would force its counters to be
  // stored and loaded again.
  ParagraphFeatures f;
  // The counters the word loop updates are plain locals, copied into `f` at
  // the end: as fields of `f` GCC kept them in memory (a load and a store
  // per update), the record being written as a whole at the return.
  // The first code point (past any NUL bytes, as the loop would set it):
  // known before the loop, so neither fast path asks whether it is set yet.
  char32_t first = 0;
  for (size_t k = span.start; k < span.end && first == 0;) {
    const utf8::Decoded d = utf8::decode(text, k);
    first = d.cp;
    k += d.len;
  }
  // The key is written through a raw pointer into the arena's buffer:
  // appending to a string a character at a time cost more than all the
  // feature logic. It never outgrows 2x the paragraph: each code point writes
  // at most its own length (lower-casing keeps the UTF-8 length), plus one
  // joining space per word after a colon. A word is copied sixteen bytes a
  // step, into the arena's slack past that.
  char* key = arena.room_for(2 * size_t(span.size()) + 8);
  size_t klen = 0;
  f.key_.at = arena.keys_used;
  // Every word's end is written, to the arena until the first
  // kMaxIndexedWords are there, then to `spill`: no test per word of whether
  // it is kept (a paragraph passes 48 words at a point no predictor knows),
  // and the pointer counts the words (one counter fewer in the loop, whose
  // values do not all fit in registers). Where the ends go is decided once
  // per stretch, so the arena's room is that of the kept ends and one
  // stretch's, and `spill` one stretch's, read by no one.
  f.ends_.at = arena.ends_used;
  uint32_t* const ends = arena.ends_room_for(word_ends_room(span));
  uint32_t spill[kStretchWords];
  uint32_t* region = ends;    // where `next_end` started: ends, or spill
  uint32_t* next_end = ends;  // the next word's end
  uint32_t counted = 0;       // words before `region`
  bool in_word = false;
  // A word ends: counted, and its end indexed.
  auto count_word = [&] {
    in_word = false;
    *next_end++ = uint32_t(klen);
  };
  // The same where the word may end in an apostrophe (the general path).
  auto end_word = [&] {
    if (!in_word) return;
    if (key[klen - 1] == '\'') --klen;  // a closing ’ is not part of the word
    count_word();
  };
  // A word starts: the bookkeeping shared by the ASCII fast path and the
  // general path.
  auto start_word = [&] {
    key[klen] = ' ';  // the joining space, kept after the first word
    klen += klen != 0;
    in_word = true;
  };
  // The document's lowered copy and where its ASCII words stop (its map has
  // a stop at the paragraph's end), at text offsets; the paragraph's counts
  // of ASCII letters and digits, capitals and digits from the copy's maps.
  const char* folded = lowered.lower();
  // The bytes the loop tests, from the copy too: the words are copied from it
  // anyway, so the text's own lines are read only where a character is
  // decoded. Each test answers the same of a byte and its lowered copy: the
  // copy changes ASCII capitals to small letters (both word bytes) and keeps
  // every other byte below 0x80, and every byte from 0x80 stays at 0x80 or
  // above (tokenize lower-cases letters beyond ASCII in place: lead bytes
  // stay lead bytes), where the slow path decodes the text itself.
  const unsigned char* in = reinterpret_cast<const unsigned char*>(folded);
  const unsigned char* stops = lowered.stops();
  const utf8::AsciiWordCounts ascii = lowered.ascii_counts(span);
  size_t pos = span.start;
  while (pos < span.end) {
    if (region == spill || next_end - ends >= ptrdiff_t(ParagraphFeatures::kMaxIndexedWords)) {
      counted += uint32_t(next_end - region);
      region = next_end = spill;
    }
    const size_t stretch_end = pos + std::min(kStretch, span.end - pos);
    while (pos < stretch_end) {
      // The stop map from pos: bit 0 clear when byte pos is an ASCII letter
      // or digit, and then its trailing zeros are the word's run. One load
      // answers both (a test of the byte by the word-byte table before it
      // was five instructions more a word, and the map had to be read anyway).
      uint64_t run = stops_from(stops, pos);
      // Fast path: an ASCII letter or digit, the start or the rest of a word.
      // The slow path below would do the same; here the word-start bookkeeping
      // runs once and the word's ASCII bytes are taken by the copy's map
      // (their capitals, digits and letters are counted from its maps for
      // the paragraph as a whole).
      if (!(run & 1)) {
        if (!in_word) start_word();
        // Words, each ended by a plain end, one after another: a loop of its
        // own whose few values are its own locals (in the one loop with the
        // general path GCC kept the key, the next end and the stretch's end
        // on the stack, a reload or a store each a word). Inside it the
        // word before is known to have ended, so a word starts without a
        // test: its joining space always (the key holds that word).
        size_t at = pos, kl = klen;
        uint32_t* e = next_end;
        const size_t stop = stretch_end;
        char* const k = key;
        bool goes_on = false;  // the last word has not ended
        for (;;) {
          const size_t length = run_length_of(run, stops, at);
          // Sixteen bytes take most words at once; the loop is for longer ones.
          char* const to = k + kl;
          const char* const from = folded + at;
          std::memcpy(to, from, 16);
          for (size_t j = 16; j < length; j += 16) std::memcpy(to + j, from + j, 16);
          at += length;
          kl += length;
          // What ends the word, when it does nothing else (the space of
          // "word word", the comma of "word, word"), and one space after it,
          // as the paths below would take them: a space or a mark after a word
          // is the text's coin toss, and a branch on which mispredicted.
          // No test of the paragraph's end: the copy is readable two bytes
          // past it (the next paragraph, or the maps after the last byte), and
          // a word that ends the paragraph is counted the same either way
          // (here, or by end_word() after the loop); pos past the end stops
          // the loop, and no reader of pos after it minds.
          if (!kPlainWordEnd[in[at]]) {
            goes_on = true;  // an apostrophe, a colon, a mark beyond ASCII: the general path's
            break;
          }
          *e++ = uint32_t(kl);  // counted; the key ends in a letter or digit: no apostrophe to drop
          // The byte after it, when it is such a byte too, does nothing at
          // all (no word to end): taken by an add, no branch.
          at += 1 + size_t(kPlainWordEnd[in[at + 1]]);
          if (at >= stop) break;
          run = stops_from(stops, at);
          if (run & 1) break;
          k[kl++] = ' ';  // the next word's joining space (start_word, the key not empty)
        }
        pos = at;
        klen = kl;
        next_end = e;
        in_word = goes_on;
        continue;
      }
      const unsigned char byte = in[pos];
      // Fast path: the space between two words ends the first and does nothing else.
      if (byte == ' ') {
        end_word();
        ++pos;
        continue;
      }
      // Here no ASCII letter or digit: every one takes the fast path.
      utf8::Decoded d = byte < 0x80 ? utf8::Decoded{byte, 1} : utf8::decode(text, pos);
      char32_t cp = d.cp;
      CharInfo ci = char_info(cp);
      if (cp >= 0x80 || cp == '"') {
        if (is_quote_mark(cp)) f.has_quote_mark = true;
      }
      if (ci.letter) {
        ++f.letters;
        if (ci.upper) ++f.upper_letters;
      }
      bool word_char = ci.word || (in_word && is_apostrophe(cp));
      if (word_char) {
        if (!in_word) start_word();
        if (is_apostrophe(cp)) key[klen++] = '\'';
        else if (cp < 0x80) key[klen++] = (ci.upper ? char(cp + 32) : char(cp));
        else klen += utf8::encode(key + klen, utf8::to_lower(cp));
      } else if (cp == ':' && in_word) {
        key[klen++] = ':';
        end_word();
      } else {
        end_word();
      }
      pos += d.len;
    }
  }
  end_word();
  const uint32_t words = counted + uint32_t(next_end - region);
  const uint32_t ends_count = std::min<uint32_t>(words, ParagraphFeatures::kMaxIndexedWords);
  arena.ends_used += ends_count;
  f.words = words;
  f.ends_count_ = uint8_t(ends_count);
  f.first = first;
  set_last(text, span, f);
  f.letters += ascii.word_bytes - ascii.digits;
  f.upper_letters += ascii.upper;
  f.digits += ascii.digits;
  arena.keys_used += klen;
  f.key_size_ = uint32_t(klen);  // bind() points the key into the arena for good
  ParagraphFeatures out = f;
  return out;
}

ParagraphFeatures paragraph_features(std::string_view text, Span span, FeatureArena& arena) {
  LoweredText lowered;
  lowered.build(text);
  lowered.stop_at(span.end);
  return paragraph_features(text, span, arena, lowered);
}

size_t word_ends_room(Span span) {
  return std::min((size_t(span.size()) + 1) / 2 + 1, ParagraphFeatures::kMaxIndexedWords + kStretchWords);
}

// One code point at a time with utf8.h's classes (the same as char_info's:
// char_info is kept for the hot loop, where it is inlined): asked of a few
// short paragraphs only. Words as paragraph_features' general path splits them.
WordCase word_case(std::string_view text, Span span) {
  WordCase w;
  uint32_t words = 0, word_letters = 0;
  bool in_word = false, capital = false;
  auto end_word = [&] {
    if (!in_word) return;
    in_word = false;
    ++words;
    const bool long_word = word_letters >= 4;
    w.long_words += long_word;
    w.long_capitalised += long_word && capital;
  };
  for (size_t pos = span.start; pos < span.end;) {
    const utf8::Decoded d = utf8::decode(text, pos);
    if (utf8::is_word(d.cp) || (in_word && is_apostrophe(d.cp))) {
      if (!in_word) {
        in_word = true;
        word_letters = 0;
        capital = utf8::is_upper(d.cp);
        w.capitalised += capital;
        w.lowercase_start += utf8::is_lower(d.cp);
        if (words < ParagraphFeatures::kMaxIndexedWords) w.capitalised_mask |= uint64_t(capital) << words;
      }
      word_letters += utf8::is_letter(d.cp);
    } else {
      end_word();
    }
    pos += d.len;
  }
  end_word();
  return w;
}

bool has_clock_time(std::string_view text, Span span) {
  auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  for (size_t i = span.start + 1; i + 1 < span.end; ++i) {
    if (text[i] == ':' && digit(i - 1) && digit(i + 1)) return true;
  }
  return false;
}

}  // namespace claimscope
