"""Free text over records: `mentions.search_plain`, the evidence's words folded, without
diacritics, one space apart (hoptac.store.convert.phrase_key).

`hoptac records -q "vien tro"` (and the web app's record search) match it, so a
query typed with or without diacritics finds "viện trợ". Backfilled in chunks
with the same folding as new rows (hoptac.store.convert). Only ADD COLUMN, as in 0002.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHUNK = 500


def upgrade() -> None:
    op.add_column("mentions", sa.Column("search_plain", sa.Text(), nullable=False, server_default=""))
    from hoptac.store.convert import phrase_key

    bind = op.get_bind()
    mentions = sa.table("mentions", sa.column("id", sa.Integer), sa.column("text", sa.Text),
                        sa.column("search_plain", sa.Text))
    update = mentions.update().where(mentions.c.id == sa.bindparam("pk")).values(search_plain=sa.bindparam("p"))
    last = 0
    while True:
        rows = bind.execute(sa.select(mentions.c.id, mentions.c.text).where(mentions.c.id > last)
                            .order_by(mentions.c.id).limit(_CHUNK)).all()
        if not rows:
            break
        bind.execute(update, [{"pk": pk, "p": phrase_key(text or "")} for pk, text in rows])
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_column("mentions", "search_plain")
