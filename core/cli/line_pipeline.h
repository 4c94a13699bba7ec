// --threads N > 1: the batch mode's lines annotated by N worker threads,
// written in input order.
#pragma once

#include <cstdio>
#include <istream>

#include "jsonl.h"

namespace claimscope::cli {

/// Reads lines from `in` to its end and writes one result line per non-blank
/// line to `out`, in input order, with `o.threads` workers. False when a write
/// to the output failed (the rest of the output is then dropped).
bool annotate_in_threads(std::istream& in, std::FILE* out, const JsonlOptions& o);

}  // namespace claimscope::cli
