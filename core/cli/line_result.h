// One input line's result line (the document, or the line's error) and the
// writing of result lines: what the one-thread loop and the threads' pipeline
// share.
#pragma once

#include <cstddef>
#include <cstdio>
#include <istream>
#include <string>
#include <string_view>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/uio.h>
#define CLAIMSCOPE_GATHER_WRITES 1
#endif

#include "jsonl.h"

namespace claimscope::cli {

// A result line: bytes[0, size). The bytes past it are room that the next
// line's writer writes over (json::Writer::take_with_room): a run zero-fills
// each result's buffer once, not at each line that outgrows the one before.
// `failed`: the line's error could not even be written (an exception while
// writing the error of an exception, such as bad_alloc): write_line writes
// kFailedLineEnded instead, which needs no memory.
struct LineOut {
  std::string bytes;
  size_t size = 0;
  bool failed = false;
  bool newline = false;  // the pool's: bytes[size] holds the line's '\n' (end_line)
};

constexpr std::string_view kFailedLineEnded = "{\"id\":null,\"error\":\"internal error\"}\n";
constexpr std::string_view kFailedLine = kFailedLineEnded.substr(0, kFailedLineEnded.size() - 1);

/// The result line of one input line, into `out` (its memory reused). Never
/// throws: an exception becomes the line's error, or `out.failed`.
void process_line_into(const std::string& raw, const JsonlOptions& o, LineOut& out) noexcept;

// A finished result's newline, in the room its writer left past it when
// there is any (then the line and its newline are written as one piece).
inline bool end_in_place(LineOut& r) noexcept {
  if (r.size >= r.bytes.size()) return false;
  r.bytes[r.size] = '\n';
  return true;
}

/// After a line is written: the line's and the result's strings keep their
/// memory for the next line unless they are large.
void release_line(std::string& line, LineOut& r);

/// Writes a finished line and its newline through stdio.
void write_line(std::string& line, LineOut& r, std::FILE* out);

#if defined(CLAIMSCOPE_GATHER_WRITES)
/// Writes the pieces to `fd` in order, IOV_MAX at a time, again after a
/// partial write or a signal, and after waiting when the output is
/// non-blocking and full. False after a failed write: the caller then drops
/// the rest of the run's output, as a stream would after its error.
bool write_pieces(int fd, iovec* piece, size_t count);
#endif

/// Reads the next non-blank line into `raw`, its '\r' at the end taken off.
bool next_record(std::istream& in, std::string& raw);

}  // namespace claimscope::cli
