#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "offsets.h"
#include "utf8.h"

using namespace claimscope;

TEST_CASE("repair keeps valid UTF-8 unchanged") {
  std::string s = "Grüße, 世界 😀 — “quoted”";
  auto r = utf8::repair(s);
  CHECK(r.text == s);
  CHECK(r.replaced == 0);
}

TEST_CASE("repair replaces each invalid byte with U+FFFD") {
  auto r = utf8::repair(std::string("a\xFF" "b\xC3", 4));
  CHECK(r.text == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  CHECK(r.replaced == 2);
  // Overlong encoding of '/', and an encoded surrogate: every byte is bad.
  CHECK(utf8::repair("\xC0\xAF").replaced == 2);
  CHECK(utf8::repair("\xED\xA0\x80").replaced == 3);
  CHECK(utf8::repair("\xF4\x90\x80\x80").replaced == 4);
}

TEST_CASE("decode and prev_start walk code points both ways") {
  std::string s = "a€😀";
  CHECK(utf8::decode(s, 0).cp == U'a');
  CHECK(utf8::decode(s, 1).cp == U'€');
  CHECK(utf8::decode(s, 1).len == 3);
  CHECK(utf8::decode(s, 4).cp == U'😀');
  CHECK(utf8::prev_start(s, s.size()) == 4);
  CHECK(utf8::prev_start(s, 4) == 1);
  CHECK(utf8::prev_start(s, 1) == 0);
}

TEST_CASE("offset map converts bytes to code points and UTF-16 units") {
  std::string s = "é😀ab中";  // bytes: é=2, 😀=4, a, b, 中=3
  OffsetMap cp(s, Unit::code_point), u16(s, Unit::utf16);
  CHECK(cp(0) == 0);
  CHECK(cp(2) == 1);
  CHECK(cp(6) == 2);
  CHECK(cp(8) == 4);
  CHECK(cp(11) == 5);
  CHECK(u16(6) == 3);
  CHECK(u16(11) == 6);
  // Inside a code point rounds down.
  CHECK(cp(3) == 1);
}

TEST_CASE("utf16_length is the JS length of a name with emoji and non-Latin letters") {
  CHECK(utf16_length("") == 0);
  CHECK(utf16_length("Ana Ruiz") == 8);
  CHECK(utf16_length("Zoë Ng 😀") == 9);        // ë one unit, the emoji a surrogate pair
  CHECK(utf16_length("Ли Вэй 中文名😀😀") == 14);  // past eight bytes: the word-at-a-time count
  std::string s = "é😀ab中";
  CHECK(utf16_length(s) == OffsetMap(s, Unit::utf16)(uint32_t(s.size())));
}

TEST_CASE("offset map is exact across checkpoint strides") {
  std::string s;
  for (int i = 0; i < 500; ++i) s += (i % 3 == 0) ? "😀" : (i % 3 == 1 ? "x" : "ж");
  OffsetMap cp(s, Unit::code_point), u16(s, Unit::utf16);
  uint32_t cps = 0, units = 0;
  for (size_t pos = 0; pos < s.size();) {
    CHECK(cp(uint32_t(pos)) == cps);
    CHECK(u16(uint32_t(pos)) == units);
    auto d = utf8::decode(s, pos);
    cps += 1;
    units += d.cp >= 0x10000 ? 2 : 1;
    pos += d.len;
  }
  CHECK(cp(uint32_t(s.size())) == cps);
  CHECK(u16(uint32_t(s.size())) == units);
}

TEST_CASE("offset map agrees with a count character by character at every offset of every length") {
  // Texts of each length up to past two 512-byte stretches, of characters of
  // all four widths in a fixed pseudo-random order, so that every width
  // crosses word and stretch boundaries and ends the text at each place of its
  // last word; every offset is asked, inside characters and past the end too.
  const char* const kChars[] = {"a", " ", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "z"};
  uint32_t seed = 7;
  std::string all;
  while (all.size() < 1100) {
    seed = seed * 1103515245u + 12345u;
    all += kChars[(seed >> 16) % 6];
  }
  for (size_t length = 0; length < all.size(); length += length < 40 || (length > 500 && length < 530) ? 1 : 13) {
    // Cut at a character's start, so the text is valid UTF-8.
    size_t n = length;
    while (n > 0 && n < all.size() && (uint8_t(all[n]) & 0xC0) == 0x80) --n;
    const std::string text = all.substr(0, n);
    OffsetMap cp(text, Unit::code_point), u16(text, Unit::utf16), bytes(text, Unit::byte);
    uint32_t cps = 0, units = 0;
    for (size_t pos = 0; pos <= text.size() + 3; ++pos) {
      CAPTURE(n);
      CAPTURE(pos);
      // At the end of a character (the next one's start, or the text's end):
      // one code point more, and two UTF-16 units for a 4-byte one.
      if (pos > 0 && pos <= text.size() && (pos == text.size() || (uint8_t(text[pos]) & 0xC0) != 0x80)) {
        const size_t prev = utf8::prev_start(text, pos);
        cps += 1;
        units += uint8_t(text[prev]) >= 0xF0 ? 2 : 1;
      }
      const uint32_t past = pos > text.size() ? uint32_t(pos - text.size()) : 0;
      REQUIRE(cp(uint32_t(pos)) == cps + past);
      REQUIRE(u16(uint32_t(pos)) == units + past);
      REQUIRE(bytes(uint32_t(pos)) == pos);
    }
    CHECK(utf16_length(text) == units);
  }
}

TEST_CASE("repair finds bad bytes anywhere in long ASCII runs and truncated sequences at the end") {
  for (size_t at = 0; at < 20; ++at) {
    std::string s(20, 'x');
    s[at] = '\x80';
    auto r = utf8::repair(s);
    CHECK(r.replaced == 1);
    CHECK(r.text.size() == 22);
    CHECK(r.text.substr(at, 3) == "\xEF\xBF\xBD");
  }
  // Past the 32-byte steps too: a bad byte or a valid two-byte letter at
  // every offset of ASCII runs of up to 100 bytes.
  size_t wrong = 0;
  for (size_t len = 1; len <= 100; ++len) {
    for (size_t at = 0; at < len; ++at) {
      std::string bad(len, 'q');
      bad[at] = '\xFE';
      const auto r = utf8::repair(bad);
      wrong += r.replaced != 1 || r.text.substr(at, 3) != "\xEF\xBF\xBD" || utf8::is_valid(bad);
      std::string good(len, 'q');
      good.insert(at, "\xC3\xA9");
      wrong += utf8::repair(good).replaced != 0 || utf8::repair(good).text != good || !utf8::is_valid(good);
    }
  }
  CHECK(wrong == 0);
  CHECK(utf8::repair("abcdefgh\xE2\x80").replaced == 2);  // cut-off three-byte sequence
  CHECK(utf8::repair("abcdefgh\xE2\x80\x9C").replaced == 0);
  CHECK(utf8::repair("\xE1\x80").replaced == 2);
  CHECK(utf8::repair("\xE1\x41\x41").replaced == 1);
}

TEST_CASE("repair finds a bad byte after a valid letter in the same step, at every pair of offsets") {
  // Two characters beyond ASCII in one 32- or 8-byte step: the search for the
  // second starts inside the step that held the first.
  size_t wrong = 0;
  for (size_t len = 2; len <= 72; ++len) {
    for (size_t a = 0; a + 1 < len; ++a) {
      for (size_t b = a + 1; b < len; ++b) {
        std::string text(len, 'k');
        text[b] = '\xFF';
        text.insert(a, "\xE2\x80\x99");  // ’ before the bad byte, which moves three bytes on
        const auto r = utf8::repair(text);
        wrong += r.replaced != 1 || r.text.substr(a, 3) != "\xE2\x80\x99" || r.text.substr(b + 3, 3) != "\xEF\xBF\xBD" ||
                 r.text.size() != len + 5 || utf8::is_valid(text);
      }
    }
  }
  CHECK(wrong == 0);
}

// The token lexer lower-cases a paragraph in place and slices words out of
// it, which needs lower-casing to keep every code point's UTF-8 length.
TEST_CASE("to_lower keeps the UTF-8 length of every code point") {
  char a[4], b[4];
  uint32_t first_bad = 0;  // 0: none
  for (char32_t cp = 1; cp <= 0x10FFFF && first_bad == 0; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (utf8::encode(a, cp) != utf8::encode(b, utf8::to_lower(cp))) first_bad = uint32_t(cp);
  }
  CHECK(first_bad == 0);
  CHECK(utf8::lower("ÀÉÎ Őszi ΑΘΗΝΑ МОСКВА Ёж") == "àéî őszi αθηνα москва ёж");
}

// copy_ascii_lower works on eight bytes at once: every byte value, at every
// position of the word and in the byte-at-a-time tail, must come out as the
// one-byte rule says (A-Z gain 0x20, nothing else changes).
// tokens.cpp's lower_in_place decodes only the lead bytes 0xC3-0xD0
// (U+00C0-U+043F): every code point beyond ASCII outside U+00C0-U+042F
// must come back from to_lower unchanged.
TEST_CASE("to_lower changes no code point beyond ASCII outside U+00C0-U+042F") {
  size_t changed_outside = 0;
  for (char32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xC0 && cp <= 0x42F) continue;
    changed_outside += utf8::to_lower(cp) != cp;
  }
  CHECK(changed_outside == 0);
  CHECK(utf8::to_lower(0xC9) == 0xE9);    // É
  CHECK(utf8::to_lower(0x42F) == 0x44F);  // Я
}

TEST_CASE("lower: every length, with a capital beyond ASCII at every offset or none") {
  // Against to_lower one code point at a time, across the eight-byte steps.
  auto one_by_one = [](std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
      const auto d = utf8::decode(s, i);
      utf8::append(out, utf8::to_lower(d.cp));
      i += d.len;
    }
    return out;
  };
  size_t wrong = 0;
  for (size_t len = 0; len <= 40; ++len) {
    std::string plain;
    for (size_t i = 0; i < len; ++i) plain += "KtZa@9[`"[i % 8];  // capitals and their neighbours in ASCII
    wrong += utf8::lower(plain) != one_by_one(plain);
    for (size_t at = 0; at <= len; ++at) {
      std::string mixed = plain;
      mixed.insert(at, "\xC3\x89");  // É
      wrong += utf8::lower(mixed) != one_by_one(mixed);
      wrong += utf8::lower(mixed).substr(at, 2) != "\xC3\xA9";
    }
  }
  CHECK(wrong == 0);
  CHECK(utf8::lower("Mary ÖZTÜRK-Smith") == "mary öztürk-smith");
}

TEST_CASE("copy_ascii_lower lower-cases exactly A-Z, whatever the neighbouring bytes") {
  std::string src(256 + 13, '\0');
  for (size_t i = 0; i < src.size(); ++i) src[i] = char(i * 37 % 256);  // every byte, scrambled neighbours
  for (size_t shift = 0; shift < 8; ++shift) {
    std::string in = src.substr(shift);
    std::string out(in.size(), '?');
    utf8::copy_ascii_lower(out.data(), in.data(), in.size());
    size_t wrong = 0;
    for (size_t i = 0; i < in.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(in[i]);
      char want = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
      wrong += out[i] != want;
    }
    CHECK(wrong == 0);
  }
}

// Short stretches take the overlapping steps (4-7 bytes: two of four; 9-15:
// the last eight again): every length up to 24 at every start.
TEST_CASE("copy_ascii_lower gives the one-byte rule for every short length") {
  std::string src(64, '\0');
  for (size_t i = 0; i < src.size(); ++i) src[i] = char("Ab@Z[z`{Q9 \x80\xC3\x89"[i % 14]);
  for (size_t n = 0; n <= 24; ++n) {
    for (size_t start = 0; start + n <= src.size(); ++start) {
      std::string out(n + 2, '?');
      utf8::copy_ascii_lower(out.data() + 1, src.data() + start, n);
      std::string want = "?";
      for (size_t i = 0; i < n; ++i) {
        unsigned char c = static_cast<unsigned char>(src[start + i]);
        want += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
      }
      want += "?";
      CHECK_MESSAGE(out == want, n, " at ", start);
    }
  }
}

// high_bits8 gathers bit 7 of each byte: every one of the 256 patterns.
TEST_CASE("high_bits8 gives bit k for bit 7 of byte k") {
  size_t wrong = 0;
  for (unsigned m = 0; m < 256; ++m) {
    uint64_t x = 0;
    for (unsigned k = 0; k < 8; ++k) x |= uint64_t((m >> k) & 1u) << (8 * k + 7);
    wrong += utf8::high_bits8(x) != m;
  }
  CHECK(wrong == 0);
}

namespace {
bool is_ascii_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
}  // namespace

// The lexers' shared pass: the lower-cased copy as copy_ascii_lower makes it,
// a map bit for every byte that is no ASCII letter or digit, every bit from
// n on set, and nothing written past word_stops_size(n). Every length up to
// 80 (the eight-byte steps and the zero-padded last step) at several starts
// of a source holding every byte value; the SSE2 version (x86-64) and the
// portable one (WebAssembly) alike.
TEST_CASE("copy_ascii_lower_with_stops lower-cases and maps the word stops of every length") {
  std::string src(300, '\0');
  for (size_t i = 0; i < src.size(); ++i) src[i] = char(i * 37 % 256);
  for (auto copy : {&utf8::copy_ascii_lower_with_stops, &utf8::copy_ascii_lower_with_stops_portable}) {
    size_t wrong_text = 0, wrong_bits = 0, overrun = 0;
    for (size_t n = 0; n <= 80; ++n) {
      for (size_t start = 0; start + n <= src.size(); start += 7) {
        std::string out(n, '?');
        std::vector<unsigned char> stops(utf8::word_stops_size(n) + 4, 0x5A);
        copy(out.data(), src.data() + start, n, stops.data());
        for (size_t i = 0; i < n; ++i) {
          const unsigned char c = static_cast<unsigned char>(src[start + i]);
          wrong_text += out[i] != char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        for (size_t k = 0; k < 8 * utf8::word_stops_size(n); ++k) {
          const bool stop = (stops[k / 8] >> (k % 8)) & 1u;
          const bool want = k >= n || !is_ascii_word_byte(static_cast<unsigned char>(src[start + k]));
          wrong_bits += stop != want;
        }
        for (size_t b = utf8::word_stops_size(n); b < stops.size(); ++b) overrun += stops[b] != 0x5A;
      }
    }
    CHECK(wrong_text == 0);
    CHECK(wrong_bits == 0);
    CHECK(overrun == 0);
  }
}

// The document's lowered copy (LoweredText): the copy and stop map as
// copy_ascii_lower_with_stops writes them, and two more maps, a bit for each
// ASCII capital and for each digit, every bit from n on clear; nothing
// written past word_stops_size(n) of any map. Every length up to 80 and a
// few long ones at several starts of a source holding every byte value; SSE2
// and portable alike.
TEST_CASE("copy_ascii_lower_with_maps writes the stop map and the maps of capitals and digits") {
  std::string src(3000, '\0');
  for (size_t i = 0; i < src.size(); ++i) src[i] = char(i * 53 % 256);
  std::vector<size_t> lengths;
  for (size_t n = 0; n <= 80; ++n) lengths.push_back(n);
  for (size_t n : {size_t(1000), size_t(1007), size_t(2049)}) lengths.push_back(n);
  for (auto copy : {&utf8::copy_ascii_lower_with_maps, &utf8::copy_ascii_lower_with_maps_portable}) {
    size_t wrong_text = 0, wrong_stops = 0, wrong_capitals = 0, wrong_digits = 0, overrun = 0;
    for (size_t n : lengths) {
      for (size_t start = 0; start + n <= src.size(); start += n > 80 ? 211 : 5) {
        const size_t map = utf8::word_stops_size(n);
        std::string out(n, '?'), want_out(n, '?');
        std::vector<unsigned char> stops(map + 4, 0x5A), capitals(map + 4, 0x5A), digits(map + 4, 0x5A);
        std::vector<unsigned char> want_stops(map);
        copy(out.data(), src.data() + start, n, stops.data(), capitals.data(), digits.data());
        utf8::copy_ascii_lower_with_stops(want_out.data(), src.data() + start, n, want_stops.data());
        wrong_text += out != want_out;
        for (size_t k = 0; k < 8 * map; ++k) {
          const unsigned char c = k < n ? static_cast<unsigned char>(src[start + k]) : 0;
          const auto bit = [&](const std::vector<unsigned char>& m) { return bool((m[k / 8] >> (k % 8)) & 1u); };
          wrong_stops += bit(stops) != bit(want_stops);
          wrong_capitals += bit(capitals) != (k < n && c >= 'A' && c <= 'Z');
          wrong_digits += bit(digits) != (k < n && c >= '0' && c <= '9');
        }
        for (size_t b = map; b < map + 4; ++b) overrun += stops[b] != 0x5A || capitals[b] != 0x5A || digits[b] != 0x5A;
      }
    }
    CHECK(wrong_text == 0);
    CHECK(wrong_stops == 0);
    CHECK(wrong_capitals == 0);
    CHECK(wrong_digits == 0);
    CHECK(overrun == 0);
  }
}

// next_word_stop against the byte-at-a-time answer at every offset, with
// words of every length from 1 to 130 (longer than one load of the map).
TEST_CASE("next_word_stop finds the end of the ASCII letters and digits at every offset") {
  std::string text;
  for (size_t len = 1; len <= 130; len += 3) {
    for (size_t i = 0; i < len; ++i) text += "kZ0q9Ab"[i % 7];
    text += (len % 2) ? " " : "\xC3\xA9,";
  }
  for (size_t n : {text.size(), text.size() - 1, size_t(200), size_t(64), size_t(9), size_t(1), size_t(0)}) {
    std::string lowered(n, ' ');
    std::vector<unsigned char> stops(utf8::word_stops_size(n));
    utf8::copy_ascii_lower_with_stops(lowered.data(), text.data(), n, stops.data());
    size_t wrong = 0;
    for (size_t r = 0; r <= n; ++r) {
      size_t want = r;
      while (want < n && is_ascii_word_byte(static_cast<unsigned char>(text[want]))) ++want;
      wrong += utf8::next_word_stop(stops.data(), r) != want;
    }
    CHECK_MESSAGE(wrong == 0, "n = ", n);
  }
}

// non_word_bytes8 (the portable word-stop pass's eight-byte step): every byte
// value at every position of a step, among letters, digits and other bytes,
// is marked exactly when the one-byte table says it is no letter or digit.
TEST_CASE("non_word_bytes8 marks exactly the bytes that are no ASCII letter or digit") {
  const unsigned char neighbours[] = {'k', 'Z', '0', '9', ' ', 0x80, 0xFF, '@'};
  size_t wrong = 0;
  for (int b = 0; b < 256; ++b) {
    for (size_t at = 0; at < 8; ++at) {
      for (unsigned char n : neighbours) {
        unsigned char bytes[8];
        for (size_t i = 0; i < 8; ++i) bytes[i] = i == at ? static_cast<unsigned char>(b) : n;
        uint64_t x;
        std::memcpy(&x, bytes, 8);
        const uint64_t got = utf8::non_word_bytes8(x);
        for (size_t i = 0; i < 8; ++i) {
          const bool stop = (got >> (8 * i + 7)) & 1u;
          wrong += stop == bool(utf8::ascii::kWordByte[bytes[i]]);
        }
        wrong += (got & ~0x8080808080808080ull) != 0;
      }
    }
  }
  CHECK(wrong == 0);
}

// is_terminal answers ASCII from the class table and the rest from
// kTerminalMarks, from which the tables of sentence marks are built too: the
// two must agree everywhere.
TEST_CASE("kTerminalMarks lists exactly the code points is_terminal accepts") {
  size_t wrong = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    bool listed = false;
    for (char32_t t : utf8::kTerminalMarks) listed = listed || t == cp;
    wrong += listed != utf8::is_terminal(cp);
  }
  CHECK(wrong == 0);
}

TEST_CASE("the General Punctuation table gives the predicates' classes") {
  const uint8_t* k = utf8::general_punctuation_classes();
  size_t wrong = 0;
  for (char32_t cp = utf8::kPunctFirst; cp < utf8::kPunctEnd; ++cp) {
    const uint8_t c = k[cp - utf8::kPunctFirst];
    wrong += bool(c & utf8::kPunctSpace) != utf8::is_space(cp);
    wrong += bool(c & utf8::kPunctLetter) != utf8::is_letter(cp);
    wrong += bool(c & utf8::kPunctUpper) != utf8::is_upper(cp);
    wrong += bool(c & utf8::kPunctLower) != utf8::is_lower(cp);
    wrong += bool(c & utf8::kPunctWord) != utf8::is_word(cp);
    wrong += bool(c & utf8::kPunctTerminal) != utf8::is_terminal(cp);
    wrong += bool(c & utf8::kPunctClosing) != utf8::is_closing(cp);
  }
  CHECK(wrong == 0);
  CHECK(utf8::in_general_punctuation(0x201C));
  CHECK_FALSE(utf8::in_general_punctuation(0x1FFF));
  CHECK_FALSE(utf8::in_general_punctuation(0x2070));
  CHECK_FALSE(utf8::in_general_punctuation('"'));
}

