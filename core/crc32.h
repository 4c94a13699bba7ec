// CRC-32 (IEEE 802.3, the one zlib and PNG use): the share link's checksum.
#pragma once

#include <cstdint>
#include <string_view>

namespace claimscope {

/// CRC-32 of `bytes`; crc32("123456789") == 0xCBF43926.
uint32_t crc32(std::string_view bytes);

}  // namespace claimscope
