"""hoptac on its own annotated corpus, per split, beside the two-pass agreement ceiling.

Needs ../shared/corpora (the gold is standoff: it holds no article text), so it
is not part of `make test`. The frozen test split is measured here and never
read for errors (`hoptac eval --errors` lists the train split's only).

Usage (from the repository root): python eval/run_eval.py [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from hoptac.evaluate import Report, score
from hoptac.records.types import type_names
from hoptac.gold import corpus_articles, documents_of, load_standoff, read_jsonl, wanted_articles
from hoptac.pipeline import Pipeline

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"


def row(name: str, rep: Report) -> str:
    r = rep.records["ALL"]
    per_type = " ".join(f"{rep.records[t].f1:5.3f}" for t in type_names())
    d = rep.details
    return (f"{name:18} {r.precision:5.3f} {r.recall:5.3f} {r.f1:5.3f} | {per_type} | {rep.actors.f1:5.3f} "
            f"{d['date'].value:5.3f} {rep.quantities.f1:5.3f} {rep.quantities_dated.f1:5.3f} {d['status'].value:5.3f} {d['category'].value:5.3f} "
            f"{d['mode'].value:5.3f} | {rep.body.f1:5.3f} {rep.titles.value:5.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=HERE.parent.parent / "shared" / "corpora")
    args = ap.parse_args()
    if not args.corpora.exists():
        print(f"skipped: {args.corpora} not found", file=sys.stderr)
        return
    lines = read_jsonl(GOLD / "gold.jsonl")
    articles = corpus_articles(args.corpora, wanted_articles(lines))  # the corpora are read once
    gold = load_standoff(lines, args.corpora, "gold.jsonl", articles)
    passes = {p: load_standoff(read_jsonl(GOLD / f"pass_{p}.jsonl"), args.corpora, f"pass_{p}.jsonl", articles)
              for p in ("a", "b")}
    start = time.perf_counter()
    pred = [d.to_json() for d in Pipeline().pipe(documents_of(gold, articles))]
    took = time.perf_counter() - start

    print("corpus:", len(gold), "articles;", Counter(g["split"] for g in gold))
    for split in ("train", "test"):
        part = [g for g in gold if g["split"] == split]
        types = Counter(e["type"] for g in part for e in g["events"])
        print(f"  {split}: {len(part)} articles, {sum(types.values())} records: "
              + ", ".join(f"{t} {types[t]}" for t in type_names())
              + f"; articles with records {sum(1 for g in part if g['events'])}")
    print(f"hoptac ran on {len(pred)} articles in {took:.1f} s\n")
    head = ("                    P     R     F1   | " + " ".join(f"{t[:5]:>5}" for t in type_names())
            + " | actor date  qty   qty@d status categ mode  | body  title")
    for split in ("test", "train", "all"):
        part = [g for g in gold if split == "all" or g["split"] == split]
        print(f"== {split} ({len(part)} articles) ==")
        print(head)
        print(row("hoptac", score(part, pred)))
        ids = {g["id"] for g in part}
        for p, docs in passes.items():
            print(row(f"pass {p.upper()} vs gold", score(part, [d for d in docs if d["id"] in ids])))
        print(row("pass B vs pass A", score([d for d in passes["a"] if d["id"] in ids], passes["b"])))
        print()
    print("qty@d: the quantities again, an amount right only on a record whose date is right too (records match "
          "without their dates).")
    print("body and title of the passes are the corpus's own fields (its JSON is clean), so 1.000 there says"
          " nothing; 'pass B vs pass A' is the two blind passes' agreement, the honest ceiling.")
    # One blind pass each (eval/select_check.py): the second frozen set, and more open train articles.
    for name, what in (("check", "frozen"), ("extra", "open, for errors like train")):
        if not (GOLD / f"{name}.jsonl").exists():
            continue
        lines = read_jsonl(GOLD / f"{name}.jsonl")
        arts = corpus_articles(args.corpora, wanted_articles(lines, f"{name}.jsonl"))
        part = load_standoff(lines, args.corpora, f"{name}.jsonl", arts)
        pred_c = [d.to_json() for d in Pipeline().pipe(documents_of(part, arts))]
        n = sum(len(g["events"]) for g in part)
        print(f"\n== {name} ({len(part)} articles, {n} records; one blind pass, {what}) ==")
        print(head)
        print(row("hoptac", score(part, pred_c)))


if __name__ == "__main__":
    main()
