#include "line_result.h"

#include <algorithm>
#include <exception>

#if defined(CLAIMSCOPE_GATHER_WRITES)
#include <cerrno>
#include <climits>
#include <poll.h>
#endif

#include <nlohmann/json.hpp>

#include "json_output.h"
#include "json_writer.h"
#include "kept_memory.h"
#include "record_reader.h"
#include "utf8.h"

namespace claimscope::cli {

namespace {

using Json = nlohmann::ordered_json;

// A line's string and its result's keep their memory for the next line read
// or written into them (the loop's of one thread, or a ring slot's and a
// result of the pool's), so a long run allocates them once; one longer than
// this gives its memory back after use, so that a few huge records do not
// stay in memory to the end.
constexpr size_t kKeptCapacity = 256u << 10;

// The memory a Result's text and arrays hold (not the speakers' names).
size_t kept_bytes(const Document& d) {
  return d.text.capacity() + d.paragraphs.capacity() * sizeof(Paragraph) + d.sentences.capacity() * sizeof(Sentence) +
         d.quotes.capacity() * sizeof(Quote) + d.claims.capacity() * sizeof(Claim) +
         d.speakers.capacity() * sizeof(Speaker) + d.evidence.capacity() * sizeof(Evidence);
}

void error_line(const Json& id, const std::string& message, LineOut& out) {
  out.bytes = Json{{"id", id}, {"error", message}}.dump();
  out.size = out.bytes.size();
}

std::string dump(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

// The document of `text` after the id's JSON, or the error, into `out`.
// `text_is_valid`: the text is known to be valid UTF-8 (read_record's, from a
// line checked whole), so annotate() copies it without checking it again.
void annotate_line(std::string_view id_json, std::string_view text, const JsonlOptions& o, LineOut& out,
                   bool text_is_valid = false) {
  Options core = o.core;
  core.input_is_valid_utf8 = core.input_is_valid_utf8 || text_is_valid;
  core.list_non_ascii = o.unit != Unit::byte;  // the offsets' map takes the list split_paragraphs makes
  // The thread's documents follow one another in one Result, whose text and
  // arrays keep their memory from one line to the next; after a document
  // whose arrays outgrew kKeptBytes (kept_memory.h) it is all freed (a huge record's
  // memory is not kept to the end of the run).
  thread_local Result result;
  annotate(text, core, result);
  struct ReleaseIfLarge {
    Result& r;
    ~ReleaseIfLarge() {
      if (kept_bytes(r.doc) > kKeptBytes) r = Result{};
    }
  } release{result};
  if (!result.ok()) return error_line(Json::parse(id_json), result.error, out);
  json::Writer w(std::move(out.bytes));  // the line before's memory, room included
  w.begin_object();
  w.key("id").raw(id_json);
  write_document_members(w, result.doc, o.unit, o.include_text, &result.non_ascii);
  w.end_object();
  out.bytes = w.take_with_room(out.size);
}

void release_if_large(std::string& s) {
  if (s.capacity() > kKeptCapacity) std::string().swap(s);
}

// A record the reader took: its id as it stands in the line when that is a
// string with no escape (nearly every line), any other id as nlohmann writes
// it. The text is valid UTF-8: the line was (the reader checked it), and an
// escape is written as a whole character (a lone surrogate is refused).
void annotate_record(const RecordFields& fields, const JsonlOptions& o, LineOut& out) {
  const std::string_view id = fields.id;
  if (id.empty()) return annotate_line("null", fields.text, o, out, true);
  if (id.front() == '"' && id.find('\\') == std::string_view::npos) return annotate_line(id, fields.text, o, out, true);
  return annotate_line(dump(Json::parse(id)), fields.text, o, out, true);
}

// A line the reader refused, valid UTF-8 (repaired if it had to be): the
// full parser decides.
void annotate_parsed(const std::string& line, const JsonlOptions& o, LineOut& out) {
  Json record = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return error_line(nullptr, "line is not valid JSON", out);
  if (!record.is_object()) return error_line(nullptr, "line is not a JSON object", out);
  Json id = record.contains("id") ? record["id"] : Json(nullptr);
  auto text = record.find("text");
  if (text == record.end() || !text->is_string()) return error_line(id, "missing string field \"text\"", out);
  annotate_line(dump(id), text->get_ref<const std::string&>(), o, out);
}

void process_line_or_throw(const std::string& raw, const JsonlOptions& o, LineOut& out) {
  // The text's string keeps its memory for the thread's next line.
  thread_local RecordFields fields;
  release_if_large(fields.text);
  // Nearly every line: read as it is, its UTF-8 checked in the same pass.
  if (read_record(raw, fields)) return annotate_record(fields, o, out);
  // Refused. A line with a byte that is not UTF-8 is repaired first, so a
  // stray bad byte costs a U+FFFD, not the whole line, and read again; any
  // other goes to the full parser as it is (as when the line was checked
  // whole before it was read).
  if (utf8::is_valid(raw)) return annotate_parsed(raw, o, out);
  const std::string repaired = utf8::repair(raw).text;
  if (read_record(repaired, fields)) return annotate_record(fields, o, out);
  annotate_parsed(repaired, o, out);
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r") == std::string::npos; }

// An exception's error line, "internal error: " and its message; when that
// throws too, the fixed line (no exception leaves: a worker thread's would
// end the process).
void internal_error(const char* what, LineOut& out) noexcept {
  try {
    error_line(nullptr, std::string("internal error: ") + what, out);
  } catch (...) {
    out.failed = true;
  }
}

}  // namespace

void process_line_into(const std::string& raw, const JsonlOptions& o, LineOut& out) noexcept {
  out.failed = false;
  try {
    process_line_or_throw(raw, o, out);
  } catch (const std::exception& e) {
    internal_error(e.what(), out);
  } catch (...) {
    internal_error("unknown exception", out);
  }
}

void release_line(std::string& line, LineOut& r) {
  release_if_large(line);
  release_if_large(r.bytes);
}

void write_line(std::string& line, LineOut& r, std::FILE* out) {
  if (r.failed) {
    std::fwrite(kFailedLineEnded.data(), 1, kFailedLineEnded.size(), out);
  } else if (end_in_place(r)) {
    std::fwrite(r.bytes.data(), 1, r.size + 1, out);
  } else {
    std::fwrite(r.bytes.data(), 1, r.size, out);
    std::fputc('\n', out);
  }
  release_line(line, r);
}

#if defined(CLAIMSCOPE_GATHER_WRITES)
bool write_pieces(int fd, iovec* piece, size_t count) {
  while (count > 0) {
    const ssize_t n = ::writev(fd, piece, int(std::min<size_t>(count, IOV_MAX)));
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        pollfd ready{fd, POLLOUT, 0};
        if (::poll(&ready, 1, -1) >= 0 || errno == EINTR) continue;
      }
      return false;
    }
    // Past the pieces written whole, then into the one written in part.
    size_t left = size_t(n);
    while (count > 0 && left >= piece->iov_len) {
      left -= piece->iov_len;
      ++piece;
      --count;
    }
    if (left > 0) {
      piece->iov_base = static_cast<char*>(piece->iov_base) + left;
      piece->iov_len -= left;
    }
  }
  return true;
}
#endif

bool next_record(std::istream& in, std::string& raw) {
  while (std::getline(in, raw)) {
    if (blank(raw)) continue;  // a blank line is no record
    if (raw.back() == '\r') raw.pop_back();
    return true;
  }
  return false;
}

}  // namespace claimscope::cli
