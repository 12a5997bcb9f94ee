"""The learned proposer, measured: thresholds by cross-validation, ablation, learning curve, reliability.

The proposer (records/proposer.py) adds meetings and agreements the cue rules missed. It learns
from the open splits, train and extra, and is measured on the frozen test split, which is read
for figures only:

  cross-validation  5 folds of the open documents: each type's threshold is the one that gives the
                    best records F1 there; the proposer is kept only if it beats the rules alone by
                    MIN_GAIN, a type only if it gains on its own
  ablation          test records F1, rules alone and rules + proposer
  learning          test F1 when trained on 25/50/75/100% of the open documents
  reliability       the proposed records per probability band and the share that is right (on the
                    open splits' folds, where there are enough of them to read, and on test); the
                    folds' shares are what a proposed record's confidence says (its `calibration`)

`--write` stores the proposer trained on all of the open splits as `lexicon/data/proposer.json`,
with the thresholds of the types kept (none if the proposer is not kept: it then proposes nothing).
Usage: python eval/proposer_eval.py [--corpora ../shared/corpora] [--write]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

from hoptac.evaluate import score
from hoptac.gold import corpus_articles, documents_of, load_standoff, read_jsonl, wanted_articles
from hoptac.records.proposer import DATA, PARTICIPANT_TYPES, proposer_hash, select
from hoptac.train import fit_proposer, proposer_samples, unscored_pipeline

HERE = Path(__file__).resolve().parent
OPEN = ("train", "extra")
MIN_GAIN = 0.01  # as for the scorer's filter: the chosen thresholds' own CV F1 is the best of several, so optimistic
GRID = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


def with_proposals(docs: list[Any], data: list[tuple], probs: list[float], thresholds: dict[str, float]
                   ) -> list[dict[str, Any]]:
    """The documents' JSON with the candidates records/proposer.py `select` keeps added (at or over their
    type's threshold, one per occasion)."""
    by_doc: dict[str, list[tuple[Any, float]]] = {}
    for (cand, doc_id, _y), p in zip(data, probs):
        by_doc.setdefault(doc_id, []).append((cand, p))
    out = []
    for d in docs:
        j = d.to_json()
        have = [(r.type, set(r.participants or r.source + r.targets)) for r in d.records]
        kept = select(by_doc.get(d.id, []), dict(thresholds), have)
        j["events"] = [r.to_json() for r in d.records] + [{"type": c.type, "participants": list(c.codes)}
                                                           for c, _p in kept]
        out.append(j)
    return out


def f1(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> tuple[float, float, float]:
    r = score(gold, pred).records["ALL"]
    return r.precision, r.recall, r.f1


def cross_validated(data: list[tuple], c: float) -> list[float]:
    """Each candidate's probability from a proposer trained on the other four fifths of the documents."""
    ids = sorted({doc_id for _c, doc_id, _y in data})
    random.Random(7).shuffle(ids)
    probs = [0.0] * len(data)
    for k in range(5):
        fold = set(ids[k::5])
        model = fit_proposer([s for s in data if s[1] not in fold], c)
        for i, (cand, doc_id, _y) in enumerate(data):
            if doc_id in fold and cand.type in model.types:
                probs[i] = model.types[cand.type].probability(cand.features)
    return probs


def reliability(data: list[tuple], probs: list[float], gold: list[dict[str, Any]], docs: list[Any],
                kind: str, threshold: float, name: str) -> list[tuple[float, float]]:
    """One type's proposed records (as `select` keeps them) per band of probability from its threshold, and
    how many a gold record matches; returns the calibration: (band's lower bound, share right), a band of
    fewer than ten records pooled with the one below, and adjacent bands pooled until the shares rise."""
    print(f"  {name}")
    print(f"    {'band':11} {'records':>7} {'right':>6} {'precision':>9}")
    base = score(gold, with_proposals(docs, [], [], {})).records["ALL"].tp
    cuts = [threshold] + [b for b in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9) if b > threshold]
    rows: list[list[float]] = []  # [lower bound, records, right]
    for lo, hi in zip(cuts, cuts[1:] + [1.01]):
        inband = [p if c.type == kind and lo <= p < hi else 0.0 for (c, _d, _y), p in zip(data, probs)]
        pred = with_proposals(docs, data, inband, {kind: lo})
        n = sum(len(j["events"]) for j in pred) - sum(len(d.records) for d in docs)
        right = score(gold, pred).records["ALL"].tp - base
        print(f"    {lo:.2f}–{min(hi, 1.0):.2f}  {n:7d} {right:6.0f} {right / n if n else 0:9.3f}")
        if rows and (n < 10 or rows[-1][1] < 10):
            rows[-1][1:] = [rows[-1][1] + n, rows[-1][2] + right]
        else:
            rows.append([lo, n, right])
    merged = True
    while merged:  # pool adjacent violators: a higher band is never less likely right
        merged = False
        for i in range(len(rows) - 1):
            if rows[i + 1][2] / max(rows[i + 1][1], 1) <= rows[i][2] / max(rows[i][1], 1):
                rows[i][1:] = [rows[i][1] + rows[i + 1][1], rows[i][2] + rows[i + 1][2]]
                del rows[i + 1]
                merged = True
                break
    table = [(lo, round(right / n, 3)) for lo, n, right in rows if n]
    print(f"    calibration: {table}")
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=HERE.parent.parent / "shared" / "corpora")
    ap.add_argument("--c", type=float, default=0.1, help="inverse regularisation strength")
    ap.add_argument("--write", action="store_true", help="store the proposer trained on all of the open splits")
    ap.add_argument("--cv-only", action="store_true",
                    help="stop after the open splits' cross-validation (to choose --c without seeing the frozen test)")
    args = ap.parse_args()
    if not args.corpora.exists():
        print(f"skipped: {args.corpora} not found", file=sys.stderr)
        return
    lines = read_jsonl(HERE / "gold" / "gold.jsonl") + read_jsonl(HERE / "gold" / "extra.jsonl")
    articles = corpus_articles(args.corpora, wanted_articles(lines))
    gold = load_standoff(lines, args.corpora, "gold.jsonl", articles)
    split = {g["id"]: g["split"] for g in gold}
    docs = list(unscored_pipeline().pipe(documents_of(gold, articles)))
    g_open = [g for g in gold if g["split"] in OPEN]
    g_test = [g for g in gold if g["split"] == "test"]
    d_open = [d for d in docs if split[d.id] in OPEN]
    d_test = [d for d in docs if split[d.id] == "test"]
    data = proposer_samples(g_open, d_open)
    test = proposer_samples(g_test, d_test)
    print(f"candidates: open {len(data)} ({sum(y for *_x, y in data)} of a record the rules missed), "
          f"test {len(test)} ({sum(y for *_x, y in test)})\n")

    probs = cross_validated(data, args.c)
    base = f1(g_open, with_proposals(d_open, [], [], {}))[2]
    print(f"== cross-validated on the open splits (5 folds): rules alone F1 {base:.4f}")
    chosen: dict[str, float] = {}
    for t in PARTICIPANT_TYPES:
        best = max((f1(g_open, with_proposals(d_open, data, probs, {t: th}))[2], th) for th in GRID)
        print(f"  {t:8} best threshold {best[1]:.2f}: F1 {best[0]:.4f} ({best[0] - base:+.4f})")
        if best[0] > base:
            chosen[t] = best[1]
    cv = f1(g_open, with_proposals(d_open, data, probs, chosen))[2]
    keep = bool(chosen) and cv >= base + MIN_GAIN
    print(f"  together {chosen}: F1 {cv:.4f} ({cv - base:+.4f}); "
          f"{'kept' if keep else 'not kept'} (kept only with a gain of at least {MIN_GAIN})\n")
    if args.cv_only:
        return
    calibration = {t: reliability(data, probs, g_open, d_open, t, th, f"{t}: proposed records, open splits (folds)")
                   for t, th in chosen.items()}

    full = fit_proposer(data, args.c, chosen)
    tprobs = [full.types[c.type].probability(c.features) if c.type in full.types else 0.0 for c, _d, _y in test]
    print("\n== ablation on the frozen test split (thresholds chosen on the open splits)")
    print(f"  {'':26} {'P':>6} {'R':>6} {'F1':>6}")
    rules = f1(g_test, with_proposals(d_test, [], [], {}))
    proposed = f1(g_test, with_proposals(d_test, test, tprobs, chosen))
    for name, (p, r, f) in (("rules alone", rules), ("rules + proposer", proposed)):
        print(f"  {name:26} {p:6.3f} {r:6.3f} {f:6.3f}")

    print("\n== learning curve (test F1 with the proposer trained on a share of the open documents)")
    ids = sorted({d for _c, d, _y in data})
    random.Random(3).shuffle(ids)
    for frac in (0.25, 0.5, 0.75, 1.0):
        part = set(ids[: max(1, round(len(ids) * frac))])
        m = fit_proposer([s for s in data if s[1] in part], args.c, chosen)
        pr = [m.types[c.type].probability(c.features) if c.type in m.types else 0.0 for c, _d, _y in test]
        print(f"  {frac:5.2f} of the documents ({len(part):5d}): F1 {f1(g_test, with_proposals(d_test, test, pr, chosen))[2]:.3f}")
    for t, th in chosen.items():
        reliability(test, tprobs, g_test, d_test, t, th, f"{t}: proposed records, frozen test")

    if args.write:
        proposer = fit_proposer(data, args.c, chosen if keep else {})
        for t, table in calibration.items():  # a proposed record's confidence: its band's share right in the folds
            proposer.types[t].calibration = table
        proposer.about.update({"trained_on": "eval/gold/gold.jsonl split train + eval/gold/extra.jsonl",
                               "proposer_hash": proposer_hash(), "cv_f1_rules": round(base, 4),
                               "cv_f1_proposer": round(cv, 4), "thresholds_chosen": chosen, "kept": keep,
                               "test_f1_rules": round(rules[2], 3), "test_f1_proposer": round(proposed[2], 3)})
        DATA.write_text(proposer.dumps(), encoding="utf-8")
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
