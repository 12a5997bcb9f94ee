"""Standoff gold: annotations that point into a corpus instead of copying it.

The corpora are copyrighted, so `eval/gold/gold.jsonl` holds no article text:
each line names its corpus and article id, its split (train or the frozen
test) and its records, each with the character offsets of its evidence in
the article's `text` (or `title`), the evidence's first words and its sha1.
`load_standoff` rebuilds full gold documents in the annotation guide's
schema from the corpus files and refuses gold whose offsets no longer slice
to that evidence, so a changed corpus can never be scored against stale gold.
(A record may instead quote its whole evidence, short, as `evidence`.)
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from hoptac.model import Document


SPLITS = ("train", "test", "check", "extra")  # check: a second frozen set; extra: more train (eval/select_check.py)
HEAD_WORDS = 8  # of the evidence kept in the gold file, for a reader's eye


def sha1(text: str) -> str:
    """The evidence's fingerprint in standoff gold."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def evidence_fields(evidence: str) -> dict[str, str]:
    """What standoff gold keeps of an evidence sentence: its first words and its sha1."""
    words = evidence.split()
    head = " ".join(words[:HEAD_WORDS]) + (" …" if len(words) > HEAD_WORDS else "")
    return {"evidence_head": head, "evidence_sha1": sha1(evidence)}


class GoldError(ValueError):
    """Standoff gold that does not fit its corpus (missing article, offsets off)."""


def is_standoff(obj: dict[str, Any]) -> bool:
    """True for a line of standoff gold (it names its corpus)."""
    return "corpus" in obj and "id" in obj


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSON-lines file; a bad line raises GoldError naming it."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:line {n}: invalid JSON ({exc.msg})") from None
    return out


def corpus_articles(corpora: Path, wanted: dict[str, set[str]]) -> dict[tuple[str, str], dict[str, Any]]:
    """The articles {(corpus, id): object} named in `wanted` ({corpus: ids}), streamed from
    `corpora/<corpus>.jsonl.gz` (or `.jsonl`)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for corpus, ids in wanted.items():
        path = next((p for p in (corpora / f"{corpus}.jsonl.gz", corpora / f"{corpus}.jsonl") if p.exists()), None)
        if path is None:
            raise GoldError(f"corpus {corpus!r} not found in {corpora}")
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
            for line in fh:
                obj = json.loads(line)
                if obj.get("id") in ids:
                    found[(corpus, obj["id"])] = obj
    return found


def wanted_articles(lines: list[dict[str, Any]], where: str = "gold") -> dict[str, set[str]]:
    """{corpus: article ids} of standoff lines, refusing a line without corpus, id or a known split."""
    wanted: dict[str, set[str]] = {}
    for n, row in enumerate(lines, start=1):
        if not row.get("corpus") or not row.get("id"):
            raise GoldError(f"{where}:line {n}: a standoff line needs 'corpus' and 'id'")
        if row.get("split") not in SPLITS:
            raise GoldError(f"{where}:line {n}: split {row.get('split')!r} is not one of {', '.join(SPLITS)}")
        wanted.setdefault(row["corpus"], set()).add(row["id"])
    return wanted


def load_standoff(lines: list[dict[str, Any]], corpora: Path, where: str = "gold",
                  articles: dict[tuple[str, str], dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Full gold documents (id, title, outlet, published, body, events, split) from standoff lines.

    Every record's offsets must slice its article to its evidence (the quote, or the
    sha1 of it). `articles` (from `corpus_articles`) saves reading the corpora again."""
    wanted = wanted_articles(lines, where)
    articles = articles if articles is not None else corpus_articles(corpora, wanted)
    docs = []
    for n, row in enumerate(lines, start=1):
        art = articles.get((row["corpus"], row["id"]))
        if art is None:
            raise GoldError(f"{where}:line {n}: article {row['id']!r} is not in corpus {row['corpus']!r}")
        events = []
        for k, ev in enumerate(row.get("events", [])):
            span = ev.get("span") or {}
            source = art.get(span.get("field", "text")) or ""
            got = source[span.get("start", 0):span.get("end", 0)]
            ok = got == ev["evidence"] if "evidence" in ev else sha1(got) == ev.get("evidence_sha1")
            if not ok:
                raise GoldError(f"{where}:line {n}: {row['id']} record {k}: offsets "
                                f"{span.get('start')}-{span.get('end')} slice {got[:60]!r}, not the evidence "
                                f"{str(ev.get('evidence') or ev.get('evidence_head'))[:60]!r}")
            event = {key: value for key, value in ev.items() if key not in ("span", "evidence_head", "evidence_sha1")}
            event["evidence"] = got
            events.append(event)
        docs.append({"id": row["id"], "corpus": row["corpus"], "split": row["split"],
                     "title": art.get("title"), "outlet": art.get("source"), "published": art.get("date"),
                     "body": _body_lines(art),
                     "events": events})
    return docs


def _body_lines(art: dict[str, Any]) -> list[str]:
    """The body as the JSONL reader takes it: the text's lines, after a title that is a lead."""
    from hoptac.read.jsonl import lead_to_add

    title, text = art.get("title"), art.get("text") or ""
    added = lead_to_add(title, text) if isinstance(title, str) else None
    lines = ([added] if added else []) + text.splitlines()
    return [" ".join(p.split()) for p in lines if p.strip()]


def corpus_documents(gold_docs: Iterable[dict[str, Any]], corpora: Path) -> Iterator[Document]:
    """The gold documents' articles as the JSONL reader gives them, for the pipeline."""
    gold_docs = list(gold_docs)
    wanted: dict[str, set[str]] = {}
    for g in gold_docs:
        wanted.setdefault(g["corpus"], set()).add(g["id"])
    articles = corpus_articles(corpora, wanted)
    yield from documents_of(gold_docs, articles)


def documents_of(gold_docs: list[dict[str, Any]], articles: dict[tuple[str, str], dict[str, Any]]
                 ) -> Iterator[Document]:
    """`corpus_documents` from articles already read."""
    from hoptac.read.jsonl import document_from_object

    for n, g in enumerate(gold_docs, start=1):
        doc = document_from_object(articles[(g["corpus"], g["id"])], source=g["corpus"], stem=g["corpus"], line=n)
        if isinstance(doc, Document):
            yield doc
