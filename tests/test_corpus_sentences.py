"""The records stage on 142 real sentences of the Dân trí 2021 and Báo Mới 2017 corpora.

The sentences (tests/data/corpus_sentences.jsonl, short quotes, none from the
seeds) were picked and annotated by the guide for each record type: 14 that
state a record and 8 near misses that hold a cue word and must yield nothing
(domestic news, sport, sales, hypotheticals, prizes). A case hoptac still gets
wrong carries `gap`, the reason, and runs as a strict xfail: it documents the
gap and fails the day the gap is fixed, so the flag must then be removed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hoptac.model import Record
from test_records import run

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "corpus_sentences.jsonl").open(encoding="utf-8")]


def _matches(r: Record, typ: str, want: dict[str, object]) -> bool:
    if r.type != typ:
        return False
    for key, value in want.items():
        if value is None:
            continue
        got = getattr(r, key)
        if isinstance(value, list):
            if sorted(got or []) != sorted(value):
                return False
        elif got != value:
            return False
    return True


def _params() -> list[object]:
    out = []
    for i, c in enumerate(CASES):
        name = f"{c['type'] or 'none'}-{i}"
        marks = [pytest.mark.xfail(strict=True, reason=c["gap"])] if c.get("gap") else []
        out.append(pytest.param(c, id=name, marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_corpus_sentence(case: dict[str, object]) -> None:
    records = run(str(case["text"]), published=str(case["published"]))
    typ, want = case["type"], case["want"]
    if typ is None:
        assert records == [], f"expected nothing, got {[(r.type, r.participants, r.source, r.targets) for r in records]}"
        return
    assert any(_matches(r, str(typ), want) for r in records), \
        f"no {typ} {want} in {[(r.type, r.participants, r.source, r.targets, r.status, r.mode) for r in records]}"  # type: ignore[arg-type]


def test_every_type_keeps_passing_sentences_and_near_misses() -> None:
    """Marking cases as gaps must not hollow the file out: at least eight passing
    sentences per type here (test_records.py holds the rest of the issue's ten)
    and forty passing near misses; the xfails do not count."""
    for typ in ("CONSULT", "AGREE", "REQUEST", "SUPPORT", "AID", "MEASURE"):
        good = [c for c in CASES if c["type"] == typ and not c.get("gap")]
        assert len(good) >= 8, (typ, len(good))
    assert sum(1 for c in CASES if c["type"] is None and not c.get("gap")) >= 40
