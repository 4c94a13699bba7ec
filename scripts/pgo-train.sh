#!/usr/bin/env bash
# Profile-guided build, training step: runs the instrumented CLI and
# claimscope_bench of GEN_DIR (CLAIMSCOPE_PGO=generate) on the project's own
# texts, the page's sample article and the test fixtures (never on benchmark
# data), and leaves their profile in PROFILE_DIR (the build's
# CLAIMSCOPE_PGO_PROFILE), replacing the previous one.
#
#   bash scripts/pgo-train.sh GEN_DIR PROFILE_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
gen=${1:?usage: pgo-train.sh GEN_DIR PROFILE_DIR}
profile=${2:?usage: pgo-train.sh GEN_DIR PROFILE_DIR}
texts=(web/sample-article.txt tests/fixtures/*.txt tests/fixtures/compare/*/*.txt)

mkdir -p "$profile"
rm -f "$profile"/*.gcda
# The full annotation, the texts repeated to 2 MB: what the CLI and the page
# spend their time in.
"$gen/claimscope_bench" --one ordinary 2 "${texts[@]}" >/dev/null
# Each text through the CLI: JSON output, the segment stage and the full one.
for f in "${texts[@]}"; do
  "$gen/claimscope" "$f" >/dev/null
  "$gen/claimscope" --stage segment "$f" >/dev/null
done
