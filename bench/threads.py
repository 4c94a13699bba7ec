#!/usr/bin/env python3
"""Batch-mode scaling: `claimscope --jsonl --threads 1` against `--threads 2`.

Builds a JSONL corpus of about 50 MB from the sample articles and the test
fixtures (one article per line, repeated), runs the CLI over it with one and
with two threads (output to /dev/null), alternating, and prints the median
wall-clock time of each and their ratio next to the target (>= 1.7x on two
cores). Wall-clock on a shared machine is noisy: the CPU time column shows
whether a slow run was waiting for a core rather than working.

    python3 bench/threads.py [--mb 50] [--runs 3]
    python3 bench/threads.py --cli build/native/claimscope --against /tmp/main_cli

--against runs a second binary in the same rounds (each round: this one with
one and two threads, then the other), so that both see the same load; its
table follows, for comparison only (the target's verdict is the first one's).
"""
import argparse
import glob
import json
import os
import resource
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from targets import report  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("CLAIMSCOPE_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
CLI = os.path.join(ROOT, "build", "native", "claimscope")


def corpus(path, mb):
    texts = []
    for f in sorted(glob.glob(os.path.join(SHARED, "samples", "*.txt"))) + \
            sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "*.txt"))):
        with open(f, encoding="utf-8") as fh:
            texts.append((os.path.basename(f), fh.read()))
    size, n = 0, 0
    with open(path, "w", encoding="utf-8") as out:
        while size < mb * 1e6:
            name, text = texts[n % len(texts)]
            line = json.dumps({"id": f"{n}:{name}", "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return size, n


def run(threads, path, cli=CLI, pin=False):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    command = (["taskset", "-c", "0"] if pin else []) + [cli, "--jsonl", "--threads", str(threads)]
    with open(path, "rb") as inp, open(os.devnull, "wb") as out:
        subprocess.run(command, stdin=inp, stdout=out, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", help="an existing JSONL file to run on instead of the built corpus")
    ap.add_argument("--cli", default=CLI, help="the claimscope binary (default: this checkout's build)")
    ap.add_argument("--against", help="a second binary, run alternately in the same rounds (e.g. main's build)")
    ap.add_argument("--pin", action="store_true", help="run on one CPU (taskset -c 0)")
    args = ap.parse_args()
    if args.corpus:
        path = args.corpus
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            lines = sum(1 for line in f if line.strip())
    else:
        os.makedirs(os.path.join(ROOT, "bench", "out"), exist_ok=True)
        path = os.path.join(ROOT, "bench", "out", f"threads-corpus-{int(args.mb)}mb.jsonl")
        size, lines = corpus(path, args.mb)
    clis = [args.cli] + ([args.against] if args.against else [])
    times = {cli: {1: [], 2: []} for cli in clis}
    for _ in range(args.runs):
        for cli in clis:
            for threads in (1, 2):
                times[cli][threads].append(run(threads, path, cli, args.pin))
    mb = size / 1e6
    where = "pinned to one CPU" if args.pin else f"{os.cpu_count()} cores"
    print(f"Input: {mb:.1f} MB of JSONL, {lines} articles; median of {args.runs} runs, output to /dev/null; "
          f"{where} (shared with other work: wall-clock is indicative).")
    for cli in clis:
        print()
        if len(clis) > 1:
            print(f"{cli}:")
            print()
        print("| threads | median wall s | MB/s | CPU s (user+sys) |")
        print("|---|---|---|---|")
        med, cpu = {}, {}
        for threads in (1, 2):
            med[threads] = statistics.median(t[0] for t in times[cli][threads])
            cpu[threads] = statistics.median(t[1] for t in times[cli][threads])
            print(f"| {threads} | {med[threads]:.2f} | {mb / med[threads]:.1f} | {cpu[threads]:.2f} |")
        ratio = med[1] / med[2]
        print()
        print(f"CPU of two threads against one: {cpu[2] / cpu[1]:.3f}x")
        if not args.pin:
            print(f"--threads 2 vs --threads 1: {ratio:.2f}x (target >= 1.7x: {'met' if ratio >= 1.7 else 'NOT met'})")
            if cli == args.cli:
                report("--threads 2 >= 1.7x one thread",
                       f"claimscope --jsonl, {mb:.0f} MB of JSONL (bench/threads.py)",
                       f"{ratio:.2f}x (median wall of {args.runs} runs; two threads take "
                       f"{cpu[2] / cpu[1]:.3f}x the CPU of one)", ratio >= 1.7)

if __name__ == "__main__":
    sys.exit(main())
