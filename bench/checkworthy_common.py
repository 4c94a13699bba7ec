"""Shared helpers of bench/checkworthy.py and bench/train_checkworthy.py.

Runs the claimscope CLI over the shared check-worthiness sets and returns,
per item, the features of its sentences and its score. An item is usually
one sentence; when the segmenter splits it, the item takes the union of the
features and the highest score. Standard library only; outputs and any copy
of the data stay in bench/out/ (git-ignored).
"""
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('CLAIMSCOPE_SHARED') or os.path.join(ROOT, '..', 'shared')
DATA = os.path.join(SHARED, 'bench', 'checkworthy')
OUT = os.path.join(ROOT, 'bench', 'out')
CLI = os.environ.get('CLAIMSCOPE_CLI') or os.path.join(ROOT, 'build', 'native', 'claimscope')


def load(name, keep=None):
    """Gold records of DATA/name, optionally filtered by keep(record)."""
    with open(os.path.join(DATA, name), encoding='utf-8') as f:
        recs = [json.loads(line) for line in f if line.strip()]
    return [r for r in recs if keep is None or keep(r)]


def annotate(records):
    """{id: (set of feature ids, score)} from the CLI."""
    os.makedirs(OUT, exist_ok=True)
    payload = ''.join(json.dumps({'id': r['id'], 'text': r['text']}, ensure_ascii=False) + '\n' for r in records)
    res = subprocess.run([CLI, '--jsonl', '--threads', '2'], input=payload.encode('utf-8'),
                         capture_output=True, check=True)
    out = {}
    for line in res.stdout.decode('utf-8').splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        feats, score = set(), 0.0
        for s in d.get('sentences', []):
            feats.update(s['features'])
            score = max(score, s['checkworthy'])
        out[d['id']] = (feats, score)
    return out


def write_jsonl(path, rows):
    with open(path, 'w', encoding='utf-8') as w:
        for r in rows:
            w.write(json.dumps(r, ensure_ascii=False) + '\n')
