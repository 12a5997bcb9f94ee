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
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from sqlalchemy import exists, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, defer, selectinload

from hoptac.model import Document, Record
from hoptac.store import convert, writer
from hoptac.store.engine import (_BATCH, _WRITE, DEFAULT_URL, StoreError, check_target, make_engine,
                                 one_line, resolve_url, shown, upgrade)
from hoptac.store.schema import Base, DocumentRow, EventRecordRow, EventRow, RecordCodeRow, RecordRow
from hoptac.store.search import SEARCH_SECONDS, SearchError, matches, search_terms
from hoptac.store.writer import SaveReport

__all__ = ["Base", "SaveReport", "Store", "StoreError", "StoredRecord", "DEFAULT_URL", "SearchError", "make_engine",
           "resolve_url", "upgrade"]


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
        self._batch_writer = self.engine.execution_options(**{_WRITE: True, _BATCH: True})  # `save`'s
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
        """Store a batch in one transaction, skipping documents already stored (`hoptac.store.writer`)."""
        return writer.save(self._batch_writer, self.url, list(docs))

    def already_stored(self, docs: Sequence[Document]) -> dict[int, str]:
        """Positions of the documents the store holds by text or URL, before any extraction."""
        return writer.already_stored(self.engine, self.url, docs)

    # -- reading -----------------------------------------------------------

    def count_documents(self) -> int:
        """How many documents the store holds."""
        with Session(self.engine) as session:
            return session.scalar(select(func.count()).select_from(DocumentRow)) or 0

    def is_empty(self) -> bool:
        """Whether the store holds no document: one row looked for, not all counted (cheap on a
        big PostgreSQL table), for a runner to know that nothing can be stored yet."""
        with Session(self.engine) as session:
            return not session.scalar(select(exists().select_from(DocumentRow)))

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

