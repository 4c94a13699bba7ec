// Reading one JSONL record's "id" and "text" without a tree of the line.
#pragma once

#include <string>
#include <string_view>

namespace claimscope::cli {

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

}  // namespace claimscope::cli
