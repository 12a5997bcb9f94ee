"""Ingest at scale: batches cut by input, worker processes, reruns that skip early, and a run
killed with SIGKILL that, started again, ends with exactly the ledger of an uninterrupted run."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hoptac.ingest import batches, count_documents, ingest
from hoptac.model import Document
from hoptac.pipeline import Pipeline
from hoptac.read import read_inputs
from hoptac.store import Store

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def _corpus(path: Path, copies: int) -> Path:
    """A JSONL corpus of the sample articles, each in `copies` variants that differ in every
    line (so each is a document of its own, by text and by body)."""
    docs = [d for d in read_inputs([str(SAMPLES)]) if isinstance(d, Document)]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(copies):
            for doc in docs:
                text = "\n".join(f"{line} (bản {i})" if line.strip() else line for line in doc.text.splitlines())
                fh.write(json.dumps({"id": f"{doc.id}-{i}", "text": text, "published": "2021-05-01"},
                                    ensure_ascii=False) + "\n")
    return path


def _ledger(db: Path) -> tuple[list[tuple], list[tuple]]:
    """What a database holds, without its keys and times: documents, and records by document."""
    con = sqlite3.connect(db)
    try:
        docs = sorted(con.execute("SELECT content_hash, identity, doc_id, title, body, meta FROM documents"))
        records = sorted(con.execute(
            "SELECT d.content_hash, r.position, r.type, r.date, r.source, r.targets, r.participants, r.mode, "
            "r.category, r.status, r.measure, r.quantities, r.rule, r.confidence, "
            "(SELECT group_concat(m.start || '-' || m.end || ':' || m.rule, '|') FROM mentions m "
            " WHERE m.record_id = r.id) FROM records r JOIN documents d ON d.id = r.document_id"))
    finally:
        con.close()
    return docs, records


def _doc(reader: str, source: str, n: int) -> Document:
    return Document(text=f"{source} {n}", id=f"{source}-{n}", source=source, reader=reader)


def test_batches_are_cut_where_the_input_file_changes_but_pages_go_together() -> None:
    docs = [_doc("jsonl", "a.jsonl", i) for i in range(5)] + [_doc("text", f"p{i}.txt", 0) for i in range(3)] \
        + [_doc("html", "q.html", 0)] + [_doc("warc", "c.warc.gz", i) for i in range(2)]
    got = [[d.id for d in b] for b in batches(docs, 3)]
    assert got == [["a.jsonl-0", "a.jsonl-1", "a.jsonl-2"], ["a.jsonl-3", "a.jsonl-4"],
                   ["p0.txt-0", "p1.txt-0", "p2.txt-0"], ["q.html-0"], ["c.warc.gz-0", "c.warc.gz-1"]]


def test_documents_are_counted_for_the_progress_bar(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 2)
    assert count_documents([str(corpus), str(SAMPLES)]) == 10 + len(list(SAMPLES.glob("*.txt")))
    assert count_documents(["-"]) is None


def test_two_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 4)
    for name, workers in (("one.db", 1), ("two.db", 2)):
        with Store(str(tmp_path / name)) as store:
            report = ingest([str(corpus)], store, batch_size=3, workers=workers)
        assert report.ok and report.stored == 20, report
    one, two = _ledger(tmp_path / "one.db"), _ledger(tmp_path / "two.db")
    assert len(one[1]) > 20  # the samples are full of records: the comparison compares something
    assert one == two


class _Counting:
    """A stage that counts the documents it sees (to show a rerun extracts nothing)."""

    def __init__(self) -> None:
        self.seen = 0

    def __call__(self, doc: Document) -> Document:
        self.seen += 1
        return doc


def test_a_rerun_recognises_stored_documents_before_extracting_them(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 2)
    counter = _Counting()
    pipeline = Pipeline()
    pipeline.stages.insert(0, ("count", counter))
    with Store(str(tmp_path / "l.db")) as store:
        first = ingest([str(corpus)], store, pipeline=pipeline, batch_size=4)
        assert (first.stored, counter.seen) == (10, 10)
        again = ingest([str(corpus)], store, pipeline=pipeline, batch_size=4)
    assert again.stored == 0 and again.skipped == {"already stored": 10}
    assert counter.seen == 10  # nothing went through the pipeline the second time


def test_a_rerun_of_a_stored_corpus_never_builds_the_pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Building it (its data files read and compiled) cost more than reading the Dân trí corpus.
    import hoptac.pipeline as pipeline_module

    loads: list[bool] = []
    real = pipeline_module.load_data
    monkeypatch.setattr(pipeline_module, "load_data", lambda extract=True: (loads.append(extract), real(extract))[1])
    corpus = _corpus(tmp_path / "c.jsonl", 1)
    with Store(str(tmp_path / "l.db")) as store:
        first = ingest([str(corpus)], store, batch_size=2)
        assert first.stored == 5 and loads == [True]
        again = ingest([str(corpus)], store, batch_size=2)
    assert again.stored == 0 and again.skipped == {"already stored": 5}
    assert loads == [True]  # the second run built nothing


def _hoptac(*args: str) -> list[str]:
    return [sys.executable, "-c", "from hoptac.cli import main; main()", *args]


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0  # not created (or not migrated) yet


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_killed_run_started_again_ends_with_the_ledger_of_an_uninterrupted_run(tmp_path: Path,
                                                                                 workers: str) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 30)  # 150 documents
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    args = ["--batch-size", "3", "--workers", workers]
    subprocess.run(_hoptac("ingest", str(corpus), "--db", str(whole), *args), check=True, capture_output=True)

    proc = subprocess.Popen(_hoptac("ingest", str(corpus), "--db", str(killed), *args),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while _count(killed) < 12 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole group: the run and its workers
    proc.wait()
    stored = _count(killed)
    assert 12 <= stored < 150, f"the run was not killed in the middle ({stored} documents stored)"

    rerun = subprocess.run(_hoptac("ingest", str(corpus), "--db", str(killed), *args), capture_output=True,
                           text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert re.search(rf"already stored\W+{stored}\b", rerun.stdout), rerun.stdout  # skipped, not redone
    assert _ledger(killed) == _ledger(whole)


def _sample_doc() -> Document:
    return next(d for d in read_inputs([str(SAMPLES / "004_6cbae7a29efbc530.txt")]) if isinstance(d, Document))


def test_one_story_on_two_sites_is_one_event_with_two_mentions(tmp_path: Path) -> None:
    doc = _sample_doc()
    lines = doc.text.splitlines()
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    edited = list(lines)
    edited[longest] = lines[longest] + " Bài viết được đăng lại từ báo khác."  # another body, the same story
    other = next(d for d in read_inputs([str(SAMPLES)]) if isinstance(d, Document) and d.id != doc.id)
    corpus = tmp_path / "wire.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i, (text, outlet) in enumerate([(doc.text, "Báo A"), ("\n".join(edited), "Báo B"),
                                            (other.text, "Báo C")]):
            fh.write(json.dumps({"id": f"copy-{i}", "text": text, "source": outlet, "url": f"https://x/{i}",
                                 "published": "2021-05-01"}, ensure_ascii=False) + "\n")
    with Store(str(tmp_path / "l.db")) as store:
        report = ingest([str(corpus)], store)
        assert report.stored == 3, report
        events = store.list_events(limit=1000)
        n_events, n_records = store.count_events()
    con = sqlite3.connect(tmp_path / "l.db")
    groups = dict(con.execute("SELECT doc_id, dup_group FROM documents"))
    pks = dict(con.execute("SELECT doc_id, id FROM documents"))
    per_doc = dict(con.execute("SELECT d.doc_id, count(*) FROM records r JOIN documents d ON d.id = r.document_id "
                               "GROUP BY d.doc_id"))
    con.close()
    assert groups["copy-1"] == pks["copy-0"]  # the copy joins the first's group...
    assert groups["copy-0"] is None and groups["copy-2"] is None  # ...which heads it; another article its own
    assert per_doc["copy-0"] == per_doc["copy-1"] > 0
    twice = [e for e in events if e["documents"] == 2]
    assert len(twice) == per_doc["copy-0"]  # every record of the story: one event, two mentions
    assert all(e["mentions"] == 2 and e["outlets"] == 2 and e["first_seen"] for e in twice)
    assert n_records == sum(per_doc.values()) and n_events == n_records - per_doc["copy-0"]


def test_the_dask_engine_stores_what_one_process_stores_and_parquet_loads_the_same(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    from hoptac import dask_runner

    corpus = _corpus(tmp_path / "c.jsonl", 4)  # 20 lines: parts of 6 lines are 4 tasks
    pages = tmp_path / "pages"
    pages.mkdir()
    for i, path in enumerate(sorted(SAMPLES.glob("*.txt"))):
        (pages / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    inputs = [str(corpus), str(pages)]
    parts, errors = dask_runner.partitions(inputs + [str(tmp_path / "missing.jsonl")], 3, 6)
    assert [len(p) for p in parts] == [1, 1, 1, 1, 3, 2] and len(errors) == 1 and "missing" in errors[0]
    assert [p[0][1:3] for p in parts[:4]] == [(1, 6), (7, 12), (13, 18), (19, 20)]  # ranges of lines
    with Store(str(tmp_path / "one.db")) as store:
        assert ingest(inputs, store, batch_size=3).stored == 25
    with Store(str(tmp_path / "dask.db")) as store:
        url = store.url
    report = dask_runner.run(inputs, db=url, workers=2, batch_size=3, part_lines=6)
    assert report.ok and report.stored == 25, report
    out = tmp_path / "parquet"
    first = dask_runner.run(inputs, out=str(out), workers=2, batch_size=3, part_lines=6)
    assert first.stored == 25 and len(list(out.glob("part-*.parquet"))) == 6
    with pytest.raises(RuntimeError, match="another run"):
        dask_runner.run(inputs, out=str(out), workers=2, batch_size=4, part_lines=8)
    again = dask_runner.run(inputs, out=str(out), workers=2, batch_size=3, part_lines=6)
    assert again.stored == 0  # finished partitions are not run again
    from hoptac.ingest import store_processed

    with Store(str(tmp_path / "loaded.db")) as store:
        assert store_processed(dask_runner.parquet_documents(str(out)), store, 3).stored == 25
    one = _ledger(tmp_path / "one.db")
    assert len(one[1]) > 20
    assert _ledger(tmp_path / "dask.db") == one
    assert _ledger(tmp_path / "loaded.db") == one


def test_a_long_jsonl_file_is_cut_into_many_even_ranges_of_whole_batches(tmp_path: Path) -> None:
    """By default about eight ranges per worker, whole batches each, so that no worker is left with
    a long last range while the other idles; a gzipped file into no more (each re-reads it)."""
    import gzip
    import math

    from hoptac import dask_runner

    lines = [json.dumps({"id": f"d{i}", "text": f"Bài {i}."}) + "\n" for i in range(203)]
    plain = tmp_path / "c.jsonl"
    plain.write_text("".join(lines), encoding="utf-8")
    packed = tmp_path / "c.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as fh:
        fh.write("".join(lines))
    for path, workers in ((plain, 2), (packed, 2), (plain, 3), (packed, 1)):
        parts, errors = dask_runner.partitions([str(path)], 4, 0, workers)
        ranges = [p[0][1:3] for p in parts]
        assert not errors and all(len(p) == 1 for p in parts)
        assert ranges[0][0] == 1 and ranges[-1][1] == 203
        assert all(b[0] == a[1] + 1 for a, b in zip(ranges, ranges[1:]))  # every line, once, in order
        size = ranges[0][1]
        assert size % 4 == 0 and all(last - first + 1 == size for first, last in ranges[:-1])
        assert len(parts) == math.ceil(203 / size) <= dask_runner.PARTS_PER_WORKER * workers
        assert len(parts) > dask_runner.PARTS_PER_WORKER * workers // 2  # not a few big ones
    text = plain.read_bytes()
    for path, first, last, offset in (p[0] for p in dask_runner.partitions([str(plain)], 4, 0, 2)[0]):
        assert text[offset:].startswith(lines[first - 1].encode())  # a plain range starts where its line does


class _Killer:
    """A stage that kills its process on one document: a worker dying mid-batch."""

    def __call__(self, doc: Document) -> Document:
        if "GIẾT TIẾN TRÌNH" in doc.text:
            os._exit(3)
        return doc


def test_a_batch_that_kills_its_worker_is_reported_and_the_rest_is_stored(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(12):
            text = f"Bài {i}: Việt Nam và Nhật Bản hội đàm tại Hà Nội ngày {i + 1}/5." + (
                " GIẾT TIẾN TRÌNH" if i == 7 else "")
            fh.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False) + "\n")
    pipeline = Pipeline()
    pipeline.stages.insert(0, ("kill", _Killer()))
    assert pipeline.recipe is None  # changed stages travel to the workers, pickled
    with Store(str(tmp_path / "l.db")) as store:
        report = ingest([str(corpus)], store, pipeline=pipeline, batch_size=3, workers=2)
    assert report.stored == 9  # every batch but the one holding d7
    assert sorted(line.split(":")[0] for line in report.errors) == [str(corpus)] * 3
    assert all("died" in line for line in report.errors)
    assert _count(tmp_path / "l.db") == 9


def test_a_lone_surrogate_stops_neither_storing_nor_the_trip_through_json(tmp_path: Path) -> None:
    from hoptac.serial import document_from_json, document_to_json

    corpus = tmp_path / "s.jsonl"
    corpus.write_text('{"id": "s1", "title": "Vi\\udcffệt", "url": "https://x/\\udcff", '
                      '"text": "Việt Nam cảm ơn Nhật Bản \\udcff đã viện trợ 1 triệu liều vắc xin."}\n'
                      '{"id": "s2", "text": "Hàn Quốc trao tặng Việt Nam 500.000 khẩu trang."}\n', encoding="utf-8")
    with Store(str(tmp_path / "l.db")) as store:
        report = ingest([str(corpus)], store)
        assert report.stored == 2, report
        again = ingest([str(corpus)], store)
    assert again.stored == 0 and again.skipped == {"already stored": 2}
    doc = next(d for d in Pipeline().pipe(read_inputs([str(corpus)])) if isinstance(d, Document))
    back = document_from_json(document_to_json(doc))
    assert back.text == doc.text and "\udcff" in back.title and back.records == doc.records
