"""How a batch is written: each table's new rows in one statement, with the keys the database would give.

The store's own behaviour (what is stored, skipped, refused) is tests/test_store.py's; these check the
way a batch reaches the database, which the one process that stores during `ingest --workers` pays for.
"""

from __future__ import annotations

import re
import sqlite3
import tomllib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from packaging.requirements import Requirement
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from hoptac.store import Store
from hoptac.store.curation import add
from test_store import db_url, make_doc, store  # noqa: F401 - db_url and store: test_store's fixtures, both backends

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def _inserts(store: Store) -> Iterator[Counter[str]]:
    """Count the INSERT statements per table while the block runs."""
    seen: Counter[str] = Counter()

    def before(_conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        m = re.match(r'\s*INSERT INTO "?(\w+)"?', statement)
        if m:
            seen[m.group(1)] += 1

    event.listen(store.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", before)


def test_a_batch_writes_each_table_in_one_statement(store: Store) -> None:
    """Twelve documents with two records each: one INSERT per table, not one per row (SQLite wrote a
    statement per row while the database gave the keys: it cannot say which key a batched RETURNING
    gives back is whose)."""
    words = "ngày hôm nay hai bên đã trao đổi về hợp tác kinh tế thương mại đầu tư giáo dục y tế văn hóa".split()
    # Bodies unlike each other (one story twelve times would group them, and PostgreSQL, which gives the
    # keys itself, writes a group's head before the rows that point to it).
    docs = [make_doc(i, body=" ".join(words[(i * 7 + k * k) % len(words)] for k in range(40)) + ".")
            for i in range(12)]
    with _inserts(store) as seen:
        report = store.save(docs)
    assert report.stored == 12
    for table in ("documents", "records", "mentions", "record_actors", "record_codes", "events"):
        assert seen[table] == 1, (table, dict(seen))
    got = [store.get_document(d.id) for d in docs]
    assert [g.records for g in got] == [d.records for d in docs]  # every child row under its own record


def test_given_keys_are_the_next_ones_and_later_writers_go_on_after_them(tmp_path) -> None:
    """The keys given on SQLite are what SQLite gives (the largest plus one, after a deletion too), and a
    writer that lets the database give keys (a person adding a record) follows without a clash."""
    with Store(f"sqlite:///{tmp_path / 'ledger.db'}") as store:
        store.save([make_doc(i) for i in range(3)])
        with store._writer.begin() as conn:
            pks = [r[0] for r in conn.exec_driver_sql("SELECT id FROM documents ORDER BY id")]
            assert pks == [1, 2, 3]
            conn.exec_driver_sql("DELETE FROM documents WHERE id = 3")  # its records go with it
            top_record = conn.exec_driver_sql("SELECT max(id) FROM records").scalar()
        store.save([make_doc(5), make_doc(6)])
        with store.engine.connect() as conn:
            assert [r[0] for r in conn.exec_driver_sql("SELECT id FROM documents ORDER BY id")] == [1, 2, 3, 4]
            assert [r[0] for r in conn.exec_driver_sql("SELECT id FROM records ORDER BY id")] == \
                [1, 2, 3, 4] + list(range(top_record + 1, top_record + 5))
        change = add(store, 4, 0, 10, "analyst", {"type": "CONSULT", "participants": ["VNM", "CHN"]})
        assert change.record == top_record + 5
        assert store.get_document(4).records[-1].rule == "human:analyst"


def test_sqlite_syncs_a_batch_at_checkpoints_and_any_other_write_at_its_commit(tmp_path) -> None:
    """A batch of `save`, which a rerun stores again should a crash of the machine take it back, commits
    with synchronous=NORMAL (WAL); a write nothing would redo (a person's decision, a password, a
    sign-out) with FULL, SQLite's default (a review found NORMAL on every connection)."""
    with Store(str(tmp_path / "ledger.db")) as s:
        s.save([make_doc(0)])
        with Session(s._batch_writer) as session, session.begin():
            assert session.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        with Session(s._writer) as session, session.begin():  # as curation.decide and users.* open theirs
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        with Session(s._batch_writer) as session, session.begin():  # (set at each transaction's start)
            assert session.execute(text("PRAGMA synchronous")).scalar() == 1


def test_a_ledger_holding_sqlites_largest_key_still_stores(tmp_path) -> None:
    """Past SQLite's largest key (2**63 - 1) SQLite picks a free one at random; keys given as the largest
    plus one overflowed there and failed the whole save (found in review): the database gives them then."""
    db = tmp_path / "ledger.db"
    with Store(str(db)) as s:
        s.save([make_doc(0)])
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=OFF")
    for table, column in (("documents", "id"), ("records", "document_id"), ("document_bands", "document_id")):
        con.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = 1", (2**63 - 1,))
    con.commit()
    con.close()
    with Store(str(db)) as s:
        report = s.save([make_doc(1)])
        assert report.stored_ids == ["doc-001"] and report.failed == []
        assert [r.type for r in s.get_document("doc-001").records] == ["CONSULT", "AID"]


def test_the_declared_sqlalchemy_has_ordered_returning() -> None:
    """store/rows.py asks PostgreSQL for the new keys with insert().returning(..., sort_by_parameter_order=True),
    which SQLAlchemy has from 2.0.10 on: an older one failed every save there (found in review)."""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    (sa,) = [Requirement(d) for d in deps if Requirement(d).name.lower() == "sqlalchemy"]
    assert not sa.specifier.contains("2.0.9") and sa.specifier.contains("2.0.10")
