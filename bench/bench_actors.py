"""Benchmark: hoptac's find_actors against underthesea's NER on the dev documents.

Not a test (never run by `make test`): it reads ../shared/gold/dev.jsonl, whose
bodies are the outlets' text. For each document it counts how many of the gold
actor codes (participants, sources, targets of its records) each tool finds,
how many codes each finds that gold does not use, and how long each takes.

To be fair, underthesea's LOC/ORG/PER entities are mapped to codes with the
same lexicon hoptac uses: an entity that is itself a lexicon phrase takes that
phrase's code (no context guards: NER already said it is a name); otherwise
the entity text is run through find_actors (so "Bộ Ngoại giao Mỹ" is USA).

    python bench/bench_actors.py [--gold ../shared/gold/dev.jsonl] [--repeat 5]

underthesea is in the `bench` extra (`pip install -e '.[bench]'`); if it is not
installed, or its NER model would have to be downloaded (no network here), the
bench says so and still prints hoptac's figures.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any, Callable

from hoptac.mentions.actor_lexicon import key_of, load
from hoptac.mentions.actors import find_actors
from hoptac.model import Document, Sentence

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold" / "dev.jsonl"


def gold_codes(doc: dict[str, Any]) -> set[str]:
    """Every code the gold records of a document use."""
    out: set[str] = set()
    for ev in doc.get("events", []):
        for k in ("participants", "source", "targets"):
            v = ev.get(k)
            out.update([v] if isinstance(v, str) else (v or []))
    return out


def make_doc(g: dict[str, Any]) -> Document:
    """One Document per gold record: the body paragraphs, one sentence per paragraph."""
    text, sents, pos = "", [], 0
    for i, p in enumerate(g["body"]):
        if text:
            text += "\n"
            pos += 1
        sents.append(Sentence(p, pos, pos + len(p), i, i))
        text += p
        pos += len(p)
    return Document(text=text, id=g["id"], published=g.get("published"), sentences=sents)


def hoptac_codes(g: dict[str, Any]) -> set[str]:
    doc = find_actors(make_doc(g))
    return {a.code for a in doc.actors if a.code}


def entity_codes(entity: str) -> set[str]:
    """The codes of one NER entity, by the same lexicon."""
    lex = load()
    key, _ = key_of(entity)
    direct = {e.code for e in lex.entries.get(key, ()) if e.code and e.code != "-"}
    if direct:
        return direct
    doc = Document(text=entity, sentences=[Sentence(entity, 0, len(entity), 0, 0)])
    return {a.code for a in find_actors(doc).actors if a.code}


def underthesea_codes_fn() -> tuple[Callable[[dict[str, Any]], set[str]] | None, str]:
    """underthesea's NER as a code finder, or None and why it cannot run."""
    try:
        from underthesea import ner
    except ImportError:
        return None, "underthesea is not installed (pip install -e '.[bench]')"
    try:
        ner("Việt Nam và Nhật Bản.")
    except Exception as exc:  # a model it would have to download, etc.
        return None, f"underthesea's ner cannot run here ({type(exc).__name__}: {exc}); no network to fetch a model"

    def codes(g: dict[str, Any]) -> set[str]:
        out: set[str] = set()
        for para in g["body"]:
            entity: list[str] = []
            for tok in ner(para) + [("", "", "", "O")]:
                tag = tok[-1]
                if tag.startswith("I-") and entity:
                    entity.append(tok[0])
                    continue
                if entity:
                    out |= entity_codes(" ".join(entity))
                    entity = []
                if tag[2:] in ("LOC", "ORG", "PER") and tag.startswith("B-"):
                    entity = [tok[0]]
        return out

    return codes, ""


def run(name: str, fn: Callable[[dict[str, Any]], set[str]], docs: list[dict[str, Any]],
        repeat: int) -> tuple[list[set[str]], float]:
    """Codes per document and the best wall time over `repeat` runs."""
    best, found = float("inf"), []
    for _ in range(repeat):
        t = time.perf_counter()
        found = [fn(g) for g in docs]
        best = min(best, time.perf_counter() - t)
    return found, best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    docs = [json.loads(line) for line in Path(args.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [gold_codes(g) for g in docs]

    load()  # compile the lexicon outside the timing (once per process)
    results: dict[str, tuple[list[set[str]], float]] = {"hoptac": run("hoptac", hoptac_codes, docs, args.repeat)}
    uts, why = underthesea_codes_fn()
    if uts is not None:
        results["underthesea"] = run("underthesea", uts, docs, args.repeat)

    names = list(results)
    print(f"{len(docs)} dev documents, {sum(len(g) for g in gold)} gold actor codes\n")
    print(f"{'document':24} {'gold':>4} " + " ".join(f"{n + ' found':>17} {'extra':>5}" for n in names))
    totals = {n: [0, 0] for n in names}
    for i, g in enumerate(docs):
        row = f"{g['id']:24} {len(gold[i]):>4} "
        for n in names:
            f = results[n][0][i]
            hit, extra = len(gold[i] & f), len(f - gold[i])
            totals[n][0] += hit
            totals[n][1] += extra
            row += f"{hit:>17} {extra:>5} "
        print(row)
    total_gold = sum(len(g) for g in gold)
    print()
    for n in names:
        hit, extra = totals[n]
        secs = results[n][1]
        print(f"{n:12} finds {hit}/{total_gold} gold codes ({hit / max(total_gold, 1):.0%}), "
              f"{extra} codes gold does not use; {secs * 1000:.1f} ms for {len(docs)} documents "
              f"(best of {args.repeat})")
    if "underthesea" in results:
        ratio = results["underthesea"][1] / max(results["hoptac"][1], 1e-9)
        print(f"\nunderthesea takes {ratio:.1f}x hoptac's time")
    else:
        print(f"\nunderthesea: not run: {why}")
    print("\n'extra' counts codes a tool finds in a document that none of its gold records"
          " uses: not all are errors (a country named in passing), but none is scored.")


if __name__ == "__main__":
    main()
