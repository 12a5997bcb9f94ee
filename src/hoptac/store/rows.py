"""A document and its records as plain column values, for the batch writer's one INSERT per table.

`hoptac.store.writer` used to build ORM objects (`DocumentRow`, `RecordRow` and their children) and
let the session's unit of work write them. Every attribute of such an object is an instrumented
set, and the unit of work sorts, cascades and collects each row again: building and flushing the
objects of the 2,653 Dân trí articles was most of storing them, in the one process that stores while
`ingest --workers` extract. The same columns as dictionaries go to the database in one executemany
per table. What a row holds is unchanged: each value as the ORM would have written it (a column's
default where the value is None, strings made storable and cut to their column, `fit_values`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from sqlalchemy import String, Table, insert
from sqlalchemy.orm import Session

from hoptac.keys import keys_of, url_key
from hoptac.model import Document
from hoptac.store.convert import fit_text, record_values, stored_paragraph
from hoptac.store.schema import ActorRow, DocumentRow, MentionRow, RecordCodeRow, RecordRow
from hoptac.text.safe import jsonable, safe_text

DOCUMENTS, RECORDS = DocumentRow.__table__, RecordRow.__table__
MENTIONS, ACTORS, CODES = MentionRow.__table__, ActorRow.__table__, RecordCodeRow.__table__


@dataclass
class StoredRecord:
    """What linking a stored record to its event and counting it in the tallies read of its row."""

    pk: int | None
    type: str
    date: str | None
    source: list[str]
    targets: list[str]
    participants: list[str]
    quantities: list[dict[str, Any]]
    status: str | None
    curation: str | None = None


@dataclass
class DocumentRows:
    """One document's rows: its own, and per record the record's and its mentions', actors' and codes'."""

    document: dict[str, Any]
    records: list[dict[str, Any]] = field(default_factory=list)
    children: list[tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]] = field(default_factory=list)
    stored: list[StoredRecord] = field(default_factory=list)

    # What linking events reads of a stored document row (hoptac.store.events), by the row's names.
    @property
    def pk(self) -> int | None:
        return self.document.get("id")

    @property
    def identity(self) -> str | None:
        return self.document["identity"]

    @property
    def content_hash(self) -> str:
        return self.document["content_hash"]

    @property
    def dup_group(self) -> int | None:
        return self.document.get("dup_group")

    @property
    def published(self) -> str | None:
        return self.document["published"]

    @property
    def created_at(self) -> datetime:
        return self.document["created_at"]

    @property
    def text_size(self) -> int:
        return len(self.document["text"]) + len(self.document["html"] or "")


@lru_cache(maxsize=None)
def _columns(table: Table) -> tuple[tuple[str, int | None, Any], ...]:
    """(name, length limit of a String column, scalar default) of each column of `table`."""
    out = []
    for c in table.columns:
        default = c.default.arg if c.default is not None and c.default.is_scalar else None
        out.append((c.name, c.type.length if isinstance(c.type, String) else None, default))
    return tuple(out)


def fit_values(table: Table, values: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    """`values` as the ORM wrote them (hoptac.store.convert.fit_row): a column's scalar default where
    the value is None (the ORM left a None out of its INSERT, and the default filled it), every
    string storable (no lone surrogates) and no longer than its column, with a note for each cut."""
    for name, length, default in _columns(table):
        value = values.get(name)
        if value is None:
            if default is not None and name in values:
                values[name] = default
        elif isinstance(value, str):
            values[name] = fit_text(table.name, name, length, value, notes)
    return values


def document_rows(doc: Document) -> DocumentRows:
    """The rows of one document and all its records, fitted to their columns (no keys yet)."""
    keys = keys_of(doc)
    notes: list[str] = []
    values = fit_values(DOCUMENTS, {
        "content_hash": doc.content_hash, "identity": keys.identity, "doc_id": doc.id or "",
        "source": str(doc.source or ""), "url": doc.url, "url_key": url_key(doc.url), "reader": doc.reader or "",
        "encoding": doc.encoding or "", "title": doc.title, "outlet": doc.outlet, "published": doc.published,
        "byline": doc.byline, "body": [stored_paragraph(p, doc.text) for p in doc.paragraphs], "text": doc.text,
        "html": doc.raw, "warnings": [], "meta": jsonable(doc.meta or {}), "search": keys.search,
        "search_plain": keys.search_plain, "created_at": datetime.now(timezone.utc), "minhash": keys.minhash,
        "dup_group": None, "extracted_by": doc.extracted_by,
    }, notes)
    rows = DocumentRows(values)
    for position, record in enumerate(doc.records):
        rec, mentions, actors, codes = record_values(record, position, doc.extracted_by)
        fit_values(RECORDS, rec, notes)
        for table, kids in ((MENTIONS, mentions), (ACTORS, actors), (CODES, codes)):
            for kid in kids:
                fit_values(table, kid, notes)
        rows.records.append(rec)
        rows.children.append((mentions, actors, codes))
        rows.stored.append(_stored(rec))
    values["warnings"] = [safe_text(str(w)) for w in doc.warnings] + notes
    return rows


def _stored(rec: dict[str, Any]) -> StoredRecord:
    return StoredRecord(None, rec["type"], rec["date"], rec["source"], rec["targets"], rec["participants"],
                        rec["quantities"], rec["status"])


def write_rows(session: Session, pending: list[DocumentRows]) -> None:
    """Insert the pending documents' rows, one statement per table: documents, their records, then the
    records' mentions, actors and codes. Documents and records without keys (PostgreSQL, whose sequences
    give them) get theirs back from a RETURNING kept in the rows' order; on SQLite they came with them
    (hoptac.store.row_keys). The children's keys are nobody's concern: the database gives them."""
    if not pending:
        return
    _insert(session, DOCUMENTS, [r.document for r in pending])
    records = []
    for r in pending:
        for rec in r.records:
            rec["document_id"] = r.document["id"]
            records.append(rec)
    _insert(session, RECORDS, records)
    for table, k in ((MENTIONS, 0), (ACTORS, 1), (CODES, 2)):
        children = []
        for r in pending:
            for rec, kids in zip(r.records, r.children):
                for kid in kids[k]:
                    kid["record_id"] = rec["id"]
                    children.append(kid)
        if children:
            session.execute(insert(table), children)
    for r in pending:
        for rec, stored in zip(r.records, r.stored):
            stored.pk = rec["id"]


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if "id" in rows[0]:
        session.execute(insert(table), rows)
        return
    returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    for row, pk in zip(rows, session.execute(returning, rows).scalars().all()):
        row["id"] = pk
