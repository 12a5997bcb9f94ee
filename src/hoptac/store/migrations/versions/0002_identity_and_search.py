"""Document identity across formats, URL lookup, and full-text search.

- `documents.identity`: a hash of the normalised body, unique, so an article
  read from JSONL and again from a page dump is stored once.
- `documents.url_key`: sha256 of the URL, indexed (a URL can be longer than
  any index row allows; its hash cannot).
- `documents.search` (recomputed) and `search_plain`: the title and body as
  folded words, with and without diacritics.
- Full-text search: on SQLite an external-content FTS5 table over both columns,
  kept in step by triggers (left out, with search falling back to a scan, where
  SQLite was built without FTS5); on PostgreSQL GIN indexes on
  `to_tsvector('simple', ...)`.

Only ADD COLUMN and CREATE INDEX are used: on SQLite a batch (copy-and-rename)
migration would drop `documents` with foreign keys on and cascade-delete every
record. Rows are backfilled in chunks, a few hundred per statement.

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

_CHUNK = 500
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


def _backfill(bind: sa.Connection) -> None:
    from hoptac.keys import body_identity, search_text, url_key

    docs = sa.table("documents", sa.column("id", sa.Integer), sa.column("body", sa.JSON),
                    sa.column("title", sa.Text), sa.column("url", sa.Text),
                    sa.column("content_hash", sa.String), sa.column("identity", sa.String),
                    sa.column("url_key", sa.String), sa.column("search", sa.Text),
                    sa.column("search_plain", sa.Text))
    update = (docs.update().where(docs.c.id == sa.bindparam("pk"))
              .values(identity=sa.bindparam("i"), url_key=sa.bindparam("u"), search=sa.bindparam("s"),
                      search_plain=sa.bindparam("p")))
    seen: set[str] = set()
    last = 0
    while True:
        rows = bind.execute(sa.select(docs.c.id, docs.c.body, docs.c.title, docs.c.url, docs.c.content_hash)
                            .where(docs.c.id > last).order_by(docs.c.id).limit(_CHUNK)).all()
        if not rows:
            return
        params = []
        for pk, body, title, url, content_hash in rows:
            paragraphs = [p.get("text", "") for p in body or []]
            identity = body_identity([title or "", *paragraphs]) or content_hash
            if identity in seen:
                identity = content_hash  # two rows stored before identities existed: both stay
            seen.add(identity)
            exact, plain = search_text(title, paragraphs)
            params.append({"pk": pk, "i": identity, "u": url_key(url), "s": exact, "p": plain})
        bind.execute(update, params)
        last = rows[-1][0]


def _has_fts5(bind: sa.Connection) -> bool:
    options = {row[0] for row in bind.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def upgrade() -> None:
    op.add_column("documents", sa.Column("identity", sa.String(length=64), nullable=True))
    op.add_column("documents", sa.Column("url_key", sa.String(length=64), nullable=True))
    op.add_column("documents", sa.Column("search_plain", sa.Text(), nullable=False, server_default=""))
    bind = op.get_bind()
    _backfill(bind)
    op.create_index(op.f("ix_documents_identity"), "documents", ["identity"], unique=True)
    op.create_index(op.f("ix_documents_url_key"), "documents", ["url_key"], unique=False)
    if bind.dialect.name == "sqlite" and _has_fts5(bind):
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
    op.drop_index(op.f("ix_documents_url_key"), table_name="documents")
    op.drop_index(op.f("ix_documents_identity"), table_name="documents")
    for column in ("search_plain", "url_key", "identity"):
        op.drop_column("documents", column)  # SQLite >= 3.35 drops a column in place
