// Fuzz target: UTF-8 repair and offset mapping. Repaired text is valid and
// repairing it again changes nothing; offset maps are monotonic and agree
// with a plain count of code points and UTF-16 units.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "offsets.h"
#include "utf8.h"

using namespace claimscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto repaired = utf8::repair(input);
  auto again = utf8::repair(repaired.text);
  if (again.replaced != 0 || again.text != repaired.text) std::abort();
  if (repaired.replaced == 0 && repaired.text != input) std::abort();

  const std::string& text = repaired.text;
  OffsetMap cps(text, Unit::code_point), u16(text, Unit::utf16);
  uint32_t n_cp = 0, n_u16 = 0;
  for (size_t pos = 0; pos < text.size();) {
    if (cps(uint32_t(pos)) != n_cp || u16(uint32_t(pos)) != n_u16) std::abort();
    auto d = utf8::decode(text, pos);
    if (utf8::prev_start(text, pos + d.len) != pos) std::abort();
    // A byte inside a code point maps to the code point's start.
    for (uint32_t k = 1; k < d.len; ++k) {
      if (cps(uint32_t(pos + k)) != n_cp) std::abort();
    }
    n_cp += 1;
    n_u16 += d.cp >= 0x10000 ? 2 : 1;
    pos += d.len;
  }
  if (cps(uint32_t(text.size())) != n_cp || u16(uint32_t(text.size())) != n_u16) std::abort();
  return 0;
}
