#!/usr/bin/env python3
"""PolNeAR scores per annotator, and how each annotator cuts multi-sentence quotations.

    python3 bench/quotes_annotators.py [--gold polnear_train.jsonl]

Reads the predictions bench/quotes.py wrote (run it first, with --only for
train) and scores each annotator's documents apart with the shared score.py:
all kinds end2end F1, and direct+mixed overlap F1. Then, for every quotation
we found that spans two or more of our sentences, counts the gold pieces
inside it: one piece (the quotation kept whole) or several (cut sentence by
sentence). A convention that one annotator follows and the others do not
cannot be learnt from the text. For train and dev only: test is scored, not
studied. Standard library only.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('CLAIMSCOPE_SHARED') or os.path.join(ROOT, '..', 'shared')
QUOTES = os.path.join(SHARED, 'bench', 'quotes')
OUT = os.path.join(ROOT, 'bench', 'out')


def load(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def score(gold_lines, pred_lines, kinds, metric):
    with tempfile.TemporaryDirectory() as tmp:
        g, p = os.path.join(tmp, 'gold.jsonl'), os.path.join(tmp, 'pred.jsonl')
        with open(g, 'w', encoding='utf-8') as f:
            f.write('\n'.join(gold_lines) + '\n')
        with open(p, 'w', encoding='utf-8') as f:
            f.write('\n'.join(pred_lines) + '\n')
        args = [sys.executable, os.path.join(QUOTES, 'score.py'), '--json', g, p]
        if kinds:
            args[3:3] = ['--kinds', kinds]
        result = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
    return result[metric]['f1']


def quotation_cuts(doc, gold):
    """(whole, cut) counts over our multi-sentence quotations in one document."""
    whole = cut = 0
    for q in doc['quotes']:
        if q.get('scare'):
            continue
        a, b = q['start'], q['end']
        sentences = sum(1 for s in doc['sentences'] if min(b, s['end']) - max(a, s['start']) > 5)
        if sentences < 2:
            continue
        pieces = sum(1 for p in gold['quotes'] if p['start'] < b and p['end'] > a)
        if pieces == 1:
            whole += 1
        elif pieces > 1:
            cut += 1
    return whole, cut


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gold', default='polnear_train.jsonl', choices=['polnear_train.jsonl', 'polnear_dev.jsonl'])
    args = ap.parse_args()
    stem = os.path.splitext(args.gold)[0]
    gold = load(os.path.join(QUOTES, args.gold))
    annotator = {g['id']: g['annotator'] for g in gold}
    by_id = {g['id']: g for g in gold}
    groups = collections.defaultdict(lambda: {'gold': [], 'all': [], 'dm': [], 'whole': 0, 'cut': 0, 'pieces': 0})
    for g in gold:
        groups[g['annotator']]['gold'].append(json.dumps(g))
        groups[g['annotator']]['pieces'] += len(g['quotes'])
    for kind, suffix in (('all', '.pred.jsonl'), ('dm', '.dm.pred.jsonl')):
        with open(os.path.join(OUT, stem + suffix), encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    groups[annotator[json.loads(line)['id']]][kind].append(line.rstrip('\n'))
    for doc in load(os.path.join(OUT, stem + '.claimscope.jsonl')):
        whole, cut = quotation_cuts(doc, by_id[doc['id']])
        groups[annotator[doc['id']]]['whole'] += whole
        groups[annotator[doc['id']]]['cut'] += cut

    print(f'PolNeAR {stem.split("_")[1]}, per annotator (bench/quotes_annotators.py)')
    print()
    print('| annotator | documents | gold pieces | all kinds end2end F1 | direct+mixed overlap F1 | our multi-sentence quotations: kept whole / cut by sentence |')
    print('|---|---:|---:|---:|---:|---|')
    for name in sorted(groups):
        grp = groups[name]
        e2e = score(grp['gold'], grp['all'], None, 'e2e')
        dm = score(grp['gold'], grp['dm'], 'direct,mixed', 'overlap')
        print(f"| {name} | {len(grp['gold'])} | {grp['pieces']} | {e2e:.3f} | {dm:.3f} | {grp['whole']} / {grp['cut']} |")


if __name__ == '__main__':
    main()
