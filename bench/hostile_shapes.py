#!/usr/bin/env python3
"""Hostile pastes must cost linear time (issue 8; the guide's "never a hang").

Builds inputs by repeating a short phrase, in several layouts that defeat the
usual bounds (no full stop, a quote opened and never closed, comma-separated
clauses, 1,000-token lines without blank lines, many short paragraphs each
opening a quote), at two sizes (~0.1 MB and ~1 MB; --big adds 10 MB for the
shapes that look linear), runs `claimscope --jsonl` on each and prints seconds
of CPU per MB at each size and the ratio of the large to the small. A linear
path gives a ratio near 1; a quadratic one gives ~10 (and ~100 at 10 MB).

    python3 bench/hostile_shapes.py [--cli build/native/claimscope] [--big]
        [--only WORD] [--layouts flat,open,...] [--worst N] [--write-dir DIR]
    python3 bench/hostile_shapes.py --save DIR | --check DIR [--cli ...] [--big]

The process's start-up time (an empty record) is subtracted before dividing by
the size. CPU seconds are user+sys of the child (this machine is loaded: wall
time would be noise). Rows whose ratio is above --flag (default 2.5) are marked
"<<" and listed again at the end; the exit status is 1 when any row is marked.
--write-dir DIR keeps each input as DIR/<layout>-<n>-<size>.jsonl (to run it
under callgrind, or in the page's module with bench/hostile_wasm.mjs).
--save DIR writes a SHA-256 of the CLI's output for every shape at each size to
DIR/hostile-shapes.sha256 (nothing timed); --check DIR compares a build's outputs
with it, prints every shape that differs and exits 1 on any (the same-output
guard for speed work, next to bench/same-output.sh, for these shapes).
The phrases are the project's own (written for this probe, in the shapes of
news text); none is copied from a benchmark or a sample article.
"""
import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time

# Each phrase ends in a space (joined as they are) and holds no full stop that
# ends a sentence ("Mr." and "Feb." are abbreviations): the repeated text is
# one "sentence" in the flat layout.
PHRASES = [
    # speech cues of each family
    "She said last week the fee would rise and ",
    "he told reporters on Friday that the ferry ",
    "according to the harbour board the fleet ",
    "in a statement the agency said the levy ",
    "the host asked whether the deal would hold and ",
    "he added that the talks had ",
    "residents claimed the new road ",
    "as the mayor put it: ",
    "she called it a clear win and ",
    "the firm denied any role in it and ",
    "a spokesman said on Monday ",
    "said Thursday at a town hall in Dover, the pier would ",
    "said at least six ",
    "her own plans said the ",
    "told him to say ",
    "was quoted as saying ",
    "who said ",
    "said, “ ",
    "said: ",
    "she asked: “ ",
    "insisted it would leave, doubting ",
    "has been blamed for it, although the minister denied ",
    "in an interview with a radio channel, the envoy said ",
    "the report, released Tuesday, said ",
    "he said she said they said ",
    "he said that according to them she told him that ",
    "the union warned that the mill ",
    "the port also said boats were being ",
    "officials on both sides now claim that the build-up ",
    "a senior aide said the risk would stay high ",
    # names, titles, pronouns
    "Secretary General Ana Ruiz of Dover said ",
    "Mayor Tom Hale, who ",
    "Mr. Ruiz said ",
    "Ana Ruiz Tom Hale Ben Ode Lia Moss ",
    "they say it may ",
    "it was he who she said they ",
    # quote marks of every kind, in odd orders; apostrophes
    "“we will go” ",
    "” she said “ ",
    "‘yes’ ‘no’ “maybe” ",
    "\" \" ' ' ” “ ’ ‘ ",
    "“ ",
    "« non » dit-il ",
    "„ja“ sagte er ",
    "the town's mayor's aides' ",
    "``the deal'' he said ",
    "“This is what he says,” Ruiz said ",
    "“Only you,” she said, would ",
    # dashes, parentheses, "that"
    "— said the chief — ",
    "(said Ruiz) ",
    "that that that said ",
    "- ",
    # hedges
    "may might could reportedly allegedly said ",
    "it is said to be likely that ",
    # numbers and units
    "at least 6 km of road, 12.5% of 3,000 homes ",
    "On Feb. 16 the ministry ",
    # datelines, bylines, share prompts, headlines, capitals
    "DOVER (Wire) - ",
    "By Ana Ruiz and Tom Hale ",
    "Share this story Click here to share on Chirp ",
    "Big Red Harbour City Council Members Meeting ",
    "Port Says Ruiz Still Wants Talks, Hale Denies It ",
    "THE COUNCIL SAID THE FEE ",
    # the samples' shapes, rearranged (a title before a name, a claim with
    # "while", an agency credit, a denial)
    "the alliance chief said units still moving near the border ",
    "the ministry published a clip it said showed trucks leaving ",
    "a deputy minister insisted the drills had ended while envoys said ",
    "the capital has firmly denied any part in the outage ",
    "he called it a big mess then ",
    "A report released Monday said the ",
    "The host asked Ana Ruiz whether she would go and ",
]

LAYOUTS = ("flat", "open", "comma", "lines", "paras")


def build(layout, phrase, size):
    """The text of one input: `phrase` repeated to about `size` bytes in `layout`."""
    p = phrase
    if layout == "flat":  # one paragraph, no full stop
        unit, head = p, ""
    elif layout == "open":  # one line, a quote opened and never closed
        unit, head = p, "“"
    elif layout == "comma":  # comma-separated clauses
        unit, head = p.rstrip() + ", ", ""
    elif layout == "lines":  # one "sentence" of ~1,000-token lines, no blank lines
        unit, head = p, ""
    elif layout == "paras":  # many short paragraphs, each opening a quote
        unit, head = "“" + p.rstrip() + "\n\n", ""
    else:
        raise ValueError(layout)
    ub = len(unit.encode())
    n = max(1, (size - len(head.encode())) // ub)
    if layout == "lines":
        per_line = max(1, 1000 // max(1, len(p.split())))
        lines, left = [], n
        while left > 0:
            k = min(per_line, left)
            lines.append((unit * k).rstrip())
            left -= k
        return "\n".join(lines)
    return head + unit * n


def cpu_of(cli, data, timeout):
    """CPU seconds (user+sys) of one `cli --jsonl` run on `data` (bytes), or None on timeout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        r = subprocess.run([cli, "--jsonl"], input=data, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"{cli} failed ({r.returncode}): {r.stderr.decode(errors='replace')[:300]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def output_digest(cli, data, timeout):
    """SHA-256 of the output of one `cli --jsonl` run on `data` (bytes)."""
    r = subprocess.run([cli, "--jsonl"], input=data, capture_output=True, timeout=timeout)
    if r.returncode != 0:
        sys.exit(f"{cli} failed ({r.returncode}): {r.stderr.decode(errors='replace')[:300]}")
    return hashlib.sha256(r.stdout).hexdigest()


def same_output(args, phrases, layouts, sizes):
    """--save / --check: the outputs' digests of every shape, written or compared."""
    path = os.path.join(args.save or args.check, "hostile-shapes.sha256")
    saved = {}
    if args.check:
        with open(path) as f:
            for line in f:
                digest, name = line.split(maxsplit=1)
                saved[name.strip()] = digest
    lines, differ, missing = [], [], 0
    for layout in layouts:
        for i, phrase in enumerate(phrases):
            index = PHRASES.index(phrase)
            for size in sizes:
                name = f"{layout}-{index}-{size // 100_000}"
                digest = output_digest(args.cli, record(build(layout, phrase, size)), args.timeout)
                lines.append(f"{digest}  {name}\n")
                if args.check:
                    if name not in saved:
                        missing += 1
                    elif saved[name] != digest:
                        differ.append(f"{name}: {phrase.strip()!r}")
    if args.save:
        os.makedirs(args.save, exist_ok=True)
        with open(path, "w") as f:
            f.writelines(lines)
        print(f"saved {len(lines)} digests to {path}")
        return 0
    print(f"{len(lines)} outputs compared with {path}: {len(differ)} differ, {missing} not saved")
    for row in differ:
        print("  differs:", row)
    return 1 if differ or missing else 0


def record(text):
    return (json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\n").encode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default="build/native/claimscope")
    ap.add_argument("--big", action="store_true", help="also 10 MB for rows that look linear at 1 MB")
    ap.add_argument("--only", help="only phrases containing this text")
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    ap.add_argument("--flag", type=float, default=2.5, help="mark rows whose ratio is above this")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--runs", type=int, default=3, help="best of RUNS at the small size")
    ap.add_argument("--write-dir")
    ap.add_argument("--save", metavar="DIR", help="write every shape's output digest to DIR (no timing)")
    ap.add_argument("--check", metavar="DIR", help="compare every shape's output with the digests saved in DIR")
    args = ap.parse_args()

    phrases = [p for p in PHRASES if not args.only or args.only in p]
    layouts = args.layouts.split(",")
    sizes = [100_000, 1_000_000] + ([10_000_000] if args.big else [])
    if args.save or args.check:
        return same_output(args, phrases, layouts, sizes)
    base = min(cpu_of(args.cli, record(""), args.timeout) for _ in range(5))
    print(f"start-up: {base * 1000:.1f} ms CPU (subtracted); cli {args.cli}\n")
    print("| layout | phrase | s/MB at 0.1 MB | s/MB at 1 MB | ratio 1/0.1 |"
          + (" s/MB at 10 MB | ratio 10/0.1 |" if args.big else ""))
    print("|---|---|---|---|---|" + ("---|---|" if args.big else ""))
    flagged = []
    t_start = time.time()
    for layout in layouts:
        for i, phrase in enumerate(phrases):
            per_mb = []
            for size in sizes:
                if size == 10_000_000 and (not per_mb or per_mb[-1] is None or ratio > args.flag):
                    per_mb.append(None)
                    continue
                text = build(layout, phrase, size)
                data = record(text)
                if args.write_dir:
                    os.makedirs(args.write_dir, exist_ok=True)
                    with open(os.path.join(args.write_dir, f"{layout}-{i}-{size // 100_000}.jsonl"), "wb") as f:
                        f.write(data)
                runs = args.runs if size <= 100_000 else 1
                times = [cpu_of(args.cli, data, args.timeout) for _ in range(runs)]
                t = None if None in times else min(times)
                mb = len(text.encode()) / 1e6
                per_mb.append(None if t is None else max(t - base, 1e-4) / mb)
                if len(per_mb) == 2:
                    ratio = (per_mb[1] / per_mb[0]) if None not in per_mb else float("inf")
            cells = ["timeout" if v is None else f"{v:.4f}" for v in per_mb[:2]]
            ratio = (per_mb[1] / per_mb[0]) if None not in per_mb[:2] else float("inf")
            mark = " <<" if ratio > args.flag else ""
            shown = phrase.strip()
            shown = f"`` {shown} ``" if "`" in shown else f"`{shown}`"  # a code span that holds a backtick
            row = f"| {layout} | {shown} | {cells[0]} | {cells[1]} | {ratio:.2f}{mark} |"
            if args.big:
                big = per_mb[2]
                row += (" — | — |" if big is None else f" {big:.4f} | {big / per_mb[0]:.2f} |")
            print(row, flush=True)
            if mark:
                flagged.append(row)
    print(f"\n{len(layouts) * len(phrases)} shapes in {time.time() - t_start:.0f} s; flagged (ratio > {args.flag}): "
          f"{len(flagged)}")
    for row in flagged:
        print(row)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
