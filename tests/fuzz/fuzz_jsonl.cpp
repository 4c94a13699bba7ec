// Fuzz target: the CLI's JSON-lines reader. Every non-blank input line gets
// exactly one output line, and every output line is a JSON object with "id".
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  std::string line;
  size_t expected = 0;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") != std::string::npos) ++expected;
  }
  std::istringstream again(input);
  claimscope::cli::JsonlOptions options;
  char* buffer = nullptr;
  size_t buffer_size = 0;
  std::FILE* out = open_memstream(&buffer, &buffer_size);
  if (!out) return 0;
  claimscope::cli::run_jsonl(again, out, options);
  std::fclose(out);
  std::istringstream results(std::string(buffer, buffer_size));
  std::free(buffer);
  size_t got = 0;
  while (std::getline(results, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("id")) std::abort();
    ++got;
  }
  if (got != expected) std::abort();
  return 0;
}
