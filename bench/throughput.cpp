// Native throughput of annotate(): MB/s by stage and input size.
//
//   build/native/claimscope_bench FILE...
// Concatenates the files (blank line between) and repeats them to each size,
// then reports the best of several runs of annotate() alone (no I/O, no JSON).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "annotate.h"

namespace {

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Repeats `seed` (followed by `separator`) until `size` bytes.
std::string repeat_to(const std::string& seed, size_t size, const char* separator = "\n\n") {
  std::string out;
  out.reserve(size + seed.size() + 2);
  while (out.size() < size) {
    out += seed;
    out += separator;
  }
  out.resize(size);
  // Do not end inside a UTF-8 sequence.
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
  if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  return out;
}

double best_seconds(const std::string& text, claimscope::Stage stage, int runs) {
  claimscope::Options options;
  options.stage = stage;
  double best = 1e9;
  for (int i = 0; i < runs; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    auto r = claimscope::annotate(text, options);
    auto t1 = std::chrono::steady_clock::now();
    if (!r.ok()) {
      std::fprintf(stderr, "annotate failed: %s\n", r.error.c_str());
      std::exit(1);
    }
    best = std::min(best, std::chrono::duration<double>(t1 - t0).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: claimscope_bench FILE...\n");
    return 2;
  }
  std::string seed;
  for (int i = 1; i < argc; ++i) seed += read_file(argv[i]) + "\n\n";
  const size_t sizes[] = {100'000, 1'000'000, 10'000'000, 50'000'000};
  std::printf("| input | segment MB/s | full MB/s |\n|---|---|---|\n");
  for (size_t size : sizes) {
    std::string text = repeat_to(seed, size);
    int runs = size <= 1'000'000 ? 7 : 3;
    double seg = best_seconds(text, claimscope::Stage::segment, runs);
    double full = best_seconds(text, claimscope::Stage::full, runs);
    double mb = text.size() / 1e6;
    std::printf("| %.1f MB | %.1f | %.1f |\n", mb, mb / seg, mb / full);
  }

  // Pathological inputs: each must cost no more per MB than ordinary text
  // (docs/hardening.md). Ordinary = the sample articles repeated to 10 MB.
  std::string ordinary = repeat_to(seed, 10'000'000);
  double base = best_seconds(ordinary, claimscope::Stage::full, 3) / (ordinary.size() / 1e6);
  struct Case {
    const char* name;
    std::string text;
  };
  std::string nested;
  while (nested.size() < 1'000'000) nested += "“He said ‘she said “they said ‘";
  Case cases[] = {
      {"10 MB without spaces", std::string(10'000'000, 'x')},
      {"10 MB of quote marks", repeat_to("\"“”‘’'", 10'000'000, "")},
      {"10 MB of \"Mr. \"", repeat_to("Mr. ", 10'000'000, "")},
      {"one 5 MB paragraph", repeat_to("The minister said the plan “would work,” he added. ", 5'000'000, "")},
      {"100,000 one-word lines", repeat_to("Word\n", 600'000, "")},
      {"1 MB of nested quotes", nested},
      {"10 MB of periods", std::string(10'000'000, '.')},
  };
  std::printf("\n| pathological input | full s/MB | ratio to ordinary text |\n|---|---|---|\n");
  std::printf("| ordinary articles, 10 MB | %.4f | 1.00 |\n", base);
  for (auto& c : cases) {
    double per_mb = best_seconds(c.text, claimscope::Stage::full, 3) / (c.text.size() / 1e6);
    std::printf("| %s | %.4f | %.2f |\n", c.name, per_mb, per_mb / base);
  }
  return 0;
}
