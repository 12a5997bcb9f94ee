"""The learned scorer, measured: ablation, learning curve and confidence reliability.

Trains on the open splits, train and extra (records/scorer.py, hoptac/train.py), and
measures on the frozen test split, which is read for figures, never for errors:

  ablation      rules alone; rules + scorer as a filter (its threshold chosen by
                5-fold cross-validation on the open splits); the scorer with the rules'
                own features only (no words around the cue)
  learning      test F1 of the filter and Brier score of the probabilities when
                trained on 25/50/75/100% of the train documents
  reliability   on test: records per confidence band and the share that is
                right, for the rules' confidence and for the scorer's

`--write` stores the scorer trained on all of the open splits as the package's
`lexicon/data/scorer.json`, with the threshold only if the filter won by at
least MIN_GAIN F1 in the open splits' cross-validation (else it only calibrates
confidence); the frozen test split decides nothing.
Usage: python eval/scorer_eval.py [--corpora ../shared/corpora] [--write]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from hoptac.evaluate import score
from hoptac.gold import corpus_articles, documents_of, load_standoff, read_jsonl, wanted_articles
from hoptac.lexicon import shipped_hash
from hoptac.records.scorer import DATA
from hoptac.train import fit, samples, subsample, unscored_pipeline

HERE = Path(__file__).resolve().parent
BANDS = [(0.0, 0.3), (0.3, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
OPEN = ("train", "extra")  # the open splits the scorer learns from; test is only measured
MIN_GAIN = 0.01  # a filter that wins by less is noise: it only calibrates (the chosen threshold's own CV F1 is
# optimistic, the best of eight on the same folds, so the margin is wanted)
RULE_FEATURES = {"type", "group", "cue", "rule_conf", "carried", "event_targets", "mentions", "dated",
                 "date_inherited", "quantities", "intl", "parties", "long_sentence"}


def prf(gold: list[dict[str, Any]], docs: list[Any], keep: Any = None) -> tuple[float, float, float]:
    """Records P/R/F1 on `gold` when only the records `keep(rec, doc)` accepts are kept."""
    pred = []
    for d in docs:
        j = d.to_json()
        j["events"] = [r.to_json() for r in d.records if keep is None or keep(r, d)]
        pred.append(j)
    r = score(gold, pred).records["ALL"]
    return r.precision, r.recall, r.f1


def choose_threshold(train: list[tuple], gold: list[dict[str, Any]], docs: list[Any], c: float
                     ) -> tuple[float, float, float]:
    """The threshold that maximises F1 over 5 folds of the open documents (0 = keep all), with the
    cross-validated F1 there and the rules' own F1 on the same documents: whether the filter is kept is
    decided on these, never on the frozen test split."""
    ids = sorted({d.id for _r, d, _y, _s in train})
    random.Random(7).shuffle(ids)
    folds = [set(ids[i::5]) for i in range(5)]
    probs: dict[int, float] = {}
    for fold in folds:
        model = fit([s for s in train if s[1].id not in fold], c)
        for r, d, _y, _s in train:
            if d.id in fold:
                probs[id(r)] = model.probability(r, d)
    base = prf(gold, docs)[2]
    best = (base, 0.0)
    for t in [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55]:
        f1 = prf(gold, docs, lambda r, d, t=t: probs.get(id(r), 1.0) >= t)[2]
        best = max(best, (f1, t))
    return best[1], best[0], base


def reliability(data: list[tuple], prob: Any, name: str) -> None:
    print(f"  {name}")
    print(f"    {'band':11} {'records':>7} {'right':>6} {'precision':>9}")
    for lo, hi in BANDS:
        inb = [y for r, d, y, _s in data if lo <= prob(r, d) < hi]
        if inb:
            print(f"    {lo:.1f}–{min(hi, 1.0):.1f}    {len(inb):7d} {sum(inb):6d} {sum(inb) / len(inb):9.3f}")
    brier = sum((prob(r, d) - y) ** 2 for r, d, y, _s in data) / max(len(data), 1)
    print(f"    Brier score {brier:.3f} over {len(data)} records")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=HERE.parent.parent / "shared" / "corpora")
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    ap.add_argument("--train-only", action="store_true", help="learn from the train split alone, not extra too")
    ap.add_argument("--write", action="store_true", help="store the scorer trained on all of the open splits")
    args = ap.parse_args()
    if not args.corpora.exists():
        print(f"skipped: {args.corpora} not found", file=sys.stderr)
        return
    lines = read_jsonl(HERE / "gold" / "gold.jsonl")
    if not args.train_only:
        lines += read_jsonl(HERE / "gold" / "extra.jsonl")  # open like train: more samples to learn from
    articles = corpus_articles(args.corpora, wanted_articles(lines))
    gold = load_standoff(lines, args.corpora, "gold.jsonl", articles)
    docs = list(unscored_pipeline().pipe(documents_of(gold, articles)))
    data = samples(gold, docs)
    split = {g["id"]: g["split"] for g in gold}
    train = [s for s in data if s[3] in OPEN]
    test = [s for s in data if s[3] == "test"]
    g_train = [g for g in gold if g["split"] in OPEN]
    g_test = [g for g in gold if g["split"] == "test"]
    d_train = [d for d in docs if split[d.id] in OPEN]
    d_test = [d for d in docs if split[d.id] == "test"]
    print(f"samples: train {len(train)} ({sum(s[2] for s in train)} right), test {len(test)} "
          f"({sum(s[2] for s in test)} right)\n")

    t, cv_f1, cv_base = choose_threshold(train, g_train, d_train, args.c)
    print(f"cross-validated on the open splits: rules alone F1 {cv_base:.3f}, with the filter at {t:.2f} {cv_f1:.3f}\n")
    full = fit(train, args.c)
    rules_only = fit(train, args.c, keep=RULE_FEATURES)
    print(f"== ablation on the frozen test split (threshold {t:.2f}, chosen on the open splits by 5-fold CV)")
    print(f"  {'':34} {'P':>6} {'R':>6} {'F1':>6}")
    rows = [("rules alone", None),
            ("rules + scorer filter", lambda r, d: full.probability(r, d) >= t),
            ("rules + scorer, rule features only", lambda r, d: rules_only.probability(r, d) >= t)]
    base = 0.0
    for name, keep in rows:
        p, r, f = prf(g_test, d_test, keep)
        base = f if keep is None else base
        print(f"  {name:34} {p:6.3f} {r:6.3f} {f:6.3f}")
    filter_f1 = prf(g_test, d_test, rows[1][1])[2]

    print("\n== learning curve (test; the filter at the chosen threshold)")
    print(f"  {'train share':12} {'samples':>7} {'F1':>6} {'Brier':>6}")
    for frac in (0.25, 0.5, 0.75, 1.0):
        part = subsample(train, frac, seed=3)
        m = fit(part, args.c)
        f1 = prf(g_test, d_test, lambda r, d, m=m: m.probability(r, d) >= t)[2]
        brier = sum((m.probability(r, d) - y) ** 2 for r, d, y, _s in test) / max(len(test), 1)
        print(f"  {frac:12.2f} {len(part):7d} {f1:6.3f} {brier:6.3f}")

    print("\n== reliability on the frozen test split")
    reliability(test, lambda r, d: r.mentions[0].confidence if r.mentions else r.confidence, "rules' confidence")
    reliability(test, full.probability, "scorer's probability")

    # Kept or not by the open splits' cross-validation alone: the frozen test split is only measured.
    keep_filter = t > 0 and cv_f1 >= cv_base + MIN_GAIN
    print(f"\nfilter {'kept' if keep_filter else 'not kept'}: cross-validated F1 {cv_f1:.3f} vs rules alone {cv_base:.3f} "
          f"on the open splits (kept only with a gain of at least {MIN_GAIN}); on the frozen test {filter_f1:.3f} "
          f"vs {base:.3f}")
    if args.write:
        full.threshold = t if keep_filter else None
        trained_on = "eval/gold/gold.jsonl split train" + ("" if args.train_only else " + eval/gold/extra.jsonl")
        full.about.update({"trained_on": trained_on, "lexicon_hash": shipped_hash(),
                           "test_f1_rules": round(base, 3),
                           "test_f1_filter": round(filter_f1, 3), "threshold_chosen": t,
                           "cv_f1_rules": round(cv_base, 3), "cv_f1_filter": round(cv_f1, 3)})
        DATA.write_text(json.dumps(full.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
