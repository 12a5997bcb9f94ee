"""Curation: people confirm, reject, correct and add records; every change is in the audit trail;
the query layer and exports can leave out the unchecked and the rejected; and a re-extraction
with other rules replaces machine records only, never a human decision."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from helpers import copy_ledger, phone_calls_masked
from hoptac.cli import app
from hoptac.store import Store
from hoptac.store.curation import CurationError, add, audit_of, decide
from hoptac.store.query import QueryError, RecordQuery, count_records, find_records

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("curation") / "l.db"
    result = CliRunner().invoke(app, ["ingest", str(SAMPLES), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


def _copy(ledger: Path, tmp_path: Path) -> Path:
    return copy_ledger(ledger, tmp_path / "c.db")


def _first(store: Store, **filters: object) -> int:
    rows, _ = find_records(store, RecordQuery(**filters).checked(), 1)  # type: ignore[arg-type]
    return rows[0].pk


def test_decisions_are_kept_with_their_trail_and_rejected_records_leave_listings(ledger: Path,
                                                                               tmp_path: Path) -> None:
    db = _copy(ledger, tmp_path)
    with Store(str(db)) as store:
        everything = find_records(store, RecordQuery().checked(), 1000)[1]
        aid = _first(store, type="AID")
        consult = _first(store, type="CONSULT")
        decide(store, aid, "lan", "reject", note="a gift between firms")
        mode = "message" if _states(db, [consult])[consult][1] != "message" else "video"
        decide(store, consult, "lan", "correct", {"mode": mode, "date": "2021-06-02"})
        with Session(store.engine) as session:
            assert count_records(session, RecordQuery().checked()) == everything - 1
            assert count_records(session, RecordQuery(curation=["rejected"]).checked()) == 1
            assert count_records(session, RecordQuery(curation=["all"]).checked()) == everything
            assert count_records(session, RecordQuery(curation=["human"]).checked()) == 1
            assert count_records(session, RecordQuery(curation=["machine"]).checked()) == everything - 2
        trail = audit_of(store, consult)
        assert [(a["user"], a["action"]) for a in trail] == [("lan", "correct")]
        assert trail[0]["changed"] == ["curation", "date", "mode"]
        assert trail[0]["before"]["curation"] == "machine" and trail[0]["after"]["mode"] == mode
        assert audit_of(store, aid)[0]["note"] == "a gift between firms"
        with sqlite3.connect(db) as con:  # the rejected record leaves its event; the corrected one is linked anew
            assert con.execute("SELECT count(*) FROM event_records WHERE record_id = ?", (aid,)).fetchone()[0] == 0
            assert con.execute("SELECT count(*) FROM event_records WHERE record_id = ?", (consult,)).fetchone()[0] == 1
            assert con.execute("SELECT count(*) FROM events e WHERE NOT EXISTS "
                               "(SELECT 1 FROM event_records x WHERE x.event_id = e.id)").fetchone()[0] == 0
    out = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "csv", "--curation", "human",
                                   "--curation", "rejected"])
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert sorted((int(r["record_id"]), r["curation"]) for r in rows) == sorted([(aid, "rejected"),
                                                                                  (consult, "corrected")])
    assert "not one of" in CliRunner().invoke(app, ["records", "--db", str(db), "--curation", "maybe"]).output


def test_a_change_that_cannot_be_right_is_refused_and_nothing_moves(ledger: Path, tmp_path: Path) -> None:
    db = _copy(ledger, tmp_path)
    with Store(str(db)) as store:
        pk = _first(store, type="AID")
        for fields, why in (({"type": "GIFT"}, "type"), ({"source": ["XYZ"]}, "actor code"),
                            ({"date": "2 June"}, "date"), ({"status": "maybe"}, "status"),
                            ({"quantities": ["many doses"]}, "number"), ({"rule": "x"}, "not a field"),
                            ({"quantities": ["1e400 USD"]}, "amount from"), ({"quantities": ["nan USD"]}, "amount from"),
                            ({"quantities": [{"value": 5, "unit": "u" * 40}]}, "unit"),
                            ({"quantities": [{"value": 5, "unit": "USD", "qualifier": ["x"]}]}, "qualifier"),
                            ({"date": 5}, "text"), ({"source": 5}, "text"), ({"source": [5]}, "text"),
                            ({"mode": 3}, "text")):
            with pytest.raises(CurationError, match=why):
                decide(store, pk, "lan", "correct", fields)
        with pytest.raises(CurationError, match="changes nothing"):
            decide(store, pk, "lan", "correct", {})
        with pytest.raises(CurationError, match="no record"):
            decide(store, 10**9, "lan", "confirm")
        assert audit_of(store, pk) == []
    with pytest.raises(QueryError):
        RecordQuery(curation=["someone"]).checked()


def test_a_record_added_from_its_sentence_is_found_like_any_other(ledger: Path, tmp_path: Path) -> None:
    db = _copy(ledger, tmp_path)
    with Store(str(db)) as store:
        doc = store.get_document(1)
        assert doc is not None
        sentence = "viện trợ"
        start = doc.text.find(sentence)
        assert start >= 0
        change = add(store, 1, start, start + len(sentence), "lan",
                     {"type": "AID", "source": "JPN", "targets": "VNM", "status": "delivered",
                      "category": "vaccine", "quantities": ["1000000 dose"], "date": "2021-06-16"})
        rows, n = find_records(store, RecordQuery(curation=["added"], source=["jpn"]).checked())
        assert n == 1 and rows[0].pk == change.record
        rec = rows[0].record
        assert rec.rule == "human:lan" and rec.quantities[0].value == 1_000_000 and rec.evidence == sentence
        assert audit_of(store, change.record)[0]["action"] == "add"
        with pytest.raises(CurationError, match="not inside"):
            add(store, 1, 5, 10**7, "lan", {"type": "AID", "source": "JPN", "targets": "VNM"})
        decide(store, change.record, "minh", "confirm")  # confirming keeps where the values came from
        machine = find_records(store, RecordQuery(type="CONSULT").checked(), 1)[0][0].pk
        decide(store, machine, "lan", "correct", {"date": "2020-01-02"})
        decide(store, machine, "minh", "reject")
        decide(store, machine, "minh", "confirm")
        assert _states(db, [change.record, machine]) == {change.record: ("added", None),
                                                         machine: ("corrected", _states(db, [machine])[machine][1])}


def test_reextract_with_changed_rules_keeps_every_human_decision(ledger: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db = _copy(ledger, tmp_path)
    with Store(str(db)) as store:
        calls = find_records(store, RecordQuery(type="CONSULT", curation=["all"]).checked(), 100)[0]
        phone = [r for r in calls if r.record.rule.endswith("CONSULT.phone:điện đàm")]
        masked = [r for r in phone if any("đã điện đàm với" in m.text for m in r.record.mentions)]
        kept = [r for r in phone if r not in masked]
        video = [r for r in calls if r.record.mode == "video"]
        assert masked and len(kept) >= 2 and video
        corrected, confirmed, rejected = kept[0].pk, kept[1].pk, video[0].pk
        decide(store, corrected, "lan", "correct", {"mode": "meeting"})
        decide(store, rejected, "lan", "reject")
        decide(store, confirmed, "minh", "confirm")
        machine_before = count_machine_phone(store)

    with phone_calls_masked(tmp_path, monkeypatch):
        result = CliRunner().invoke(app, ["reextract", "--db", str(db)])
        assert result.exit_code == 0, result.output
        with Store(str(db)) as store:
            assert count_machine_phone(store) < machine_before  # the machine's records changed
            states = _states(db, [corrected, rejected, confirmed])
            assert states == {corrected: ("corrected", "meeting"), rejected: ("rejected", "video"),
                              confirmed: ("confirmed", "phone")}
    # Today's rules again: the machine reads the calls again, but repeats no decided record.
    assert CliRunner().invoke(app, ["reextract", "--db", str(db)]).exit_code == 0
    with Store(str(db)) as store:
        assert count_machine_phone(store) == machine_before
        assert _states(db, [corrected, rejected, confirmed])[corrected] == ("corrected", "meeting")
        with sqlite3.connect(db) as con:
            spans = con.execute("SELECT m.start, r.curation FROM records r JOIN mentions m ON m.record_id = r.id "
                                "WHERE r.id IN (?, ?, ?)", (corrected, rejected, confirmed)).fetchall()
            for start, _state in spans:  # no machine record from the same text beside a human one
                twins = con.execute("SELECT count(*) FROM records r JOIN mentions m ON m.record_id = r.id "
                                    "WHERE r.type = 'CONSULT' AND r.curation IS NULL AND m.start = ?",
                                    (start,)).fetchone()[0]
                assert twins == 0


def count_machine_phone(store: Store) -> int:
    rows = find_records(store, RecordQuery(type="CONSULT", curation=["machine"]).checked(), 1000)[0]
    return sum(r.record.rule.endswith("CONSULT.phone:điện đàm") for r in rows)


def _states(db: Path, pks: list[int]) -> dict[int, tuple[str, str]]:
    with sqlite3.connect(db) as con:
        return {pk: (c, m) for pk, c, m in con.execute(
            f"SELECT id, curation, mode FROM records WHERE id IN ({','.join('?' * len(pks))})", pks)}
