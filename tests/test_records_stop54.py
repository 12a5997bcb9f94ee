"""Stop 54: what the open sets' wrong records showed, fixed as mechanisms (each sentence quoted from the corpora)."""

from __future__ import annotations

import pytest

from test_records import run


def _aid(text: str) -> list[tuple[list[str], list[str], str]]:
    return [(r.source, r.targets, r.status) for r in run(text) if r.type == "AID"]


@pytest.mark.parametrize("text", [
    "Trung Quốc cũng đã chấp nhận điều kiện chuyển giao công nghệ và thiết kế chi tiết cho phía Thái Lan.",
    "Hồi tháng 1, Thổ Nhĩ Kỳ cho biết nước này sẵn sàng mua lô S-400 thứ 2 của Nga với điều kiện chuyển giao công nghệ.",
    "Là chương trình giáo dục quốc tế tiên tiến, chuyển giao trực tiếp từ Vương quốc Anh, sinh viên tốt nghiệp nhận bằng"
    " cử nhân do ĐH Greenwich (Vương quốc Anh) cấp.",
])
def test_a_transfer_of_know_how_is_no_handover(text: str) -> None:
    assert _aid(text) == []


@pytest.mark.parametrize("text, giver", [
    ("Nga đã chuyển giao cho Việt Nam 4 tàu ngầm lớp Kilo.", "RUS"),
    # review: real handovers worded as a direct transfer or a transfer of ownership
    ("Nhật Bản chuyển giao trực tiếp 1 triệu liều vaccine AstraZeneca cho Việt Nam.", "JPN"),
    ("Mỹ đã chính thức chuyển giao quyền sở hữu tàu tuần tra lớp Hamilton cho Cảnh sát biển Việt Nam.", "USA"),
])
def test_a_handover_of_things_is_still_aid_delivered(text: str, giver: str) -> None:
    assert _aid(text) == [([giver], ["VNM"], "delivered")]

