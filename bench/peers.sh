#!/usr/bin/env bash
# Claimscope next to the peer segmenters, on the same gold files and the same
# timing protocol (shared bench/segmentation/peers). Installs the peers' exact
# npm versions into bench/out/peers and builds the ICU4C runner there.
# Prints one markdown table. Needs a build (dist/, build/native).
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${CLAIMSCOPE_SHARED:-$(cd .. && pwd)/shared}"
seg="$shared/bench/segmentation"
out=bench/out/peers
mkdir -p "$out/pred" "$out/metrics" "$out/bench"

if [[ ! -d "$out/node_modules/sentencex" ]]; then
  cp "$seg/peers/package.json" "$out/package.json"
  (cd "$out" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
icu=""
if pkg-config --exists icu-uc icu-i18n 2>/dev/null; then
  [[ -x "$out/icu_sent" ]] || g++ -O2 -std=c++17 "$seg/peers/icu_sent.cpp" -o "$out/icu_sent" $(pkg-config --cflags --libs icu-uc icu-i18n)
  icu="$out/icu_sent"
else
  echo "(libicu-dev is not installed: no ICU4C row; apt-get install libicu-dev)" >&2
fi
export NODE_PATH="$PWD/$out/node_modules"

golds="golden_rules_en golden_rules_en_extra ud_gum_test ud_ewt_test"
ud="$seg/ud_gum_test.jsonl $seg/ud_gum_dev.jsonl $seg/ud_ewt_test.jsonl $seg/ud_ewt_dev.jsonl"

runpeer() {  # name, command... (gold path appended)
  local name=$1; shift
  mkdir -p "$out/pred/$name"
  for g in $golds; do
    "$@" "$seg/$g.jsonl" > "$out/pred/$name/$g.jsonl"
    python3 "$seg/score.py" --json "$seg/$g.jsonl" "$out/pred/$name/$g.jsonl" > "$out/metrics/${name}__$g.json"
  done
  "$@" --bench $ud > "$out/bench/$name.json"
}

# Claimscope native: accuracy through the CLI, speed in-process like ICU's runner.
mkdir -p "$out/pred/claimscope-native"
python3 bench/segmentation.py >/dev/null  # writes bench/out/<gold>.pred.jsonl
for g in $golds; do
  cp "bench/out/$g.pred.jsonl" "$out/pred/claimscope-native/$g.jsonl"
  python3 "$seg/score.py" --json "$seg/$g.jsonl" "$out/pred/claimscope-native/$g.jsonl" > "$out/metrics/claimscope-native__$g.json"
done
build/native/claimscope_bench --peer-json $ud > "$out/bench/claimscope-native.json"

runpeer claimscope-wasm node bench/peers/claimscope-wasm.mjs
runpeer intl node "$seg/peers/intl.cjs"
runpeer sbd node "$seg/peers/sbd.cjs"
runpeer compromise node "$seg/peers/compromise.cjs"
runpeer wink node "$seg/peers/wink.cjs"
runpeer sentence-splitter node "$seg/peers/sentence_splitter.cjs" --per-paragraph
runpeer sentencex node "$seg/peers/sentencex.cjs"
[[ -n "$icu" ]] && runpeer icu4c python3 "$seg/peers/icu.py" --bin "$icu" --locale en_US

python3 bench/peers_table.py "$out"
