"""Near-duplicate groups made inside one batch, whose rows the store flushes together, are those a
document-by-document save makes: a tie goes to the head stored first, a stored head before one of
the batch, a refused head leaves its copies to the next; on SQLite and PostgreSQL alike."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import create_engine, text

from hoptac.model import Document, Paragraph, Record
from hoptac.store import Store

from test_store import db_url  # noqa: F401 - the fixture: an empty ledger on each backend


def _words(seed, n):
    r = random.Random(seed)
    syl = ["viet", "nam", "hop", "tac", "kinh", "te", "nhat", "ban", "trung", "quoc", "han", "my", "phap",
           "duc", "nga", "lao", "thai", "dau", "tu", "vien", "tro", "giup", "do", "hoi", "dam", "bo", "truong"]
    return [r.choice(syl) + str(r.randrange(1000)) for _ in range(n)]


A = _words(1, 300)
H1 = _words(153, 53) + A[53:]         # A with its first 53 words changed
H2 = A[:253] + _words(247, 47)        # A with its last 47 words changed
# A is as near to H1 as to H2 (a tie, 91/128 for both), H1 and H2 are no group (64/128)


def doc(n, words, bad=False):
    title, para = f"Tin {n}", " ".join(words)
    start = len(title) + 2
    d = Document(text=f"{title}\n\n{para}\n", id=f"d{n}", title=title, published="2020-04-01",
                 paragraphs=[Paragraph(para, start, start + len(para))])
    d.records = [Record(type=None if bad else "CONSULT", participants=["VNM", "CHN"], rule="r")]  # type: ignore[arg-type]
    return d


def groups(url):
    e = create_engine(url)
    with e.connect() as c:
        name = dict(c.execute(text("SELECT id, doc_id FROM documents")).all())
        got = {d: name.get(g) for d, g in c.execute(text("SELECT doc_id, dup_group FROM documents"))}
        heads = {name[d] for (d,) in c.execute(text("SELECT DISTINCT document_id FROM document_bands"))}
    e.dispose()
    return got, heads


def test_signatures_make_the_tie():
    from hoptac.keys import fold
    from hoptac.minhash import signature, similarity
    s = {k: signature(fold(" ".join(w))) for k, w in (("A", A), ("H1", H1), ("H2", H2))}
    assert similarity(s["A"], s["H1"]) == similarity(s["A"], s["H2"]) >= 0.6 > similarity(s["H1"], s["H2"])


@pytest.mark.parametrize("one_by_one", [False, True])
def test_a_tie_between_heads_of_one_batch_goes_to_the_first_stored(db_url, one_by_one, monkeypatch):
    if one_by_one:  # the per-row path must agree
        from hoptac.store import writer
        real = writer.write_batch
        monkeypatch.setattr(writer, "write_batch", lambda engine, docs, _=False: real(engine, docs, True))
    with Store(db_url) as s:
        s.save([doc(1, H2), doc(2, H1), doc(3, A)])
    assert groups(db_url) == ({"d1": None, "d2": None, "d3": "d1"}, {"d1", "d2"})


def test_a_tie_between_a_stored_head_and_one_of_the_batch_goes_to_the_stored(db_url):
    with Store(db_url) as s:
        s.save([doc(1, H1)])
        s.save([doc(2, H2), doc(3, A)])
    assert groups(db_url) == ({"d1": None, "d2": None, "d3": "d1"}, {"d1", "d2"})


def test_a_refused_head_leaves_its_copies_to_the_next_head(db_url):
    with Store(db_url) as s:
        report = s.save([doc(1, H2, bad=True), doc(2, H1), doc(3, A)])
        assert [f[0] for f in report.failed] == ["d1"]
        s.save([doc(4, A[:150] + ["x"] + A[151:])])  # a later batch finds d2 by its bands
    assert groups(db_url) == ({"d2": None, "d3": "d2", "d4": "d2"}, {"d2"})


def test_keys_above_two_to_the_62_are_real_keys(tmp_path):
    import sqlite3
    db = tmp_path / "l.db"
    with Store(str(db)) as s:
        s.save([doc(0, _words(5, 100))])
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=OFF")
    for t, c in (("documents", "id"), ("records", "document_id"), ("document_bands", "document_id")):
        con.execute(f"UPDATE {t} SET {c} = 4611686018427387904 WHERE {c} = 1")
    con.commit()
    con.close()
    with Store(str(db)) as s:
        s.save([doc(1, A)])
        s.save([doc(2, _words(9, 300)), doc(3, A[:150] + ["x"] + A[151:])])
        s.save([doc(4, A[:151] + ["y"] + A[152:])])
    got, _ = groups(f"sqlite:///{db}")
    assert got["d3"] == got["d4"] == "d1"
