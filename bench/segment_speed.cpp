// Throughput of split_sentences alone (paragraphs found first, not timed).
// Build and run (from the repository root):
//   g++ -std=c++20 -O2 -Icore bench/segment_speed.cpp core/sentences.cpp \
//       core/sentence_context.cpp core/web_text.cpp core/utf8.cpp core/paragraphs.cpp \
//       core/line_wrap.cpp -o build/segment_speed
//   python3 -c "import json,sys; [print(json.loads(l)['text']+'\n') for f in sys.argv[1:] for l in open(f)]" \
//       ../shared/bench/segmentation/ud_*_{dev,test}.jsonl > build/ud.txt
//   build/segment_speed build/ud.txt
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "paragraphs.h"
#include "sentences.h"

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  auto paragraphs = claimscope::split_paragraphs(text);
  double best = 1e9;
  size_t count = 0;
  for (int round = 0; round < 6; ++round) {
    std::vector<claimscope::Sentence> out;
    out.reserve(text.size() / 40);
    auto t0 = std::chrono::steady_clock::now();
    for (uint32_t i = 0; i < paragraphs.size(); ++i) claimscope::split_sentences(text, paragraphs[i], i, out);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (round > 0 && s < best) best = s;
    count = out.size();
  }
  std::printf("%zu bytes, %zu paragraphs, %zu sentences, best %.3f ms, %.0f MB/s\n", text.size(),
              paragraphs.size(), count, best * 1e3, text.size() / best / 1e6);
}
