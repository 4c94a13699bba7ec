// JSON-lines batch processing for the CLI: one input line, one output line.
#pragma once

#include <cstdio>
#include <istream>
#include <string>
#include <string_view>

#include "annotate.h"
#include "offsets.h"
#include "record_reader.h"

namespace claimscope::cli {

struct JsonlOptions {
  Options core;
  Unit unit = Unit::code_point;
  bool include_text = false;
  unsigned threads = 1;  // worker threads; output order always follows input order
};

/// Turns one input line ({"id": ..., "text": "..."}) into one output line
/// (without the newline), which replaces the contents of `out` (its memory is
/// reused): the document with the same id, or {"id": ..., "error": "..."}.
/// Never throws.
void process_line(const std::string& raw, const JsonlOptions& options, std::string& out);

/// Reads lines from `in` until EOF and writes one result line per non-blank
/// input line to `out`, in input order. Memory stays bounded by the lines in
/// flight (a ring of 64 per thread, 64 MB at most), not by the input size.
/// Returns false on a read error.
bool run_jsonl(std::istream& in, std::FILE* out, const JsonlOptions& options);

}  // namespace claimscope::cli
