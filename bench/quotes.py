#!/usr/bin/env python3
"""Quote / reported-speech benchmark for the claimscope CLI.

    python3 bench/quotes.py            # seeds + PolNeAR dev
    python3 bench/quotes.py --test     # also PolNeAR test (report only, rarely)
    python3 bench/quotes.py --cli build/plain/claimscope   # score another build

Runs build/native/claimscope --jsonl over the shared gold files, converts the
claims to the scorer's PRED format and prints a markdown table of the shared
score.py results for all kinds, direct, and direct+mixed. Outputs go to
bench/out/. Standard library only.

Conversion: one PRED piece per claim (code points, as the CLI writes them);
speaker = the speaker's canonical name, speaker_start/end = the source
mention. A quote claim that lies inside a reported claim is a fragment of a
mixed quote, whose gold piece is the whole clause, so it is left out.
Quotations found but not attributed (and not scare quotes) are added with
no speaker, so quote finding is measured on its own.

Which predictions count for direct and direct+mixed: the quoted ones only
(quote claims, unattributed quotations, and reported claims that touch a
found quotation, scare quotes included), written to *.dm.pred.jsonl. Gold kinds
are assigned the same way (mixed = clause containing quotation marks); a
reported claim with no quotation mark is an indirect prediction, so it is
scored under all kinds only. Until 2026-12-02 every claim counted, and
reported claims PolNeAR left unannotated were false positives there too.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('CLAIMSCOPE_SHARED') or os.path.join(ROOT, '..', 'shared')
QUOTES = os.path.join(SHARED, 'bench', 'quotes')
OUT = os.path.join(ROOT, 'bench', 'out')
CLI = os.path.join(ROOT, 'build', 'native', 'claimscope')


def span(obj):
    return (obj['start'], obj['end']) if obj else None


def inside(a, b):
    return b[0] <= a[0] and a[1] <= b[1] and a != b


def convert(doc):
    speakers = doc.get('speakers', [])
    claims = doc.get('claims', [])
    reported = [(c['start'], c['end']) for c in claims if c['kind'] == 'reported']
    pieces = []
    for c in claims:
        s = (c['start'], c['end'])
        if c['kind'] == 'quote' and any(inside(s, r) for r in reported):
            continue
        piece = {'start': s[0], 'end': s[1], 'kind': c['kind'], 'speaker': None}
        if c['speaker'] is not None:
            piece['speaker'] = speakers[c['speaker']]['name']
        src = span(c.get('source'))
        if src:
            piece['speaker_start'], piece['speaker_end'] = src
        pieces.append(piece)
    # A direct or mixed prediction carries a quotation mark: a quote claim, or a reported claim
    # that touches a quotation (scare quotes too; a clause may stop inside the closing mark).
    # Gold marks its kinds the same way.
    marks = [(q['start'], q['end']) for q in doc.get('quotes', [])]
    for p in pieces:
        p['quoted'] = p['kind'] == 'quote' or any(min(e, p['end']) > max(b, p['start']) for b, e in marks)
    covered = [(p['start'], p['end']) for p in pieces]
    for q in doc.get('quotes', []):
        s = (q['start'], q['end'])
        if q['scare'] or any(min(s[1], e) > max(s[0], b) for b, e in covered):
            continue
        pieces.append({'start': s[0], 'end': s[1], 'kind': 'quote', 'speaker': None, 'quoted': True})
    pieces.sort(key=lambda p: (p['start'], p['end']))
    return pieces


def run(gold_name, cli):
    gold = os.path.join(QUOTES, gold_name)
    base = os.path.splitext(gold_name)[0]
    inp = os.path.join(OUT, base + '.in.jsonl')
    with open(gold, encoding='utf-8') as f, open(inp, 'w', encoding='utf-8') as w:
        for line in f:
            if line.strip():
                d = json.loads(line)
                w.write(json.dumps({'id': d['id'], 'text': d['text']}, ensure_ascii=False) + '\n')
    with open(inp, 'rb') as f:
        res = subprocess.run([cli, '--jsonl'], stdin=f, capture_output=True, check=True)
    raw = os.path.join(OUT, base + '.claimscope.jsonl')
    pred = os.path.join(OUT, base + '.pred.jsonl')
    with open(raw, 'wb') as w:
        w.write(res.stdout)
    pred_dm = os.path.join(OUT, base + '.dm.pred.jsonl')
    with open(pred, 'w', encoding='utf-8') as w, open(pred_dm, 'w', encoding='utf-8') as wdm:
        for line in res.stdout.decode('utf-8').splitlines():
            if line.strip():
                d = json.loads(line)
                pieces = convert(d)
                w.write(json.dumps({'id': d['id'], 'quotes': pieces}, ensure_ascii=False) + '\n')
                quoted = [p for p in pieces if p['quoted']]
                wdm.write(json.dumps({'id': d['id'], 'quotes': quoted}, ensure_ascii=False) + '\n')
    scores = {}
    for label, kinds in (('all kinds', None), ('direct', 'direct'), ('direct+mixed', 'direct,mixed')):
        # Direct and direct+mixed score the quoted predictions only: a claim without a quotation
        # mark is neither direct nor mixed, so it should not count against quotation finding.
        cmd = [sys.executable, os.path.join(QUOTES, 'score.py'), gold, pred_dm if kinds else pred, '--json']
        if kinds:
            cmd += ['--kinds', kinds]
        scores[label] = json.loads(subprocess.run(cmd, capture_output=True, check=True, text=True).stdout)
    with open(os.path.join(OUT, base + '.scores.json'), 'w') as w:
        json.dump(scores, w, indent=1)
    return scores


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--test', action='store_true', help='also score PolNeAR test (report only)')
    ap.add_argument('--only', help='one gold file name, e.g. polnear_train.jsonl')
    ap.add_argument('--cli', default=CLI, help='the claimscope binary to score (default: build/native/claimscope)')
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    names = ['seeds_gold.jsonl', 'polnear_dev.jsonl'] + (['polnear_test.jsonl'] if args.test else [])
    if args.only:
        names = [args.only]
    print('| data | kinds | found (overlap recall) | exact F1 | overlap F1 | speaker acc. (lenient) | end2end F1 |')
    print('| --- | --- | --- | --- | --- | --- | --- |')
    for name in names:
        for label, s in run(name, args.cli).items():
            print('| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f |' % (
                name.replace('.jsonl', ''), label, s['overlap']['recall'], s['exact']['f1'], s['overlap']['f1'],
                s['speaker']['lenient_accuracy'], s['e2e']['f1']))


if __name__ == '__main__':
    main()
