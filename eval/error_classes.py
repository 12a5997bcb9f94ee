"""Counts of the train split's errors by class, for a prediction file (eval/predict_gold.py).

False positives and misses per type, and date mismatches by kind (no date where an occasion
gives one, a day where the gold has none, a wrong year). The train split only: the frozen
splits are measured by run_eval.py, never broken down into errors.
Usage: python eval/error_classes.py PRED.jsonl [PRED2.jsonl ...]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from hoptac.evaluate import score
from hoptac.gold import corpus_articles, load_standoff, read_jsonl, wanted_articles

HERE = Path(__file__).resolve().parent


def main() -> None:
    corpora = HERE.parent.parent / "shared" / "corpora"
    lines = [g for g in read_jsonl(HERE / "gold" / "gold.jsonl") if g["split"] == "train"]
    gold = load_standoff(lines, corpora, "gold.jsonl", corpus_articles(corpora, wanted_articles(lines)))
    for path in sys.argv[1:]:
        pred = [json.loads(line) for line in open(path, encoding="utf-8")]
        rep = score(gold, pred)
        kinds: Counter[str] = Counter()
        for _doc, key, p, g in rep.mismatches:
            if key != "date":
                kinds[f"detail: {key}"] += 1
            elif p is None:
                kinds["date: none where the gold has a day"] += 1
            elif g.get("date") is None:
                kinds["date: a day where the gold has none"] += 1
            elif p[:4] != str(g["date"])[:4]:
                kinds["date: wrong year"] += 1
            else:
                kinds["date: another day"] += 1
        r = rep.records["ALL"]
        fp = Counter(e["type"] for _d, e in rep.false_positives)
        fn = Counter(e["type"] for _d, e in rep.misses)
        print(f"== {path}: train P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f}")
        print(f"   false positives {sum(fp.values())}: {dict(sorted(fp.items()))}")
        print(f"   misses {sum(fn.values())}: {dict(sorted(fn.items()))}")
        for k, v in sorted(kinds.items()):
            print(f"   {k}: {v}")
        print(f"   quantity F1 on matched records: {rep.quantities.f1:.3f}")


if __name__ == "__main__":
    main()
