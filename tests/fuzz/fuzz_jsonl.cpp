// Fuzz target: the CLI's JSON-lines reader. Every non-blank input line gets
// exactly one output line, and every output line is a JSON object with "id".
// A line the record reader accepts is valid UTF-8 (it checks as it reads),
// and nlohmann reads the same text and id from it; the reader's sixteen-byte
// and portable eight-byte steps give the same answer. One input in four also
// runs with two worker threads, whose output must be the same bytes.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "jsonl.h"
#include "utf8.h"

// The batch mode's output for `input` with `threads` workers.
static std::string run(const std::string& input, unsigned threads) {
  std::istringstream in(input);
  claimscope::cli::JsonlOptions options;
  options.threads = threads;
  char* buffer = nullptr;
  size_t buffer_size = 0;
  std::FILE* out = open_memstream(&buffer, &buffer_size);
  if (!out) std::abort();
  claimscope::cli::run_jsonl(in, out, options);
  std::fclose(out);
  std::string output(buffer, buffer_size);
  std::free(buffer);
  return output;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  std::string line;
  size_t expected = 0;
  claimscope::cli::RecordFields fields;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") != std::string::npos) ++expected;
    claimscope::cli::RecordFields portable;
    const bool read = claimscope::cli::read_record(line, fields);
    const bool read_portable = claimscope::cli::read_record(line, portable, claimscope::cli::ReaderSteps::portable);
    if (read != read_portable) std::abort();
    if (!read) continue;
    if (portable.text != fields.text || portable.id != fields.id) std::abort();
    if (!claimscope::utf8::is_valid(line)) std::abort();
    auto record = nlohmann::ordered_json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object() || !record.contains("text") || record["text"] != fields.text) {
      std::abort();
    }
    const auto id = record.contains("id") ? record["id"] : nullptr;
    if (id != (fields.id.empty() ? nullptr : nlohmann::ordered_json::parse(fields.id))) std::abort();
  }
  const std::string output = run(input, 1);
  if (size > 0 && data[0] % 4 == 0 && run(input, 2) != output) std::abort();
  std::istringstream results(output);
  size_t got = 0;
  while (std::getline(results, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("id")) std::abort();
    ++got;
  }
  if (got != expected) std::abort();
  return 0;
}
