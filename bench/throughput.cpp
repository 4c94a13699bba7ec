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

std::string repeat_to(const std::string& seed, size_t size) {
  std::string out;
  out.reserve(size + seed.size());
  while (out.size() < size) {
    out += seed;
    out += "\n\n";
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
  return 0;
}
