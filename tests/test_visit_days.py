"""A visit reported day by day is one visit, dated its first day (cues.toml [context] visit_days, records/merge.py)."""

from __future__ import annotations

from test_records import run, run_doc

FIRST = ("Chiều 28/6, Chủ tịch nước Trần Đại Quang và Phu nhân đã tới Thủ đô Moskva, bắt đầu chuyến thăm cấp Nhà nước "
         "Liên bang Nga.")


def _visits(*paragraphs: str) -> list[tuple[frozenset, str | None]]:
    return [(frozenset(r.participants), r.date) for r in run(*paragraphs, published="2017-07-02T08:00:00+07:00")
            if r.type == "CONSULT" and r.mode == "visit"]


def test_a_later_day_of_the_same_visit_folds_into_its_first_day() -> None:
    # shaped on the Báo Mới corpus (a state visit, its first day and a later one)
    later = "Chiều 1/7, Chủ tịch nước Trần Đại Quang đã đến thăm thành phố Saint Petersburg của Nga."
    assert _visits(FIRST, later) == [(frozenset({"VNM", "RUS"}), "2017-06-28")]
    doc = run_doc(FIRST, later, published="2017-07-02T08:00:00+07:00")
    assert any(d.kind == "merge" and "a later day (2017-07-01) of the visit of 2017-06-28" in d.reason for d in doc.drops)


def test_a_visit_weeks_later_or_of_other_parties_stays_apart() -> None:
    later = "Ngày 25/7, Chủ tịch nước Trần Đại Quang đã đến thăm Liên bang Nga lần thứ hai."
    assert sorted(d for _p, d in _visits(FIRST, later)) == ["2017-06-28", "2017-07-25"]
    other = "Chiều 1/7, Chủ tịch nước Trần Đại Quang đã đến thăm Belarus."
    assert sorted((sorted(p), d) for p, d in _visits(FIRST, other)) == \
        [(["BLR", "VNM"], "2017-07-01"), (["RUS", "VNM"], "2017-06-28")]
