"""Each rule's records on the open splits (train and extra), right and wrong: where precision is lost.

A rule whose records are mostly wrong on articles nobody wrote it from is the cheapest fix that carries
over to unseen text (this is how the conference and backing rules were narrowed). The frozen splits
(test, check) are never counted here.
Usage: python eval/rule_precision.py PRED.jsonl [--min 3]   (PRED from eval/predict_gold.py)
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from hoptac.evaluate import score
from hoptac.gold import corpus_articles, load_standoff, read_jsonl, wanted_articles

HERE = Path(__file__).resolve().parent
OPEN = (("gold.jsonl", "train"), ("extra.jsonl", "extra"))


def rule_of(event: dict) -> str:
    """'cues.toml:294:REQUEST.request:yêu cầu' -> 'REQUEST.request:yêu cầu' (the line number drifts)."""
    rule = str(event.get("rule") or event.get("type"))
    return rule.split(":", 2)[-1] if rule.count(":") >= 2 else rule


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pred", type=Path)
    ap.add_argument("--min", type=int, default=3, help="list rules with at least this many records")
    ap.add_argument("--corpora", type=Path, default=HERE.parent.parent / "shared" / "corpora")
    args = ap.parse_args()
    pred = [json.loads(line) for line in args.pred.open(encoding="utf-8")]
    made: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for name, split in OPEN:
        lines = [g for g in read_jsonl(HERE / "gold" / name) if g["split"] == split]
        gold = load_standoff(lines, args.corpora, name, corpus_articles(args.corpora, wanted_articles(lines)))
        ids = {g["id"] for g in gold}
        made.update(rule_of(e) for d in pred if d["id"] in ids for e in d["events"])
        wrong.update(rule_of(e) for _d, e in score(gold, pred).false_positives)
    print(f"{'rule':60s} records wrong precision")
    for rule, n in sorted(made.items(), key=lambda kv: (1 - wrong[kv[0]] / kv[1], -kv[1])):
        if n >= args.min:
            print(f"{rule[:60]:60s} {n:7d} {wrong[rule]:5d} {1 - wrong[rule] / n:9.2f}")


if __name__ == "__main__":
    main()
