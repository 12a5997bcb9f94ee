"""Stop 54: what the open sets' wrong records showed, fixed as mechanisms (each sentence quoted from the corpora)."""

from __future__ import annotations

import pytest

from test_records import run


def _aid(text: str) -> list[tuple[list[str], list[str], str]]:
    return [(r.source, r.targets, r.status) for r in run(text) if r.type == "AID"]


@pytest.mark.parametrize("text", [
    "Trung Quốc cũng đã chấp nhận điều kiện chuyển giao công nghệ và thiết kế chi tiết cho phía Thái Lan.",
    "Hồi tháng 1, Thổ Nhĩ Kỳ cho biết nước này sẵn sàng mua lô S-400 thứ 2 của Nga với điều kiện chuyển giao công nghệ.",
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


def _consults(*paragraphs: str) -> list[tuple[list[str], str | None, str | None]]:
    return [(sorted(r.participants), r.mode, r.date) for r in run(*paragraphs, published=None) if r.type == "CONSULT"]


FRAME = "Ngày 12/5, Chủ tịch nước Trần Đại Quang đã hội kiến Chủ tịch Chính hiệp Trung Quốc Du Chính Thanh."


def test_a_contact_placed_before_the_report_is_another_one_not_the_frame_restated() -> None:
    # baomoi-2017: "Mới đây" places the visit before the reception that frames the report
    found = _consults(FRAME, "Mới đây, Chủ tịch nước Trần Đại Quang đã có chuyến thăm cấp nhà nước tới Trung Quốc.")
    assert (["CHN", "VNM"], "visit", None) in found and (["CHN", "VNM"], "meeting", "XXXX-05-12") in found
    # ... and so does a month of another year ("tháng 12/2015 ông đã dẫn đầu đoàn ... thăm")
    found = _consults("Ngày 28/6, Chủ tịch nước Trần Đại Quang đã đến Moskva, bắt đầu chuyến thăm chính thức Liên bang "
                      "Nga.", "Thống đốc Georgy Poltavchenko cho biết, tháng 12/2015 ông đã dẫn đầu đoàn đại biểu cấp "
                      "cao Nga thăm và làm việc tại Việt Nam.")
    assert [f[2] is None for f in found] == [False, True]


def test_a_marker_far_on_in_the_clause_leaves_the_contact_the_frames() -> None:
    # "trong thời gian qua" places the achievements, not the audience named at the clause's start
    found = _consults(FRAME, "Tại buổi hội kiến, hai bên bày tỏ vui mừng trước xu thế phát triển tích cực trong quan hệ "
                             "đối tác hợp tác chiến lược toàn diện và những thành tựu mà mỗi nước đạt được trong thời "
                             "gian qua.")
    assert found == [(["CHN", "VNM"], "meeting", "XXXX-05-12")]
