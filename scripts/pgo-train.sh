#!/usr/bin/env bash
# Profile-guided build, training step: runs the instrumented CLI and
# claimscope_bench of GEN_DIR (CLAIMSCOPE_PGO=generate) on the project's own
# texts (never on benchmark data) and leaves their profile in PROFILE_DIR (the
# build's CLAIMSCOPE_PGO_PROFILE), replacing the previous one. The texts: the
# page's sample article, the test fixtures, and news-like articles written
# here by scripts/pgo-text.py (templates and the rule tables' words, fixed
# seed) so that the paths news takes and the fixtures do not are trained too.
#
#   bash scripts/pgo-train.sh GEN_DIR PROFILE_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
gen=${1:?usage: pgo-train.sh GEN_DIR PROFILE_DIR}
profile=${2:?usage: pgo-train.sh GEN_DIR PROFILE_DIR}
texts=(web/sample-article.txt tests/fixtures/*.txt tests/fixtures/compare/*/*.txt)

mkdir -p "$profile"
rm -f "$profile"/*.gcda
# The instrumented programs write where GEN_DIR was configured to; another
# PROFILE_DIR (to compare trainings) takes that path's place.
built_for=$(sed -n 's/^CLAIMSCOPE_PGO_PROFILE:PATH=//p' "$gen/CMakeCache.txt")
if [[ -n $built_for && $(realpath -m "$built_for") != $(realpath -m "$profile") ]]; then
  export GCOV_PREFIX=$(realpath -m "$profile")
  GCOV_PREFIX_STRIP=$(realpath -m "$built_for" | tr -s / '\n' | grep -c .)
  export GCOV_PREFIX_STRIP
fi
# Generated on each training rather than committed: it follows the rule
# tables as they change, and the seed makes it the same text for one tree.
# Without python3 the training falls back to the project's texts alone.
articles=$profile/training-articles.jsonl
rm -f "$articles"
command -v python3 >/dev/null && python3 scripts/pgo-text.py "$articles"
# The full annotation, as the CLI and the page spend their time in it: the
# generated articles one after another to 1 MB (~1.6 times over), and the
# project's texts repeated to 1 MB. Then the CLI's JSON output: the articles
# one by one, and each text in full and at the segment stage.
if [[ -f $articles ]]; then
  "$gen/claimscope_bench" --one ordinary 1 "$articles" >/dev/null
  "$gen/claimscope" --jsonl <"$articles" >/dev/null
fi
"$gen/claimscope_bench" --one ordinary 1 "${texts[@]}" >/dev/null
# A paste with no blank lines is one long paragraph, and paragraphs over 256 KB
# take their own path (the lexers' two walks, not attribution's one): trained
# too, lightly, so that the profile does not compile that path as cold code.
"$gen/claimscope_bench" --one paragraph 0.3 >/dev/null
for f in "${texts[@]}"; do
  "$gen/claimscope" "$f" >/dev/null
  "$gen/claimscope" --stage segment "$f" >/dev/null
done
