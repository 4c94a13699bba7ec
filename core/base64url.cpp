#include "base64url.h"

#include <array>

namespace claimscope::base64url {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr uint8_t kInvalid = 0xFF;

constexpr std::array<uint8_t, 256> make_values() {
  std::array<uint8_t, 256> v{};
  for (auto& x : v) x = kInvalid;
  for (uint8_t i = 0; i < 64; ++i) v[static_cast<unsigned char>(kAlphabet[i])] = i;
  return v;
}

constexpr auto kValues = make_values();

}  // namespace

Decoded decode(std::string_view text) {
  Decoded d;
  // The whole text is checked first, so a stray character anywhere counts as
  // damage even in a link that was also cut.
  for (unsigned char c : text) {
    if (kValues[c] == kInvalid) {
      d.status = Status::bad_character;
      return d;
    }
  }
  if (text.size() % 4 == 1) {
    d.status = Status::bad_length;
    return d;
  }
  d.bytes.reserve(text.size() / 4 * 3 + 2);
  uint32_t acc = 0;
  int bits = 0;
  for (unsigned char c : text) {
    acc = (acc << 6) | kValues[c];
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      d.bytes.push_back(char((acc >> bits) & 0xFF));
    }
  }
  if ((acc & ((1u << bits) - 1)) != 0) {
    d.bytes.clear();
    d.status = Status::not_canonical;
  }
  return d;
}

std::string encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() * 4 + 2) / 3);
  uint32_t acc = 0;
  int bits = 0;
  for (unsigned char b : bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kAlphabet[(acc >> bits) & 63]);
    }
    acc &= (1u << bits) - 1;
  }
  if (bits > 0) out.push_back(kAlphabet[(acc << (6 - bits)) & 63]);
  return out;
}

}  // namespace claimscope::base64url
