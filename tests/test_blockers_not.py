"""A blocker inside a phrase where it means something else blocks nothing (cues.toml rule setting blockers_not,
records/conditions.py): [CONSULT.trip]'s "hàng" (goods) in "hàng chục", "hàng đầu" (the stop-64 review's forum, whose
"Hàng chục" the trip's guard read as goods). Made-up sentences in the shape of Báo Mới's."""

from __future__ import annotations

from hoptac import extract


def _rules(text: str):
    doc = extract(text, published="2017-05-15")
    return [r for r in doc.records if not r.rule.endswith(".learned:")], doc.drops


def test_dozens_and_leading_firms_are_no_goods_on_a_trip() -> None:
    records, _drops = _rules("Ngoại trưởng Vương Nghị đã tới Iran cùng hàng chục doanh nghiệp hàng đầu Trung Quốc.")
    assert [(r.type, sorted(r.participants), r.mode) for r in records] == [("CONSULT", ["CHN", "IRN"], "visit")]


def test_goods_still_block_a_trip() -> None:
    records, drops = _rules("Hàng nghìn tấn hàng của Trung Quốc đã đến Lào Cai.")
    assert not [r for r in records if r.type == "CONSULT"]
    assert ("CONSULT", "'hàng' in the clause") in [(d.type, d.reason) for d in drops]
