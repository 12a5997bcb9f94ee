"""Run hoptac over a corpus and report records per type, speed, and a random sample.

Not a test: it reads ../shared/corpora (copyrighted text that stays outside the
repo). The sample is what an analyst hand-checks to estimate precision:

    python bench/corpus_records.py ../shared/corpora/dantri-2021.jsonl.gz --sample 50 --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter

from hoptac.model import ReadError
from hoptac.pipeline import Pipeline
from hoptac.read import read_inputs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--out", default="", help="write all records as JSONL here")
    args = ap.parse_args()

    docs = (d for d in read_inputs([args.corpus]) if not isinstance(d, ReadError))
    counts: Counter[str] = Counter()
    found = []
    n = 0
    start = time.perf_counter()
    for doc in Pipeline().pipe(docs):
        n += 1
        for r in doc.records:
            counts[r.type] += 1
            found.append((doc.id, doc.title, r.to_json()))
        if args.limit and n >= args.limit:
            break
    elapsed = time.perf_counter() - start
    print(f"{n} documents in {elapsed:.1f}s ({n / elapsed:.1f} docs/s); {len(found)} records")
    for t in ("CONSULT", "AGREE", "REQUEST", "SUPPORT", "AID", "MEASURE"):
        print(f"  {t:8} {counts[t]}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for doc_id, title, rec in found:
                fh.write(json.dumps({"doc": doc_id, "title": title, **rec}, ensure_ascii=False) + "\n")
    rng = random.Random(args.seed)
    for doc_id, _title, rec in rng.sample(found, min(args.sample, len(found))):
        actors = rec.get("participants") or f"{rec.get('source')} -> {rec.get('targets', '')}"
        extra = " ".join(f"{k}={rec[k]}" for k in ("mode", "category", "status", "measure") if rec.get(k))
        print(f"\n[{doc_id}] {rec['type']} {actors} {extra} date={rec['date']} rule={rec['rule']}")
        print(f"    {rec['evidence']}")


if __name__ == "__main__":
    main()
