"""Document identity across formats, URL index, and full-text search.

- `documents.identity`: sha256 of the normalised body, unique, so an article
  read from JSONL and again from a page dump is stored once (backfilled here).
- `documents.url` gets an index: the same URL is the same document.
- `documents.search_plain`: the search text without diacritics (backfilled).
- Full-text search: on SQLite an external-content FTS5 table over `search` and
  `search_plain`, kept in step by triggers; on PostgreSQL GIN indexes on
  `to_tsvector('simple', ...)` of both columns.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FTS_TRIGGERS = {
    "documents_fts_ai": "AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, search, search_plain) VALUES (new.id, new.search, new.search_plain); END",
    "documents_fts_ad": "AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, search, search_plain) "
    "VALUES ('delete', old.id, old.search, old.search_plain); END",
    "documents_fts_au": "AFTER UPDATE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, search, search_plain) "
    "VALUES ('delete', old.id, old.search, old.search_plain); "
    "INSERT INTO documents_fts(rowid, search, search_plain) VALUES (new.id, new.search, new.search_plain); END",
}


def upgrade() -> None:
    from hoptac.store.convert import body_identity, plain

    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("identity", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("search_plain", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_documents_url"), ["url"], unique=False)

    bind = op.get_bind()
    docs = sa.table("documents", sa.column("id", sa.Integer), sa.column("body", sa.JSON),
                    sa.column("content_hash", sa.String), sa.column("identity", sa.String),
                    sa.column("search", sa.Text), sa.column("search_plain", sa.Text))
    seen: set[str] = set()
    for pk, body, content_hash, search in bind.execute(
            sa.select(docs.c.id, docs.c.body, docs.c.content_hash, docs.c.search).order_by(docs.c.id)).all():
        identity = body_identity([p.get("text", "") for p in body or []]) or content_hash
        if identity in seen:
            identity = content_hash  # two rows stored before identities existed: both stay
        seen.add(identity)
        bind.execute(docs.update().where(docs.c.id == pk).values(identity=identity, search_plain=plain(search or "")))

    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f("uq_documents_identity"), ["identity"])

    if bind.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(search, search_plain, "
                   "content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 0')")
        for name, body in _FTS_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
        op.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_documents_search_fts ON documents USING gin (to_tsvector('simple', search))")
        op.execute("CREATE INDEX ix_documents_search_plain_fts ON documents "
                   "USING gin (to_tsvector('simple', search_plain))")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in _FTS_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_documents_search_fts")
        op.execute("DROP INDEX IF EXISTS ix_documents_search_plain_fts")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_documents_identity"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_documents_url"))
        batch_op.drop_column("search_plain")
        batch_op.drop_column("identity")
