"""Events: near-duplicate documents (MinHash bands) and records grouped into real-world events.

- `documents.minhash`, `documents.dup_group`: a body's MinHash signature and the
  first stored document of its near-duplicate group.
- `document_bands`: the signature's LSH bands, indexed, for the near-duplicate lookup.
- `events`, `event_records`: one row per real-world event and the records reporting it.

Documents stored before this migration are signed and their records linked,
in storing order, exactly as if they were stored now (hoptac.store.events).
Only ADD COLUMN, CREATE TABLE and CREATE INDEX, as in 0002.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("minhash", sa.LargeBinary(), nullable=True))
    op.add_column("documents", sa.Column("dup_group", sa.Integer(), nullable=True))
    op.create_index("ix_documents_dup_group", "documents", ["dup_group"], unique=False)
    op.create_table("document_bands",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("band", sa.String(length=24), nullable=False),
                    sa.Column("document_id", sa.Integer(), nullable=False),
                    sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                            name="fk_document_bands_document_id_documents", ondelete="CASCADE"),
                    sa.PrimaryKeyConstraint("id", name="pk_document_bands"))
    op.create_index("ix_document_bands_band", "document_bands", ["band"], unique=False)
    op.create_index("ix_document_bands_document_id", "document_bands", ["document_id"], unique=False)
    op.create_table("events",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("key", sa.String(length=64), nullable=False),
                    sa.Column("type", sa.String(length=16), nullable=False),
                    sa.Column("date", sa.String(length=32), nullable=True),
                    sa.Column("source", sa.JSON(), nullable=False),
                    sa.Column("targets", sa.JSON(), nullable=False),
                    sa.Column("participants", sa.JSON(), nullable=False),
                    sa.Column("status", sa.String(length=32), nullable=True),
                    sa.Column("measure", sa.String(length=64), nullable=True),
                    sa.Column("quantities", sa.JSON(), nullable=False),
                    sa.Column("first_seen", sa.String(length=64), nullable=True),
                    sa.PrimaryKeyConstraint("id", name="pk_events"),
                    sa.UniqueConstraint("key", name="uq_events_key"))
    op.create_index("ix_events_type", "events", ["type"], unique=False)
    op.create_index("ix_events_date", "events", ["date"], unique=False)
    op.create_table("event_records",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("event_id", sa.Integer(), nullable=False),
                    sa.Column("record_id", sa.Integer(), nullable=False),
                    sa.ForeignKeyConstraint(["event_id"], ["events.id"],
                                            name="fk_event_records_event_id_events", ondelete="CASCADE"),
                    sa.ForeignKeyConstraint(["record_id"], ["records.id"],
                                            name="fk_event_records_record_id_records", ondelete="CASCADE"),
                    sa.PrimaryKeyConstraint("id", name="pk_event_records"),
                    sa.UniqueConstraint("record_id", name="uq_event_records_record_id"))
    op.create_index("ix_event_records_event_id", "event_records", ["event_id"], unique=False)
    _backfill(op.get_bind())


def _backfill(bind: sa.Connection) -> None:
    """Sign and link what is stored, document by document in storing order. It reads through
    the models as they are at this revision; a later migration that adds columns to these
    tables must keep this backfill working (run after it, or give the columns defaults)."""
    from sqlalchemy.orm import Session, load_only, selectinload

    from hoptac.store import convert
    from hoptac.store.events import file_stored
    from hoptac.store.schema import DocumentRow, MentionRow, RecordRow

    # Only the columns this revision knows: later revisions add columns (0004 mentions.search_plain,
    # 0005 documents.extracted_by and records.extracted_by) that do not exist yet when this runs.
    mention_columns = load_only(MentionRow.pk, MentionRow.record_id, MentionRow.position, MentionRow.sentence,
                                MentionRow.start, MentionRow.end, MentionRow.text, MentionRow.rule,
                                MentionRow.confidence, MentionRow.reason)
    d, r = DocumentRow, RecordRow
    document_columns = load_only(d.pk, d.content_hash, d.identity, d.doc_id, d.source, d.url, d.url_key, d.reader,
                                 d.encoding, d.title, d.outlet, d.published, d.byline, d.body, d.text, d.html,
                                 d.warnings, d.meta, d.search, d.search_plain, d.created_at, d.minhash, d.dup_group)
    record_columns = load_only(r.pk, r.document_id, r.position, r.type, r.date, r.date_reason, r.source, r.targets,
                               r.participants, r.mode, r.category, r.status, r.measure, r.quantities, r.rule,
                               r.confidence)

    session = Session(bind=bind)
    last = 0
    while True:
        rows = session.scalars(sa.select(DocumentRow).where(DocumentRow.pk > last).order_by(DocumentRow.pk)
                               .limit(200).options(document_columns,
                                                   selectinload(DocumentRow.records).options(record_columns)
                                                   .selectinload(RecordRow.mentions).options(mention_columns))
                               ).all()
        if not rows:
            break
        batch = []
        for row in rows:
            doc = convert.to_document(row)
            row.minhash = convert.keys_of(doc).minhash
            batch.append((row, doc))
            last = row.pk
        file_stored(session, batch)
        session.flush()
        session.expunge_all()


def downgrade() -> None:
    op.drop_table("event_records")
    op.drop_table("events")
    op.drop_table("document_bands")
    op.drop_index("ix_documents_dup_group", table_name="documents")
    op.drop_column("documents", "dup_group")
    op.drop_column("documents", "minhash")
