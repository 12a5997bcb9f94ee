"""Storage: round trips, idempotent batches, atomicity, migrations and queries.

Every test runs on SQLite (a file in tmp_path) and, when $HOPTAC_TEST_PG names
a database URL, on PostgreSQL too, each PG test in a schema of its own that is
dropped afterwards.
"""

from __future__ import annotations

import os
import unicodedata
import uuid
from datetime import datetime, timezone
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

import hoptac.store as store_module
from hoptac.model import Actor, Document, Mention, Paragraph, Quantity, Record
from hoptac.store import Store
from hoptac.store import rows as batch_rows
from hoptac.store.schema import Base, include_name

PG_URL = os.environ.get("HOPTAC_TEST_PG")
BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason="HOPTAC_TEST_PG not set")),
]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A database URL of an empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.db'}"
        return
    schema = f"hoptac_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as s:
        yield s


NFC_TITLE = "Việt Nam và Trung Quốc điện đàm"
NFD_SENTENCE = unicodedata.normalize("NFD", "Ngày 2/4, Thủ tướng Nguyễn Xuân Phúc đã điện đàm với Thủ tướng Lý Khắc Cường.")


def make_doc(n: int = 0, *, outlet: str | None = "PLVN", published: str | None = None,
             title: str | None = None, body: str | None = None, records: bool = True) -> Document:
    """A hand-made document; `n` makes its text (and so its hash) unique."""
    title = title if title is not None else f"{NFC_TITLE} {n}"
    para = body if body is not None else NFD_SENTENCE
    text_ = f"{title}\n\n{para}\n"
    start = len(title) + 2
    doc = Document(text=text_, id=f"doc-{n:03d}", source=f"/data/{n}.txt", reader="text", title=title,
                   outlet=outlet, published=published or f"2020-04-{(n % 28) + 1:02d}T06:41:00+07:00",
                   paragraphs=[Paragraph(para, start, start + len(para))], warnings=["no byline"],
                   meta={"n": n})
    if records:
        doc.records = [
            Record(type="CONSULT", date="2020-04-02", date_reason="dd/mm + year from published",
                   participants=["VNM", "CHN"], mode="phone", rule="consult.dien_dam", confidence=0.9,
                   actors=[Actor("VNM", start + 10, start + 19, para[10:19], role="prime_minister",
                                 name="Nguyễn Xuân Phúc", rule="title:thu_tuong", sentence=0),
                           Actor("CHN", start + 50, start + 59, para[50:59], kind="state", country="Trung Quốc")],
                   mentions=[Mention(0, start, start + len(para), para, "consult.dien_dam", 0.9, "cue điện đàm")]),
            Record(type="AID", source=["CHN"], targets=["VNM"], category="medical_supplies", status="pledged",
                   quantities=[Quantity(500000.0, "test_kit", "over", "bộ xét nghiệm", 3, 9, "500.000", 0),
                               Quantity(2.5e6, "USD")],
                   rule="aid.vien_tro", confidence=0.75),
        ]
    return doc


def test_round_trip_keeps_text_paragraphs_and_records(store: Store) -> None:
    doc = make_doc(1)
    doc.raw = "<html><body><p>Việt Nam</p></body></html>"
    doc.url, doc.byline, doc.encoding = "https://plvn.vn/a.html", "Hà Anh", "windows-1258"
    assert store.save([doc]).stored == 1

    got = store.get_document("doc-001")
    assert got is not None
    assert got.text == doc.text and got.content_hash == doc.content_hash
    assert unicodedata.is_normalized("NFD", got.paragraphs[0].text)  # NFD kept as is
    assert not unicodedata.is_normalized("NFD", got.title)  # NFC kept as is
    assert got.paragraphs == doc.paragraphs
    for name in ("id", "source", "reader", "encoding", "url", "raw", "title", "outlet", "published",
                 "byline", "warnings"):
        assert getattr(got, name) == getattr(doc, name), name
    assert got.meta["n"] == 1 and got.meta["pk"] >= 1 and got.meta["content_hash"] == doc.content_hash
    assert got.records == doc.records  # mentions, actors, quantities, order
    assert [r.to_json() for r in got.records] == [r.to_json() for r in doc.records]
    # the same document by pk (int and string) and by hash prefix
    assert store.get_document(got.meta["pk"]).text == doc.text
    assert store.get_document(str(got.meta["pk"])).text == doc.text
    assert store.get_document(doc.content_hash[:10]).id == "doc-001"
    assert store.get_document("nope") is None and store.get_document(999999) is None


def test_saving_twice_stores_once(store: Store) -> None:
    docs = [make_doc(i) for i in range(3)]
    first = store.save(docs)
    assert (first.stored, first.skipped) == (3, [])
    again = store.save(docs + [docs[0]])
    assert again.stored == 0
    assert again.skipped == [(d.id, "already stored") for d in docs] + [("doc-000", "already stored")]
    assert store.count_documents() == 3
    assert sum(store.counts_by_type().values()) == 6
    dup = store.save([make_doc(7), make_doc(7)])
    assert dup.stored == 1 and dup.skipped == [("doc-007", "duplicate in batch")]


def test_failed_batch_leaves_nothing_and_rerun_stores_the_missing(store: Store, monkeypatch) -> None:
    store.save([make_doc(0), make_doc(1)])
    batch = [make_doc(i) for i in range(1, 6)]  # doc 1 is already stored
    real = batch_rows.document_rows
    calls = {"n": 0}

    def crash_on_third(doc: Document):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("power cut")
        return real(doc)

    monkeypatch.setattr(batch_rows, "document_rows", crash_on_third)
    with pytest.raises(RuntimeError, match="power cut"):
        store.save(batch)
    assert calls["n"] == 3  # two documents had been flushed before the crash
    assert sorted(d.id for d in store.list_documents()) == ["doc-000", "doc-001"]
    assert store.counts_by_type() == {"AID": 2, "CONSULT": 2}

    monkeypatch.setattr(batch_rows, "document_rows", real)
    report = store.save(batch)
    assert report.stored == 4 and report.stored_ids == ["doc-002", "doc-003", "doc-004", "doc-005"]
    assert report.skipped == [("doc-001", "already stored")]
    assert store.count_documents() == 6


def test_a_refused_document_is_reported_and_the_rest_of_its_batch_stored(store: Store) -> None:
    store.save([make_doc(0)])
    bad = make_doc(3)
    bad.records[1].type = None  # type: ignore[assignment]  # NOT NULL in the database
    report = store.save([make_doc(1), make_doc(2), bad, make_doc(4)])
    assert report.stored_ids == ["doc-001", "doc-002", "doc-004"]
    assert [doc_id for doc_id, _ in report.failed] == ["doc-003"]
    assert "refused" in report.failed[0][1] and "null" in report.failed[0][1].lower()
    assert sorted(d.id for d in store.list_documents()) == ["doc-000", "doc-001", "doc-002", "doc-004"]
    assert store.counts_by_type() == {"AID": 4, "CONSULT": 4}  # nothing of doc-003 half-stored
    bad.records[1].type = "AID"
    assert store.save([bad]).stored_ids == ["doc-003"]  # a rerun stores what failed, once fixed


def test_race_with_another_writer_is_retried_as_skip(store: Store, monkeypatch) -> None:
    """Another process stores a document between our check and our insert."""
    store.save([make_doc(1)])
    from hoptac.store import writer
    real = writer.stored_keys
    calls = {"n": 0}

    def blind_once(session, keys):
        calls["n"] += 1
        return set() if calls["n"] == 1 else real(session, keys)

    monkeypatch.setattr(writer, "stored_keys", blind_once)
    report = store.save([make_doc(0), make_doc(1), make_doc(2)])
    assert calls["n"] == 2
    assert report.stored == 2 and report.skipped == [("doc-001", "already stored")]
    assert store.count_documents() == 3


def test_nul_character_is_skipped_not_fatal(store: Store) -> None:
    bad = make_doc(1, body="Việt Nam\x00 hỗ trợ")
    report = store.save([make_doc(0), bad])
    assert report.stored == 1 and report.skipped == [("doc-001", "NUL character in text")]


def test_migrations_agree_with_models_and_reopen_is_idempotent(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from importlib.resources import files

    with Store(db_url) as s:
        s.save([make_doc(0)])
    with Store(db_url) as s:  # opening again runs no migration twice and keeps the data
        assert s.count_documents() == 1
        with s.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
            assert compare_metadata(context, Base.metadata) == []
            head = ScriptDirectory(str(files("hoptac.store") / "migrations")).get_current_head()
            assert context.get_current_revision() == head == "0008"
    assert store_module.engine.HEAD_REVISION == head  # what `upgrade` compares with, without Alembic


def test_opening_a_ledger_at_the_newest_revision_needs_no_alembic(tmp_path) -> None:
    """A store at the newest revision is opened with one query: Alembic (a tenth of a second to import) is
    imported only where a migration may be needed, a new database or an older one."""
    import subprocess
    import sys

    path = tmp_path / "ledger.db"
    with Store(str(path)) as s:
        s.save([make_doc(0)])
    probe = ("import sys; from hoptac.store import Store; s = Store(sys.argv[1]); n = s.count_documents(); "
             "print(n, 'alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "False"]
    fresh = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "new.db")], capture_output=True, text=True,
                           check=True)
    assert fresh.stdout.split() == ["0", "True"]  # a new database is migrated by Alembic


def test_sqlite_uses_wal_and_foreign_keys(tmp_path) -> None:
    with Store(str(tmp_path / "sub" / "ledger.db"), create_dirs=True) as s:  # a bare path, parent created
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert (tmp_path / "sub" / "ledger.db").exists()


def test_url_from_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOPTAC_DB", f"sqlite:///{tmp_path / 'env.db'}")
    with Store() as s:
        s.save([make_doc(0)])
    assert (tmp_path / "env.db").exists()
    monkeypatch.delenv("HOPTAC_DB")
    monkeypatch.chdir(tmp_path)
    assert store_module.resolve_url() == "sqlite:///hoptac.db"
    assert store_module.resolve_url("x.db") == "sqlite:///x.db"


def test_search_is_case_and_normalisation_insensitive(store: Store) -> None:
    store.save([
        make_doc(0, title="Nhật Bản viện trợ 100% khẩu trang", outlet="VOV5", published="2021-08-15"),
        make_doc(1, title="Hoa Kỳ tặng vaccine", body="VIỆT NAM cảm ơn Hoa Kỳ.", published="2021-08-16"),
        make_doc(2, title="Thụy Sỹ bàn giao máy thở", outlet="VOV5", published=None),
    ])
    assert [d.id for d in store.list_documents(q="việt nam")] == ["doc-001"]
    assert {d.id for d in store.list_documents(q="THỦ TƯỚNG")} == {"doc-000", "doc-002"}  # NFC query, NFD body
    assert [d.id for d in store.list_documents(q=unicodedata.normalize("NFD", "viện trợ"))] == ["doc-000"]
    assert [d.id for d in store.list_documents(q='"HOA KỲ"  "cảm ơn"')] == ["doc-001"]  # quoted: each must occur
    assert store.list_documents(q="HOA KỲ cảm ơn") == []  # unquoted: one phrase
    assert [d.id for d in store.list_documents(q="100%")] == ["doc-000"]  # punctuation is no part of a word
    assert [d.id for d in store.list_documents(q="vien tro")] == ["doc-000"]  # no diacritics typed: any match
    assert store.list_documents(q="viễn trờ") == []  # diacritics typed: they must match
    assert store.list_documents(q="Việ") == [] and store.list_documents(q="ơn cảm") == []  # whole words, in order
    assert [d.id for d in store.list_documents(q="cảm ơn hoa kỳ")] == ["doc-001"]  # a phrase
    assert store.list_documents(q="_") == []
    assert store.list_documents(q="menu") == []  # only title and body count, not the rest of the page
    assert [d.id for d in store.list_documents(outlet="VOV5")] == ["doc-000", "doc-002"]  # newest first, undated last
    assert [d.id for d in store.list_documents(limit=1, offset=1)] == ["doc-000"]
    listed = store.list_documents()[0]
    assert listed.records == [] and listed.raw is None and listed.meta["records"] == 2
    assert listed.paragraphs and listed.meta["pk"]


def test_record_queries(store: Store) -> None:
    usa = make_doc(5, records=False)
    usa.records = [Record(type="AID", source=["USA"], targets=["VNM"], date="2021-07-30",
                          quantities=[Quantity(2e6, "dose", item="vaccine")]),
                   Record(type="MEASURE", source=["USA"], measure="entry_restriction", date=None)]
    store.save([make_doc(0), make_doc(1), usa, make_doc(2, records=False)])
    assert store.count_documents() == 4
    assert store.counts_by_type() == {"AID": 3, "CONSULT": 2, "MEASURE": 1}
    aid = store.list_records(type="aid")
    assert [r.record.type for r in aid] == ["AID"] * 3
    assert aid[0].doc_id == "doc-005" and aid[0].record.quantities[0].unit == "dose"  # newest date first
    assert {r.doc_id for r in store.list_records(code="CHN")} == {"doc-000", "doc-001"}
    usa_records = store.list_records(code="USA")
    assert [r.record.type for r in usa_records] == ["AID", "MEASURE"]  # undated last
    assert len(store.list_records(code="VNM")) == 5
    assert [r.record.type for r in store.list_records(type="CONSULT", code="VNM")] == ["CONSULT", "CONSULT"]
    assert store.list_records(code="JPN") == []
    assert len(store.list_records(limit=2)) == 2 and len(store.list_records(offset=5)) == 1
    assert [r.doc_id for r in store.list_records(since="2021-01-01")] == ["doc-005"]
    assert all(r.record.mentions for r in store.list_records(type="CONSULT"))


def test_hash_prefix_must_be_unambiguous(store: Store) -> None:
    by_prefix: dict[str, Document] = {}
    for n in range(100000):  # birthday search: two documents whose hashes share 4 hex digits
        doc = make_doc(n, records=False)
        if (other := by_prefix.setdefault(doc.content_hash[:4], doc)) is not doc:
            break
    store.save([other, doc])
    with pytest.raises(LookupError):
        store.get_document(doc.content_hash[:4])
    assert store.get_document(doc.content_hash[:12]).id == doc.id
    assert store.get_document(doc.content_hash[:3]) is None  # too short to be a hash prefix


def test_values_the_schema_cannot_hold_are_fitted_on_every_backend(store: Store) -> None:
    """PostgreSQL refused an over-long outlet (varchar(200)) and a surrogate in a file name,
    rolling back the good documents of the batch with it; SQLite stored them silently."""
    long = make_doc(1, outlet="Báo " * 100)
    odd = make_doc(2)
    odd.source, odd.id = "/data/b\udce1o.txt", "b\udce1o"
    report = store.save([make_doc(0), long, odd, make_doc(3)])
    assert report.stored == 4 and report.failed == []
    got = {d.id: d for d in store.list_documents()}
    assert len(got["doc-001"].outlet) == 200 and any("outlet cut to 200" in w for w in got["doc-001"].warnings)
    assert got["b\\xe1o"].source == "/data/b\\xe1o.txt"


def test_upgrading_a_0001_database_with_rows_keeps_every_record(db_url: str) -> None:
    """0002 adds columns and indexes in place: a copy-and-rename migration on SQLite with
    foreign keys on would cascade-delete every record of every stored document."""
    from sqlalchemy import MetaData, insert

    engine = store_module.make_engine(db_url)
    store_module.upgrade(engine, "0001")
    tables = MetaData()
    tables.reflect(engine)
    body = "Mỹ trao tặng Việt Nam 1 triệu liều vaccine Pfizer. " * 6
    with engine.begin() as conn:
        pk = conn.execute(insert(tables.tables["documents"]).values(
            content_hash="a" * 64, doc_id="old-1", source="/old.txt", reader="text", encoding="utf-8",
            title="Mỹ trao tặng vaccine", body=[{"text": body, "start": 0, "end": len(body)}], text=body,
            warnings=[], meta={}, search="mỹ trao tặng vaccine", created_at=datetime.now(timezone.utc),
        ).returning(tables.tables["documents"].c.id)).scalar_one()
        for position, type_ in enumerate(("AID", "SUPPORT")):
            rid = conn.execute(insert(tables.tables["records"]).values(
                document_id=pk, position=position, type=type_, date="2021-07-30", date_reason="", source=["USA"],
                targets=["VNM"], participants=[], quantities=[], rule="old", confidence=0.8,
            ).returning(tables.tables["records"].c.id)).scalar_one()
            conn.execute(insert(tables.tables["record_codes"]).values(record_id=rid, code="USA", side="source"))
    engine.dispose()
    with Store(db_url) as s:
        assert s.counts_by_type() == {"AID": 1, "SUPPORT": 1}
        assert sorted(r.record.type for r in s.list_records(code="usa")) == ["AID", "SUPPORT"]
        assert [d.id for d in s.list_documents(q="Mỹ")] == ["old-1"]  # search recomputed with today's folding
        assert [d.id for d in s.list_documents(q="vaccine pfizer")] == ["old-1"]
        again = Document(text=body + "\n", id="again", title="Mỹ trao tặng vaccine",
                         paragraphs=[Paragraph(" ".join(body.split()), 0, len(body))])
        assert s.save([again]).skipped == [("again", "already stored (same body, other text)")]


def test_one_document_over_a_database_limit_is_refused_alone(store: Store) -> None:
    """PostgreSQL refuses a tsvector over 1 MB and an index row over ~2,700 bytes; such a
    document must cost itself, not its batch (search text is capped, URLs are indexed by hash)."""
    words = " ".join(f"từ{n}x{n * 7919 % 10007}" for n in range(120_000))  # ~1.3M characters, all distinct
    long_text = make_doc(1, body=words)
    long_url = make_doc(2)
    long_url.url = "https://example.vn/" + "a" * 9000
    report = store.save([make_doc(0), long_text, long_url, make_doc(3)])
    assert report.failed == [] and report.stored == 4
    assert [d.id for d in store.list_documents(q="từ5x9574")] == ["doc-001"]


def test_a_read_only_database_opens_for_queries(tmp_path) -> None:
    path = tmp_path / "ro.db"
    with Store(str(path)) as s:
        s.save([make_doc(0)])
    with Store(f"sqlite:///file:{path}?mode=ro&uri=true") as s:
        assert s.count_documents() == 1 and s.counts_by_type() == {"AID": 1, "CONSULT": 1}


def test_a_server_that_drops_the_connection_is_tried_once_not_twice() -> None:
    """Opening a store reads its revision with one query before asking Alembic; a database that cannot be
    reached must fail there, not be connected to a second time by Alembic's path (found in review: a
    server that does not answer took connect_timeout twice, 20 s instead of 10)."""
    import socket
    import threading

    pytest.importorskip("psycopg")
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted: list[int] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            accepted.append(1)
            conn.close()  # a server that goes away at once

    threading.Thread(target=serve, daemon=True).start()
    port = server.getsockname()[1]
    try:
        with pytest.raises(store_module.StoreError):
            Store(f"postgresql+psycopg://postgres@127.0.0.1:{port}/test?sslmode=disable")
    finally:
        server.close()
    assert len(accepted) == 1
