// Follows RFC 1951 block by block. Input that runs out sets a flag and reads
// as zero bits, so every loop checks `in.truncated` before trusting a value.
#include "inflate.h"

#include "inflate_huffman.h"

namespace claimscope::inflate {
namespace {

constexpr int kLitLenCodes = 286;  // 286 and 287 never occur in valid data
constexpr int kDistCodes = 30;     // 30 and 31 never occur in valid data
constexpr int kEndOfBlock = 256;

// Lengths and distances: base value and extra bits per symbol (section 3.2.5).
constexpr uint16_t kLengthBase[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                      31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr uint8_t kLengthExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr uint16_t kDistBase[30] = {1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
                                    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr uint8_t kDistExtra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                                    6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
// Order in which a dynamic block lists the code-length code's lengths.
constexpr uint8_t kCodeLengthOrder[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

class BitReader {
 public:
  explicit BitReader(std::string_view in) : in_(in) {}
  bool truncated = false;

  /// The next `n` bits (n <= 16), least significant first; zeros past the end.
  uint32_t bits(int n) {
    while (count_ < n) {
      if (pos_ == in_.size()) {
        truncated = true;
        return 0;
      }
      buffer_ |= uint32_t(static_cast<unsigned char>(in_[pos_++])) << count_;
      count_ += 8;
    }
    uint32_t v = buffer_ & ((1u << n) - 1);
    buffer_ >>= n;
    count_ -= n;
    return v;
  }
  /// Drops the bits left in the current byte (before a stored block).
  void align() {
    buffer_ = 0;
    count_ = 0;
  }
  /// Reads one whole byte after align(); zero and sets truncated at the end.
  uint8_t byte() {
    if (pos_ == in_.size()) {
      truncated = true;
      return 0;
    }
    return static_cast<uint8_t>(in_[pos_++]);
  }
  /// True when the unread bits of the current byte are zero, as every
  /// encoder writes them: a link whose padding was altered is refused.
  bool padding_is_zero() const { return buffer_ == 0; }
  size_t remaining_bytes() const { return in_.size() - pos_; }
  std::string_view take(size_t n) {
    auto s = in_.substr(pos_, n);
    pos_ += s.size();
    return s;
  }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  uint32_t buffer_ = 0;
  int count_ = 0;
};

/// Decodes one symbol; -1 when the bits match no code.
int decode(BitReader& in, const Huffman& h) {
  int code = 0, first = 0, index = 0;
  for (int len = 1; len <= kMaxCodeBits; ++len) {
    code |= int(in.bits(1));
    int count = h.count[len];
    if (code - count < first) return h.symbol[index + (code - first)];
    index += count;
    first = (first + count) << 1;
    code <<= 1;
    if (in.truncated) return -1;
  }
  return -1;
}

struct Inflater {
  BitReader in;
  size_t max_output;
  std::vector<uint8_t>& out;

  Status stored() {
    in.align();
    uint16_t len = in.byte();
    len = uint16_t(len | in.byte() << 8);
    uint16_t nlen = in.byte();
    nlen = uint16_t(nlen | in.byte() << 8);
    if (in.truncated) return Status::truncated;
    if (len != uint16_t(~nlen)) return Status::malformed;
    if (out.size() + len > max_output) return Status::too_large;
    if (in.remaining_bytes() < len) return Status::truncated;
    auto data = in.take(len);
    out.insert(out.end(), data.begin(), data.end());
    return Status::ok;
  }

  Status codes(const Huffman& lencode, const Huffman& distcode) {
    for (;;) {
      int symbol = decode(in, lencode);
      if (in.truncated) return Status::truncated;
      if (symbol < 0) return Status::malformed;
      if (symbol < 256) {
        if (out.size() >= max_output) return Status::too_large;
        out.push_back(uint8_t(symbol));
        continue;
      }
      if (symbol == kEndOfBlock) return Status::ok;
      symbol -= 257;
      if (symbol >= 29) return Status::malformed;
      size_t length = kLengthBase[symbol] + in.bits(kLengthExtra[symbol]);
      int dsym = decode(in, distcode);
      if (in.truncated) return Status::truncated;
      if (dsym < 0 || dsym >= kDistCodes) return Status::malformed;
      size_t dist = kDistBase[dsym] + in.bits(kDistExtra[dsym]);
      if (in.truncated) return Status::truncated;
      if (dist > out.size()) return Status::malformed;  // before the start of the output
      if (out.size() + length > max_output) return Status::too_large;
      size_t from = out.size() - dist;
      for (size_t k = 0; k < length; ++k) {
        uint8_t b = out[from + k];  // a copy: the source may overlap what is written
        out.push_back(b);
      }
    }
  }

  Status fixed() {
    // Built once: the fixed code never changes (section 3.2.6).
    static const struct Fixed {
      Huffman lencode, distcode;
      Fixed() {
        uint8_t lengths[kMaxSymbols];
        int s = 0;
        for (; s < 144; ++s) lengths[s] = 8;
        for (; s < 256; ++s) lengths[s] = 9;
        for (; s < 280; ++s) lengths[s] = 7;
        for (; s < 288; ++s) lengths[s] = 8;
        build_huffman(lencode, lengths, 288);
        // 30 and 31 get codes too, so that they are read and refused.
        for (s = 0; s < 32; ++s) lengths[s] = 5;
        build_huffman(distcode, lengths, 32);
      }
    } table;
    return codes(table.lencode, table.distcode);
  }

  Status dynamic() {
    int nlen = int(in.bits(5)) + 257;
    int ndist = int(in.bits(5)) + 1;
    int ncode = int(in.bits(4)) + 4;
    if (in.truncated) return Status::truncated;
    if (nlen > kLitLenCodes || ndist > kDistCodes) return Status::malformed;

    uint8_t lengths[kLitLenCodes + kDistCodes] = {};
    for (int i = 0; i < ncode; ++i) lengths[kCodeLengthOrder[i]] = uint8_t(in.bits(3));
    if (in.truncated) return Status::truncated;
    Huffman lencode, distcode;
    if (build_huffman(lencode, lengths, 19) != 0) return Status::malformed;  // must be complete

    for (int i = 0; i < nlen + ndist;) {
      int symbol = decode(in, lencode);
      if (in.truncated) return Status::truncated;
      if (symbol < 0) return Status::malformed;
      if (symbol < 16) {
        lengths[i++] = uint8_t(symbol);
        continue;
      }
      uint8_t value = 0;
      int repeat;
      if (symbol == 16) {
        if (i == 0) return Status::malformed;  // nothing to repeat
        value = lengths[i - 1];
        repeat = 3 + int(in.bits(2));
      } else if (symbol == 17) {
        repeat = 3 + int(in.bits(3));
      } else {
        repeat = 11 + int(in.bits(7));
      }
      if (in.truncated) return Status::truncated;
      if (i + repeat > nlen + ndist) return Status::malformed;
      while (repeat-- > 0) lengths[i++] = value;
    }
    if (lengths[kEndOfBlock] == 0) return Status::malformed;  // a block must be able to end

    // Incomplete codes are allowed only as a single one-bit code, as zlib does.
    int left = build_huffman(lencode, lengths, nlen);
    if (left < 0 || (left > 0 && nlen != lencode.count[0] + lencode.count[1])) return Status::malformed;
    left = build_huffman(distcode, lengths + nlen, ndist);
    if (left < 0 || (left > 0 && ndist != distcode.count[0] + distcode.count[1])) return Status::malformed;
    return codes(lencode, distcode);
  }

  Status run() {
    for (;;) {
      uint32_t last = in.bits(1);
      uint32_t type = in.bits(2);
      if (in.truncated) return Status::truncated;
      Status s = type == 0 ? stored() : type == 1 ? fixed() : type == 2 ? dynamic() : Status::malformed;
      if (s != Status::ok) return s;
      if (last) return in.remaining_bytes() == 0 && in.padding_is_zero() ? Status::ok : Status::trailing;
    }
  }
};

}  // namespace

Result inflate_raw(std::string_view input, size_t max_output) {
  Result r;
  Inflater inflater{BitReader(input), max_output, r.bytes};
  r.status = inflater.run();
  return r;
}

const char* status_name(Status status) {
  switch (status) {
    case Status::ok: return "ok";
    case Status::truncated: return "truncated";
    case Status::malformed: return "malformed";
    case Status::too_large: return "too large";
    case Status::trailing: return "trailing data";
  }
  return "unknown";
}

}  // namespace claimscope::inflate
