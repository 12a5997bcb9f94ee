"""Predictions of whatever hoptac is importable on the gold articles, for comparing commits.

Run an older commit's pipeline without installing it:
    git worktree add /tmp/old <commit>
    PYTHONPATH=/tmp/old/src python eval/predict_gold.py /tmp/pred_old.jsonl
then score with today's scorer (which reads every version's output):
    hoptac eval eval/gold/gold.jsonl --corpora ../shared/corpora --pred /tmp/pred_old.jsonl --split test
It reads the corpus objects itself (older commits' gold loaders differ) and writes one
JSON line per article in the guide's schema. Needs ../shared/corpora.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from hoptac.pipeline import Pipeline
from hoptac.read.jsonl import document_from_object

HERE = Path(__file__).resolve().parent


def main() -> None:
    out_path = Path(sys.argv[1])
    corpora = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parent.parent / "shared" / "corpora"
    want: dict[str, set[str]] = {}
    for name in ("gold.jsonl", "check.jsonl", "extra.jsonl"):
        path = HERE / "gold" / name
        if path.exists():
            for line in path.open(encoding="utf-8"):
                g = json.loads(line)
                want.setdefault(g["corpus"], set()).add(g["id"])
    arts = []
    for corpus, ids in want.items():
        with gzip.open(corpora / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as fh:
            arts += [(corpus, a) for a in map(json.loads, fh) if a["id"] in ids]
    docs = [document_from_object(a, source=c, stem=c, line=i) for i, (c, a) in enumerate(arts)]
    with out_path.open("w", encoding="utf-8") as out:
        for doc in Pipeline().pipe(docs):
            out.write(json.dumps(doc.to_json(), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
