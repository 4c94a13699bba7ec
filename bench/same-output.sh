#!/usr/bin/env bash
# Guard for speed work: the CLI's JSON on every text we can run must stay
# byte-identical to a saved reference.
#
#   bash bench/same-output.sh save [DIR]    write the reference (default bench/out/same-output)
#   bash bench/same-output.sh check [DIR]   compare against it; exit 1 on any difference
#
# Inputs: tests/fixtures/*.txt, ../shared/samples/*.txt (single-document mode,
# full stage, with --text and in all three offset units), and the shared
# benchmark JSONL files (--jsonl, full stage). Benchmark texts are only read
# here; their outputs stay in bench/out (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-check}
ref=${2:-bench/out/same-output}
shared="${CLAIMSCOPE_SHARED:-$(cd .. && pwd)/shared}"
cli=${CLAIMSCOPE_CLI:-build/native/claimscope}
[[ -x $cli ]] || { echo "no $cli: build first" >&2; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for f in tests/fixtures/*.txt "$shared"/samples/*.txt; do
  [[ -f $f ]] || continue
  name=$(basename "$(dirname "$f")")_$(basename "$f" .txt)
  "$cli" --text "$f" >"$out/$name.json"
  "$cli" --unit utf16 "$f" >"$out/$name.utf16.json"
  "$cli" --unit byte --stage structure "$f" >"$out/$name.structure.json"
done

for f in "$shared"/bench/segmentation/*.jsonl "$shared"/bench/quotes/seeds_gold.jsonl \
         "$shared"/bench/quotes/polnear_dev.jsonl "$shared"/bench/quotes/polnear_test.jsonl; do
  [[ -f $f ]] || continue
  "$cli" --jsonl <"$f" >"$out/$(basename "$f" .jsonl).out.jsonl"
done

if [[ $mode == save ]]; then
  rm -rf "$ref"
  mkdir -p "$(dirname "$ref")"
  cp -r "$out" "$ref"
  echo "saved $(ls "$ref" | wc -l) outputs to $ref"
  exit 0
fi

[[ -d $ref ]] || { echo "no reference in $ref: run 'save' first" >&2; exit 2; }
status=0
for f in "$ref"/*; do
  n=$(basename "$f")
  if ! cmp -s "$f" "$out/$n"; then
    echo "DIFFERS: $n"
    status=1
  fi
done
[[ $(ls "$ref" | wc -l) == $(ls "$out" | wc -l) ]] || { echo "DIFFERS: number of outputs"; status=1; }
[[ $status == 0 ]] && echo "same output: $(ls "$ref" | wc -l) files identical"
exit $status
