// `claimscope compare A.txt B.txt ...`: aligns the claims of several
// articles about one story and prints one JSON document (docs/format.md,
// section "compare").
#pragma once

namespace claimscope::cli {

/// Runs the subcommand on argv[first..argc); returns the exit status.
int run_compare(int argc, char** argv, int first);

}  // namespace claimscope::cli
