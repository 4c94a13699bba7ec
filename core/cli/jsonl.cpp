#include "jsonl.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "json_output.h"
#include "utf8.h"

namespace claimscope::cli {

namespace {

using Json = nlohmann::ordered_json;

std::string error_line(const Json& id, const std::string& message) {
  return Json{{"id", id}, {"error", message}}.dump();
}

std::string process_line_or_throw(const std::string& raw, const JsonlOptions& o) {
  // Repair first so a stray bad byte costs a U+FFFD, not the whole line.
  auto line = utf8::repair(raw).text;
  Json record = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return error_line(nullptr, "line is not valid JSON");
  if (!record.is_object()) return error_line(nullptr, "line is not a JSON object");
  Json id = record.contains("id") ? record["id"] : Json(nullptr);
  auto text = record.find("text");
  if (text == record.end() || !text->is_string()) return error_line(id, "missing string field \"text\"");
  auto result = annotate(text->get_ref<const std::string&>(), o.core);
  if (!result.ok()) return error_line(id, result.error);
  Json out = {{"id", id}};
  out.update(to_json(result.doc, o.unit, o.include_text));
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r") == std::string::npos; }

// Processes lines[i] into results[i] on `threads` threads.
void process_window(const std::vector<std::string>& lines, std::vector<std::string>& results,
                    const JsonlOptions& o) {
  results.assign(lines.size(), std::string());
  unsigned n = std::max(1u, std::min<unsigned>(o.threads, unsigned(lines.size())));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < lines.size();) results[i] = process_line(lines[i], o);
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

std::string process_line(const std::string& raw, const JsonlOptions& o) {
  try {
    return process_line_or_throw(raw, o);
  } catch (const std::exception& e) {
    return error_line(nullptr, std::string("internal error: ") + e.what());
  }
}

bool run_jsonl(std::istream& in, std::FILE* out, const JsonlOptions& o) {
  // A window of lines is read, annotated (in parallel) and written in order.
  // Its size bounds memory; it is large enough to keep every thread busy.
  const size_t window_lines = o.threads > 1 ? 64 * size_t(o.threads) : 1;
  const size_t window_bytes = 64u << 20;
  std::vector<std::string> lines, results;
  std::string raw;
  size_t bytes = 0;
  auto flush = [&] {
    process_window(lines, results, o);
    for (auto& r : results) {
      r += '\n';
      std::fwrite(r.data(), 1, r.size(), out);
    }
    lines.clear();
    bytes = 0;
  };
  while (std::getline(in, raw)) {
    if (blank(raw)) continue;  // a blank line is no record
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    bytes += raw.size();
    lines.push_back(std::move(raw));
    if (lines.size() >= window_lines || bytes >= window_bytes) flush();
  }
  if (!lines.empty()) flush();
  std::fflush(out);
  return !in.bad();
}

}  // namespace claimscope::cli
