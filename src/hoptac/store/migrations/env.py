"""Alembic environment for hoptac's store.

`Store` runs migrations itself and hands its open connection in through
`config.attributes["connection"]`, so users need no alembic.ini. Run by hand
(`alembic -x url=sqlite:///hoptac.db upgrade head` with a config whose
`script_location` points here), it builds an engine from `-x url=`,
`sqlalchemy.url` or `HOPTAC_DB`.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine, pool

from hoptac.store.schema import Base, include_name

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Use the caller's connection when given one, else open our own."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = (
        context.get_x_argument(as_dictionary=True).get("url")
        or config.get_main_option("sqlalchemy.url")
        or os.environ.get("HOPTAC_DB", "sqlite:///hoptac.db")
    )
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("hoptac's migrations run online only (they need a database connection)")
run_migrations_online()
