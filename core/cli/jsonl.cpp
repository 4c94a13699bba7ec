#include "jsonl.h"

#include <cstdio>
#include <string>
#include <utility>

#include "line_pipeline.h"
#include "line_result.h"

namespace claimscope::cli {

namespace {

// One thread: a result line this long or longer is written from its own
// buffer, not through stdio's.
constexpr size_t kDirectBytes = 8192;

}  // namespace

void process_line(const std::string& raw, const JsonlOptions& o, std::string& out) {
  LineOut line{std::move(out)};
  process_line_into(raw, o, line);
  if (line.failed) {
    // No memory for the error line: the fixed one if it fits in what the
    // string holds (no allocation), else an empty line.
    line.bytes.clear();
    if (line.bytes.capacity() >= kFailedLine.size()) line.bytes.assign(kFailedLine);
    out = std::move(line.bytes);
    return;
  }
  line.bytes.resize(line.size);
  out = std::move(line.bytes);
}

bool run_jsonl(std::istream& in, std::FILE* out, const JsonlOptions& o) {
  bool output_failed = false;
  if (o.threads <= 1) {
    // One thread: each line is read, annotated and written in turn, with no
    // thread started.
    std::string raw;
    LineOut result;
#if defined(CLAIMSCOPE_GATHER_WRITES)
    // A long result line (most news articles' are) goes from its own buffer
    // to the output's file descriptor in one write, after whatever short
    // lines stdio holds: stdio would copy it through its 4 KB buffer and
    // write it in pieces, a few syscalls a line.
    const int fd = fileno(out);
    while (next_record(in, raw)) {
      process_line_into(raw, o, result);
      if (fd >= 0 && !result.failed && result.size >= kDirectBytes && end_in_place(result)) {
        std::fflush(out);
        iovec piece{result.bytes.data(), result.size + 1};
        if (!output_failed) output_failed = !write_pieces(fd, &piece, 1);
        release_line(raw, result);
      } else {
        write_line(raw, result, out);
      }
    }
#else
    while (next_record(in, raw)) {
      process_line_into(raw, o, result);
      write_line(raw, result, out);
    }
#endif
  } else {
    output_failed = !annotate_in_threads(in, out, o);
  }
  // A full disk or a closed file must not pass for a finished run.
  if (std::fflush(out) != 0 || std::ferror(out)) output_failed = true;
  if (output_failed) std::fputs("claimscope: could not write all of the output\n", stderr);
  return !in.bad() && !output_failed;
}

}  // namespace claimscope::cli
