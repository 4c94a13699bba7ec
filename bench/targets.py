#!/usr/bin/env python3
"""Issue 8's targets in one closing table of `npm run bench`.

Each part of the bench that measures a target prints its verdict where it
measures it and, when $CLAIMSCOPE_TARGETS names a file, appends one JSON line
there ({"target", "where", "measured", "met"}; report() below, and the same
line from bench/throughput.cpp and bench/page-bench.mjs). bench/run.sh empties
the file first and prints this table last, so a reader finds every bar of the
issue, where it was measured and whether it was met, in one place; a target
no part reported says so instead of being left out.

    python3 bench/targets.py FILE      (the table, markdown)
"""
import json
import os
import sys

# Issue 8's targets, in the issue's order (the names the parts report under).
TARGETS = [
    "wasm in Chromium: sentence segmentation >= 100 MB/s",
    "wasm in Chromium: segmentation >= 2x Intl.Segmenter in the same page",
    "wasm in Chromium: full annotation >= 20 MB/s",
    "native segmentation faster than ICU4C's BreakIterator",
    "native full annotation >= 50 MB/s",
    "linear: time per MB at 50 MB within 1.3x of 100 KB",
    ">= 3x the fastest peer on 100 KB",
    "better accuracy than every peer on the golden rules and UD documents",
    "wasm + JS shipped <= 250 KB gzip",
    "first annotation of the preloaded sample <= 300 ms after navigation",
    "--threads 2 >= 1.7x one thread",
]


def report(target, where, measured, met):
    """Appends one verdict to $CLAIMSCOPE_TARGETS (nothing when it is unset);
    `met` is a bool, or words ("yes (wall), no (CPU)")."""
    path = os.environ.get("CLAIMSCOPE_TARGETS")
    if not path:
        return
    if isinstance(met, bool):
        met = "yes" if met else "no"
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps({"target": target, "where": where, "measured": measured, "met": met},
                           ensure_ascii=False) + "\n")


def main():
    rows = []
    if os.path.exists(sys.argv[1]):
        with open(sys.argv[1], encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
    print("| target | where | measured | met |")
    print("|---|---|---|---|")
    for target in TARGETS + sorted({r["target"] for r in rows} - set(TARGETS)):
        mine = [r for r in rows if r["target"] == target]
        if not mine:
            print(f"| {target} | – | not measured in this run | – |")
        for r in mine:
            print(f"| {target} | {r['where']} | {r['measured']} | {r['met']} |")


if __name__ == "__main__":
    main()
