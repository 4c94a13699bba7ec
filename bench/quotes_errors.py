#!/usr/bin/env python3
"""Error analysis for bench/quotes.py: prints to the terminal only.

    python3 bench/quotes.py --only polnear_dev.jsonl      # writes bench/out/*.pred.jsonl
    python3 bench/quotes_errors.py [--gold polnear_dev.jsonl] [--kinds direct,mixed]
                                   [--show missed,fp,boundary,speaker] [--limit 20] [--summary] [--points]

Matches predictions to gold exactly as the shared score.py does (trimmed
spans, one-to-one greedy matching at character Jaccard >= 0.5) and groups
the errors:
  missed    gold piece that no prediction touches
  boundary  gold piece and prediction overlap, but below the threshold
  fp        prediction that touches no gold piece of any kind
  dup       prediction that touches only gold pieces matched by another one
  speaker   matched piece whose speaker is wrong (lenient rule)
Misses are grouped by the gold cue word, false positives by our claim kind
and cue. --points prints, per category, how many end-to-end F1 points fixing
all of its errors would buy (a miss adds a true and a predicted piece, a
boundary or speaker error a true piece, a false positive or duplicate removes a
predicted piece): where the F1 is lost, in points rather than pieces.
Benchmark text is printed, never written to a file: keep it that way.
"""
import argparse
import collections
import importlib.util
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('CLAIMSCOPE_SHARED') or os.path.join(ROOT, '..', 'shared')
QUOTES = os.path.join(SHARED, 'bench', 'quotes')
OUT = os.path.join(ROOT, 'bench', 'out')


def load_scorer():
    spec = importlib.util.spec_from_file_location('score', os.path.join(QUOTES, 'score.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load(path):
    with open(path, encoding='utf-8') as f:
        return {d['id']: d for d in (json.loads(line) for line in f if line.strip())}


def snippet(text, a, b, ctx=60):
    pre = text[max(0, a - ctx):a].replace('\n', ' ¶ ')
    post = text[b:b + ctx].replace('\n', ' ¶ ')
    mid = text[a:b].replace('\n', ' ¶ ')
    if len(mid) > 240:
        mid = mid[:110] + ' … ' + mid[-110:]
    return '%s[[%s]]%s' % (pre, mid, post)


def cue_key(text, obj):
    cs, ce = obj.get('cue_start'), obj.get('cue_end')
    if cs is None or ce is None or ce <= cs:
        return '(no cue)'
    words = text[cs:ce].lower().split()
    head = [w for w in words if w not in AUX]
    return (head or words or ['?'])[0][:20]


# Auxiliaries and adverbs that open a cue ("has long said"): group by the verb after them.
AUX = {'has', 'have', 'had', 'is', 'was', 'were', 'are', 'am', 'be', 'been', 'also', 'would', 'could', 'will',
       'did', 'does', 'do', 'can', 'may', 'might', 'should', "'s", '’s', 'then', 'not', "n't", "didn't", "doesn't",
       'a', 'an', 'the', 'now', 'still', 'already', 'just', 'never', 'repeatedly', 'publicly', 'previously'}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gold', default='polnear_dev.jsonl')
    ap.add_argument('--kinds', default='direct,mixed,indirect')
    ap.add_argument('--show', default='missed,boundary,fp,dup,speaker')
    ap.add_argument('--limit', type=int, default=15, help='examples per category')
    ap.add_argument('--summary', action='store_true', help='counts only')
    ap.add_argument('--grep', help='only examples whose snippet contains this')
    ap.add_argument('--points', action='store_true', help='end-to-end F1 points per error category')
    args = ap.parse_args()
    if os.path.basename(args.gold).startswith('polnear_test'):
        sys.exit('error analysis on the test split is not allowed; use dev or train')
    sc = load_scorer()
    kinds = set(args.kinds.split(','))
    gold_docs = load(os.path.join(QUOTES, args.gold))
    raw_docs = load(os.path.join(OUT, os.path.splitext(args.gold)[0] + '.claimscope.jsonl'))
    # direct / direct+mixed are scored on the quoted predictions only, as bench/quotes.py does
    suffix = '.pred.jsonl' if 'indirect' in kinds else '.dm.pred.jsonl'
    pred_docs = load(os.path.join(OUT, os.path.splitext(args.gold)[0] + suffix))

    groups = collections.defaultdict(list)  # (section, key) -> examples
    n_gold = n_pred = n_e2e = 0
    for doc_id, gd in gold_docs.items():
        text = gd['text']
        gold = [q for q in gd['quotes'] if q['kind'] in kinds]
        out_scope = [q for q in gd['quotes'] if q['kind'] not in kinds]
        preds = [p for p in pred_docs.get(doc_id, {}).get('quotes', []) if p['end'] > p['start']]
        claims = {(c['start'], c['end']): c for c in raw_docs.get(doc_id, {}).get('claims', [])}
        gspan = [sc.trim(text, q['start'], q['end']) for q in gold]
        pspan = [sc.trim(text, p['start'], p['end']) for p in preds]
        keep = [j for j, ps in enumerate(pspan)
                if any(sc.jaccard(ps, g) > 0 for g in gspan)
                or not any(sc.jaccard(ps, sc.trim(text, q['start'], q['end'])) > 0 for q in out_scope)]
        preds = [preds[j] for j in keep]
        pspan = [pspan[j] for j in keep]
        ov = sc.greedy(gspan, pspan, sc.jaccard, 0.5)
        matched_p = set(ov.values())
        n_gold += len(gold)
        n_pred += len(preds)
        for i, j in ov.items():
            n_e2e += sc.speaker_ok(gold[i], preds[j], True) if gold[i].get('speaker') else not preds[j].get('speaker')
        for i, q in enumerate(gold):
            if i in ov:
                p = preds[ov[i]]
                if q.get('speaker') and not sc.speaker_ok(q, p, True):
                    key = '%s: gold %s' % (q['kind'], 'pronoun' if q['speaker'].lower() in
                                           ('he', 'she', 'they', 'it', 'we', 'i') else 'name')
                    groups[('speaker', key)].append('%s | gold=%r pred=%r\n    %s' % (
                        doc_id, q['speaker'], p.get('speaker'), snippet(text, q['start'], q['end'])))
                continue
            touching = [j for j, ps in enumerate(pspan) if sc.jaccard(ps, gspan[i]) > 0]
            section = 'boundary' if touching else 'missed'
            key = '%s: %s' % (q['kind'], cue_key(text, q))
            extra = ''
            if touching:
                ps = pspan[touching[0]]
                extra = '\n    ours: %s' % snippet(text, ps[0], ps[1], 20)
            groups[(section, key)].append('%s | speaker=%r cue=%r\n    %s%s' % (
                doc_id, q.get('speaker'), q.get('cue'), snippet(text, q['start'], q['end']), extra))
        all_g = [sc.trim(text, q['start'], q['end']) for q in gd['quotes']]
        for j, p in enumerate(preds):
            if j in matched_p:
                continue
            touched = [i for i, g in enumerate(gspan) if sc.jaccard(pspan[j], g) > 0]
            if touched and any(i not in ov for i in touched):
                continue  # listed under boundary
            section = 'dup' if touched else 'fp'
            if not touched and any(sc.jaccard(pspan[j], g) > 0 for g in all_g):
                continue
            extra = ''
            for i in touched[:1]:
                extra = '\n    gold: %s' % snippet(text, gold[i]['start'], gold[i]['end'], 20)
            c = claims.get((p['start'], p['end']))
            cue = ''
            if c and c.get('cue'):
                cue = text[c['cue']['start']:c['cue']['end']].lower()[:20]
            key = '%s: %s' % (p['kind'], cue or '(no cue)')
            groups[(section, key)].append('%s | speaker=%r\n    %s%s' % (
                doc_id, p.get('speaker'), snippet(text, p['start'], p['end']), extra))

    if args.points:
        f1 = 2 * n_e2e / (n_gold + n_pred)
        print('end2end F1 %.4f (%d gold, %d predicted, %d right)' % (f1, n_gold, n_pred, n_e2e))
        print('%-10s %6s %9s' % ('category', 'errors', 'F1 points'))
        for section, d_tp, d_pred in (('missed', 1, 1), ('boundary', 1, 0), ('speaker', 1, 0), ('fp', 0, -1),
                                      ('dup', 0, -1)):
            n = sum(len(v) for (sec, _), v in groups.items() if sec == section)
            gain = 2 * (n_e2e + d_tp * n) / (n_gold + n_pred + d_pred * n) - f1
            print('%-10s %6d %+9.4f' % (section, n, gain))
        return
    show = set(args.show.split(','))
    for section in ('missed', 'boundary', 'fp', 'dup', 'speaker'):
        if section not in show:
            continue
        keys = sorted((k for s, k in groups if s == section), key=lambda k: -len(groups[(section, k)]))
        total = sum(len(groups[(section, k)]) for k in keys)
        print('=' * 20, section, total)
        for k in keys:
            ex = groups[(section, k)]
            print('--- %s: %d' % (k, len(ex)))
            if args.summary:
                continue
            if args.grep:
                ex = [e for e in ex if args.grep in e]
            for e in ex[:args.limit]:
                print('  ' + e)


if __name__ == '__main__':
    main()
