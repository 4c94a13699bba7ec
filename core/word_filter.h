// A cheap pre-check before a hash lookup: which (first byte, length) and
// (last byte, length) pairs occur in a word table. Most words of running text
// fail it, so the hot loops of the evidence and check-worthiness passes skip
// their lookups.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace claimscope {

class WordFilter {
 public:
  template <typename Table>
  void add_all(const Table& table) {
    for (const auto& e : table) add(std::string_view(e.text));
  }
  void add(std::string_view w) {
    if (w.empty() || w.size() >= 32) return;
    first_[uint8_t(w[0])] |= 1u << w.size();
    last_[uint8_t(w.back())] |= 1u << w.size();
  }
  /// False when no table word has this first byte and length, or this last
  /// byte and length. Both in one test: the first byte alone let about half
  /// the words of running text through, and whether it did was a mispredict
  /// every other word (the same filter as Lexicon's, lexicon.h).
  bool may_contain(std::string_view w) const {
    return !w.empty() && w.size() < 32 && (first_[uint8_t(w[0])] & last_[uint8_t(w.back())]) >> w.size() & 1u;
  }

 private:
  uint32_t first_[256] = {};
  uint32_t last_[256] = {};
};

/// A second, independent pre-check for one large word set, in front of its
/// Lexicon (whose three separable (byte, length) masks let ~40% of news words
/// through for a set of hundreds of verb forms): one bit per hash of the first,
/// second, second-to-last and last bytes with the length, together. Joint, so
/// "sand" does not pass for "said" and "sald". A 64 K-bit map (8 KB): with 16 K
/// bits about half the words that passed the reported-speech screen were in none
/// of its tables (11.8 K per MB of news passed, ~6.1 K of them cue words by
/// native31's count; 9.0 K pass with 64 K bits, 10.6 K with 32 K). A few
/// instructions more than the masks, worth it only where they pass many words
/// (native17: not for every table, native16).
class JointWordFilter {
 public:
  template <typename Words>
  void add_all(const Words& words) {
    for (const auto& e : words) add(std::string_view(e.text));
  }
  void add(std::string_view w) {
    if (w.empty()) return;
    const uint32_t h = hash(w);
    bits_[h >> 6] |= uint64_t(1) << (h & 63);
  }
  /// False only for words that were never added (and for the empty word).
  bool may_contain(std::string_view w) const {
    if (w.empty()) return false;
    const uint32_t h = hash(w);
    return bits_[h >> 6] >> (h & 63) & 1u;
  }
  /// may_contain, for a word with one more byte readable before it and after it: a token's
  /// lower-cased view (tokens.h: the lowered text has padding before it and its word-stop map
  /// or a string's terminating zero after it). The same answer from two 2-byte loads where
  /// may_contain makes four byte loads and an index select: the reported-speech screen runs
  /// it on every unquoted token (attr86: ~6 instructions a token fewer).
  bool may_contain_token(std::string_view w) const {
    if (w.empty()) return false;
    const uint32_t h = mix(token_key(w.data(), w.size()), w.size());
    return bits_[h >> 6] >> (h & 63) & 1u;
  }

 private:
  static constexpr unsigned kBits = 16;
  // Four bytes (a word of four or fewer is all of them) and the length, no
  // branch: the first, the second, the second-to-last and the last; a word of
  // one byte is that byte first and last, zeros between (one_byte).
  static uint32_t hash(std::string_view w) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(w.data());
    const size_t n = w.size();
    const size_t two = size_t(n > 1);
    const uint32_t k = uint32_t(p[0]) | uint32_t(p[two]) << 8 | uint32_t(p[n - 1 - two]) << 16 | uint32_t(p[n - 1]) << 24;
    return mix(k & one_byte(n), n);
  }
  // hash()'s key from two 2-byte loads (n > 0): bytes 0 and 1, then n - 2 and n - 1. A word
  // of one byte reads one byte before it and one after (may_contain_token's condition), which
  // one_byte's mask drops. No branch: one-byte tokens (marks) come and go in running text, and
  // a branch on them mispredicted (a select of the load GCC made one: +20 K per MB).
  static uint32_t token_key(const char* p, size_t n) {
    return (load16(p) | load16(p + n - 2) << 16) & one_byte(n);
  }
  // All ones for a word of two bytes or more; for one byte, its first and last bytes only.
  static uint32_t one_byte(size_t n) { return 0xFF0000FFu | (0u - uint32_t(n > 1)); }
  static uint32_t load16(const char* p) {
    static_assert(std::endian::native == std::endian::little);
    uint16_t v;
    std::memcpy(&v, p, sizeof v);
    return v;  // p[0] in the low byte
  }
  static uint32_t mix(uint32_t k, size_t n) {
    return uint32_t(((uint64_t(k) ^ uint64_t(n) << 32) * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
  }
  uint64_t bits_[(size_t(1) << kBits) / 64] = {};
};

}  // namespace claimscope
