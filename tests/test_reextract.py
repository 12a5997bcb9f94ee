"""Versioned extraction runs: each stored document and record names the run (version and rules'
hash) that extracted it, and `hoptac reextract` runs today's rules over what an older run
stored, replacing its records and their events, and leaves alone what today's run stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import cues_extended, phone_calls_masked
from hoptac.cli import app
from hoptac.lexicon import run_id

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def _ledger(db: Path) -> tuple[set[str | None], list[tuple[str, str]], int, int]:
    con = sqlite3.connect(db)
    try:
        runs = {r for (r,) in con.execute("SELECT DISTINCT extracted_by FROM documents")} | \
            {r for (r,) in con.execute("SELECT DISTINCT extracted_by FROM records")}
        records = sorted(con.execute("SELECT type, rule FROM records"))
        orphans = con.execute("SELECT count(*) FROM events e WHERE NOT EXISTS "
                              "(SELECT 1 FROM event_records x WHERE x.event_id = e.id)").fetchone()[0]
        unlinked = con.execute("SELECT count(*) FROM records r WHERE NOT EXISTS "
                               "(SELECT 1 FROM event_records x WHERE x.record_id = r.id)").fetchone()[0]
    finally:
        con.close()
    return runs, records, orphans, unlinked


def test_reextract_follows_a_changed_rule_and_skips_what_today_extracted(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "l.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(SAMPLES), "--db", str(db), "--workers", "1"]).exit_code == 0
    first_run = run_id()
    runs, before, _, _ = _ledger(db)
    assert runs == {first_run} and any(t == "CONSULT" and "điện đàm" in rule for t, rule in before)
    again = runner.invoke(app, ["reextract", "--db", str(db)])
    assert again.exit_code == 0 and again.stdout.startswith("0 documents")  # nothing an older run stored

    with phone_calls_masked(tmp_path, monkeypatch):
        assert run_id() != first_run  # other rules, another run
        later = runner.invoke(app, ["reextract", "--db", str(db), "--since", "99.0"])
        assert later.exit_code == 0 and later.stdout.startswith("0 documents")  # no run of 99.0 or later
        assert runner.invoke(app, ["reextract", "--db", str(db), "--since", "soon"]).exit_code == 2
        changed = runner.invoke(app, ["reextract", "--db", str(db), "--since", first_run.split("+")[0]])
        assert changed.exit_code == 0 and changed.stdout.startswith("5 documents"), changed.stdout
        runs, after, orphans, unlinked = _ledger(db)
        assert runs == {run_id()} and orphans == 0 and unlinked == 0
        assert len(after) < len(before)

        def phone(records: list[tuple[str, str]]) -> int:
            return sum(rule.endswith("CONSULT.phone:điện đàm") for _t, rule in records)

        assert phone(after) < phone(before)  # the calls the new exclusion masks are gone
    back = runner.invoke(app, ["reextract", "--db", str(db)])
    assert back.exit_code == 0 and back.stdout.startswith("5 documents")
    runs, restored, orphans, unlinked = _ledger(db)
    assert runs == {first_run} and restored == before and orphans == 0 and unlinked == 0


def test_unchanged_records_keep_their_ids_and_a_malformed_rule_file_is_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "l.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(SAMPLES), "--db", str(db), "--workers", "1"]).exit_code == 0

    def ids() -> list[int]:
        con = sqlite3.connect(db)
        try:
            return [pk for (pk,) in con.execute("SELECT id FROM records ORDER BY id")]
        finally:
            con.close()

    before = ids()
    redo = runner.invoke(app, ["reextract", "--db", str(db), "--all"])
    assert redo.exit_code == 0 and "0 documents changed" in redo.stdout
    assert ids() == before  # links to /records/<id> stay valid
    with cues_extended(tmp_path, monkeypatch, '[AID.delivered]\ncuess = ["tặng"]\n'):
        broken = runner.invoke(app, ["reextract", "--db", str(db)])
        assert broken.exit_code == 2 and "cuess unknown key" in broken.output
        assert ids() == before  # nothing was touched
