#!/usr/bin/env bash
# Issue 8's "3x the fastest peer on 100 KB": one 100,000-byte document (the
# shared sample articles repeated), segmented by Claimscope and by each fast
# peer with the shared peer driver's --bench (best of 5 calls after a
# warm-up). Each round runs every tool once, in turn, so a change in the
# machine's load falls on all of them alike; the table gives each tool's
# median over the rounds and, per round, Claimscope over the fastest peer of
# the same process kind (native: ICU4C; Node: the JavaScript peers).
# Needs bench/peers.sh to have run once (it installs the peers and ICU's runner).
#   bash bench/peers-100kb.sh [ROUNDS] [CORPUS.jsonl...]     (default 5 rounds)
# With CORPUS files the document is their records' texts in order, cut to
# 100,000 bytes (distinct news, e.g. the shared PolNeAR files, read for
# measuring only), instead of the samples repeated.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${CLAIMSCOPE_SHARED:-$(cd .. && pwd)/shared}"
seg="$shared/bench/segmentation"
out=bench/out/peers
rounds="${1:-5}"
corpus=("${@:2}")
[[ -d "$out/node_modules/sentencex" ]] || { echo "run bench/peers.sh first (it installs the peers)" >&2; exit 2; }
export NODE_PATH="$PWD/$out/node_modules"

doc="$out/100kb.jsonl"
python3 - "$doc" "${corpus[@]:-$shared/samples/}" <<'EOF'
import glob, json, sys
if sys.argv[2].endswith("/"):   # the samples, repeated
    parts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(sys.argv[2] + "*.txt"))]
else:                          # the corpus's texts, in order
    parts = [json.loads(l)["text"] for f in sys.argv[2:] for l in open(f, encoding="utf-8") if l.strip()]
text = ""
while len(text.encode("utf-8")) < 100_000:
    for part in parts:
        text += part + "\n\n"
        if len(text.encode("utf-8")) >= 100_000:
            break
# Cut to 100,000 bytes at a character boundary.
text = text.encode("utf-8")[:100_000].decode("utf-8", "ignore")
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "samples-100kb", "text": text}) + "\n")
EOF

# name|kind|command (the document's path is appended)
tools=(
  "claimscope-native|native|build/native/claimscope_bench --peer-json"
  "claimscope-wasm|node|node bench/peers/claimscope-wasm.mjs --bench"
  "intl|node|node $seg/peers/intl.cjs --bench"
  "intl-per-paragraph|node|node $seg/peers/intl.cjs --per-paragraph --bench"
  "sentencex|node|node $seg/peers/sentencex.cjs --bench"
  "sbd|node|node $seg/peers/sbd.cjs --bench"
)
[[ -x "$out/icu_sent" ]] && tools+=("icu4c|native|python3 $seg/peers/icu.py --bin $out/icu_sent --locale en_US --bench")

results="$out/100kb-results.jsonl"
: > "$results"
for ((r = 1; r <= rounds; r++)); do
  for t in "${tools[@]}"; do
    IFS='|' read -r name kind cmd <<< "$t"
    # One document: "concat" and "per doc" time the same call; take the better.
    mbs=$($cmd "$doc" | python3 -c 'import json,sys; b=json.loads(sys.stdin.readline()); print(max(b["concat"]["mb_per_s"], b["per_doc"]["mb_per_s"]))')
    echo "{\"round\": $r, \"name\": \"$name\", \"kind\": \"$kind\", \"mb_per_s\": $mbs}" >> "$results"
  done
done

python3 - "$results" "$(cut -d' ' -f1-3 /proc/loadavg)" "${corpus[*]:-the samples repeated}" <<'EOF'
import json, statistics, sys
sys.path.insert(0, "bench")
from targets import report
rows = [json.loads(l) for l in open(sys.argv[1])]
names = list(dict.fromkeys(r["name"] for r in rows))
kind = {r["name"]: r["kind"] for r in rows}
by = {(r["round"], r["name"]): r["mb_per_s"] for r in rows}
rounds = sorted({r["round"] for r in rows})
print(f"100 KB, one document ({sys.argv[3]}), {len(rounds)} rounds (load average at the end: {sys.argv[2]}); MB/s, best of 5 calls per round.")
print()
print("| tool | process | median MB/s | range |")
print("|---|---|---:|---|")
for n in names:
    v = [by[(r, n)] for r in rounds]
    print(f"| {n} | {kind[n]} | {statistics.median(v):.1f} | {min(v):.1f}–{max(v):.1f} |")
print()
for me, k in (("claimscope-native", "native"), ("claimscope-wasm", "node")):
    peers = [n for n in names if kind[n] == k and not n.startswith("claimscope")]
    if not peers:
        continue
    ratios = []
    for r in rounds:
        best = max(peers, key=lambda n: by[(r, n)])
        ratios.append((by[(r, me)] / by[(r, best)], best))
    med = statistics.median(x for x, _ in ratios)
    each = ", ".join(f"{x:.1f}x ({b})" for x, b in ratios)
    met = med >= 3
    print(f"- {me} over the fastest {k} peer of each round: median **{med:.1f}x** ({each}); issue 8's bar >= 3x: {'met' if met else 'NOT met'}")
    where = f"{me}, 100 KB of {'distinct news' if sys.argv[3] != 'the samples repeated' else 'the samples repeated'}"
    report(">= 3x the fastest peer on 100 KB", where, f"median {med:.1f}x over {len(rounds)} rounds (lowest round {min(x for x, _ in ratios):.1f}x)", met)
EOF
