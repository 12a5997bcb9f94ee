"""The ledger on disk: save `Document`s with their records, and query them back.

    >>> with Store("ledger.db") as store:          # or postgresql+psycopg://...
    ...     report = store.save(docs)              # one transaction per batch
    ...     store.list_records(type="AID", code="CHN")

Guarantees the CLI and the web app build on:

- A document is identified by its text (`content_hash`), its normalised body
  (`identity`, so JSONL and a page dump of one article are one document) and
  its URL; saving it again is a no-op reported as "already stored", so
  re-ingesting the same input (or resuming after a crash) stores exactly what
  is missing.
- `save` is one transaction per call: the database never holds half a batch.
  A document the database refuses is reported and the batch is stored
  without it, so one bad page never costs the good ones.
- Every problem with the database itself (a bad path or URL, a file that is
  not a database, a server that does not answer, a missing driver) is a
  `StoreError` with a one-line message.
- Opening a store runs the packaged Alembic migrations to head, so a user needs
  neither an alembic.ini nor a separate setup step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from sqlalchemy import exists, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DataError, DBAPIError, IntegrityError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, defer, selectinload

from hoptac.model import Document, Record
from hoptac.store import convert
from hoptac.store import tallies
from hoptac.store.events import IN_BATCH, NearDuplicates, link_events
from hoptac.store.engine import (_MIGRATION_LOCK, _WRITE, DEFAULT_URL, StoreError, check_target, make_engine,
                                 one_line, resolve_url, shown, upgrade)
from hoptac.store.schema import Base, DocumentRow, EventRecordRow, EventRow, RecordCodeRow, RecordRow
from hoptac.store.search import SEARCH_SECONDS, SearchError, matches, search_terms

__all__ = ["Base", "SaveReport", "Store", "StoreError", "StoredRecord", "DEFAULT_URL", "SearchError", "make_engine",
           "resolve_url", "upgrade"]

ALREADY_STORED = "already stored"
DUPLICATE_IN_BATCH = "duplicate in batch"
_IN_CHUNK = 500  # stay far below SQLite's bound-parameter limit
_SAVE_LOCK = _MIGRATION_LOCK + 1  # serialises concurrent saves on PostgreSQL
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


@dataclass
class SaveReport:
    """What one `save` call did: how many documents went in, and which did not and why.

    `skipped` are documents already stored (or repeated in the batch); `failed`
    are documents the database refused, with its reason; the rest of the
    batch was stored without them."""

    stored: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def _without_rejected(doc: Document, row: DocumentRow) -> Document:
    doc.records = [rec for rec, r in zip(doc.records, row.records) if r.curation != "rejected"]
    return doc


@dataclass
class StoredRecord:
    """A record as listed from the store, with the document it came from."""

    pk: int
    document_pk: int
    doc_id: str
    title: str | None
    published: str | None
    outlet: str | None
    record: Record
    url: str | None = None
    curation: str | None = None  # a human decision (hoptac.store.curation), None for an unchecked record



class Store:
    """A hoptac database: SQLite file by default, any SQLAlchemy URL otherwise.

    `create=False` (for readers: `docs`, `records`) refuses a database that does
    not exist yet instead of creating an empty one."""

    def __init__(self, url: str | None = None, *, migrate: bool = True, create: bool = True,
                 create_dirs: bool = False) -> None:
        self.url = resolve_url(url)
        check_target(self.url, create, create_dirs)
        try:
            self.engine = make_engine(self.url)
        except NoSuchModuleError:
            scheme = self.url.split("://", 1)[0]
            raise StoreError(f"unknown kind of database {scheme!r} in {shown(self.url)} "
                             "(give a file path, sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)") from None
        except ModuleNotFoundError as exc:
            raise StoreError(f"the driver for {shown(self.url)} is not installed ({exc.name}); "
                             "for PostgreSQL: pip install 'hoptac[pg]'") from None
        except ArgumentError as exc:
            raise StoreError(f"bad database URL {shown(self.url)}: {exc}") from None
        self._writer = self.engine.execution_options(**{_WRITE: True})
        self._fts: bool | None = None
        if migrate:
            try:
                upgrade(self.engine)
            except SQLAlchemyError as exc:
                self.engine.dispose()
                raise StoreError(f"cannot open {shown(self.url)}: {one_line(exc)}") from None

    # -- lifecycle ---------------------------------------------------------

    def close(self) -> None:
        """Release every pooled connection (and SQLite's file handles)."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({make_url(self.url).render_as_string(hide_password=True)!r})"

    # -- writing -----------------------------------------------------------

    def save(self, docs: Iterable[Document]) -> SaveReport:
        """Store a batch in one transaction, skipping documents already stored.

        Concurrent writers (two ingest processes) take turns: SQLite through
        BEGIN IMMEDIATE, PostgreSQL through a transaction-scoped advisory lock,
        so "is it stored?" and "store it" see the same state. Should a writer
        that does not take turns store one of our documents meanwhile, the
        unique hash fails our batch whole and one retry skips that document."""
        docs = list(docs)
        failed: list[tuple[str, str]] = []
        raced = one_by_one = False
        while True:
            try:
                report = self._save(docs, one_by_one)
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
                raise StoreError(f"cannot write to {shown(self.url)}: {one_line(exc)}") from None
            report.failed = failed
            return report

    def _save(self, docs: Sequence[Document], one_by_one: bool = False) -> SaveReport:
        """Store what is new of `docs` in one transaction. The rows go in with few flushes, which the
        database takes many rows at a time (a flush per document was half of a two-worker ingest):
        one at the end, one before a row whose group head is a row not yet flushed (so each row is
        written once), one when the text added passes `_FLUSH_CHARS` (PostgreSQL takes no message
        over 1 GB). Should the database refuse a flush, `save` asks again `one_by_one`, each row
        flushed alone, which names the document refused."""
        report = SaveReport()
        keys = [(d.content_hash, convert.identity(d), convert.url_key(d.url)) for d in docs]
        with Session(self._writer) as session, session.begin():
            if session.get_bind().dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SAVE_LOCK})
            stored = self._stored_keys(session, keys)
            seen: set[str] = set()
            filed: list[tuple[DocumentRow, Document]] = []
            near = NearDuplicates(session, [convert.keys_of(d).minhash for d in docs])
            rows: dict[int, DocumentRow] = {}  # position -> row: its key comes with the flush
            pending = 0  # characters added since the last flush

            def flush_batch() -> None:
                try:
                    session.flush()
                except (DBAPIError, ValueError, TypeError) as exc:
                    # Any refusal of rows flushed together: one by one names the document or fails as before.
                    raise _Refused() from exc
            for position, (doc, key) in enumerate(zip(docs, keys)):
                reason = None
                found = [_SAME[i] for i, k in enumerate(key) if k and k in stored]
                if found:
                    reason = ALREADY_STORED + ("" if found[0] == "text" else f" (same {found[0]}, other text)")
                elif {k for k in key if k} & seen:
                    reason = DUPLICATE_IN_BATCH
                elif (name := convert.nul_field(doc)) is not None:
                    reason = f"NUL character in {name}"
                if reason:
                    report.skipped.append((doc.id, reason))
                    continue
                seen |= {k for k in key if k}
                try:
                    row = convert.to_row(doc)
                    group = near.group(position)
                    if group is not None and group >= IN_BATCH:
                        head = rows[group - IN_BATCH]
                        if head.pk is None:
                            flush_batch()  # the head's key first, so this row goes in once, grouped
                            pending = 0
                        group = head.pk
                    row.dup_group = group  # before the insert: no second write of the row
                    session.add(row)
                    if one_by_one:
                        session.flush()  # fail here, naming the document, not at commit
                    else:
                        pending += len(doc.text) + len(doc.raw or "")
                        if pending > _FLUSH_CHARS:
                            flush_batch()
                            pending = 0
                    near.stored(position, row.pk if one_by_one else IN_BATCH + position, group)
                except (DBAPIError, ValueError, TypeError) as exc:
                    if _refuses_values(exc):
                        raise _Offender(position, exc) from exc  # this document's values; others may pass
                    raise
                rows[position] = row
                report.stored += 1
                report.stored_ids.append(doc.id)
                filed.append((row, doc))
            if not one_by_one:
                flush_batch()
                near.resolve(lambda placeholder: rows[placeholder - IN_BATCH].pk)
            near.finish()
            link_events(session, filed)  # in the same transaction
            tallies.adjust(session, [rec for row, _doc in filed for rec in row.records])
        return report

    def already_stored(self, docs: Sequence[Document]) -> dict[int, str]:
        """Positions of the documents the store holds by text or URL, with the reason `save`
        would give: known before any extraction, so a rerun skips them at the cost of reading.
        (A document stored under its body only is found by `save`, after the body stage.)"""
        keys = [(d.content_hash, None, convert.url_key(d.url)) for d in docs]
        try:
            with Session(self.engine) as session:
                stored = self._stored_keys(session, keys)
        except DBAPIError as exc:
            raise StoreError(f"cannot read {shown(self.url)}: {one_line(exc)}") from None
        out: dict[int, str] = {}
        for i, (text_key, _body, url) in enumerate(keys):
            if text_key in stored:
                out[i] = ALREADY_STORED
            elif url and url in stored:
                out[i] = ALREADY_STORED + " (same URL, other text)"
        return out

    @staticmethod
    def _stored_keys(session: Session, keys: Sequence[tuple[str, str, str | None]]) -> set[str]:
        """Which of the batch's text hashes, identities and URL keys the store already holds."""
        found: set[str] = set()
        for i, column in enumerate((DocumentRow.content_hash, DocumentRow.identity, DocumentRow.url_key)):
            unique = sorted({k[i] for k in keys if k[i]})
            for j in range(0, len(unique), _IN_CHUNK):
                found.update(session.scalars(select(column).where(column.in_(unique[j:j + _IN_CHUNK]))))
        return found

    # -- reading -----------------------------------------------------------

    def count_documents(self) -> int:
        """How many documents the store holds."""
        with Session(self.engine) as session:
            return session.scalar(select(func.count()).select_from(DocumentRow)) or 0

    def list_documents(self, limit: int = 50, offset: int = 0, q: str | None = None,
                       outlet: str | None = None, exact: bool = False) -> list[Document]:
        """Documents newest first, without records or HTML; with `q`, those whose title or
        body holds `q` as a phrase of whole words (case- and NFC/NFD-insensitive; a query
        with no diacritics matches any, one with diacritics matches them exactly).

        Each `meta` carries `pk`, `content_hash` and `records` (how many, the rejected left out).
        Raises SearchError for a query over MAX_QUERY_CHARS or MAX_QUERY_WORDS."""
        n_records = (select(func.count()).where(RecordRow.document_id == DocumentRow.pk,
                                                func.coalesce(RecordRow.curation, "") != "rejected")
                     .correlate(DocumentRow).scalar_subquery())
        stmt = select(DocumentRow, n_records).options(defer(DocumentRow.html), defer(DocumentRow.search),
                                                      defer(DocumentRow.search_plain))
        if q is not None:
            terms = search_terms(q, exact)
            if not terms:
                return []  # punctuation only: no word can match
            stmt = stmt.where(self._matches(terms))
        if outlet is not None:
            stmt = stmt.where(DocumentRow.outlet == outlet)
        stmt = stmt.order_by(DocumentRow.published.is_(None), DocumentRow.published.desc(), DocumentRow.pk.desc())
        with Session(self.engine) as session:
            if session.get_bind().dialect.name == "postgresql":
                session.execute(text(f"SET LOCAL statement_timeout = {SEARCH_SECONDS * 1000}"))
            out = []
            try:
                rows = session.execute(stmt.limit(limit).offset(offset)).all()
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", None) == "57014":  # query_canceled: statement_timeout
                    raise SearchError(f"the search took longer than {SEARCH_SECONDS} s: "
                                      "give a longer phrase or words with diacritics") from None
                raise
            for row, count in rows:
                doc = convert.to_document(row, full=False)
                doc.meta["records"] = count
                out.append(doc)
            return out

    def _matches(self, terms: list[tuple[str, bool]]) -> Any:
        dialect = self.engine.dialect.name
        return matches(dialect, dialect == "sqlite" and self._has_fts(), terms)

    def _has_fts(self) -> bool:
        if self._fts is None:
            with self.engine.connect() as conn:
                self._fts = conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'").first() is not None
        return self._fts

    def get_document(self, key: int | str) -> Document | None:
        """One document with its paragraphs and records, by pk, doc id or content-hash prefix.

        A doc id stored under several texts gives the latest; a hash prefix
        that fits several documents raises LookupError rather than guess. Records people
        rejected are left out (hoptac.store.curation)."""
        load = selectinload(DocumentRow.records)
        options = (load.selectinload(RecordRow.mentions), load.selectinload(RecordRow.actors))
        with Session(self.engine) as session:
            if isinstance(key, int):
                row = session.get(DocumentRow, key, options=options)
                return _without_rejected(convert.to_document(row), row) if row else None
            key = key.strip()
            row = session.scalars(select(DocumentRow).options(*options).where(DocumentRow.doc_id == key)
                                  .order_by(DocumentRow.pk.desc()).limit(1)).first()
            if row is None and key.isdigit():
                row = session.get(DocumentRow, int(key), options=options)
            prefix = key.lower()
            if row is None and len(prefix) >= 4 and all(c in "0123456789abcdef" for c in prefix):
                rows = session.scalars(select(DocumentRow).options(*options)
                                       .where(DocumentRow.content_hash.startswith(prefix)).limit(2)).all()
                if len(rows) > 1:
                    raise LookupError(f"hash prefix {key!r} fits several documents; give more of it")
                row = rows[0] if rows else None
            return _without_rejected(convert.to_document(row), row) if row else None

    def list_records(self, type: str | None = None, code: str | None = None, limit: int = 50,
                     offset: int = 0, since: str | None = None, until: str | None = None,
                     outlet: str | None = None) -> list[StoredRecord]:
        """Records newest (by event date) first, filtered by type, an actor code on any side,
        an inclusive event-date range (ISO dates; compared as strings) or the document's outlet."""
        stmt = (select(RecordRow, DocumentRow.doc_id, DocumentRow.title, DocumentRow.published, DocumentRow.outlet)
                .join(DocumentRow, RecordRow.document_id == DocumentRow.pk)
                .options(selectinload(RecordRow.mentions), selectinload(RecordRow.actors)))
        if type:
            stmt = stmt.where(RecordRow.type == type.upper())
        if code:
            code = code.upper()
            stmt = stmt.where(exists().where(RecordCodeRow.record_id == RecordRow.pk, RecordCodeRow.code == code))
        if since:
            stmt = stmt.where(RecordRow.date >= since)
        if until:
            stmt = stmt.where(RecordRow.date <= until)
        if outlet is not None:
            stmt = stmt.where(DocumentRow.outlet == outlet)
        stmt = stmt.order_by(RecordRow.date.is_(None), RecordRow.date.desc(), RecordRow.pk.desc())
        with Session(self.engine) as session:
            return [
                StoredRecord(pk=row.pk, document_pk=row.document_id, doc_id=doc_id, title=title,
                             published=published, outlet=doc_outlet, record=convert.to_record(row))
                for row, doc_id, title, published, doc_outlet in session.execute(stmt.limit(limit).offset(offset))
            ]

    def counts_by_type(self, type: str | None = None, code: str | None = None) -> dict[str, int]:
        """How many records of each type (of one type, or with one actor code on any side)."""
        stmt = select(RecordRow.type, func.count()).group_by(RecordRow.type).order_by(RecordRow.type)
        if type:
            stmt = stmt.where(RecordRow.type == type.upper())
        if code:
            stmt = stmt.where(exists().where(RecordCodeRow.record_id == RecordRow.pk,
                                             RecordCodeRow.code == code.upper()))
        with Session(self.engine) as session:
            return {t: n for t, n in session.execute(stmt)}

    def list_events(self, type: str | None = None, code: str | None = None, limit: int = 50,
                    offset: int = 0) -> list[dict[str, Any]]:
        """Events, most reported first: each with its fields, how many records (mentions),
        documents and outlets report it, when it was first seen, and its records' pks."""
        mentions = func.count(EventRecordRow.record_id)
        stmt = (select(EventRow, mentions, func.count(func.distinct(RecordRow.document_id)),
                       func.count(func.distinct(DocumentRow.outlet)))
                .join(EventRecordRow, EventRecordRow.event_id == EventRow.pk)
                .join(RecordRow, RecordRow.pk == EventRecordRow.record_id)
                .join(DocumentRow, DocumentRow.pk == RecordRow.document_id)
                .group_by(EventRow.pk).order_by(mentions.desc(), EventRow.pk))
        if type:
            stmt = stmt.where(EventRow.type == type.upper())
        if code:
            stmt = stmt.where(exists().where(RecordCodeRow.record_id == RecordRow.pk,
                                             RecordCodeRow.code == code.upper()))
        with Session(self.engine) as session:
            out = []
            for event, n_mentions, n_docs, n_outlets in session.execute(stmt.limit(limit).offset(offset)):
                records = session.scalars(select(EventRecordRow.record_id).where(EventRecordRow.event_id == event.pk)
                                          .order_by(EventRecordRow.record_id)).all()
                out.append({"event": event.pk, "type": event.type, "date": event.date, "source": event.source,
                            "targets": event.targets, "participants": event.participants, "status": event.status,
                            "measure": event.measure, "quantities": event.quantities, "first_seen": event.first_seen,
                            "mentions": n_mentions, "documents": n_docs, "outlets": n_outlets,
                            "records": list(records)})
            return out

    def count_events(self) -> tuple[int, int]:
        """(events, records linked to one): records per event is the de-duplication achieved."""
        with Session(self.engine) as session:
            return (session.scalar(select(func.count()).select_from(EventRow)) or 0,
                    session.scalar(select(func.count()).select_from(EventRecordRow)) or 0)

