#!/usr/bin/env python3
"""Cross-article claim alignment benchmark for `claimscope compare`.

    python3 bench/compare.py            # markdown summary
    python3 bench/compare.py -v         # also every missed and wrong pair

Runs build/native/claimscope compare on the five sample articles
(../shared/samples) and scores its clusters against the hand-made gold
alignment tests/fixtures/compare/samples_alignment.json. Standard library only.

Gold items are (article, exact substring). An item maps to every claim of
that article whose text contains the substring. Scoring is pairwise over
items of different articles:
  - gold pairs: two items of one gold cluster, in different articles;
  - system pairs: for two claims of one output cluster, in different
    articles, every pair of the items they carry; a claim that carries no
    gold item still makes a pair (an unannotated claim aligned with
    something counts as a wrong link).
A claim inside another claim of its article carries that claim's items.
Precision = correct system pairs / system pairs; recall = found gold pairs
/ gold pairs. "strict" counts gold pairs whose items the attribution stage
did not produce as claims as missed; "given claims" leaves them out (the
aligner cannot align what it is not given). Speakers: each gold speaker's
names must land on one merged speaker.
"""
import argparse
import itertools
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('CLAIMSCOPE_SHARED') or os.path.join(ROOT, '..', 'shared')
SAMPLES = os.path.join(SHARED, 'samples')
GOLD = os.path.join(ROOT, 'tests', 'fixtures', 'compare', 'samples_alignment.json')
CLI = os.path.join(ROOT, 'build', 'native', 'claimscope')
TUNING = ['story_alignment.json', 'flood_alignment.json', 'plant_alignment.json', 'river_alignment.json', 'stadium_alignment.json', 'ferry_alignment.json']


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('-v', '--verbose', action='store_true')
    ap.add_argument('--gold', default=GOLD, help='gold alignment (default: the five samples)')
    ap.add_argument('--threshold', type=float, help='link threshold passed to the CLI (for tuning sweeps)')
    args = ap.parse_args()

    gold = json.load(open(args.gold, encoding='utf-8'))
    names = gold['articles']
    folder = os.path.join(ROOT, gold['dir']) if 'dir' in gold else SAMPLES
    paths = [os.path.join(folder, n) for n in names]
    texts = [open(p, encoding='utf-8').read() for p in paths]
    extra = ['--threshold', str(args.threshold)] if args.threshold is not None else []
    out = json.loads(subprocess.run([CLI, 'compare', *extra, *paths], capture_output=True, text=True, check=True).stdout)
    art_index = {n: i for i, n in enumerate(names)}

    # The claims of each article, from the cluster members (every claim is in exactly one cluster).
    claim_text = {}
    claim_cluster = {}
    for ci, c in enumerate(out['clusters']):
        for m in c['members']:
            key = (m['article'], m['claim'])
            claim_text[key] = texts[m['article']][m['start']:m['end']]
            claim_cluster[key] = ci

    # Gold items and the claims that carry them.
    items = []  # (cluster index, article, substring)
    for gi, g in enumerate(gold['clusters']):
        for name, sub in g['members']:
            a = art_index[name]
            if sub not in texts[a]:
                sys.exit(f'gold substring not in {name}: {sub!r}')
            items.append((gi, a, sub))
    spans = {(m['article'], m['claim']): (m['start'], m['end']) for c in out['clusters'] for m in c['members']}

    speaker_of = {(m['article'], m['claim']): m['speaker'] for c in out['clusters'] for m in c['members']}

    def reported_within(k, o):  # claim k of another speaker lies within claim o ("X said, after Y claimed Z")
        return (k != o and k[0] == o[0] and spans[o][0] <= spans[k][0] and spans[k][1] <= spans[o][1] and spans[k] != spans[o]
                and speaker_of[k] is not None and speaker_of[o] is not None and speaker_of[k] != speaker_of[o])

    carriers = {}
    for i, it in enumerate(items):
        ks = [k for k, t in claim_text.items() if k[0] == it[1] and it[2] in t]
        # Z is the statement of Y, not of X: a claim does not carry an item
        # that a claim of another speaker reported within it carries.
        carriers[i] = [k for k in ks if not any(reported_within(o, k) for o in ks)]
    items_of_claim = {k: [] for k in claim_text}
    for i, ks in carriers.items():
        for k in ks:
            items_of_claim[k].append(i)
    # A claim inside another claim of its article (a quoted fragment of a
    # reported clause) carries that claim's items.
    for k in claim_text:
        if items_of_claim[k]:
            continue
        s, e = spans[k]
        for o in claim_text:
            if o != k and o[0] == k[0] and spans[o][0] <= s and e <= spans[o][1]:
                items_of_claim[k] += [i for i in items_of_claim[o] if i not in items_of_claim[k]]

    gold_pairs = set()
    for i, j in itertools.combinations(range(len(items)), 2):
        if items[i][0] == items[j][0] and items[i][1] != items[j][1]:
            gold_pairs.add((i, j))

    system_pairs = set()
    by_cluster = {}
    for k, ci in claim_cluster.items():
        by_cluster.setdefault(ci, []).append(k)
    for members in by_cluster.values():
        for x, y in itertools.combinations(members, 2):
            if x[0] == y[0]:
                continue
            xs = items_of_claim[x] or [('unannotated',) + x]
            ys = items_of_claim[y] or [('unannotated',) + y]
            for a in xs:
                for b in ys:
                    system_pairs.add(tuple(sorted((a, b), key=str)) if not (isinstance(a, int) and isinstance(b, int)) else (min(a, b), max(a, b)))

    correct = system_pairs & gold_pairs
    found = {i for i, ks in carriers.items() if ks}
    given_gold = {p for p in gold_pairs if p[0] in found and p[1] in found}
    precision = len(correct) / len(system_pairs) if system_pairs else 1.0
    recall_strict = len(correct) / len(gold_pairs) if gold_pairs else 1.0
    recall_given = len(correct) / len(given_gold) if given_gold else 1.0

    # Required clusters: every carried item aligned with every other.
    required = []
    for gi, g in enumerate(gold['clusters']):
        if not g.get('required'):
            continue
        ids = [i for i, it in enumerate(items) if it[0] == gi and i in found]
        pairs = [(i, j) for i, j in itertools.combinations(ids, 2) if items[i][1] != items[j][1]]
        ok = sum(1 for p in pairs if p in correct)
        required.append((g['id'], ok, len(pairs), len(ids), sum(1 for it in items if it[0] == gi)))

    # Speakers.
    speaker_rows = []
    for s in gold['speakers']:
        ids = set()
        for name, form in s['names']:
            a = art_index[name]
            local = [i for i, sp in enumerate(out['speakers']) if a in sp['articles'] and (sp['name'] == form or form in sp['aliases'])]
            ids.add(tuple(local) if len(local) != 1 else local[0])
        speaker_rows.append((s['id'], len(ids) == 1 and all(isinstance(x, int) for x in ids), len(s['names'])))

    title = 'five sample articles' if args.gold == GOLD else os.path.basename(args.gold)
    print(f'## Cross-article claim alignment (`claimscope compare`, {title})')
    print()
    print(f'Gold: {len(items)} items in {len(gold["clusters"])} clusters, {len(gold_pairs)} cross-article pairs; '
          f'{len(items) - len(found)} items not produced as claims by the attribution stage. '
          f'Output: {len(out["clusters"])} clusters, {len(system_pairs)} cross-article item pairs.')
    print()
    print('| pairs | precision | recall | F1 |')
    print('|---|---|---|---|')
    print(f'| given claims | {precision:.3f} | {recall_given:.3f} | {f1(precision, recall_given):.3f} |')
    print(f'| strict | {precision:.3f} | {recall_strict:.3f} | {f1(precision, recall_strict):.3f} |')
    print()
    print('| required statement | aligned pairs | items found |')
    print('|---|---|---|')
    for rid, ok, n, nf, ni in required:
        print(f'| {rid} | {ok}/{n} | {nf}/{ni} |')
    print()
    print('| speaker | merged across articles |')
    print('|---|---|')
    for sid, ok, n in speaker_rows:
        print(f'| {sid} | {"yes" if ok else "NO"} ({n} articles) |')

    if args.gold == GOLD and args.threshold is None:
        # The tuning stories (our own texts) the threshold was chosen on (docs/compare.md).
        print()
        print('Tuning stories (our own fixtures; the threshold was chosen on these):')
        print()
        print('| gold | precision | recall | F1 |')
        print('|---|---|---|---|')
        for name in TUNING:
            r = subprocess.run([sys.executable, os.path.abspath(__file__), '--gold', os.path.join(ROOT, 'tests', 'fixtures', 'compare', name)],
                               capture_output=True, text=True, check=True).stdout
            row = next(line for line in r.splitlines() if line.startswith('| given claims'))
            print('| ' + name + ' |' + row.split('|', 2)[2])
        print()
        print('Recorded before and after (given claims, precision / recall / F1; how the golds and the bench')
        print('changed, and what was tried and not kept: docs/compare.md). Flood: the gold of each row\'s time;')
        print('in brackets with the flood gold before 2026-12-02 (it lacked the agency headline\'s claim):')
        print()
        print('| | samples | strike | flood | plant | river | stadium | ferry |')
        print('|---|---|---|---|---|---|---|---|')
        print('| issue 9, second round, before (main ed6ae70) | 0.830 / 0.710 / 0.765 | 1.000 / 1.000 / 1.000 | 1.000 / 0.714 / 0.833 | 1.000 / 0.417 / 0.588 | – | – | – |')
        print('| issue 9, second round | 0.976 / 0.661 / 0.788 | 1.000 / 1.000 / 1.000 | 1.000 / 0.714 / 0.833 | 1.000 / 0.417 / 0.588 | – | – | – |')
        print('| after the attribution work of 2026-12-01 (main 1cedaa4) | 0.976 / 0.661 / 0.788 | 1.000 / 1.000 / 1.000 | 1.000 / 0.500 / 0.667 (0.889 / 0.571 / 0.696) | 1.000 / 0.462 / 0.632 | 1.000 / 0.533 / 0.696 | 0.571 / 0.533 / 0.552 | – |')
        print('| issue 9, third round (headlines, mutual best, framed speakers, names) | 0.979 / 0.742 / 0.844 | 1.000 / 1.000 / 1.000 | 1.000 / 0.944 / 0.971 (0.765 / 0.929 / 0.839) | 1.000 / 0.615 / 0.762 | 1.000 / 0.933 / 0.966 | 0.571 / 0.533 / 0.552 | – |')
        print('| after the attribution work of 2026-12-02 (main 13b486b) | 0.911 / 0.785 / 0.843 | 1.000 / 1.000 / 1.000 | 1.000 / 0.944 / 0.971 | 1.000 / 0.615 / 0.762 | 1.000 / 0.733 / 0.846 | 0.478 / 0.688 / 0.564 | 0.857 / 0.462 / 0.600 |')
        print('| issue 9, fourth round (described head nouns, verdicts) | 0.981 / 0.785 / 0.872 | 1.000 / 1.000 / 1.000 | 1.000 / 0.944 / 0.971 | 1.000 / 0.615 / 0.762 | 1.000 / 0.933 / 0.966 | 0.478 / 0.688 / 0.564 | 1.000 / 0.538 / 0.700 |')

    if args.verbose:
        def show(x):
            if isinstance(x, int):
                g, a, sub = items[x]
                return f'{gold["clusters"][g]["id"]}@{a}:{sub[:40]!r}'
            return f'unannotated {x[1]}:{x[2]} {claim_text[(x[1], x[2])][:50]!r}'
        print('\nMissed gold pairs:')
        for p in sorted(given_gold - correct):
            print('  ', show(p[0]), '<->', show(p[1]))
        print('Wrong system pairs:')
        for p in sorted(system_pairs - gold_pairs, key=str):
            print('  ', show(p[0]), '<->', show(p[1]))
        print('Items not produced as claims:')
        for i in sorted(set(range(len(items))) - found):
            print('  ', show(i))


if __name__ == '__main__':
    main()
