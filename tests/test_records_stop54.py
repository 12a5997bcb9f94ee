"""Stop 54: what the open sets' wrong records showed, fixed as mechanisms (each sentence quoted from the corpora)."""

from __future__ import annotations

import pytest

from test_records import run

from hoptac.records.cues import find_cues, lower
from hoptac.text.normalise import normalise


def _aid(*paragraphs: str) -> list[tuple[list[str], list[str], str]]:
    return [(r.source, r.targets, r.status) for r in run(*paragraphs) if r.type == "AID"]


@pytest.mark.parametrize("paragraphs", [
    ("Trung Quốc cũng đã chấp nhận điều kiện chuyển giao công nghệ và thiết kế chi tiết cho phía Thái Lan.",),
    # (with the sentence before it, whose talks gave the old AID its parties)
    ("Tuyên bố của Ngoại trưởng Mỹ được đưa ra trong bối cảnh Thổ Nhĩ Kỳ đang đàm phán với Nga để mua thêm hệ thống "
     "phòng thủ tên lửa S-400.",
     "Hồi tháng 1, Thổ Nhĩ Kỳ cho biết nước này sẵn sàng mua lô S-400 thứ 2 của Nga với điều kiện chuyển giao công nghệ."),
    ("Là chương trình giáo dục quốc tế tiên tiến, chuyển giao trực tiếp từ Vương quốc Anh, sinh viên tốt nghiệp nhận bằng"
     " cử nhân do ĐH Greenwich (Vương quốc Anh) cấp.",),
])
def test_a_transfer_of_know_how_is_no_handover(paragraphs: tuple[str, ...]) -> None:
    # no AID cue fires on the transfer at all ([exclude] masks it), so no record, whatever the context gives
    assert not [h for h in find_cues(lower(normalise(paragraphs[-1]).text)) if h.type == "AID"]
    assert _aid(*paragraphs) == []


@pytest.mark.parametrize("text, giver", [
    ("Nga đã chuyển giao cho Việt Nam 4 tàu ngầm lớp Kilo.", "RUS"),
    # review: real handovers worded as a direct transfer or a transfer of ownership
    ("Nhật Bản chuyển giao trực tiếp 1 triệu liều vaccine AstraZeneca cho Việt Nam.", "JPN"),
    ("Mỹ đã chính thức chuyển giao quyền sở hữu tàu tuần tra lớp Hamilton cho Cảnh sát biển Việt Nam.", "USA"),
])
def test_a_handover_of_things_is_still_aid_delivered(text: str, giver: str) -> None:
    assert _aid(text) == [([giver], ["VNM"], "delivered")]

