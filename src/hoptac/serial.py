"""A processed document as plain JSON and back, for files between machines (Parquet partitions).

The Dask runner's `--out DIR` writes documents that another process (`hoptac
load`) stores later, perhaps elsewhere: everything storing needs must survive
the trip, records with their mentions and actors, and the store keys the
pipeline computed (so loading does not fold every body again).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from hoptac.model import Actor, Document, Mention, Paragraph, Quantity, Record

_SCALARS = ("text", "id", "source", "reader", "encoding", "url", "raw", "title", "outlet", "published", "byline",
            "body_ready", "warnings", "failed", "extracted_by")


def document_to_json(doc: Document) -> str:
    """One document, as a JSON text."""
    from hoptac.keys import StoreKeys
    from hoptac.text.safe import jsonable

    out: dict[str, Any] = {k: getattr(doc, k) for k in _SCALARS}
    out["meta"] = jsonable(doc.meta or {})
    out["paragraphs"] = [asdict(p) for p in doc.paragraphs]
    out["records"] = [asdict(r) for r in doc.records]
    if isinstance(doc.keys, StoreKeys):
        keys = asdict(doc.keys)
        keys["minhash"] = keys["minhash"].hex() if keys["minhash"] is not None else None
        out["keys"] = keys
    return json.dumps(out)  # ASCII escapes: a lone surrogate survives the trip (and Parquet's UTF-8)


def _record(raw: dict[str, Any]) -> Record:
    raw = dict(raw)
    raw["quantities"] = [Quantity(**q) for q in raw.get("quantities", [])]
    raw["actors"] = [Actor(**a) for a in raw.get("actors", [])]
    raw["mentions"] = [Mention(**m) for m in raw.get("mentions", [])]
    return Record(**raw)


def document_from_json(text: str) -> Document:
    """The document `document_to_json` wrote."""
    from hoptac.keys import StoreKeys

    raw = json.loads(text)
    doc = Document(**{k: raw[k] for k in _SCALARS if k in raw})
    doc.meta = raw.get("meta") or {}
    doc.paragraphs = [Paragraph(**p) for p in raw.get("paragraphs", [])]
    doc.records = [_record(r) for r in raw.get("records", [])]
    if raw.get("keys"):
        keys = dict(raw["keys"])
        keys["minhash"] = bytes.fromhex(keys["minhash"]) if keys.get("minhash") else None
        doc.keys = StoreKeys(**keys)
    return doc
