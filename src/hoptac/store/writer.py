"""Writing a batch of documents into the ledger: the half of `Store` that changes it.

Kept apart from the reading half because it carries its own guarantees, which the
CLI, the Dask runner and the reruns rely on: one transaction per batch, its rows
written one statement per table (hoptac.store.rows), a document the database refuses
named and left out while the rest goes in, and writers that take turns (`SAVE_LOCK`), so a rerun or a
concurrent ingest neither duplicates nor skips a document.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from hoptac.model import Document, SaveReport
from hoptac.keys import url_key
from hoptac.store import convert, tallies
from hoptac.store import rows as batch_rows
from hoptac.store.engine import _MIGRATION_LOCK, StoreError, one_line, shown
from hoptac.store.events import IN_BATCH, NearDuplicates, link_records
from hoptac.store.row_keys import RowKeys
from hoptac.store.rows import DocumentRows, write_rows
from hoptac.store.schema import DocumentRow

ALREADY_STORED = "already stored"
DUPLICATE_IN_BATCH = "duplicate in batch"
SAVE_LOCK = _MIGRATION_LOCK + 1  # serialises concurrent saves (and curation, re-extraction) on PostgreSQL
_IN_CHUNK = 500  # stay far below SQLite's bound-parameter limit
_FLUSH_CHARS = 64 << 20  # flush a batch's rows before their text passes this (one INSERT holds them all)

_SAME = ("text", "body", "URL")
# SQLSTATE classes that speak of one row's values, not of the database: data exceptions,
# integrity violations, program limits (a tsvector or an index row too long).
_VALUE_STATES = ("22", "23", "54")


def _refuses_values(exc: BaseException) -> bool:
    """Whether the database refused this document's values (then the rest of the batch may pass)."""
    if isinstance(exc, (IntegrityError, DataError, ValueError, TypeError)):
        return True
    state = getattr(getattr(exc, "orig", None), "sqlstate", None) or ""
    return state[:2] in _VALUE_STATES


class _Refused(Exception):
    """The database refused a batch's rows, flushed together: which one, a flush per row tells."""


class _Offender(Exception):
    """A document the database refused inside a batch (carries its position)."""

    def __init__(self, position: int, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.position = position
        self.cause = cause


def save(writer: Engine, url: str, docs: list[Document]) -> SaveReport:
    """Store a batch in one transaction, skipping documents already stored.

    Concurrent writers (two ingest processes) take turns: SQLite through
    BEGIN IMMEDIATE, PostgreSQL through a transaction-scoped advisory lock,
    so "is it stored?" and "store it" see the same state. Should a writer
    that does not take turns store one of our documents meanwhile, the
    unique hash fails our batch whole and one retry skips that document."""
    failed: list[tuple[str, str]] = []
    raced = one_by_one = False
    while True:
        try:
            report = write_batch(writer, docs, one_by_one)
        except _Refused:
            one_by_one = True  # the batch's one flush was refused: find the document, one by one
            continue
        except _Offender as off:
            if isinstance(off.cause, IntegrityError) and not raced:
                raced = True  # another writer stored one of ours meanwhile: look again
                continue
            doc = docs.pop(off.position)
            failed.append((doc.id, f"the database refused it: {one_line(off.cause)}"))
            continue
        except DBAPIError as exc:
            raise StoreError(f"cannot write to {shown(url)}: {one_line(exc)}") from None
        report.failed = failed
        return report


def _skip_reason(doc: Document, key: tuple[str, str, str | None], stored: set[str], seen: set[str]) -> str | None:
    found = [_SAME[i] for i, k in enumerate(key) if k and k in stored]
    if found:
        return ALREADY_STORED + ("" if found[0] == "text" else f" (same {found[0]}, other text)")
    if {k for k in key if k} & seen:
        return DUPLICATE_IN_BATCH
    if (name := convert.nul_field(doc)) is not None:
        return f"NUL character in {name}"
    return None


def write_batch(writer: Engine, docs: Sequence[Document], one_by_one: bool = False) -> SaveReport:
    """Store what is new of `docs` in one transaction. The rows are plain column values
    (hoptac.store.rows), written one statement per table for many documents at a time: at the end,
    before a row whose group head is not written yet (PostgreSQL gives a head its key only then: a
    row of the group points to it), and when the text waiting passes `_FLUSH_CHARS` (PostgreSQL takes
    no message over 1 GB). Should the database refuse such a write, `save` asks again `one_by_one`,
    each document written alone, which names the document refused."""
    report = SaveReport()
    keys = [(d.content_hash, convert.identity(d), url_key(d.url)) for d in docs]
    with Session(writer) as session, session.begin():
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SAVE_LOCK})
        stored = stored_keys(session, keys)
        new_keys = RowKeys.for_session(session)  # SQLite: keys given here (hoptac.store.row_keys)
        seen: set[str] = set()
        filed: list[tuple[DocumentRows, Document]] = []
        near = NearDuplicates(session, [convert.keys_of(d).minhash for d in docs])
        placed: dict[int, DocumentRows] = {}  # position -> its rows
        pending: list[DocumentRows] = []  # rows not written yet
        waiting = 0  # characters of text waiting

        def flush_batch() -> None:
            nonlocal waiting
            try:
                write_rows(session, pending)
            except (DBAPIError, ValueError, TypeError) as exc:
                # Any refusal of rows written together: one by one names the document or fails as before.
                raise _Refused() from exc
            pending.clear()
            waiting = 0
        for position, (doc, key) in enumerate(zip(docs, keys)):
            if reason := _skip_reason(doc, key, stored, seen):
                report.skipped.append((doc.id, reason))
                continue
            seen |= {k for k in key if k}
            try:
                rows = batch_rows.document_rows(doc)
                if new_keys is not None:
                    new_keys.give(rows)
                group = near.group(position)
                if group is not None and group >= IN_BATCH:
                    head = placed[group - IN_BATCH]
                    if head.pk is None:
                        flush_batch()  # the head's key first, so this row goes in once, grouped
                    group = head.pk
                rows.document["dup_group"] = group  # before the insert: no second write of the row
                pending.append(rows)
                if one_by_one:
                    write_rows(session, pending)  # fail here, naming the document, not at commit
                    pending.clear()
                else:
                    waiting += rows.text_size
                    if waiting > _FLUSH_CHARS:
                        flush_batch()
                near.stored(position, rows.pk if rows.pk is not None else IN_BATCH + position, group)
            except (DBAPIError, ValueError, TypeError) as exc:
                if _refuses_values(exc):
                    raise _Offender(position, exc) from exc  # this document's values; others may pass
                raise
            placed[position] = rows
            report.stored += 1
            report.stored_ids.append(doc.id)
            filed.append((rows, doc))
        if not one_by_one:
            flush_batch()
            near.resolve(lambda placeholder: placed[placeholder - IN_BATCH].pk)
        near.finish()
        # In the same transaction: each record to its event, and the ledger's running tallies.
        link_records(session, [(rows, list(zip(rows.stored, doc.records))) for rows, doc in filed], new_keys)
        tallies.adjust(session, [rec for rows, _doc in filed for rec in rows.stored])
    return report


def already_stored(engine: Engine, url: str, docs: Sequence[Document]) -> dict[int, str]:
    """Positions of the documents the store holds by text or URL, with the reason `save`
    would give: known before any extraction, so a rerun skips them at the cost of reading.
    (A document stored under its body only is found by `save`, after the body stage.)"""
    keys = [(d.content_hash, None, url_key(d.url)) for d in docs]
    try:
        with Session(engine) as session:
            stored = stored_keys(session, keys)
    except DBAPIError as exc:
        raise StoreError(f"cannot read {shown(url)}: {one_line(exc)}") from None
    out: dict[int, str] = {}
    for i, (text_key, _body, url) in enumerate(keys):
        if text_key in stored:
            out[i] = ALREADY_STORED
        elif url and url in stored:
            out[i] = ALREADY_STORED + " (same URL, other text)"
    return out


def stored_keys(session: Session, keys: Sequence[tuple[str, str | None, str | None]]) -> set[str]:
    """Which of the batch's text hashes, identities and URL keys the store already holds."""
    found: set[str] = set()
    for i, column in enumerate((DocumentRow.content_hash, DocumentRow.identity, DocumentRow.url_key)):
        unique = sorted({k[i] for k in keys if k[i]})
        for j in range(0, len(unique), _IN_CHUNK):
            found.update(session.scalars(select(column).where(column.in_(unique[j:j + _IN_CHUNK]))))
    return found
