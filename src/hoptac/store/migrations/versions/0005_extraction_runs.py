"""Versioned extraction runs: `documents.extracted_by` and `records.extracted_by` name the run
(hoptac's version and the rules' hash, hoptac.lexicon.run_id) that found the records, so
`hoptac reextract` can find the documents today's rules have not seen. Rows stored before
are NULL: a run unknown, re-extracted like any older one. Only ADD COLUMN and CREATE INDEX.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("extracted_by", sa.String(length=64), nullable=True))
    op.create_index("ix_documents_extracted_by", "documents", ["extracted_by"], unique=False)
    op.add_column("records", sa.Column("extracted_by", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("records", "extracted_by")
    op.drop_index("ix_documents_extracted_by", table_name="documents")
    op.drop_column("documents", "extracted_by")
