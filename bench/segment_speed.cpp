// The segment stage alone (annotate() with Stage::segment: repair,
// split_paragraphs, split_sentences) on one text file, and its two passes
// timed apart. For profiling: `--calls N` runs the stage N times and prints
// nothing else, so callgrind's counts divide by N.
// Build (from the repository root, after the native build):
//   g++ -std=c++20 -O2 -Icore bench/segment_speed.cpp build/native/libclaimscope_core.a -o build/segment_speed
// Distinct news as a plain text file (measuring only, never copied into the project):
//   python3 -c "import json,sys; [print(json.loads(l)['text']+'\n') for l in open(sys.argv[1])]" \
//       ../shared/bench/quotes/polnear_train.jsonl | head -c 1000000 > build/distinct.txt
//   build/segment_speed build/distinct.txt
//   valgrind --tool=callgrind --branch-sim=yes --toggle-collect='claimscope::annotate(*' \
//       build/segment_speed build/distinct.txt --calls 2
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "annotate.h"
#include "paragraphs.h"
#include "sentences.h"

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: segment_speed FILE [--calls N | --dump]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  claimscope::Options options;
  options.stage = claimscope::Stage::segment;
  if (argc >= 3 && std::strcmp(argv[2], "--dump") == 0) {  // the spans, to compare two builds
    auto result = claimscope::annotate(text, options);
    for (const auto& p : result.doc.paragraphs) std::printf("p %u %u\n", p.span.start, p.span.end);
    for (const auto& s : result.doc.sentences) std::printf("s %u %u %u\n", s.span.start, s.span.end, s.paragraph);
    return 0;
  }
  if (argc >= 4 && std::strcmp(argv[2], "--calls") == 0) {
    size_t sentences = 0;
    for (int n = std::atoi(argv[3]); n > 0; --n) sentences += claimscope::annotate(text, options).doc.sentences.size();
    return sentences == 0;
  }
  double stage = 1e9, paragraphs_s = 1e9, sentences_s = 1e9;
  size_t paragraph_count = 0, sentence_count = 0;
  for (int round = 0; round < 12; ++round) {
    auto t0 = std::chrono::steady_clock::now();
    auto result = claimscope::annotate(text, options);
    double s = seconds_since(t0);
    if (round > 1 && s < stage) stage = s;
    t0 = std::chrono::steady_clock::now();
    auto paragraphs = claimscope::split_paragraphs(text);
    s = seconds_since(t0);
    if (round > 1 && s < paragraphs_s) paragraphs_s = s;
    std::vector<claimscope::Sentence> out;
    out.reserve(paragraphs.size());
    t0 = std::chrono::steady_clock::now();
    for (uint32_t i = 0; i < paragraphs.size(); ++i) claimscope::split_sentences(text, paragraphs[i], i, out);
    s = seconds_since(t0);
    if (round > 1 && s < sentences_s) sentences_s = s;
    paragraph_count = paragraphs.size();
    sentence_count = out.size();
  }
  std::printf("%zu bytes, %zu paragraphs, %zu sentences; best of 10: stage %.3f ms (%.0f MB/s), "
              "paragraphs %.3f ms, sentences %.3f ms\n",
              text.size(), paragraph_count, sentence_count, stage * 1e3, text.size() / stage / 1e6,
              paragraphs_s * 1e3, sentences_s * 1e3);
}
