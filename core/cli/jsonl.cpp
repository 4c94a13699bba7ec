#include "jsonl.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "json_output.h"
#include "json_writer.h"
#include "utf8.h"

namespace claimscope::cli {

namespace {

using Json = nlohmann::ordered_json;

// A window's lines and results keep their memory for the next window, so a
// long run allocates them once; one longer than this gives its memory back
// after use, so that a few huge records do not stay in memory to the end.
constexpr size_t kKeptCapacity = 256u << 10;

void error_line(const Json& id, const std::string& message, std::string& out) {
  out = Json{{"id", id}, {"error", message}}.dump();
}

void process_line_or_throw(const std::string& raw, const JsonlOptions& o, std::string& out) {
  // Repair first so a stray bad byte costs a U+FFFD, not the whole line. A
  // valid line, nearly every line, is parsed as it is, without a copy.
  std::string repaired;
  const bool valid = utf8::is_valid(raw);
  if (!valid) repaired = utf8::repair(raw).text;
  const std::string& line = valid ? raw : repaired;
  Json record = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return error_line(nullptr, "line is not valid JSON", out);
  if (!record.is_object()) return error_line(nullptr, "line is not a JSON object", out);
  Json id = record.contains("id") ? record["id"] : Json(nullptr);
  auto text = record.find("text");
  if (text == record.end() || !text->is_string()) return error_line(id, "missing string field \"text\"", out);
  auto result = annotate(text->get_ref<const std::string&>(), o.core);
  if (!result.ok()) return error_line(id, result.error, out);
  json::Writer w(std::move(out));  // the line before's memory
  w.begin_object();
  w.key("id").raw(id.dump(-1, ' ', false, Json::error_handler_t::replace));
  write_document_members(w, result.doc, o.unit, o.include_text);
  w.end_object();
  out = w.take();
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r") == std::string::npos; }

void release_if_large(std::string& s) {
  if (s.capacity() > kKeptCapacity) std::string().swap(s);
}

// Processes lines[i] into results[i] for i < count, on `threads` threads.
void process_window(const std::vector<std::string>& lines, std::vector<std::string>& results, size_t count,
                    const JsonlOptions& o) {
  unsigned n = std::max(1u, std::min<unsigned>(o.threads, unsigned(count)));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < count;) process_line(lines[i], o, results[i]);
  };
  if (n == 1) {
    work();
    return;
  }
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < n; ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();
}

}  // namespace

void process_line(const std::string& raw, const JsonlOptions& o, std::string& out) {
  try {
    process_line_or_throw(raw, o, out);
  } catch (const std::exception& e) {
    error_line(nullptr, std::string("internal error: ") + e.what(), out);
  }
}

bool run_jsonl(std::istream& in, std::FILE* out, const JsonlOptions& o) {
  // A window of lines is read, annotated (in parallel) and written in order.
  // Its size bounds memory; it is large enough to keep every thread busy.
  const size_t window_lines = o.threads > 1 ? 64 * size_t(o.threads) : 1;
  const size_t window_bytes = 64u << 20;
  std::vector<std::string> lines(window_lines), results(window_lines);
  size_t count = 0, bytes = 0;
  auto flush = [&] {
    process_window(lines, results, count, o);
    for (size_t i = 0; i < count; ++i) {
      results[i] += '\n';
      std::fwrite(results[i].data(), 1, results[i].size(), out);
      release_if_large(lines[i]);
      release_if_large(results[i]);
    }
    count = bytes = 0;
  };
  while (std::getline(in, lines[count])) {
    std::string& raw = lines[count];
    if (blank(raw)) continue;  // a blank line is no record; its slot takes the next line
    if (raw.back() == '\r') raw.pop_back();
    bytes += raw.size();
    if (++count == window_lines || bytes >= window_bytes) flush();
  }
  if (count > 0) flush();
  std::fflush(out);
  return !in.bad();
}

}  // namespace claimscope::cli
