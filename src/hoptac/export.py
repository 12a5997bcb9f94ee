"""The ledger out of hoptac: the records a query selects as CSV, JSON lines, Parquet, or one row
per record in a POLECAT-like layout, written as they are read (hoptac.store.query fetches a
thousand at a time), so an export of every record never holds them all.

The POLECAT-like layout follows the column names of the POLECAT event data set (Event ID,
Event Date, Event Type, Event Mode, Actor Name, Actor Country, Recipient Name, Recipient
Country) and adds hoptac's own: quantities, status, category, measure, evidence, the rule and
confidence, and where the record was read.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy.orm import Session

from hoptac.store.convert import to_record
from hoptac.store.query import RecordQuery, iter_records

FORMATS = ("csv", "jsonl", "parquet", "polecat")
FLAT = ["record_id", "doc_id", "outlet", "published", "url", "type", "date", "source", "targets", "participants",
        "mode", "category", "status", "measure", "quantities", "confidence", "rule", "evidence", "curation"]
POLECAT = ["Event ID", "Event Date", "Event Type", "Event Mode", "Actor Name", "Actor Country", "Recipient Name",
           "Recipient Country", "Quantities", "Status", "Category", "Measure", "Evidence", "Rule", "Confidence",
           "Document", "Outlet", "Published", "URL", "Curation"]


def _quantities(rec: dict[str, Any]) -> str:
    return "; ".join(f"{q['qualifier']} {q['value']} {q['unit']}" + (f" ({q['item']})" if q.get("item") else "")
                     for q in rec.get("quantities") or [])


def _names(rec: dict[str, Any], codes: list[str]) -> str:
    """The people or offices behind codes, as the text names them ("Thủ tướng Nguyễn Xuân Phúc")."""
    seen: list[str] = []
    for actor in rec.get("actors", []):
        if actor.get("code") in codes:
            text, person = actor.get("text", ""), actor.get("name") or ""
            name = text if person in text else " ".join(filter(None, [text, person]))
            if name and name not in seen:
                seen.append(name)
    return "; ".join(seen)


def rows(session: Session, query: RecordQuery, layout: str = "flat") -> Iterator[dict[str, Any]]:
    """The selected records as flat dictionaries of one layout (flat, polecat or json)."""
    for row, doc_id, _title, published, outlet, url in iter_records(session, query):
        rec = to_record(row).to_json()
        if layout == "json":
            yield {"record_id": row.pk, "doc_id": doc_id, "outlet": outlet, "published": published, "url": url, **rec,
                   "curation": row.curation or "machine"}
            continue
        sources = rec.get("participants") or ([rec["source"]] if isinstance(rec.get("source"), str)
                                              else list(rec.get("source") or []))
        targets = [] if "participants" in rec else list(rec.get("targets") or [])
        if layout == "polecat":
            actor, recipients = (sources[:1], sources[1:]) if "participants" in rec else (sources, targets)
            yield {"Event ID": row.pk, "Event Date": rec.get("date"), "Event Type": rec["type"],
                   "Event Mode": rec.get("mode") or "", "Actor Name": _names(rec, actor),
                   "Actor Country": ";".join(actor), "Recipient Name": _names(rec, recipients),
                   "Recipient Country": ";".join(recipients), "Quantities": _quantities(rec),
                   "Status": rec.get("status") or "", "Category": rec.get("category") or "",
                   "Measure": rec.get("measure") or "", "Evidence": rec["evidence"], "Rule": rec["rule"],
                   "Confidence": rec["confidence"], "Document": doc_id, "Outlet": outlet or "",
                   "Published": published or "", "URL": url or "",
                   "Curation": row.curation or "machine"}
            continue
        yield {"record_id": row.pk, "doc_id": doc_id, "outlet": outlet or "", "published": published or "",
               "url": url or "", "type": rec["type"], "date": rec.get("date") or "",
               "source": ";".join(sources if "participants" not in rec else []), "targets": ";".join(targets),
               "participants": ";".join(rec.get("participants") or []), "mode": rec.get("mode") or "",
               "category": rec.get("category") or "", "status": rec.get("status") or "",
               "measure": rec.get("measure") or "", "quantities": _quantities(rec),
               "confidence": rec["confidence"], "rule": rec["rule"], "evidence": rec["evidence"],
               "curation": row.curation or "machine"}


def write(session: Session, query: RecordQuery, fmt: str, out: IO[str] | str) -> int:
    """Write the selected records in `fmt` to a text stream (or, for Parquet, a file path);
    how many were written."""
    n = 0
    if fmt == "jsonl":
        assert not isinstance(out, str)
        for row in rows(session, query, "json"):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    elif fmt in ("csv", "polecat"):
        assert not isinstance(out, str)
        writer = csv.DictWriter(out, fieldnames=POLECAT if fmt == "polecat" else FLAT)
        writer.writeheader()
        for row in rows(session, query, "polecat" if fmt == "polecat" else "flat"):
            writer.writerow(row)
            n += 1
    elif fmt == "parquet":
        n = _parquet(session, query, str(out))
    else:
        raise ValueError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    return n


def _parquet(session: Session, query: RecordQuery, path: str, group: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, pa.int64() if name == "record_id" else pa.float64() if name == "confidence"
                         else pa.string()) for name in FLAT])
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        chunk: list[dict[str, Any]] = []
        for row in rows(session, query, "flat"):
            chunk.append(row)
            if len(chunk) == group:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
                chunk = []
        if chunk or n == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    return n
