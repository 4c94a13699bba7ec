#!/usr/bin/env python3
"""How steady is this machine's CPU? Times one fixed CPU-bound loop several
times and prints one line for the benchmark report.

Why: on some shared machines the same binary runs at very different speeds
from one run to the next with nothing else running (docs/benchmarks.md, the
tenth session). A report that shows the spread tells its reader whether its
MB/s figures can be compared with another day's; instruction counts
(callgrind) are the measure to trust when the spread is wide.
"""
import os
import statistics
import sys
import time


def fixed_loop():
    """About 0.1 s of integer work on a typical core; no memory traffic."""
    x = 0
    for i in range(600_000):
        x = (x * 31 + i) & 0xFFFFFFFF
    return x


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    fixed_loop()  # warm-up
    times = []
    for _ in range(runs):
        start = time.process_time()
        fixed_loop()
        times.append((time.process_time() - start) * 1000)
    low, high = min(times), max(times)
    load = os.getloadavg()[0]
    print(f'CPU steadiness: one fixed loop took {low:.0f}–{high:.0f} ms of CPU in {runs} runs '
          f'(median {statistics.median(times):.0f} ms; slowest ÷ fastest {high / low:.2f}) at load {load:.1f}. '
          'Above ~1.15, compare MB/s only within this run; instruction counts (callgrind) hold across runs.')


if __name__ == '__main__':
    main()
