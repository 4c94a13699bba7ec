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

# The pathological shapes of claimscope_bench --pathological, at 0.6-1.4 MB
# (the fast paths for short, huge and mark-only paragraphs must not change
# them either), and the samples joined into one 1 MB paragraph.
inputs=$(mktemp -d)
trap 'rm -rf "$out" "$inputs"' EXIT
python3 - "$inputs" "$shared/samples" <<'PY'
import glob, os, sys
dest, samples = sys.argv[1], sys.argv[2]
def rep(s, n): return s * (n // len(s))
cases = {
    'nospace': 'x' * 600000,
    'quotes': rep('"\u201c\u201d\u2018\u2019\'', 600000),
    'mr': rep('Mr. ', 600000),
    'paragraph': rep('The minister said the plan \u201cwould work,\u201d he added. ', 1000000),
    'lines': rep('Word\n', 600000),
    'nested': rep('\u201cHe said \u2018she said \u201cthey said \u2018', 600000),
    'periods': '.' * 600000,
}
joined = ' '.join(' '.join(open(f, encoding='utf-8').read().split()) for f in sorted(glob.glob(samples + '/*.txt')))
if joined:
    cases['joined'] = rep(joined + ' ', 1000000)
for name, text in cases.items():
    with open(os.path.join(dest, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
PY
for f in "$inputs"/*.txt; do
  "$cli" "$f" >"$out/pathological_$(basename "$f" .txt).json"
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
