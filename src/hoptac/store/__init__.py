"""The ledger on disk: save `Document`s with their records, and query them back.

    >>> with Store("ledger.db") as store:          # or postgresql+psycopg://...
    ...     report = store.save(docs)              # one transaction per batch
    ...     store.list_records(type="AID", code="CHN")

Guarantees the CLI and the web app build on:

- A document is identified by `Document.content_hash`; saving it again is a
  no-op reported as "already stored", so re-ingesting the same input (or
  resuming after a crash) stores exactly what is missing.
- `save` is one transaction per call: if anything fails, the database is left
  as it was before the call, never with half a batch.
- Opening a store runs the packaged Alembic migrations to head, so a user needs
  neither an alembic.ini nor a separate setup step.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, create_engine, event, exists, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer, selectinload
from sqlalchemy.pool import StaticPool

from hoptac.model import Document, Record
from hoptac.store import convert
from hoptac.store.schema import Base, DocumentRow, RecordCodeRow, RecordRow

__all__ = ["Base", "SaveReport", "Store", "StoredRecord", "DEFAULT_URL"]

DEFAULT_URL = "sqlite:///hoptac.db"
ALREADY_STORED = "already stored"
DUPLICATE_IN_BATCH = "duplicate in batch"
_IN_CHUNK = 500  # stay far below SQLite's bound-parameter limit
_WRITE = "hoptac_write"  # execution option marking a writing connection (see _sqlite_engine)
_MIGRATION_LOCK = 0x686F70746163  # "hoptac": serialises concurrent migrations on PostgreSQL
_SAVE_LOCK = _MIGRATION_LOCK + 1  # serialises concurrent saves on PostgreSQL


@dataclass
class SaveReport:
    """What one `save` call did: how many documents went in, and which did not and why."""

    stored: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)


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


def resolve_url(url: str | None = None) -> str:
    """The database URL: the argument, else $HOPTAC_DB, else ./hoptac.db; a bare path means SQLite."""
    url = url or os.environ.get("HOPTAC_DB") or DEFAULT_URL
    if "://" in url:
        return url
    if url == ":memory:":
        return "sqlite://"
    return "sqlite:///" + str(Path(url).expanduser())


def _json_dumps(value: Any) -> str:
    """JSON with Vietnamese kept readable in the database (not \\u escapes)."""
    import json

    return json.dumps(value, ensure_ascii=False)


def _sqlite_engine(url: str) -> Engine:
    """SQLite with WAL (readers never block the writer), foreign keys, and real BEGINs.

    pysqlite's own transaction handling defers BEGIN until the first write, so
    the "which hashes are stored?" read would sit outside the transaction; we
    switch it off and emit BEGIN ourselves (SQLAlchemy's documented recipe).
    Writers (`_WRITE` connections) take the write lock up front with BEGIN
    IMMEDIATE, so two ingesting processes queue on busy_timeout instead of one
    failing with "database is locked" when its read transaction turns into a write."""
    database = make_url(url).database
    memory = database in (None, "", ":memory:")
    if not memory:
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        json_serializer=_json_dumps,
        **({"poolclass": StaticPool, "connect_args": {"check_same_thread": False}} if memory else {}),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(_WRITE)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def make_engine(url: str | None = None) -> Engine:
    """An engine for any SQLAlchemy URL, with hoptac's SQLite settings where they apply."""
    url = resolve_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, json_serializer=_json_dumps, pool_pre_ping=True)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations shipped in the package on `engine`'s database."""
    from alembic import command
    from alembic.config import Config

    writer = engine.execution_options(**{_WRITE: True})
    with as_file(files("hoptac.store") / "migrations") as location, writer.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        config = Config()
        config.set_main_option("script_location", str(location).replace("%", "%%"))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _terms(q: str | None) -> list[str]:
    return convert.fold(q).split() if q else []


class Store:
    """A hoptac database: SQLite file by default, any SQLAlchemy URL otherwise."""

    def __init__(self, url: str | None = None, *, migrate: bool = True) -> None:
        self.url = resolve_url(url)
        self.engine = make_engine(self.url)
        self._writer = self.engine.execution_options(**{_WRITE: True})
        if migrate:
            upgrade(self.engine)

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
        try:
            return self._save(docs)
        except IntegrityError:
            return self._save(docs)

    def _save(self, docs: Sequence[Document]) -> SaveReport:
        report = SaveReport()
        hashes = [d.content_hash for d in docs]
        with Session(self._writer) as session, session.begin():
            if session.get_bind().dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SAVE_LOCK})
            stored = self._stored_hashes(session, hashes)
            seen: set[str] = set()
            for doc, content_hash in zip(docs, hashes):
                reason = None
                if content_hash in stored:
                    reason = ALREADY_STORED
                elif content_hash in seen:
                    reason = DUPLICATE_IN_BATCH
                elif (name := convert.nul_field(doc)) is not None:
                    reason = f"NUL character in {name}"
                if reason:
                    report.skipped.append((doc.id, reason))
                    continue
                seen.add(content_hash)
                try:
                    session.add(convert.to_row(doc))
                    session.flush()  # fail here, naming the document, not at commit
                except Exception as exc:
                    exc.add_note(f"hoptac.store: while storing document {doc.id!r} ({doc.source}); "
                                 "the whole batch was rolled back")
                    raise
                report.stored += 1
                report.stored_ids.append(doc.id)
        return report

    @staticmethod
    def _stored_hashes(session: Session, hashes: Sequence[str]) -> set[str]:
        found: set[str] = set()
        unique = sorted(set(hashes))
        for i in range(0, len(unique), _IN_CHUNK):
            chunk = unique[i:i + _IN_CHUNK]
            found.update(session.scalars(select(DocumentRow.content_hash).where(DocumentRow.content_hash.in_(chunk))))
        return found

    # -- reading -----------------------------------------------------------

    def count_documents(self) -> int:
        """How many documents the store holds."""
        with Session(self.engine) as session:
            return session.scalar(select(func.count()).select_from(DocumentRow)) or 0

    def list_documents(self, limit: int = 50, offset: int = 0, q: str | None = None,
                       outlet: str | None = None) -> list[Document]:
        """Documents newest first, without records or HTML; every word of `q` must occur
        in the title or body (case- and NFC/NFD-insensitive).

        Each `meta` carries `pk`, `content_hash` and `records` (how many)."""
        n_records = (select(func.count()).where(RecordRow.document_id == DocumentRow.pk)
                     .correlate(DocumentRow).scalar_subquery())
        stmt = select(DocumentRow, n_records).options(defer(DocumentRow.html), defer(DocumentRow.search))
        for term in _terms(q):
            stmt = stmt.where(DocumentRow.search.contains(term, autoescape=True))
        if outlet is not None:
            stmt = stmt.where(DocumentRow.outlet == outlet)
        stmt = stmt.order_by(DocumentRow.published.is_(None), DocumentRow.published.desc(), DocumentRow.pk.desc())
        with Session(self.engine) as session:
            out = []
            for row, count in session.execute(stmt.limit(limit).offset(offset)):
                doc = convert.to_document(row, full=False)
                doc.meta["records"] = count
                out.append(doc)
            return out

    def get_document(self, key: int | str) -> Document | None:
        """One document with its paragraphs and records, by pk, doc id or content-hash prefix.

        A doc id stored under several texts gives the latest; a hash prefix
        that fits several documents raises LookupError rather than guess."""
        load = selectinload(DocumentRow.records)
        options = (load.selectinload(RecordRow.mentions), load.selectinload(RecordRow.actors))
        with Session(self.engine) as session:
            if isinstance(key, int):
                row = session.get(DocumentRow, key, options=options)
                return convert.to_document(row) if row else None
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
            return convert.to_document(row) if row else None

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

    def counts_by_type(self) -> dict[str, int]:
        """How many records of each type, for a dashboard or an ingest summary."""
        stmt = select(RecordRow.type, func.count()).group_by(RecordRow.type).order_by(RecordRow.type)
        with Session(self.engine) as session:
            return {t: n for t, n in session.execute(stmt)}
