#!/usr/bin/env python3
"""The native CLI itself: `claimscope --jsonl --stage S` over distinct news.

Issue 8 asks for the "native CLI" single-thread figures; claimscope_bench
times annotate() in process, without reading, JSON parsing or JSON writing.
This runs the `claimscope` process on a JSONL of the given files' texts (only
"id" and "text" kept, so the gold fields are not parsed; written to a
temporary file and removed after), one thread, output to /dev/null, and
prints MB/s of text (the texts' UTF-8 bytes) for each stage: median of N
runs, wall-clock and CPU time (user + sys of the process).

    python3 bench/cli_speed.py [--runs 3] [--cli PATH] [--against PATH] FILE.jsonl...

--against PATH times a second binary in the same rounds (each stage's run of
one followed by the other's), so that both meet the same load: on a shared
machine, figures taken minutes apart differ by more than most changes.

claimscope_bench times annotate() alone, in process; this is the whole
process at the same bar.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "build", "native", "claimscope")
STAGES = ("segment", "structure", "full")


def write_texts(files, out):
    """Writes {"id", "text"} lines; returns (text bytes, records)."""
    text_bytes = records = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if not line.strip():
                    continue
                text = json.loads(line)["text"]
                out.write(json.dumps({"id": str(records), "text": text}, ensure_ascii=False) + "\n")
                text_bytes += len(text.encode("utf-8"))
                records += 1
    return text_bytes, records


def run(cli, stage, path):
    """(wall s, CPU s) of one single-thread run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(path, "rb") as inp, open(os.devnull, "wb") as out:
        subprocess.run([cli, "--jsonl", "--threads", "1", "--stage", stage], stdin=inp, stdout=out, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cli", default=CLI)
    ap.add_argument("--against", help="a second CLI, timed in the same rounds")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    clis = [args.cli] + ([args.against] if args.against else [])
    fd, path = tempfile.mkstemp(prefix="claimscope-cli-speed-", suffix=".jsonl")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            text_bytes, records = write_texts(args.files, out)
        jsonl_mb = os.path.getsize(path) / 1e6
        for cli in clis:  # warm-up: the file in the page cache, the binaries loaded
            run(cli, "segment", path)
        times = {(cli, stage): [] for cli in clis for stage in STAGES}
        for _ in range(args.runs):  # stages and binaries alternated, so a busy minute falls on all of them
            for stage in STAGES:
                for cli in clis:
                    times[cli, stage].append(run(cli, stage, path))
    finally:
        os.unlink(path)
    mb = text_bytes / 1e6
    print(f"Input: {records} records, {mb:.2f} MB of text ({jsonl_mb:.2f} MB of JSONL: id and text only); "
          f"`claimscope --jsonl --threads 1 --stage S`, output to /dev/null; median of {args.runs} runs; "
          "MB/s of text, the whole process (start, reading, JSON parsing, annotation, JSON writing).")
    met = lambda ok: "met" if ok else "NOT met"
    for cli in clis:
        print()
        if len(clis) > 1:
            print(f"{cli}:")
            print()
        print("| stage | median wall s | MB/s (wall) | median CPU s | MB/s (CPU time) |")
        print("|---|---|---|---|---|")
        rate = {}
        for stage in STAGES:
            wall = statistics.median(t[0] for t in times[cli, stage])
            cpu = statistics.median(t[1] for t in times[cli, stage])
            rate[stage] = (mb / wall, mb / cpu)
            print(f"| {stage} | {wall:.3f} | {mb / wall:.1f} | {cpu:.3f} | {mb / cpu:.1f} |")
        print()
        wall, cpu = rate["full"]
        print(f"The native CLI against the bar \"native full annotation >= 50 MB/s\": {wall:.1f} MB/s wall "
              f"({met(wall >= 50)}), {cpu:.1f} MB/s of CPU time ({met(cpu >= 50)}): the whole process (reading, "
              "JSON parsing, annotation, JSON writing); claimscope_bench gives annotate() alone.")


if __name__ == "__main__":
    sys.exit(main())
