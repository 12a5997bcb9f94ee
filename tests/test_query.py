"""The ledger's one query layer, through the CLI: filters by side, date, status, measure and free
text; unknown values refused; exports in four formats read back; AID totals per donor."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hoptac.cli import app
from hoptac.ingest import ingest
from hoptac.store import Store

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("q") / "ledger.db")
    with Store(path) as store:
        assert ingest([str(SAMPLES)], store).stored == 5
    return path


def _jsonl(db: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["records", "--db", db, "--jsonl", "--limit", "1000", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _sides(rec: dict) -> tuple[list[str], list[str]]:
    src = rec.get("source")
    return ([src] if isinstance(src, str) else list(src or [])), list(rec.get("targets") or [])


def test_a_donor_is_told_from_a_recipient(db: str) -> None:
    every = _jsonl(db)
    as_source = _jsonl(db, "--source", "chn")  # codes in any case
    as_target = _jsonl(db, "--target", "CHN")
    either = _jsonl(db, "--code", "CHN")
    assert as_source and as_target and len(either) > len(as_source)
    for rec in as_source:
        assert "CHN" in _sides(rec)[0] or "CHN" in rec.get("participants", [])
    assert any("CHN" not in _sides(r)[0] and "CHN" not in r.get("participants", []) for r in as_target)
    assert {json.dumps(r, sort_keys=True) for r in either} <= {json.dumps(r, sort_keys=True) for r in every}


def test_type_status_measure_and_dates_filter(db: str) -> None:
    aid = _jsonl(db, "--type", "aid")
    announced = _jsonl(db, "--type", "AID", "--status", "announced")
    assert announced and len(announced) < len(aid) and all(r["status"] == "announced" for r in announced)
    measures = _jsonl(db, "--measure", "entry_restriction")
    assert measures and all(r["measure"] == "entry_restriction" for r in measures)
    april = _jsonl(db, "--since", "2020-04", "--until", "2020-04")  # a month, both ends inclusive
    assert april and all(r["date"].startswith("2020-04") for r in april)
    assert _jsonl(db, "--min-confidence", "0.99") == [r for r in _jsonl(db) if r["confidence"] >= 0.99]


def test_free_text_finds_words_with_or_without_diacritics(db: str) -> None:
    plain = _jsonl(db, "-q", "vien tro")
    marked = _jsonl(db, "-q", "viện trợ")
    assert plain and plain == marked
    for r in plain:  # some mention of each (samples mix NFC and NFD) holds the words
        assert any("viện trợ" in unicodedata.normalize("NFC", m["text"]).lower() for m in r["mentions"]), r["evidence"]
    assert _jsonl(db, "-q", "khong co tu nay") == []


@pytest.mark.parametrize("args, message", [
    (["--source", "XYZ"], "no actor code"),
    (["--status", "given"], "status 'given' is not one of pledged, announced, delivered"),
    (["--type", "PRAISE"], "type 'PRAISE' is not one of"),
    (["--since", "1/5/2021"], "is not a date"),
    (["--since", "2021-06", "--until", "2021-05"], "is after"),
    (["--min-confidence", "2"], "not between 0 and 1"),
])
def test_unknown_values_are_refused_not_answered_with_nothing(db: str, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["records", "--db", db, *args])
    assert result.exit_code == 2 and message in result.output


def test_exports_in_every_format_hold_the_selected_records(db: str, tmp_path: Path) -> None:
    selected = _jsonl(db, "--type", "AID")
    runner = CliRunner()
    as_csv = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--type", "AID"])
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == len(selected) and {r["type"] for r in rows} == {"AID"}
    as_jsonl = runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "--type", "AID"])
    objs = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    assert sorted(o["evidence"] for o in objs) == sorted(r["evidence"] for r in selected)
    polecat = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--db", db, "--format", "polecat"]).stdout)))
    assert len(polecat) == len(_jsonl(db))
    assert {"Event ID", "Event Date", "Event Type", "Actor Country", "Recipient Country"} <= set(polecat[0])
    aid_row = next(r for r in polecat if r["Event Type"] == "AID" and r["Actor Country"] == "CHN")
    assert aid_row["Recipient Country"] == "VNM" and aid_row["Status"]
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "aid.parquet"
    assert runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--type", "AID", "--out", str(out)]) \
        .exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows == len(selected) and set(table.column("type").to_pylist()) == {"AID"}
    refused = runner.invoke(app, ["export", "--db", db, "--format", "parquet"])
    assert refused.exit_code == 2 and "--out" in refused.output


def test_totals_sum_aid_amounts_per_donor_recipient_and_unit(db: str) -> None:
    result = CliRunner().invoke(app, ["totals", "--db", db, "--jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    expected: dict[tuple[str, str, str, str], float] = {}
    for rec in _jsonl(db, "--type", "AID"):
        donors, recipients = _sides(rec)
        for d in donors:
            for r in recipients:
                for q in rec.get("quantities") or [{"unit": "", "value": 0}]:
                    key = (d, r, rec["status"], q["unit"])
                    expected[key] = expected.get(key, 0) + q["value"]
    assert {(r["donor"], r["recipient"], r["status"], r["unit"]): r["total"] for r in rows} == expected
    assert any(r["unit"] == "USD" and r["total"] > 0 for r in rows)


def test_free_text_finds_the_same_records_by_index_as_by_scan(db: str) -> None:
    from dataclasses import replace

    from sqlalchemy.orm import Session

    from hoptac.store.query import RecordQuery, indexed, iter_records

    with Store(db) as store, Session(store.engine) as session:
        for words in ("vien tro", "điện đàm", '"hop tac" "viet nam"'):
            query = indexed(RecordQuery(text=words).checked(), store)
            assert query.index == "sqlite"  # migration 0006's FTS5 table
            by_index = [row.pk for row, *_ in iter_records(session, query)]
            by_scan = [row.pk for row, *_ in iter_records(session, replace(query, index=None))]
            assert by_index == by_scan and by_index, words
