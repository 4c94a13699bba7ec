#!/usr/bin/env python3
"""Fits the check-worthiness feature weights (logistic regression).

    python3 bench/train_checkworthy.py          # prints the weights
    python3 bench/train_checkworthy.py --write  # also rewrites core/rules/checkworthy.h
    python3 bench/train_checkworthy.py --check  # fits and compares with core/rules/checkworthy.h:
                                                # exit 1 when the shipped weights differ, 2 when
                                                # the data or the CLI is missing (a test skips)
    python3 bench/train_checkworthy.py --sweep  # precision/recall/F1 per score threshold
                                                # on the training data (the page's line)

Training data: CLEF-2019 task 1 train and ClaimBuster 2.5xNCS folds 0-2 only
(CLEF test and ClaimBuster fold 3 are for bench/checkworthy.py). The inputs are
the feature ids the CLI reports per sentence, so build first. Full-batch
gradient descent with L2, fixed iterations: deterministic. Only the weight
block between BEGIN/END WEIGHTS changes; no training text is written to the
repository. Standard library only.
"""
import argparse
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checkworthy_common as cw  # noqa: E402

HEADER = os.path.join(cw.ROOT, 'core', 'rules', 'checkworthy.h')
ROW = re.compile(r'\{"([a-z_]+)", (-?[0-9.]+)f, ("(?:[^"\\]|\\.)*")\},')


def read_features():
    text = open(HEADER, encoding='utf-8').read()
    block = text.split('// BEGIN WEIGHTS')[1].split('// END WEIGHTS')[0]
    return text, [(m.group(1), m.group(3)) for m in ROW.finditer(block)]


def fit(xs, ys, n, iters=600, lr=0.5, l2=1e-3):
    # Items with the same features share their prediction: the gradient sums
    # over the distinct feature sets (a few thousand, not tens of thousands
    # of items), count * p - positives each, so --check takes seconds.
    groups = {}
    for x, y in zip(xs, ys):
        g_ = groups.setdefault(tuple(x), [0, 0])
        g_[0] += 1
        g_[1] += y
    sets = sorted(groups.items())
    w = [0.0] * (n + 1)  # w[n] is the bias
    m = len(xs)
    for _ in range(iters):
        g = [0.0] * (n + 1)
        for x, (count, positives) in sets:
            z = w[n] + sum(w[i] for i in x)
            p = 1.0 / (1.0 + math.exp(-z))
            d = count * p - positives
            for i in x:
                g[i] += d
            g[n] += d
        for i in range(n + 1):
            w[i] -= lr * (g[i] / m + (l2 * w[i] if i < n else 0.0))
    return w


THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def sweep():
    """Positive-class P/R/F1 of the shipped scores per threshold, per training set."""
    sets = [('CLEF-2019 train', cw.load('clef2019_task1_train.jsonl')),
            ('ClaimBuster folds 0-2', cw.load('claimbuster_2.5xNCS.jsonl', lambda r: r['fold'] in (0, 1, 2)))]
    print('| data | ' + ' | '.join('>= %.2f P / R / F1' % t for t in THRESHOLDS) + ' |')
    print('| --- |' + ' --- |' * len(THRESHOLDS))
    for name, recs in sets:
        got = cw.annotate(recs)
        pairs = [(bool(r['label']), got.get(r['id'], (set(), 0.0))[1]) for r in recs]
        positives = sum(1 for y, _ in pairs if y)
        cells = []
        for t in THRESHOLDS:
            tp = sum(1 for y, s in pairs if y and s >= t)
            marked = sum(1 for _, s in pairs if s >= t)
            p = tp / marked if marked else 0.0
            r = tp / positives if positives else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            cells.append('%.2f / %.2f / %.3f' % (p, r, f))
        print('| %s | %s |' % (name, ' | '.join(cells)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--write', action='store_true', help='rewrite the weight block of core/rules/checkworthy.h')
    ap.add_argument('--sweep', action='store_true', help='print P/R/F1 per threshold on the training data')
    ap.add_argument('--check', action='store_true',
                    help='fit and compare with core/rules/checkworthy.h without writing (exit 1 if they differ)')
    args = ap.parse_args()
    if args.check:
        for need in (os.path.join(cw.DATA, 'clef2019_task1_train.jsonl'), os.path.join(cw.DATA, 'claimbuster_2.5xNCS.jsonl'),
                     cw.CLI):
            if not os.path.exists(need):
                print('skipped: %s is missing' % need)
                sys.exit(2)
    if args.sweep:
        sweep()
        return
    text, features = read_features()
    index = {f: i for i, (f, _) in enumerate(features)}
    recs = cw.load('clef2019_task1_train.jsonl') + cw.load('claimbuster_2.5xNCS.jsonl', lambda r: r['fold'] in (0, 1, 2))
    got = cw.annotate(recs)
    xs, ys = [], []
    for r in recs:
        feats = got.get(r['id'], (set(), 0.0))[0]
        xs.append(sorted(index[f] for f in feats if f in index))
        ys.append(1 if r['label'] else 0)
    w = fit(xs, ys, len(features))
    lines = ['constexpr float kCheckworthyBias = %.3ff;' % w[-1],
             'constexpr CheckworthyFeature kCheckworthyFeatures[] = {']
    for i, (f, reason) in enumerate(features):
        lines.append('    {"%s", %.3ff, %s},' % (f, w[i], reason))
    lines.append('};')
    block = '\n'.join(lines)
    if args.check:
        shipped = text.split('// BEGIN WEIGHTS\n')[1].split('// END WEIGHTS')[0].rstrip('\n')
        if shipped == block:
            print('core/rules/checkworthy.h holds the trainer\'s weights (%d items)' % len(ys))
            return
        print('core/rules/checkworthy.h differs from the trainer\'s output: the features changed since the last fit.\n'
              'Run python3 bench/train_checkworthy.py --write (after a build) and commit the header.\n'
              'Differing lines (shipped -> fitted):')
        for old, new in zip(shipped.split('\n'), block.split('\n')):
            if old != new:
                print('  %s\n  -> %s' % (old.strip(), new.strip()))
        sys.exit(1)
    print('trained on %d items (%d positive)' % (len(ys), sum(ys)))
    print(block)
    if args.write:
        head, rest = text.split('// BEGIN WEIGHTS\n')
        tail = rest.split('// END WEIGHTS')[1]
        with open(HEADER, 'w', encoding='utf-8') as w_:
            w_.write(head + '// BEGIN WEIGHTS\n' + block + '\n// END WEIGHTS' + tail)


if __name__ == '__main__':
    main()
