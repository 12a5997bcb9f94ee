"""Full-text search over records' evidence: an index for `mentions.search_plain`.

On SQLite, an external-content FTS5 table (`mentions_fts`) kept in step by triggers
(left out where SQLite was built without FTS5: the query layer then scans); on
PostgreSQL a GIN index on `to_tsvector('simple', search_plain)`. A free-text filter of
records (hoptac.store.query) then looks words up instead of scanning every mention.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TRIGGERS = {
    "mentions_fts_ai": "AFTER INSERT ON mentions BEGIN "
    "INSERT INTO mentions_fts(rowid, search_plain) VALUES (new.id, new.search_plain); END",
    "mentions_fts_ad": "AFTER DELETE ON mentions BEGIN "
    "INSERT INTO mentions_fts(mentions_fts, rowid, search_plain) VALUES ('delete', old.id, old.search_plain); END",
    "mentions_fts_au": "AFTER UPDATE ON mentions BEGIN "
    "INSERT INTO mentions_fts(mentions_fts, rowid, search_plain) VALUES ('delete', old.id, old.search_plain); "
    "INSERT INTO mentions_fts(rowid, search_plain) VALUES (new.id, new.search_plain); END",
}


def _has_fts5(bind: sa.Connection) -> bool:
    return "ENABLE_FTS5" in {row[0] for row in bind.exec_driver_sql("PRAGMA compile_options")}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and _has_fts5(bind):
        op.execute("CREATE VIRTUAL TABLE mentions_fts USING fts5(search_plain, content='mentions', "
                   "content_rowid='id', tokenize='unicode61 remove_diacritics 0')")
        for name, body in _TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
        op.execute("INSERT INTO mentions_fts(mentions_fts) VALUES ('rebuild')")
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_mentions_search_plain_fts ON mentions "
                   "USING gin (to_tsvector('simple', search_plain))")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS mentions_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_mentions_search_plain_fts")
