#!/usr/bin/env python3
"""Fails when a tracked file of the project shares a run of 8 words with the
shared benchmark data (PolNeAR, UD, the check-worthiness sets, the golden
rules). That data is for measuring only: its text must not enter the project
(PolNeAR has no licence, UD GUM is non-commercial). The sample articles'
gold (seeds_gold.jsonl) is left out: tests may quote the user's own samples.

    python3 scripts/check-copied-text.py [SHARED_DIR]   (default ../shared)
"""
import glob
import os
import re
import subprocess
import sys

RUN = 8  # words; shorter runs match ordinary English ("said in a statement adding that")
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CLAIMSCOPE_SHARED", os.path.join(root, "..", "shared"))
data = [f for f in glob.glob(os.path.join(shared, "bench", "**", "*.jsonl"), recursive=True)
        if os.path.basename(f) != "seeds_gold.jsonl" and "example_pred" not in f]
if not data:
    print(f"check-copied-text: no benchmark data under {shared}; skipped")
    sys.exit(0)


def words(text):
    return re.findall(r"[a-z0-9']+", text.lower())


runs = {}
for f in data:
    w = words(open(f, encoding="utf-8", errors="ignore").read())
    for i in range(len(w) - RUN + 1):
        runs.setdefault(hash(" ".join(w[i:i + RUN])), os.path.basename(f))

tracked = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout.split()
found = 0
for rel in tracked:
    if "/corpus/" in rel or rel.endswith((".png", ".wasm", ".ico")):
        continue
    try:
        lines = open(os.path.join(root, rel), encoding="utf-8").read().split("\n")
    except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
        continue
    for n, line in enumerate(lines, 1):
        w = words(line)
        for i in range(len(w) - RUN + 1):
            if hash(" ".join(w[i:i + RUN])) in runs:
                print(f"{rel}:{n}: shares \"{' '.join(w[i:i + RUN])}\" with {runs[hash(' '.join(w[i:i + RUN]))]}")
                found += 1
                break
if found:
    print(f"check-copied-text: {found} line(s) share text with the benchmark data; write your own examples")
    sys.exit(1)
print(f"check-copied-text: no run of {RUN} words shared with {len(data)} benchmark files")
