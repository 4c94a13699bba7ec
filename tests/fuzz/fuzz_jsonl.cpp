// Fuzz target: the CLI's JSON-lines reader. Every non-blank input line gets
// exactly one output line, and every output line is a JSON object with "id".
// A line the record reader accepts is valid UTF-8 (it checks as it reads),
// and nlohmann reads the same text and id from it.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "jsonl.h"
#include "utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  std::string line;
  size_t expected = 0;
  claimscope::cli::RecordFields fields;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") != std::string::npos) ++expected;
    if (!claimscope::cli::read_record(line, fields)) continue;
    if (!claimscope::utf8::is_valid(line)) std::abort();
    auto record = nlohmann::ordered_json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object() || !record.contains("text") || record["text"] != fields.text) {
      std::abort();
    }
    const auto id = record.contains("id") ? record["id"] : nullptr;
    if (id != (fields.id.empty() ? nullptr : nlohmann::ordered_json::parse(fields.id))) std::abort();
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
