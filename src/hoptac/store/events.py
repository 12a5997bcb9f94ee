"""One event per real-world event: near-duplicate documents and records of the same act.

Twenty outlets print one wire story; each yields the same records. The pipeline's
`keys` stage signs each body with a MinHash of its word 5-grams (`hoptac.minhash`,
datasketch's); when a document is stored, this module

1. files the signature's LSH bands (`document_bands`, for group heads only); a group's head
   sharing a band whose estimated Jaccard similarity reaches `NEAR_DUPLICATE` makes
   the new document a near-duplicate, in its group (`documents.dup_group`, the head;
   NULL for a head);
2. links every record to an event (`events`, `event_records`) by a key of what
   makes two reports one act: type, actors on each side, the day, and for AID
   its status and amounts, for MEASURE the measure, for CONSULT its mode. A
   record dated to a day is one event with every such record, from any outlet;
   one with no day (undated, or a month only) or naming no actor only with
   those of its near-duplicate group, since "Vietnam and Japan held talks" without a day
   may be any of many meetings.

The LSH index lives in the database, not in memory, so it survives restarts,
is shared by concurrent writers and costs one indexed lookup per document.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hoptac.minhash import NEAR_DUPLICATE, bands, similarity
from hoptac.model import Document, Record
from hoptac.store.row_keys import RowKeys
from hoptac.store.schema import DocumentBandRow, DocumentRow, EventRecordRow, EventRow, RecordRow

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


# Keys from here up stand for documents of the batch being stored, not yet flushed (IN_BATCH +
# their position): above every real key, and in storing order, as the real keys will be.
IN_BATCH = 1 << 63  # above every key SQLite (a signed 64-bit integer) or PostgreSQL can hold


class NearDuplicates:
    """One batch's near-duplicate lookup, for the one process that writes. The group heads
    (a group's first stored document; only heads file their bands) sharing a band with any of
    the batch's documents are fetched in a few queries; then each document, in storing order,
    joins the group of its most similar head, or heads a group of its own. Filing heads only
    keeps the lookup bounded: a body repeated a thousand times is one head, not a thousand
    candidates."""

    def __init__(self, session: Session, minhashes: Sequence[bytes | None]) -> None:
        self.session = session
        self.sigs = [None if m is None else np.frombuffer(m, dtype=np.uint32) for m in minhashes]
        self.keys = [None if sig is None else bands(sig) for sig in self.sigs]
        self.owners: dict[str, list[int]] = defaultdict(list)  # band -> heads holding it
        for chunk in _chunks(sorted({k for ks in self.keys if ks for k in ks})):
            for band, pk in session.execute(select(DocumentBandRow.band, DocumentBandRow.document_id)
                                            .where(DocumentBandRow.band.in_(chunk))):
                self.owners[band].append(pk)
        self.heads: dict[int, np.ndarray] = {}  # head -> its signature
        for chunk in _chunks(sorted({pk for pks in self.owners.values() for pk in pks})):
            for pk, blob in session.execute(select(DocumentRow.pk, DocumentRow.minhash)
                                            .where(DocumentRow.pk.in_(chunk))):
                if blob is not None:
                    self.heads[pk] = np.frombuffer(blob, dtype=np.uint32)
        self.band_rows: list[dict[str, Any]] = []

    def group(self, position: int) -> int | None:
        """The head whose group the batch's document at `position` joins, or None (it heads one)."""
        sig, keys = self.sigs[position], self.keys[position]
        if sig is None or keys is None:
            return None
        best: tuple[float, int] | None = None
        for pk in sorted({pk for k in keys for pk in self.owners.get(k, ())}):
            if pk in self.heads:
                sim = similarity(sig, self.heads[pk])
                if sim >= NEAR_DUPLICATE and (best is None or sim > best[0]):  # a tie: the earliest
                    best = (sim, pk)
        return None if best is None else best[1]

    def stored(self, position: int, pk: int, group: int | None) -> None:
        """The document at `position` is stored as `pk`: a new head files its bands."""
        sig, keys = self.sigs[position], self.keys[position]
        if group is None and sig is not None and keys is not None:
            self.heads[pk] = sig
            for k in keys:
                self.owners[k].append(pk)
                self.band_rows.append({"band": k, "document_id": pk})

    def resolve(self, key_of: Callable[[int], int]) -> None:
        """Once the batch is flushed: the real key of each head that was filed under `IN_BATCH`."""
        for row in self.band_rows:
            if row["document_id"] >= IN_BATCH:
                row["document_id"] = key_of(row["document_id"])

    def finish(self) -> None:
        if self.band_rows:
            # Into the table itself, not through the ORM's bulk insert, which went over every one of
            # the twenty rows a document files, in Python, for what a plain executemany does.
            self.session.execute(insert(DocumentBandRow.__table__), self.band_rows)
            self.band_rows = []


def file_stored(session: Session, stored: Sequence[tuple[DocumentRow, Document]]) -> None:
    """Group and link documents stored without it (migration 0003's backfill), in storing order."""
    near = NearDuplicates(session, [row.minhash for row, _ in stored])
    for i, (row, _doc) in enumerate(stored):
        row.dup_group = near.group(i)
        near.stored(i, row.pk, row.dup_group)
    near.finish()
    link_events(session, stored)


def link_events(session: Session, stored: Sequence[tuple[DocumentRow, Document]]) -> None:
    """Link the records of just-stored documents (flushed, grouped) to their events."""
    link_records(session, [(row, list(zip(row.records, doc.records))) for row, doc in stored])


def link_records(session: Session, stored: Sequence[tuple[DocumentRow, Sequence[tuple[RecordRow, Record]]]],
                 new_keys: RowKeys | None = None) -> None:
    """Link the given records (flushed) of each document to their events, creating events on
    their first report. Used for whole documents and for a record a person changed. `new_keys`: the
    batch writer's keys on SQLite (hoptac.store.row_keys), which give new events theirs too."""
    # A group is named by its head's identity, not its key in this database: the same documents
    # stored into another database give the same events.
    names = {row.pk: row.identity or row.content_hash for row, _ in stored}
    wanted = sorted({row.dup_group for row, _ in stored if row.dup_group is not None and row.dup_group not in names})
    for chunk in _chunks(wanted):
        names.update({pk: ident for pk, ident in session.execute(select(DocumentRow.pk, DocumentRow.identity)
                                                                  .where(DocumentRow.pk.in_(chunk)))})
    _link_records(session, stored, names, new_keys)


def _link_records(session: Session, stored: Sequence[tuple[DocumentRow, Sequence[tuple[RecordRow, Record]]]],
                  names: dict[int, str], new_keys: RowKeys | None = None) -> None:
    """Attach every given record to its event, creating events on their first report."""
    links = []  # (key, record row, record, document row)
    for row, pairs in stored:
        for rec_row, rec in pairs:
            links.append((event_key(event_fields(rec), names.get(row.dup_group or row.pk)), rec_row, rec, row))
    events: dict[str, EventRow] = {}
    for chunk in _chunks(sorted({key for key, *_ in links})):
        events.update((e.key, e) for e in session.scalars(select(EventRow).where(EventRow.key.in_(chunk))))
    for key, _rec_row, rec, row in links:
        seen = row.published or (row.created_at.isoformat() if row.created_at else None)
        event = events.get(key)
        if event is None:
            fields = event_fields(rec)
            event = events[key] = EventRow(
                key=key, type=rec.type, date=rec.date, source=fields["source"], targets=fields["targets"],
                participants=fields["participants"], status=rec.status if rec.type == "AID" else None,
                measure=rec.measure if rec.type == "MEASURE" else None,
                quantities=[q.to_json() for q in rec.quantities] if rec.type == "AID" else [], first_seen=seen)
            if new_keys is not None:
                event.pk = new_keys.take(EventRow)
            session.add(event)
        elif seen and (event.first_seen is None or seen < event.first_seen):
            event.first_seen = seen
    session.flush()
    if links:
        session.execute(insert(EventRecordRow), [{"event_id": events[key].pk, "record_id": rec_row.pk}
                                                 for key, rec_row, *_ in links])


def event_fields(rec: Record | RecordRow) -> dict[str, Any]:
    """What makes two records one event, in a canonical form."""
    out: dict[str, Any] = {
        "type": rec.type,
        "source": sorted(rec.source or []),
        "targets": sorted(rec.targets or []),
        "participants": sorted(rec.participants or []),
        "date": rec.date,
    }
    if rec.type == "AID":
        out["status"] = rec.status
        out["quantities"] = sorted((_q(q)["value"], _q(q)["unit"]) for q in rec.quantities or [])
    if rec.type == "MEASURE":
        out["measure"] = rec.measure
    if rec.type == "CONSULT":
        out["mode"] = getattr(rec, "mode", None)
    return out


def _q(q: Any) -> dict[str, Any]:
    return q if isinstance(q, dict) else {"value": q.value, "unit": q.unit}


def event_key(fields: dict[str, Any], group: str | None) -> str:
    """The event's key: its fields, and for a record without a day or without any actor its
    near-duplicate group (a quarantine "on 3 May" by nobody named is no one event across outlets)."""
    scoped = dict(fields)
    named = fields["source"] or fields["targets"] or fields["participants"]
    if not named or not (fields.get("date") and _DAY.match(fields["date"])):
        scoped["group"] = group
    return hashlib.sha256(json.dumps(scoped, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
