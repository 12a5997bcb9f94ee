"""Opening a hoptac database: URLs and paths, their one-line errors, engines and migrations.

Kept apart from `Store` (reading and writing) so that what can go wrong before
the first query (a typo'd path, a file that is not a database, a server that
does not answer, a missing driver) is in one place with its messages.
"""

from __future__ import annotations

import os
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

DEFAULT_URL = "sqlite:///hoptac.db"
_WRITE = "hoptac_write"  # execution option marking a writing connection (see _sqlite_engine)
_BATCH = "hoptac_batch"  # ... one that stores a batch of `save`, which a rerun would store again (_sqlite_engine)
_WAL = "hoptac_wal"  # a pooled SQLite connection's info: its journal is the write-ahead log
_MIGRATION_LOCK = 0x686F70746163  # "hoptac": serialises concurrent migrations on PostgreSQL


class StoreError(Exception):
    """The database cannot be opened or written: one line saying which and why."""


def resolve_url(url: str | None = None) -> str:
    """The database URL: the argument, else $HOPTAC_DB, else ./hoptac.db; a bare path means SQLite."""
    url = url or os.environ.get("HOPTAC_DB") or DEFAULT_URL
    if "://" in url:
        return url
    if url == ":memory:":
        return "sqlite://"
    return "sqlite:///" + str(Path(url).expanduser())


def one_line(exc: BaseException) -> str:
    """The driver's own message, first line, without SQLAlchemy's background links."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return (text[0] if text else type(orig).__name__)[:300]


def shown(url: str) -> str:
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
                wal = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
                _record.info[_WAL] = bool(wal) and str(wal[0]).lower() == "wal"
            except Exception:  # noqa: BLE001 - a read-only database can still be read
                pass
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        write = options.get(_WRITE)
        if write and connection.connection.info.get(_WAL):
            # A batch of `save` commits with synchronous=NORMAL, which in WAL mode syncs the log at
            # checkpoints, not at every commit (SQLite's documentation: "a good choice for most
            # applications running in WAL mode"; the sync was a tenth of storing a batch): a crash of
            # the machine may take back the last batches committed, never corrupt the database, and a
            # rerun stores them again (the writer skips what is stored). Every other write (a person's
            # decision, a password, a sign-out, which nothing would redo; a re-extraction too) syncs at
            # its commit (FULL, SQLite's default). Set before BEGIN: SQLite refuses to change it inside a transaction.
            connection.exec_driver_sql("PRAGMA synchronous=" + ("NORMAL" if options.get(_BATCH) else "FULL"))
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


# The newest migration's revision (migrations/versions/): a database stamped with it needs nothing, which
# `upgrade` tells from one query. tests/test_store.py checks it against Alembic's own reading of the scripts.
HEAD_REVISION = "0008"


def _stamped(engine: Engine) -> str | None:
    """The revision stamped in the database's `alembic_version`, read with one query; None where there
    is none or it cannot be read (a new database: `upgrade` then asks Alembic). A database that cannot
    be reached raises here, as Alembic's reading would, rather than being tried a second time by it."""
    with engine.connect() as connection:
        try:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except Exception:  # noqa: BLE001 - no such table (a new database), or no permission: Alembic decides
            return None
    return rows[0][0] if len(rows) == 1 else None


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for a new one), read without writing."""
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations shipped in the package on `engine`'s database.

    A database already at the wanted revision is only read, so a read-only
    database (a shared copy, a mounted snapshot) opens for queries."""
    if revision == "head" and _stamped(engine) == HEAD_REVISION:
        return  # (without importing Alembic, a tenth of a second of every command that opens a store)
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
