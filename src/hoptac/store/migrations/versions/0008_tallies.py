"""Running tallies of the whole ledger for the Overview (hoptac.store.tallies), counted once
here from the records already stored; every later write keeps them up to date.

The backfill reads only this revision's columns of `records` (a table described here, not
the models of today's code) and counts with `hoptac.store.tallies.contributions`, a pure
function of those columns, in batches.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RECORDS = sa.table("records", sa.column("id", sa.Integer), sa.column("type", sa.String), sa.column("date", sa.String),
                    sa.column("source", sa.JSON), sa.column("targets", sa.JSON), sa.column("participants", sa.JSON),
                    sa.column("status", sa.String), sa.column("quantities", sa.JSON),
                    sa.column("curation", sa.String))


def upgrade() -> None:
    tallies = op.create_table(
        "tallies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("k1", sa.String(length=64), nullable=False),
        sa.Column("k2", sa.String(length=64), nullable=False),
        sa.Column("k3", sa.String(length=64), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("total", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tallies")),
    )
    op.create_index("uq_tallies_kind_k1_k2_k3", "tallies", ["kind", "k1", "k2", "k3"], unique=True)
    from collections import defaultdict

    from hoptac.store.tallies import contributions

    bind = op.get_bind()
    counted: dict[tuple[str, ...], list[float]] = defaultdict(lambda: [0, 0.0])
    last = 0
    while True:
        rows = bind.execute(sa.select(_RECORDS).where(_RECORDS.c.id > last).order_by(_RECORDS.c.id)
                            .limit(5000)).mappings().all()
        if not rows:
            break
        last = rows[-1]["id"]
        for key, (n, total) in contributions([dict(r) for r in rows]).items():
            counted[key][0] += n
            counted[key][1] += total
    values = [{"kind": k[0], "k1": k[1], "k2": k[2], "k3": k[3], "n": int(v[0]), "total": v[1]}
              for k, v in sorted(counted.items())]
    for start in range(0, len(values), 1000):
        op.bulk_insert(tallies, values[start:start + 1000])


def downgrade() -> None:
    op.drop_index("uq_tallies_kind_k1_k2_k3", table_name="tallies")
    op.drop_table("tallies")
