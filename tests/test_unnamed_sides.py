"""A directed act whose sentence names neither side (its source carried from earlier sentences, its targets the
event's) is no record (records/handlers.py UNNAMED_SIDES); one side named in the sentence is enough, even in an
earlier clause of it (the dev seed 004's "phía Trung Quốc sẽ có hình thức viện trợ và cũng sẽ cung cấp vật tư ...",
which tests/test_dev_gold.py holds to its gold). Made-up sentences in the shape of Báo Mới's reports of talks."""

from __future__ import annotations

from hoptac import extract

TALKS = "Chiều 12/5, tại Tokyo, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng Nhật Bản Shinzo Abe. "


def _directed(text: str):
    doc = extract(TALKS + text, published="2017-05-13")
    return ([(r.type, r.source, r.targets) for r in doc.records if r.type != "CONSULT" and not r.rule.endswith(".learned:")],
            [d.reason for d in doc.drops if d.type in ("REQUEST", "AID")])


def test_a_request_naming_neither_side_is_none() -> None:
    records, drops = _directed("Ông cũng kêu gọi tăng cường hợp tác trong lĩnh vực nông nghiệp.")
    assert records == []
    assert any(d.startswith("neither side named in its sentence") for d in drops)


def test_a_request_naming_its_asker_takes_the_event_s_other_side() -> None:
    records, _drops = _directed("Thủ tướng Nguyễn Xuân Phúc cũng đề nghị tăng cường hợp tác trong lĩnh vực nông nghiệp.")
    assert records == [("REQUEST", ["VNM"], ["JPN"])]


def test_a_request_naming_its_addressee_keeps_the_carried_asker() -> None:
    records, _drops = _directed("Ông cũng đề nghị Nhật Bản tăng cường hợp tác trong lĩnh vực nông nghiệp.")
    assert records == [("REQUEST", ["VNM"], ["JPN"])]

