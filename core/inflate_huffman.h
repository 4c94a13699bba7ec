// Canonical Huffman codes for the inflater: a code is stored as two tables,
// the number of codes of each length and the symbols in code order, and is
// decoded one bit at a time against them (RFC 1951 section 3.2.2). Building
// costs O(symbols), decoding at most 15 steps per symbol.
#pragma once

#include <cstdint>

namespace claimscope::inflate {

constexpr int kMaxCodeBits = 15;
constexpr int kMaxSymbols = 288;

struct Huffman {
  uint16_t count[kMaxCodeBits + 1] = {};  // count[len]: codes of that length
  uint16_t symbol[kMaxSymbols] = {};      // symbols ordered by code
};

/// Builds `h` from code lengths (0 = unused symbol). Returns 0 for a complete
/// code, a positive number for an incomplete one, negative for an
/// over-subscribed one (which can never be decoded).
int build_huffman(Huffman& h, const uint8_t* lengths, int n);

}  // namespace claimscope::inflate
