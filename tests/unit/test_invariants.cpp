// Whatever the input, the document keeps its invariants (tests/fuzz/invariants.h).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "annotate.h"
#include "invariants.h"

using namespace claimscope;

namespace {
void require_sound(std::string_view text) {
  for (auto stage : {Stage::segment, Stage::structure, Stage::full}) {
    Options o;
    o.stage = stage;
    auto r = annotate(text, o);
    REQUIRE(r.ok());
    INFO("input: ", std::string(text.substr(0, 200)));
    CHECK(check_invariants(r.doc) == "");
  }
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

TEST_CASE("bad input is annotated soundly") {
  require_sound("");
  require_sound("   \n\n\t ");
  require_sound(std::string("\0\0\0", 3));
  require_sound("\xEF\xBB\xBFTitle with a BOM\r\nCRLF line\rlone CR\xE2\x80\xA8U+2028\xE2\x80\xA9U+2029");
  require_sound("soft\xC2\xADhyphen and zero\xE2\x80\x8Bwidth\xE2\x80\x8D joiner.");
  require_sound("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D. \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85\xD8\x9F \xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82\xE5\x86\x8D\xE8\xA7\x81\xEF\xBC\x81");
  require_sound("\xFF\xFE\xFD garbage \xC3");
  require_sound(std::string(10000, '"'));
  require_sound(std::string(10000, '.'));
}

TEST_CASE("random bytes and random mixes of tricky characters keep the invariants") {
  std::mt19937 rng(12345);
  const char* pieces[] = {"“", "”", "‘", "’", "\"", "'", ".", "?", "!", "…", " ", "\n", "\n\n", "Mr.", "U.S.",
                          "said", "he", "She", "according to", "Anna Berg", "😀", "中", "\xFF", ",", ":", "(", ")",
                          "a", "The", "3.5", "—", "\xC2\xA0", "\t", "e.g.", "Inc."};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    int n = int(rng() % 60);
    if (round % 3 == 0) {
      for (int i = 0; i < n * 4; ++i) text += char(rng() % 256);
    } else {
      for (int i = 0; i < n; ++i) text += pieces[rng() % std::size(pieces)];
    }
    require_sound(text);
  }
}

TEST_CASE("fixtures and sample articles keep the invariants") {
  namespace fs = std::filesystem;
  int seen = 0;
  for (const char* dir : {"/tests/fixtures", "/../shared/samples"}) {
    fs::path p = fs::path(CLAIMSCOPE_SOURCE_DIR + std::string(dir));
    if (!fs::exists(p)) continue;
    for (const auto& e : fs::directory_iterator(p)) {
      if (e.path().extension() != ".txt") continue;
      require_sound(read(e.path()));
      ++seen;
    }
  }
  CHECK(seen > 0);
}
