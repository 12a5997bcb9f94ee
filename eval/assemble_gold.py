"""Turn the annotation passes into the standoff gold of `eval/gold/`.

How the gold was made (see eval/README.md): two blind passes (A, B) over the
210 selected articles, each by an annotator who saw only the guide and the
text; articles where the passes disagreed (by the guide's scorer: any record
unmatched, or a matched record differing in actors, date, mode, status,
category, measure or quantities) were adjudicated from the guide, the text
and both passes; the rest take pass A. This script reads those JSONL files,
finds each evidence sentence in the corpus text and writes standoff records:
corpus, article id and character offsets, plus the short evidence quote.

Usage (from the repository root): python eval/assemble_gold.py ANNOT_DIR ../shared/corpora
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hoptac.gold import corpus_articles, evidence_fields

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"


def locate(evidence: str, art: dict) -> dict:
    """Where the evidence stands: field (text or title) and character offsets."""
    for field in ("text", "title"):
        start = art[field].find(evidence)
        if start >= 0:
            return {"field": field, "start": start, "end": start + len(evidence)}
    raise ValueError(f"{art['id']}: evidence not found: {evidence[:80]!r}")


def standoff(events: list[dict], art: dict) -> list[dict]:
    """Each record with the place of its evidence, its first words and sha1 (no whole quote)."""
    out = []
    for ev in events:
        ev = dict(ev)
        if ev.get("type") == "MEASURE":
            ev.pop("targets", None)  # the guide gives a MEASURE a source only
        evidence = ev.pop("evidence")
        ev["span"] = locate(evidence, art)
        ev.update(evidence_fields(evidence))
        out.append(ev)
    return out


def load_pass(files: list[Path]) -> dict[str, list[dict]]:
    docs: dict[str, list[dict]] = {}
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d["events"]
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("annot", type=Path)
    ap.add_argument("corpora", type=Path)
    args = ap.parse_args()
    selection = {r["id"]: r for r in map(json.loads, (GOLD / "selection.jsonl").read_text().splitlines())}
    wanted: dict[str, set[str]] = {}
    for i, sel in selection.items():
        wanted.setdefault(sel["corpus"], set()).add(i)
    arts = {i: art for (_corpus, i), art in corpus_articles(args.corpora, wanted).items()}
    passes = {p: load_pass(sorted((args.annot / f"pass_{p}").glob("batch_*.jsonl"))) for p in "AB"}
    adjudicated = load_pass(sorted((args.annot / "adjudicated").glob("adj_*.jsonl")))
    final = {i: adjudicated.get(i, passes["A"][i]) for i in selection}
    for name, docs in (("gold", final), ("pass_a", passes["A"]), ("pass_b", passes["B"])):
        with (GOLD / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for i, sel in selection.items():
                row = {"corpus": sel["corpus"], "id": i, "split": sel["split"], "stratum": sel["stratum"],
                       "adjudicated": i in adjudicated, "events": standoff(docs[i], arts[i])}
                if name != "gold":
                    row.pop("adjudicated")
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(final)} articles, {sum(len(e) for e in final.values())} records, {len(adjudicated)} adjudicated")


if __name__ == "__main__":
    main()
