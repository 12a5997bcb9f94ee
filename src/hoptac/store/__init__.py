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

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, and_, create_engine, event, exists, func, literal_column, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DataError, DBAPIError, IntegrityError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, defer, selectinload
from sqlalchemy.pool import StaticPool

from hoptac.model import Document, Record
from hoptac.store import convert
from hoptac.store.schema import Base, DocumentRow, RecordCodeRow, RecordRow

__all__ = ["Base", "SaveReport", "Store", "StoreError", "StoredRecord", "DEFAULT_URL", "SearchError"]

DEFAULT_URL = "sqlite:///hoptac.db"
ALREADY_STORED = "already stored"
DUPLICATE_IN_BATCH = "duplicate in batch"
_IN_CHUNK = 500  # stay far below SQLite's bound-parameter limit
_WRITE = "hoptac_write"  # execution option marking a writing connection (see _sqlite_engine)
_MIGRATION_LOCK = 0x686F70746163  # "hoptac": serialises concurrent migrations on PostgreSQL
_SAVE_LOCK = _MIGRATION_LOCK + 1  # serialises concurrent saves on PostgreSQL


MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
SEARCH_SECONDS = 10  # PostgreSQL: a search that runs longer is cancelled on the server


class StoreError(Exception):
    """The database cannot be opened or written: one line saying which and why."""


class SearchError(ValueError):
    """A search query the store refuses (too long, or nothing to search for)."""


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


def _one_line(exc: BaseException) -> str:
    """The driver's own message, first line, without SQLAlchemy's background links."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return (text[0] if text else type(orig).__name__)[:300]


def _shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def check_target(url: str, create: bool, create_dirs: bool = False) -> None:
    """Refuse, in one line, a database that cannot be what the caller wants.

    Only `ingest` creates a database (`create=True`), and only in a folder that
    exists unless `create_dirs`: a typo must not leave an empty database in a
    new folder while `records` says "no records"."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url!r} is neither a database URL nor a file path") from None
    backend = parsed.get_backend_name()
    if backend != "sqlite":
        if backend == "postgresql" and parsed.get_driver_name() in ("psycopg", "postgresql"):
            try:
                import psycopg  # noqa: F401
            except ModuleNotFoundError:
                raise StoreError("PostgreSQL needs its driver: pip install 'hoptac[pg]' (installs psycopg)") \
                    from None
        return
    database = parsed.database
    if database in (None, "", ":memory:") or database.startswith("file:"):
        return
    path = Path(database)
    if path.is_dir():
        raise StoreError(f"{database} is a folder, not a database file")
    if path.exists():
        return
    if not create:
        raise StoreError(f"no database at {database} (hoptac ingest creates one)")
    parent = path.parent
    for folder in (parent, *parent.parents):
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"cannot create {database}: {folder} is a file, not a folder")
    if not parent.exists():
        if not create_dirs:
            raise StoreError(f"cannot create {database}: folder {parent} does not exist "
                             "(create it, or pass --create-dirs)")
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create folder {parent}: {exc.strerror or exc}") from None


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
    connect_args = {"connect_timeout": 10} if make_url(url).get_backend_name() == "postgresql" else {}
    return create_engine(url, json_serializer=_json_dumps, pool_pre_ping=True, connect_args=connect_args)


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


_QUOTED = re.compile(r'"([^"]*)"')


def search_terms(q: str) -> list[tuple[str, bool]]:
    """The query as (phrase, plain) terms that must all match as phrases of whole words.

    The query is one phrase ("viện trợ" is not "viện ... trợ"); "quoted parts"
    are phrases of their own that must all occur, in any order. A phrase typed
    without diacritics matches any ("vien tro" finds "viện trợ"), as someone on
    a plain keyboard expects; one typed with them matches them exactly."""
    folded = " ".join(convert.fold(q).split())
    if len(folded) > MAX_QUERY_CHARS or len(folded.split()) > MAX_QUERY_WORDS:
        raise SearchError(f"search is limited to {MAX_QUERY_CHARS} characters and {MAX_QUERY_WORDS} words")
    parts = [m.group(1) for m in _QUOTED.finditer(folded)] + [_QUOTED.sub(" ", folded)]
    terms = []
    for part in parts:
        words = re.findall(r"[^\W_]+", part)
        if words:
            phrase = " ".join(words)
            plain = convert.plain(phrase)
            terms.append((plain, True) if plain == phrase else (phrase, False))
    return terms


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
            raise StoreError(f"unknown kind of database {scheme!r} in {_shown(self.url)} "
                             "(give a file path, sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)") from None
        except ModuleNotFoundError as exc:
            raise StoreError(f"the driver for {_shown(self.url)} is not installed ({exc.name}); "
                             "for PostgreSQL: pip install 'hoptac[pg]'") from None
        except ArgumentError as exc:
            raise StoreError(f"bad database URL {_shown(self.url)}: {exc}") from None
        self._writer = self.engine.execution_options(**{_WRITE: True})
        if migrate:
            try:
                upgrade(self.engine)
            except SQLAlchemyError as exc:
                self.engine.dispose()
                raise StoreError(f"cannot open {_shown(self.url)}: {_one_line(exc)}") from None

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
        raced = False
        while True:
            try:
                report = self._save(docs)
            except _Offender as off:
                if isinstance(off.cause, IntegrityError) and not raced:
                    raced = True  # another writer stored one of ours meanwhile: look again
                    continue
                doc = docs.pop(off.position)
                failed.append((doc.id, f"the database refused it: {_one_line(off.cause)}"))
                continue
            except DBAPIError as exc:
                raise StoreError(f"cannot write to {_shown(self.url)}: {_one_line(exc)}") from None
            report.failed = failed
            return report

    def _save(self, docs: Sequence[Document]) -> SaveReport:
        report = SaveReport()
        keys = [(d.content_hash, convert.identity(d), d.url) for d in docs]
        with Session(self._writer) as session, session.begin():
            if session.get_bind().dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SAVE_LOCK})
            stored = self._stored_keys(session, keys)
            seen: set[str] = set()
            for position, (doc, key) in enumerate(zip(docs, keys)):
                reason = None
                mine = {k for k in key if k}
                if mine & stored:
                    reason = ALREADY_STORED
                elif mine & seen:
                    reason = DUPLICATE_IN_BATCH
                elif (name := convert.nul_field(doc)) is not None:
                    reason = f"NUL character in {name}"
                if reason:
                    report.skipped.append((doc.id, reason))
                    continue
                seen |= mine
                try:
                    with session.begin_nested():
                        session.add(convert.to_row(doc))
                        session.flush()  # fail here, naming the document, not at commit
                except (IntegrityError, DataError, ValueError, TypeError) as exc:
                    raise _Offender(position, exc) from exc  # this document's values; others may pass
                report.stored += 1
                report.stored_ids.append(doc.id)
        return report

    @staticmethod
    def _stored_keys(session: Session, keys: Sequence[tuple[str, str, str | None]]) -> set[str]:
        """Which of the batch's hashes, identities and URLs the store already holds."""
        found: set[str] = set()
        for column, values in ((DocumentRow.content_hash, {k[0] for k in keys}),
                               (DocumentRow.identity, {k[1] for k in keys}),
                               (DocumentRow.url, {k[2] for k in keys if k[2]})):
            unique = sorted(values)
            for i in range(0, len(unique), _IN_CHUNK):
                found.update(session.scalars(select(column).where(column.in_(unique[i:i + _IN_CHUNK]))))
        return found

    # -- reading -----------------------------------------------------------

    def count_documents(self) -> int:
        """How many documents the store holds."""
        with Session(self.engine) as session:
            return session.scalar(select(func.count()).select_from(DocumentRow)) or 0

    def list_documents(self, limit: int = 50, offset: int = 0, q: str | None = None,
                       outlet: str | None = None) -> list[Document]:
        """Documents newest first, without records or HTML; with `q`, those whose title or
        body holds `q` as a phrase of whole words (case- and NFC/NFD-insensitive; a query
        with no diacritics matches any, one with diacritics matches them exactly).

        Each `meta` carries `pk`, `content_hash` and `records` (how many).
        Raises SearchError for a query over MAX_QUERY_CHARS or MAX_QUERY_WORDS."""
        n_records = (select(func.count()).where(RecordRow.document_id == DocumentRow.pk)
                     .correlate(DocumentRow).scalar_subquery())
        stmt = select(DocumentRow, n_records).options(defer(DocumentRow.html), defer(DocumentRow.search),
                                                      defer(DocumentRow.search_plain))
        if q is not None:
            terms = search_terms(q)
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
            for row, count in session.execute(stmt.limit(limit).offset(offset)):
                doc = convert.to_document(row, full=False)
                doc.meta["records"] = count
                out.append(doc)
            return out

    def _matches(self, terms: list[tuple[str, bool]]) -> Any:
        """A WHERE clause: the document's search text holds every term as whole words."""
        dialect = self.engine.dialect.name
        columns = [(DocumentRow.search_plain if plain else DocumentRow.search, phrase) for phrase, plain in terms]
        if dialect == "sqlite":
            # Terms are words joined by spaces: no quote or operator of FTS5 can reach the query.
            fts = " AND ".join(f'{{{column.key}}} : "{phrase}"' for column, phrase in columns)
            return DocumentRow.pk.in_(text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :fts")
                                      .bindparams(fts=fts))
        if dialect == "postgresql":
            simple = literal_column("'simple'")
            return and_(*(func.to_tsvector(simple, column).op("@@")(func.phraseto_tsquery(simple, phrase))
                          for column, phrase in columns))
        # Other databases: whole words by padding with spaces (slower, still right at word edges).
        return and_(*(func.concat(" ", column, " ").contains(f" {phrase} ", autoescape=True)
                      for column, phrase in columns))

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
            stmt = stmt.where(exists().where(RecordCodeRow.record_id == RecordRow.pk, RecordCodeRow.code == code))
        with Session(self.engine) as session:
            return {t: n for t, n in session.execute(stmt)}
