"""What the fast paths of reading and the batch writer's SQLite settings claim, pinned (written in a
review that found no fault in them): the white-space fast paths give what `" ".join(s.split())` gave,
each writing transaction sets its own `synchronous` on pooled connections, and keys are given up to
the largest-key headroom only."""

from __future__ import annotations

import random
import re
import sqlite3
import sys
import threading
from collections import Counter

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from hoptac.read.text import collapse, line_paragraphs
from hoptac.store import Store
from hoptac.store.curation import decide
from hoptac.store.row_keys import _HEADROOM, _LARGEST, RowKeys
from hoptac.text.sentences import _collapse
from test_store import make_doc

_WHITE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
_FORMAT = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u034f", "\U000e0020", "\ud800",
           "\x00", "\x7f", "\u0085"]


def _old_line_paragraphs(text_: str, skip_title: str | None = None) -> list[tuple[str, int, int]]:
    """line_paragraphs as it was before c091f1b."""
    paras: list[tuple[str, int, int]] = []
    title = collapse(skip_title) if skip_title else None
    for m in re.finditer(r"[^\r\n]+", text_):
        line = m.group(0)
        collapsed = collapse(line)
        if not collapsed:
            continue
        if not paras and title and collapsed == title:
            title = None
            continue
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        paras.append((collapsed, m.start() + lead, m.end() - trail))
    return paras


def test_the_space_is_the_only_printable_white_space_character() -> None:
    """The fact both fast paths rest on, over all of Unicode, with split's and strip's white space."""
    assert [c for c in _WHITE if c.isprintable()] == [" "]
    assert all(len(("a" + c + "b").split()) == 2 and ("a" + c).strip() == "a" for c in _WHITE)


def test_the_fast_paths_give_what_split_and_join_gave() -> None:
    alphabet = list("ab ") + _WHITE + _FORMAT + ["\r", "\n", "\r\n", "Tiêu", "đề"]
    rng = random.Random(20261205)
    for _ in range(50_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        title = rng.choice([None, "", "a b", "a  b", " a ", "Tiêu đề", s[:5]])
        assert _collapse(s) == " ".join(s.split()), repr(s)
        assert [(p.text, p.start, p.end) for p in line_paragraphs(s, title)] == _old_line_paragraphs(s, title), \
            (repr(s), title)


def test_synchronous_is_set_by_each_writing_transaction_on_shared_connections(tmp_path) -> None:
    """Batches (NORMAL) and decisions (FULL) interleaved over pooled connections, from threads: each
    commit runs with its own kind's setting, never one a previous user left on the connection."""
    with Store(str(tmp_path / "ledger.db")) as store:
        store.save([make_doc(0)])
        seen: Counter[tuple[bool, int]] = Counter()

        @event.listens_for(store.engine, "commit")
        def at_commit(conn) -> None:  # noqa: ANN001
            batch = bool(conn.get_execution_options().get("hoptac_batch"))
            seen[(batch, conn.exec_driver_sql("PRAGMA synchronous").scalar())] += 1

        def saving(k: int) -> None:
            for i in range(10):
                store.save([make_doc(100 * k + i + 1)])

        def deciding() -> None:
            for i in range(20):
                decide(store, 1, "lan", "confirm" if i % 2 else "reject")

        threads = [threading.Thread(target=saving, args=(k,)) for k in range(3)]
        threads += [threading.Thread(target=deciding) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert seen == Counter({(True, 1): 30, (False, 2): 40})


def test_no_synchronous_is_set_where_the_journal_is_not_the_wal(tmp_path) -> None:
    db = tmp_path / "ledger.db"
    with Store(str(db)) as store:
        store.save([make_doc(0)])
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    con.close()
    url = f"sqlite:///file:{db}?mode=ro&uri=true"  # a read-only database: WAL cannot be set
    with Store(url) as store:
        sent: list[str] = []
        event.listen(store.engine, "before_cursor_execute", lambda _c, _cur, st, *_a: sent.append(st))
        try:
            with Session(store._batch_writer) as session, session.begin():
                session.execute(text("SELECT 1"))
        except Exception:  # noqa: BLE001 - BEGIN IMMEDIATE may be refused on a read-only database
            pass
        assert sent and not [s for s in sent if "synchronous" in s]


@pytest.mark.parametrize("table", ["documents", "records", "events"])
def test_keys_are_given_up_to_the_headroom_and_a_table_at_the_largest_key_still_stores(tmp_path, table) -> None:
    db = tmp_path / "ledger.db"
    with Store(str(db)) as store:
        store.save([make_doc(0)])
        with Session(store._batch_writer) as session, session.begin():
            assert RowKeys.for_session(session) is not None
    for top, given in ((_LARGEST - _HEADROOM - 1, True), (_LARGEST - _HEADROOM, False), (_LARGEST, False)):
        con = sqlite3.connect(db)
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute(f"UPDATE {table} SET id = ? WHERE id = (SELECT max(id) FROM {table})", (top,))
        con.commit()
        con.close()
        with Store(str(db)) as store:
            with Session(store._batch_writer) as session, session.begin():
                assert (RowKeys.for_session(session) is not None) == given, (table, top)
    with Store(str(db)) as store:
        report = store.save([make_doc(1)])
        assert report.stored_ids == ["doc-001"] and report.failed == []
        assert [r.type for r in store.get_document("doc-001").records] == ["CONSULT", "AID"]
