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
        if backend == "postgresql":
            driver = parsed.get_driver_name()
            module = {"psycopg": "psycopg", "psycopg2": "psycopg2"}.get(driver)
            try:
                if module:
                    __import__(module)
            except ModuleNotFoundError:
                hint = ("pip install 'hoptac[pg]' (installs psycopg)" if module == "psycopg"
                        else "use postgresql+psycopg://... after pip install 'hoptac[pg]'")
                raise StoreError(f"PostgreSQL driver {module} is not installed: {hint}") from None
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
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
            except Exception:  # noqa: BLE001 - a read-only database can still be read
                pass
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


def _migrations() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(files("hoptac.store") / "migrations"))


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for a new one), read without writing."""
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations shipped in the package on `engine`'s database.

    A database already at the wanted revision is only read, so a read-only
    database (a shared copy, a mounted snapshot) opens for queries."""
    from alembic import command
    from alembic.config import Config

    if revision == "head" and current_revision(engine) == _migrations().get_current_head():
        return
    writer = engine.execution_options(**{_WRITE: True})
    with as_file(files("hoptac.store") / "migrations") as location, writer.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        config = Config()
        config.set_main_option("script_location", str(location).replace("%", "%%"))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


_QUOTED = re.compile(r'"([^"]*)"')


def search_terms(q: str, exact: bool = False) -> list[tuple[str, bool]]:
    """The query as (phrase, plain) terms that must all match as phrases of whole words.

    The query is one phrase ("viện trợ" is not "viện ... trợ"); "quoted parts"
    are phrases of their own that must all occur, in any order. A phrase typed
    without diacritics matches any ("vien tro" finds "viện trợ"), as someone on
    a plain keyboard expects; one typed with them matches them exactly, and
    `exact` makes every phrase match as typed ("Nga" then is not "ngà")."""
    folded = " ".join(convert.fold(q).split())
    if len(folded) > MAX_QUERY_CHARS or len(folded.split()) > MAX_QUERY_WORDS:
        raise SearchError(f"search is limited to {MAX_QUERY_CHARS} characters and {MAX_QUERY_WORDS} words")
    parts = [m.group(1) for m in _QUOTED.finditer(folded)] + [_QUOTED.sub(" ", folded)]
    if exact:
        return [(" ".join(re.findall(r"[^\W_]+", p)), False) for p in parts if re.search(r"[^\W_]", p)]
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
        self._fts: bool | None = None
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
        keys = [(d.content_hash, convert.identity(d), convert.url_key(d.url)) for d in docs]
        with Session(self._writer) as session, session.begin():
            if session.get_bind().dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SAVE_LOCK})
            stored = self._stored_keys(session, keys)
            seen: set[str] = set()
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
                    session.add(convert.to_row(doc))
                    session.flush()  # fail here, naming the document, not at commit
                except (DBAPIError, ValueError, TypeError) as exc:
                    if _refuses_values(exc):
                        raise _Offender(position, exc) from exc  # this document's values; others may pass
                    raise
                report.stored += 1
                report.stored_ids.append(doc.id)
        return report

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

        Each `meta` carries `pk`, `content_hash` and `records` (how many).
        Raises SearchError for a query over MAX_QUERY_CHARS or MAX_QUERY_WORDS."""
        n_records = (select(func.count()).where(RecordRow.document_id == DocumentRow.pk)
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
        """A WHERE clause: the document's search text holds every term as whole words."""
        dialect = self.engine.dialect.name
        columns = [(DocumentRow.search_plain if plain else DocumentRow.search, phrase) for phrase, plain in terms]
        if dialect == "sqlite" and self._has_fts():
            # Terms are words joined by spaces: no quote or operator of FTS5 can reach the query.
            fts = " AND ".join(f'{{{column.key}}} : "{phrase}"' for column, phrase in columns)
            return DocumentRow.pk.in_(text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :fts")
                                      .bindparams(fts=fts))
        if dialect == "postgresql":
            simple = literal_column("'simple'")
            return and_(*(func.to_tsvector(simple, column).op("@@")(func.phraseto_tsquery(simple, phrase))
                          for column, phrase in columns))
        # SQLite without FTS5, other databases: whole words by padding with spaces (a scan).
        return and_(*(func.concat(" ", column, " ").contains(f" {phrase} ", autoescape=True)
                      for column, phrase in columns))

    def _has_fts(self) -> bool:
        if self._fts is None:
            with self.engine.connect() as conn:
                self._fts = conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'").first() is not None
        return self._fts

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
            stmt = stmt.where(exists().where(RecordCodeRow.record_id == RecordRow.pk,
                                             RecordCodeRow.code == code.upper()))
        with Session(self.engine) as session:
            return {t: n for t, n in session.execute(stmt)}
