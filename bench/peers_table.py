#!/usr/bin/env python3
"""Prints the peers table from bench/peers.sh output: accuracy next to speed.

usage: python3 bench/peers_table.py OUTDIR
Speed is MB/s on the four UD files (534 KB), best of 5, segmentation call only;
"concat" is one call on all texts joined, "per doc" one call per document.
The ratio is claimscope's MB/s over that peer's (per doc, the fairer column:
Intl.Segmenter collapses on long strings). The median column is the median of
the same 5 timed runs, from the runners that give every run's time (the JS
runners' and claimscope_bench's times_s); ICU4C's runner reports its best only.
"""
import json
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from targets import report  # noqa: E402

ORDER = ["claimscope-native", "claimscope-wasm", "icu4c", "intl", "sbd", "sentencex", "wink", "compromise", "sentence-splitter"]
LABEL = {"claimscope-native": "**Claimscope (native)**", "claimscope-wasm": "**Claimscope (wasm in Node)**",
         "icu4c": "ICU4C BreakIterator (native)", "intl": "Intl.Segmenter", "sbd": "sbd", "sentencex": "sentencex",
         "wink": "wink-nlp", "compromise": "compromise", "sentence-splitter": "sentence-splitter (per paragraph)"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def median_mb_per_s(timing):
    """MB/s of the median run, or None when the runner gave only its best."""
    times = timing.get("times_s")
    if not times:
        return None
    return timing["mb_per_s"] * min(times) / statistics.median(times)


def main():
    out = sys.argv[1]
    rows = []
    for name in ORDER:
        bench_path = os.path.join(out, "bench", name + ".json")
        if not os.path.exists(bench_path):
            continue
        bench = load(bench_path)
        m = lambda g: load(os.path.join(out, "metrics", "%s__%s.json" % (name, g)))
        rules, extra = m("golden_rules_en"), m("golden_rules_en_extra")
        gum, ewt = m("ud_gum_test"), m("ud_ewt_test")
        rows.append((name, "%d/48" % rules["exact"], "%d/4" % (extra["cases"] - len(extra["failed_ids_ws_normalized"])),
                     100 * gum["boundary"]["f1"], 100 * ewt["boundary"]["f1"],
                     bench["concat"]["mb_per_s"], bench["per_doc"]["mb_per_s"], median_mb_per_s(bench["per_doc"])))
    wasm = next((r for r in rows if r[0] == "claimscope-wasm"), None)
    native = next((r for r in rows if r[0] == "claimscope-native"), None)
    print("| segmenter | golden rules | extra | GUM test F1 | EWT test F1 | MB/s concat | MB/s per doc | MB/s per doc (median) | claimscope per doc ÷ this |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        same_kind = native if r[0] in ("icu4c", "claimscope-native") else wasm
        ratio = "%.1f×" % (same_kind[6] / r[6]) if same_kind and r[0] not in ("claimscope-native", "claimscope-wasm") else ""
        median = "%.1f" % r[7] if r[7] is not None else "–"
        print("| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %s | %s |" % (LABEL[r[0]], r[1], r[2], r[3], r[4], r[5], r[6], median, ratio))
    print()
    print("Ratios compare like with like: native Claimscope with ICU4C, the wasm module with the JavaScript peers (all in Node %s)." % os.popen("node --version").read().strip())
    print("MB/s concat and per doc: the best of 5 timed runs after a warm-up (the shared runners' protocol; the ratios and verdicts read these). "
          "The median column: the median of the same 5 runs, where the runner gives every run's time; ICU4C's runner "
          "(shared bench/segmentation/peers/icu.py and icu_sent.cpp) reports only its best, so its median reads –.")
    verdicts(rows)


def verdicts(rows):
    """Issue 8's bars this table measures: native segmentation faster than
    ICU4C on the same texts, and better accuracy than every peer on the
    golden rules and the UD documents (each of the four scores)."""
    by = {r[0]: r for r in rows}
    ours = [by[n] for n in ("claimscope-native", "claimscope-wasm") if n in by]
    peers = [r for r in rows if not r[0].startswith("claimscope")]
    if not ours or not peers:
        return
    print()
    if "claimscope-native" in by and "icu4c" in by:
        native, icu = by["claimscope-native"], by["icu4c"]
        ratio = min(native[5] / icu[5], native[6] / icu[6])
        met = ratio > 1
        measured = "%.1fx ICU4C on the four UD files (the lower of concat and per doc)" % ratio
        print("- Native segmentation faster than ICU4C's BreakIterator: %s (%s)" % (measured, "met" if met else "NOT met"))
        report("native segmentation faster than ICU4C's BreakIterator", "native, UD documents (bench/peers.sh)", measured, met)
    # Golden rules and extra as counts, GUM and EWT as boundary F1: ours must beat the best peer on each.
    names = ("golden rules", "extra", "GUM test F1", "EWT test F1")
    score = lambda r, k: int(r[1 + k].split("/")[0]) if k < 2 else r[1 + k]
    worst = min(min(score(o, k) for o in ours) - max(score(p, k) for p in peers) for k in range(4))
    shown = lambda k, v: "%d" % v if k < 2 else "%.1f" % v
    best_peer = ", ".join("%s %s" % (names[k], shown(k, max(score(p, k) for p in peers))) for k in range(4))
    mine = ", ".join("%s %s" % (names[k], shown(k, min(score(o, k) for o in ours))) for k in range(4))
    measured = "Claimscope (lower of native and wasm): %s; best peer: %s" % (mine, best_peer)
    print("- Better accuracy than every peer: %s (%s)" % (measured, "met" if worst > 0 else "NOT met"))
    report("better accuracy than every peer on the golden rules and UD documents", "bench/peers.sh", measured, worst > 0)


if __name__ == "__main__":
    main()
