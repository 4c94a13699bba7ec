// JSON-lines batch processing for the CLI: one input line, one output line.
#pragma once

#include <cstdio>
#include <istream>
#include <string>
#include <string_view>

#include "annotate.h"
#include "offsets.h"

namespace claimscope::cli {

struct JsonlOptions {
  Options core;
  Unit unit = Unit::code_point;
  bool include_text = false;
  unsigned threads = 1;  // worker threads; output order always follows input order
};

/// The two fields of an input line that the batch mode uses.
struct RecordFields {
  std::string_view id;  // the id's JSON text as it is in the line; empty when there is none
  std::string text;     // the text, unescaped
};

/// Reads "id" and "text" from a line without building a tree of the whole
/// record (PolNeAR's lines carry as many bytes of gold annotations as of
/// text), checking the line's UTF-8 as it goes (one pass instead of two).
/// True only when the line is certainly valid UTF-8 and valid JSON, an
/// object, with "text" a string and neither key given twice or escaped; then
/// `fields` holds what a full parser finds there. False for anything else,
/// valid or not (numbers out of a double's range, a BOM, lone surrogates, a
/// byte that is not UTF-8, ...): the caller repairs such a line if it must
/// and leaves it to the full parser, which decides.
bool read_record(std::string_view line, RecordFields& fields);

/// How the reader finds the runs of plain bytes in a string: sixteen bytes a
/// step with SSE2 where the target has it (what read_record above uses), or
/// the portable eight-byte steps of other targets. The same answer either
/// way; the tests read every line both ways.
enum class ReaderSteps { wide, portable };
bool read_record(std::string_view line, RecordFields& fields, ReaderSteps steps);

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
