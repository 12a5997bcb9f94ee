"""Primary keys given to new document and record rows on SQLite, so that a batch writes each table in one statement.

A record row points to its document's key, and a mention, actor or code row to its record's, so the
batch writer (hoptac.store.writer) must know the keys of the documents and records it writes. Read
back from the database, they come from an INSERT ... RETURNING, and SQLite cannot say which of the
keys a batched RETURNING gives back is which row's: SQLAlchemy's "insertmanyvalues" then writes one
statement per row (its documentation, "Correlating RETURNING rows to parameter sets": SQLite
"downgrades to non-batched mode"). Storing the 2,653 Dân trí articles took about 8,000 INSERT
statements that way, in the one process that stores while `--workers` extract.

The keys given are the ones SQLite itself would give: our tables' keys are INTEGER PRIMARY KEY without
AUTOINCREMENT, for which SQLite takes the largest key in use plus one. They are read once per
transaction, which a writer opens with BEGIN IMMEDIATE (hoptac.store.engine): no other writer can
take a key between the read and the commit. On PostgreSQL nothing is given: its sequences hand out
the keys, and a batched RETURNING there keeps the rows' order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from hoptac.store.rows import DocumentRows


_LARGEST = 2**63 - 1  # SQLite's largest key
_HEADROOM = 2**40  # more rows than one batch can add


class RowKeys:
    """The next free primary key of each table a transaction writes to (SQLite only)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._next: dict[type, int] = {}

    @classmethod
    def for_session(cls, session: Session) -> RowKeys | None:
        """A `RowKeys` where keys are ours to give (SQLite), else None. Also None where a table's keys
        come near SQLite's largest (2**63 - 1), after which SQLite picks a free key at random: the
        database gives the keys then, one statement per row as before."""
        if session.get_bind().dialect.name != "sqlite":
            return None
        from hoptac.store.schema import DocumentRow, EventRow, RecordRow

        keys = cls(session)
        for model in (DocumentRow, RecordRow, EventRow):
            keys._next[model] = free = (session.scalar(select(func.max(model.pk))) or 0) + 1
            if free > _LARGEST - _HEADROOM:
                return None
        return keys

    def take(self, model: type) -> int:
        """A new key of `model`'s table (one of those read by `for_session`), never given before in this
        transaction."""
        key = self._next[model]
        self._next[model] = key + 1
        return key

    def give(self, rows: DocumentRows) -> None:
        """Give a document's row, and each of its records' rows, a key (their mentions', actors' and
        codes' rows need none: nothing points to them, and no RETURNING asks for theirs)."""
        from hoptac.store.schema import DocumentRow, RecordRow

        rows.document["id"] = self.take(DocumentRow)
        for rec in rows.records:
            rec["id"] = self.take(RecordRow)
