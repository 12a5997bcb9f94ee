"""Primary keys given to new rows on SQLite, so that a flush writes each table's rows in one statement.

Without its key, a new row's key must be read back after the INSERT, and SQLite cannot say which
of the keys a batched INSERT ... RETURNING gives back is which row's; SQLAlchemy's "insertmanyvalues"
then writes one statement per row (its documentation, "Correlating RETURNING rows to parameter sets":
SQLite "downgrades to non-batched mode"). Storing the 2,653 Dân trí articles took about 8,000 INSERT
statements that way, each with its round of SQLAlchemy's per-statement work in the one process that
stores while `--workers` extract. Given its keys, the ORM writes a table's rows with one executemany.

The keys are the ones SQLite itself would give: our tables' keys are INTEGER PRIMARY KEY without
AUTOINCREMENT, for which SQLite takes the largest key in use plus one. They are read once per
transaction, which a writer opens with BEGIN IMMEDIATE (hoptac.store.engine): no other writer can
take a key between the read and the commit. On PostgreSQL nothing is given: its sequences hand out
the keys, and a batched RETURNING there keeps the rows' order.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session


class RowKeys:
    """The next free primary key of each table a transaction writes to (SQLite only)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._next: dict[type, int] = {}

    @classmethod
    def for_session(cls, session: Session) -> RowKeys | None:
        """A `RowKeys` where keys are ours to give (SQLite), else None."""
        return cls(session) if session.get_bind().dialect.name == "sqlite" else None

    def take(self, model: type) -> int:
        """A new key of `model`'s table, never given before in this transaction."""
        key = self._next.get(model)
        if key is None:
            with self.session.no_autoflush:  # (rows waiting to be written hold keys of ours already, or none)
                key = (self.session.scalar(select(func.max(model.pk))) or 0) + 1
        self._next[model] = key + 1
        return key

    def give(self, row: Any) -> Any:
        """Give a new document row, and every record, mention, actor and code row under it, its key."""
        from hoptac.store.schema import ActorRow, MentionRow, RecordCodeRow, RecordRow

        row.pk = self.take(type(row))
        for rec in getattr(row, "records", ()):
            rec.pk = self.take(RecordRow)
            for child, model in ((rec.mentions, MentionRow), (rec.actors, ActorRow), (rec.codes, RecordCodeRow)):
                for item in child:
                    item.pk = self.take(model)
        return row
