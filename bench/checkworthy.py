#!/usr/bin/env python3
"""Check-worthiness benchmark: claimscope's sentence scores on the shared sets.

    python3 bench/checkworthy.py

Scores CLEF-2019 task 1 test (official MAP over 7 debates) and ClaimBuster
2.5xNCS fold 3 (the fold train_checkworthy.py never trains on) with the shared
score.py, and prints a markdown table (AP, MAP, positive-class F1 at 0.5).
Also prints the shared lexical baseline for reference.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checkworthy_common as cw  # noqa: E402


def score(gold_path, pred_path, threshold=0.5):
    cmd = [sys.executable, os.path.join(cw.DATA, 'score.py'), gold_path, pred_path, '--json',
           '--threshold', str(threshold)]
    return json.loads(subprocess.run(cmd, capture_output=True, check=True, text=True).stdout)


def baseline(gold_path, records):
    """The shared lexical baseline's PRED for `records`, if it runs."""
    path = os.path.join(cw.OUT, 'baseline.' + os.path.basename(gold_path))
    script = os.path.join(cw.DATA, 'baseline_lexical.py')
    res = subprocess.run([sys.executable, script, gold_path], capture_output=True, text=True)
    if res.returncode != 0 or not res.stdout.strip():
        return None
    with open(path, 'w', encoding='utf-8') as w:
        w.write(res.stdout)
    return score(gold_path, path)


def main():
    os.makedirs(cw.OUT, exist_ok=True)
    sets = [
        ('CLEF-2019 test', cw.load('clef2019_task1_test.jsonl')),
        ('ClaimBuster fold 3', cw.load('claimbuster_2.5xNCS.jsonl', lambda r: r['fold'] == 3)),
    ]
    print('| data | system | AP | MAP | F1 (pos., score >= 0.5) | P@10 |')
    print('| --- | --- | --- | --- | --- | --- |')
    for name, recs in sets:
        slug = name.lower().replace(' ', '_').replace('-', '')
        gold = os.path.join(cw.OUT, 'cw_gold.%s.jsonl' % slug)
        cw.write_jsonl(gold, recs)
        got = cw.annotate(recs)
        pred = os.path.join(cw.OUT, 'cw_pred.%s.jsonl' % slug)
        cw.write_jsonl(pred, [{'id': r['id'], 'score': got.get(r['id'], (set(), 0.0))[1]} for r in recs])
        rows = [('claimscope', score(gold, pred))]
        b = baseline(gold, recs)
        if b:
            rows.append(('lexical baseline', b))
        for system, s in rows:
            print('| %s | %s | %s | %s | %.3f | %s |' % (name, system, s.get('average_precision'), s.get('MAP', '–'),
                                                      s['f1_positive'], s.get('P@10', '–')))


if __name__ == '__main__':
    main()
