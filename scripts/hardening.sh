#!/usr/bin/env bash
# Hardening checks: unit tests and fuzz corpora under ASan + UBSan, a short
# libFuzzer run per target, and valgrind on the CLI over the sample articles.
#   scripts/hardening.sh [SECONDS_PER_TARGET]   (default 60; 0 skips fuzzing)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shared="${CLAIMSCOPE_SHARED:-$(cd .. && pwd)/shared}"
bash scripts/setup.sh --hardening

echo "== ASan + UBSan build (clang-14)"
CXX=clang++-14 cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMSCOPE_SANITIZE=ON >/dev/null
cmake --build build/asan -j"$(nproc)" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build/asan --output-on-failure

if [[ "$seconds" != 0 ]]; then
  echo "== libFuzzer, ${seconds}s per target"
  CXX=clang++-14 cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMSCOPE_FUZZ=ON -DCLAIMSCOPE_SANITIZE=ON >/dev/null
  cmake --build build/fuzz -j"$(nproc)" >/dev/null
  for target in build/fuzz/fuzz_*; do
    name=$(basename "$target")
    corpus="tests/fuzz/corpus/${name#fuzz_}"
    work="build/fuzz/corpus-${name#fuzz_}"
    artifacts="build/fuzz/artifacts-${name#fuzz_}/"
    mkdir -p "$work" "$artifacts"
    # The text targets get the rule tables' words and marks as a dictionary.
    dict=()
    if [[ "$name" == fuzz_annotate ]]; then
      build/fuzz/make_fuzz_dict > build/fuzz/annotate.dict
      dict=(-dict=build/fuzz/annotate.dict)
    fi
    # New inputs go to the build folder; the committed corpus stays as it is.
    "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$artifacts" "${dict[@]}" "$work" "$corpus" 2>&1 | grep -E "^(stat::number_of_executed_units|stat::new_units_added|Done)" || true
    if [[ -n "$(ls -A "$artifacts")" ]]; then
      echo "fuzzing $name found a failure; reproduce with: $target $artifacts<file>"
      ls "$artifacts"
      exit 1
    fi
  done
fi

echo "== valgrind: the CLI on the sample articles"
for f in "$shared"/samples/*.txt tests/fixtures/*.txt; do
  [[ -f "$f" ]] || continue
  valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect \
    build/native/claimscope "$f" >/dev/null
done
echo "hardening: no sanitizer report, fuzz failure or leak"
