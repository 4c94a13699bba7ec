#!/usr/bin/env python3
"""Paragraph-role bench: per-role precision/recall of `claimscope --stage structure`.

Three gold sets:
  * fixtures  - tests/fixtures/NAME.txt with NAME.roles.json (the project's own articles)
  * samples   - the five shared sample articles, roles annotated by hand in
                bench/samples.roles.json
  * seeds     - the boilerplate spans of /work/shared/bench/quotes/seeds_gold.jsonl,
                scored per paragraph: a paragraph is gold "dimmed" when gold spans
                cover at least half of its characters; predicted "dimmed" means
                role boilerplate or caption (the seed gold counts photo captions as
                boilerplate). Spans covering only part of a paragraph are listed,
                since paragraph roles cannot reach them.

Usage: python3 bench/roles.py [--binary build/native/claimscope] [--show-errors]
Shared data: $CLAIMSCOPE_SHARED or <repo>/../shared. Standard library only.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROLES = ["title", "subtitle", "byline", "dateline", "heading", "body", "caption", "boilerplate"]


def shared_dir():
    return os.environ.get("CLAIMSCOPE_SHARED") or os.path.join(os.path.dirname(REPO), "shared")


def run_cli(binary, docs):
    """docs: list of (id, text). Returns {id: document} from one --jsonl run."""
    payload = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in docs)
    proc = subprocess.run([binary, "--jsonl", "--stage", "structure"], input=payload.encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        sys.exit(f"claimscope failed ({proc.returncode}): {proc.stderr.decode('utf-8', 'replace')}")
    out = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out[d["id"]] = d
    return out


def gold_entry(e):
    return ({"role": e} if isinstance(e, str) else e)


class Tally:
    def __init__(self):
        self.tp, self.fp, self.fn = defaultdict(int), defaultdict(int), defaultdict(int)
        self.datelines = [0, 0]  # correct, gold total (+ spurious counted as wrong)
        self.errors = []

    def add(self, doc_id, text, pred, gold):
        if len(pred) != len(gold):
            self.errors.append(f"{doc_id}: {len(pred)} paragraphs predicted, {len(gold)} in gold")
        for i, (p, g) in enumerate(zip(pred, gold)):
            g = gold_entry(g)
            pr, gr = p["role"], g["role"]
            if pr == gr:
                self.tp[gr] += 1
            else:
                self.fp[pr] += 1
                self.fn[gr] += 1
                line = text[p["start"]:p["end"]][:70]
                self.errors.append(f"{doc_id}#{i}: gold {gr}, got {pr} ({', '.join(p['reasons'])}) {line!r}")
            want = g.get("dateline", "")
            got = text[p["dateline"]["start"]:p["dateline"]["end"]] if p.get("dateline") else ""
            if want or got:
                self.datelines[1] += 1
                if want == got:
                    self.datelines[0] += 1
                else:
                    self.errors.append(f"{doc_id}#{i}: dateline gold {want!r}, got {got!r}")

    def table(self, title):
        rows = [f"### {title}", "", "| role | gold | predicted | precision | recall |", "| --- | ---: | ---: | ---: | ---: |"]
        for r in ROLES:
            gold = self.tp[r] + self.fn[r]
            pred = self.tp[r] + self.fp[r]
            if gold == 0 and pred == 0:
                continue
            prec = f"{self.tp[r] / pred:.3f}" if pred else "-"
            rec = f"{self.tp[r] / gold:.3f}" if gold else "-"
            rows.append(f"| {r} | {gold} | {pred} | {prec} | {rec} |")
        total = sum(self.tp.values()) + sum(self.fn.values())
        rows.append(f"| **all (accuracy)** | {total} | | | {sum(self.tp.values()) / total:.3f} |" if total else "")
        c, t = self.datelines
        rows.append(f"| dateline prefixes exact | {t} | | | {c}/{t} |")
        return "\n".join(rows)


def seeds_table(shared, out, texts):
    path = os.path.join(shared, "bench", "quotes", "seeds_gold.jsonl")
    tp = fp = fn = 0
    partial, errors = [], []
    for line in open(path, encoding="utf-8"):
        rec = json.loads(line)
        name = rec["id"].split("/")[-1]
        doc = out.get("samples/" + name)
        if doc is None:
            continue
        text = texts["samples/" + name]
        covered = [False] * len(text)
        for s, e in rec["boilerplate"]:
            for k in range(s, min(e, len(text))):
                covered[k] = True
        for i, p in enumerate(doc["paragraphs"]):
            chars = [k for k in range(p["start"], p["end"]) if not text[k].isspace()]
            hit = sum(1 for k in chars if covered[k])
            gold = bool(chars) and hit * 2 >= len(chars)
            pred = p["role"] in ("boilerplate", "caption")
            if 0 < hit and not gold:
                partial.append(f"{name}#{i}: {hit}/{len(chars)} characters gold boilerplate inside a {p['role']} paragraph")
            if gold and pred:
                tp += 1
            elif pred:
                fp += 1
                errors.append(f"{name}#{i}: predicted {p['role']} ({', '.join(p['reasons'])}), not in seed gold")
            elif gold:
                fn += 1
                errors.append(f"{name}#{i}: seed gold boilerplate, got {p['role']}")
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec_ = tp / (tp + fn) if tp + fn else 0.0
    rows = ["### Sample articles: boilerplate/caption paragraphs vs seeds_gold.jsonl spans", "",
            "| gold paragraphs | predicted | correct | precision | recall |", "| ---: | ---: | ---: | ---: | ---: |",
            f"| {tp + fn} | {tp + fp} | {tp} | {prec:.3f} | {rec_:.3f} |"]
    if partial:
        rows += ["", "Gold boilerplate inside a paragraph (below paragraph level, not scored):", ""]
        rows += [f"- {x}" for x in partial]
    return "\n".join(rows), errors


def polnear_table(shared, binary, split):
    """PolNeAR has no role gold. Two proxies: recall of its (sparse) `discard`
    spans, and dimmed paragraphs that hold annotated attribution content
    (those are almost surely wrong: the article's own claims)."""
    path = os.path.join(shared, "bench", "quotes", f"polnear_{split}.jsonl")
    if not os.path.exists(path):
        return f"(no {path})", []
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    out = run_cli(binary, [(r["id"], r["text"]) for r in recs])
    roles = defaultdict(int)
    discard_gold = discard_hit = 0
    content_paras = content_dimmed = 0
    errors = []
    for r in recs:
        text, paras = r["text"], out[r["id"]]["paragraphs"]
        for p in paras:
            roles[p["role"]] += 1
        def para_at(pos):
            for p in paras:
                if p["start"] <= pos < p["end"]:
                    return p
            return None
        for s, e in r.get("discard", []):
            chars = [k for k in range(s, e) if not text[k].isspace()]
            if not chars:
                continue
            discard_gold += 1
            p = para_at(chars[0])
            if p and p["role"] in ("boilerplate", "caption"):
                discard_hit += 1
        seen = set()
        for q in r["quotes"]:
            p = para_at(q["start"])
            if p is None or p["start"] in seen:
                continue
            seen.add(p["start"])
            content_paras += 1
            if p["role"] in ("boilerplate", "caption"):
                content_dimmed += 1
                errors.append(f"{r['id']}: dimmed ({p['role']}, {p['reasons'][0]}) but holds attributed content: {text[p['start']:p['end']][:70]!r}")
    counts = ", ".join(f"{k} {roles[k]}" for k in ROLES if roles[k])
    rows = [f"### PolNeAR {split} ({len(recs)} articles; no role gold, proxies only)", "",
            "| measure | value |", "| --- | ---: |",
            f"| paragraphs by role | {counts} |",
            f"| discard spans (sparse) whose paragraph is dimmed | {discard_hit}/{discard_gold} |",
            f"| paragraphs with attributed content that are dimmed (should be 0) | {content_dimmed}/{content_paras} |"]
    return "\n".join(rows), errors


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(REPO, "build", "native", "claimscope"))
    ap.add_argument("--show-errors", action="store_true", help="list every wrong paragraph")
    ap.add_argument("--polnear", default="dev", help="PolNeAR split for the proxy table (dev, train; 'none' to skip)")
    args = ap.parse_args()
    if not os.path.exists(args.binary):
        sys.exit(f"{args.binary} not found: build first (cmake --build build/native)")
    shared = shared_dir()

    docs, texts, gold = [], {}, {}
    fixtures = os.path.join(REPO, "tests", "fixtures")
    for name in sorted(os.listdir(fixtures)):
        if name.endswith(".roles.json"):
            stem = name[: -len(".roles.json")]
            doc_id = "fixtures/" + stem
            texts[doc_id] = open(os.path.join(fixtures, stem + ".txt"), encoding="utf-8").read()
            gold[doc_id] = json.load(open(os.path.join(fixtures, name), encoding="utf-8"))
            docs.append((doc_id, texts[doc_id]))
    sample_gold = json.load(open(os.path.join(REPO, "bench", "samples.roles.json"), encoding="utf-8"))
    samples_dir = os.path.join(shared, "samples")
    for name in sorted(os.listdir(samples_dir)) if os.path.isdir(samples_dir) else []:
        doc_id = "samples/" + name
        texts[doc_id] = open(os.path.join(samples_dir, name), encoding="utf-8").read()
        if name in sample_gold:
            gold[doc_id] = sample_gold[name]
        docs.append((doc_id, texts[doc_id]))

    out = run_cli(args.binary, docs)
    fx, sm = Tally(), Tally()
    for doc_id, _ in docs:
        if doc_id in gold:
            t = fx if doc_id.startswith("fixtures/") else sm
            t.add(doc_id, texts[doc_id], out[doc_id]["paragraphs"], gold[doc_id])

    n_fx = sum(1 for d in gold if d.startswith("fixtures/"))
    n_sm = sum(1 for d in gold if d.startswith("samples/"))
    print("## Paragraph roles\n")
    print(fx.table(f"Fixtures ({n_fx} articles, tests/fixtures/*.roles.json)"))
    print()
    print(sm.table(f"Sample articles ({n_sm}, bench/samples.roles.json)"))
    print()
    seeds, seed_errors = seeds_table(shared, out, texts) if os.path.isdir(samples_dir) else ("(no shared samples)", [])
    print(seeds)
    polnear_errors = []
    if args.polnear != "none":
        table, polnear_errors = polnear_table(shared, args.binary, args.polnear)
        print()
        print(table)
    errors = fx.errors + sm.errors + seed_errors + polnear_errors
    if errors:
        print(f"\n{len(errors)} error(s)" + ("" if args.show_errors else " (--show-errors to list)"))
        if args.show_errors:
            for e in errors:
                print("- " + e)


if __name__ == "__main__":
    main()
