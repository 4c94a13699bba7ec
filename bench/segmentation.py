#!/usr/bin/env python3
"""Score Claimscope's sentence segmenter on the shared segmentation gold files.

usage: python3 bench/segmentation.py [--show-errors N] [--only NAME] [--binary PATH]

Runs `claimscope --jsonl --stage segment` over each gold file, turns the
sentence offsets (code points, so Python slicing works) into the scorer's
prediction format {"id", "sentences"}, writes them to bench/out/, runs the
shared score.py and prints one markdown table next to the best peer numbers
from results/summary.md. --show-errors N is passed to score.py (its listing
is printed after the table); --only limits the run to files whose name
contains NAME (e.g. "dev").
"""
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("CLAIMSCOPE_SHARED") or os.path.join(os.path.dirname(REPO), "shared")
SEG = os.path.join(SHARED, "bench", "segmentation")
OUT = os.path.join(REPO, "bench", "out")

RULE_FILES = ["golden_rules_en", "golden_rules_en_extra"]
UD_FILES = ["ud_gum_dev", "ud_gum_test", "ud_ewt_dev", "ud_ewt_test"]


def parse_args(argv):
    opts = {"show_errors": 0, "only": "", "binary": os.path.join(REPO, "build", "native", "claimscope")}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-h", "--help"):
            sys.stdout.write(__doc__)
            sys.exit(0)
        if a in ("--show-errors", "--only", "--binary") and i + 1 < len(argv):
            key = a[2:].replace("-", "_")
            opts[key] = int(argv[i + 1]) if key == "show_errors" else argv[i + 1]
            i += 2
            continue
        sys.exit("segmentation.py: unknown or incomplete option %s" % a)
    return opts


def predict(binary, gold_path, pred_path):
    """Runs the CLI on every gold text and writes {"id","sentences"} lines."""
    texts = {}
    lines = []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                texts[str(rec["id"])] = rec["text"]
                lines.append(json.dumps({"id": str(rec["id"]), "text": rec["text"]}, ensure_ascii=False))
    run = subprocess.run([binary, "--jsonl", "--stage", "segment"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, encoding="utf-8", check=False)
    if run.returncode != 0:
        sys.exit("claimscope failed on %s: %s" % (gold_path, run.stderr.strip()))
    with open(pred_path, "w", encoding="utf-8") as out:
        for line in run.stdout.splitlines():
            doc = json.loads(line)
            key = str(doc["id"])
            if "error" in doc:
                sys.exit("claimscope error on %s: %s" % (key, doc["error"]))
            text = texts[key]
            sents = [text[s["start"]:s["end"]] for s in doc["sentences"]]
            out.write(json.dumps({"id": key, "sentences": sents}, ensure_ascii=False) + "\n")


def score(gold_path, pred_path, show_errors):
    cmd = [sys.executable, os.path.join(SEG, "score.py"), gold_path, pred_path, "--json"]
    run = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        sys.exit("score.py failed: %s" % run.stderr.strip())
    listing = ""
    if show_errors:
        cmd = [sys.executable, os.path.join(SEG, "score.py"), gold_path, pred_path,
               "--show-errors", str(show_errors)]
        listing = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout
    return json.loads(run.stdout), listing


def best_peers():
    """Best value per column of the peers' summary table, with the peer's name."""
    path = os.path.join(SEG, "results", "summary.md")
    best = {}
    try:
        rows = [l for l in open(path, encoding="utf-8") if l.startswith("|")]
    except OSError:
        return best
    header = [c.strip() for c in rows[0].strip().strip("|").split("|")]
    for row in rows[2:]:
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        for name, cell in zip(header, cells):
            m = re.match(r"(\d+(?:\.\d+)?)(?:/| |$)", cell)
            if name in ("peer", "version") or not m:
                continue
            value = float(m.group(1))
            if name not in best or value > best[name][0]:
                best[name] = (value, cells[0], cell)
    return best


def peer_cell(best, column):
    for name, (value, peer, cell) in best.items():
        if name.startswith(column):
            return "%s (%s)" % (cell, peer)
    return "n/a"


def main():
    opts = parse_args(sys.argv[1:])
    if not os.path.exists(opts["binary"]):
        sys.exit("no CLI at %s: build first (cmake --build build/native)" % opts["binary"])
    os.makedirs(OUT, exist_ok=True)
    best = best_peers()
    rows, listings = [], []
    for name in RULE_FILES + UD_FILES:
        if opts["only"] and opts["only"] not in name:
            continue
        gold = os.path.join(SEG, name + ".jsonl")
        pred = os.path.join(OUT, name + ".pred.jsonl")
        predict(opts["binary"], gold, pred)
        result, listing = score(gold, pred, opts["show_errors"])
        if listing:
            listings.append("## %s\n%s" % (name, listing))
        if name == "golden_rules_en":
            ours = "%d/%d exact" % (result["exact"], result["cases"])
            if result["failed_ids"]:
                ours += " (failed: %s)" % ", ".join(result["failed_ids"])
            rows.append((name, ours, peer_cell(best, "golden rules")))
        elif name == "golden_rules_en_extra":
            ours = "%d/%d ws-norm" % (result["ws_normalized"], result["cases"])
            if result["failed_ids_ws_normalized"]:
                ours += " (failed: %s)" % ", ".join(result["failed_ids_ws_normalized"])
            rows.append((name, ours, peer_cell(best, "extra")))
        else:
            ours = "%.1f (%.1f)" % (100 * result["boundary"]["f1"], 100 * result["intra_paragraph"]["f1"])
            rows.append((name, ours, peer_cell(best, name + " F1")))
    print("| file | claimscope: score (UD: boundary F1 (intra-paragraph F1)) | best peer |")
    print("|---|---|---|")
    for name, ours, peer in rows:
        print("| %s | %s | %s |" % (name, ours, peer))
    for listing in listings:
        print()
        print(listing)


if __name__ == "__main__":
    main()
