#include "inflate_huffman.h"

namespace claimscope::inflate {

int build_huffman(Huffman& h, const uint8_t* lengths, int n) {
  for (auto& c : h.count) c = 0;
  for (int s = 0; s < n; ++s) h.count[lengths[s]]++;
  if (h.count[0] == n) return 0;  // no codes: complete, but nothing decodes

  int left = 1;  // codes still available at the current length
  for (int len = 1; len <= kMaxCodeBits; ++len) {
    left <<= 1;
    left -= h.count[len];
    if (left < 0) return left;
  }

  uint16_t offset[kMaxCodeBits + 1];
  offset[1] = 0;
  for (int len = 1; len < kMaxCodeBits; ++len) offset[len + 1] = uint16_t(offset[len] + h.count[len]);
  for (int s = 0; s < n; ++s) {
    if (lengths[s] != 0) h.symbol[offset[lengths[s]]++] = uint16_t(s);
  }
  return left;
}

}  // namespace claimscope::inflate
