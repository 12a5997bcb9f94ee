"""Datelines in the formats Vietnamese outlets use; teaser dates never count."""

import pytest

from hoptac.body.cues import load_cues
from hoptac.body.dateline import parse_dateline
from hoptac.body.lines import split_lines


def parse(text: str):
    dl = parse_dateline(split_lines(text)[0], load_cues())
    return dl.value if dl else None


@pytest.mark.parametrize("text, iso", [
    ("06:41 | 03/04/2020 GMT+7", "2020-04-03T06:41:00+07:00"),
    ("Thứ Sáu, 03/04/2020 - 06:41", "2020-04-03T06:41:00+07:00"),
    ("Thứ sáu, 3/4/2020, 06:41 (GMT+7)", "2020-04-03T06:41:00+07:00"),
    ("03/04/2020 06:41 (GMT+07:00)", "2020-04-03T06:41:00+07:00"),
    ("Cập nhật: 15/08/2021 10:20", "2021-08-15T10:20:00+07:00"),
    ("Cập nhật lúc 10h20 ngày 15/8/2021", "2021-08-15T10:20:00+07:00"),
    ("15/08/2021", "2021-08-15"),
    ("15-08-2021", "2021-08-15"),
    ("Chủ nhật, 15/8/2021", "2021-08-15"),
    ("Thứ Hai, ngày 3 tháng 4 năm 2020", "2020-04-03"),
    ("2020-04-03 06:41", "2020-04-03T06:41:00+07:00"),
    ("03/04/2020 06:41 GMT+9", "2020-04-03T06:41:00+09:00"),
    ("Bảo Chi | 15/08/2021 10:20", "2021-08-15T10:20:00+07:00"),
    ("03/04/2020 | 11:25 PM", "2020-04-03T23:25:00+07:00"),
])
def test_dateline_formats(text, iso):
    assert parse(text) == iso


@pytest.mark.parametrize("text", [
    "16 Oct, 11:25 PM",
    "2 giờ trước",
    "Ngày 24/4/2024, tại Nhà khách Chính phủ, Bộ trưởng Ngoại giao đã chủ trì kỳ họp.",
    "Lịch cúp điện Hậu Giang hôm nay ngày 23/11/2024",
    "Dự báo thời tiết 23/11/2024",
    "31/02/2020 10:00",
    "Thủ tướng ký Quyết định số 1399/QĐ-TTg",
])
def test_not_datelines(text):
    assert parse(text) is None


def test_dateline_keeps_the_byline_it_carries():
    dl = parse_dateline(split_lines("Bảo Chi | 15/08/2021 10:20")[0], load_cues())
    assert dl.other == "Bảo Chi"
