"""Stop 61: "trước đó cùng ngày" (earlier the same day) is no null marker: the act is of the day in force; and
contacts one side had, named in the plural, are one with each other party. Corpus sentences are Báo Mới's (2017),
shortened or reworded; the occasion sentence "Ngày 22/5, Hội đồng Bảo an ... họp khẩn" and the bare "Trước đó"
variant are made up, and so are the publication days (the corpus gives none)."""

from __future__ import annotations

import pytest

from hoptac import extract

PUB = "2017-05-23"


def _dates(text: str, kind: str) -> list[str | None]:
    return [r.date for r in extract(text, published=PUB).records if r.type == kind]


def test_talks_earlier_the_same_day_take_the_day_written_before_them() -> None:
    text = ("Phát biểu với báo giới ngày 22/5, Bộ trưởng Kinh tế Pháp Bruno Le Maire cho biết, trong cuộc hội đàm với "
            "người đồng cấp Đức Wolfgang Schaeuble trước đó cùng ngày tại Berlin, hai nước đã nhất trí đẩy nhanh tiến "
            "trình cải cách.")
    assert _dates(text, "CONSULT") == ["2017-05-22"]


def test_a_sentence_opening_earlier_the_same_day_takes_the_occasions_day() -> None:
    text = ("Ngày 22/5, Hội đồng Bảo an Liên hợp quốc đã họp khẩn về vụ phóng tên lửa. Trước đó cùng ngày, Tổng thư ký "
            "LHQ Antonio Guterres cũng đã kêu gọi Triều Tiên quay trở lại với chính sách phi hạt nhân.")
    assert _dates(text, "REQUEST") == ["2017-05-22"]


def test_earlier_alone_still_leaves_the_act_undated() -> None:
    text = ("Ngày 22/5, Hội đồng Bảo an Liên hợp quốc đã họp khẩn về vụ phóng tên lửa. Trước đó, Tổng thư ký LHQ "
            "Antonio Guterres cũng đã kêu gọi Triều Tiên quay trở lại với chính sách phi hạt nhân.")
    assert _dates(text, "REQUEST") == [None]


# -- contacts named in the plural: one with each party named after them ----------------------------------------------

def _consults(text: str) -> list[list[str]]:
    return [r.participants for r in extract(text, published="2017-07-08").records if r.type == "CONSULT"]


def test_meetings_in_the_plural_are_one_with_each_partner() -> None:
    # corpus (shortened)
    text = ("Tối 7/7, bên lề Hội nghị Thượng đỉnh G20, Thủ tướng Nguyễn Xuân Phúc đã có các cuộc gặp chính thức với "
            "Tổng thống Hàn Quốc Moon Jae-in và Thủ tướng Australia Malcolm Turnbull.")
    assert _consults(text) == [["VNM", "KOR"], ["VNM", "AUS"]]


def test_talks_said_to_be_separate_are_one_with_each_partner() -> None:
    # corpus (shortened)
    text = ("Ngoại trưởng Đức Sigmar Gabriel cho biết các cuộc hội đàm riêng trong tuần với người đồng cấp Arab Saudi, "
            "Qatar, Thổ Nhĩ Kỳ càng củng cố cho lo ngại của ông.")
    assert _consults(text) == [["DEU", "SAU"], ["DEU", "QAT"], ["DEU", "TUR"]]


def test_one_meeting_told_after_the_plural_is_not_given_the_other_partner() -> None:
    # corpus (baomoi_22705924, shortened, reworded)
    text = ("Tối 7/7, Thủ tướng Nguyễn Xuân Phúc đã có các cuộc gặp chính thức với Tổng thống Hàn Quốc Moon Jae-in và "
            "Thủ tướng Australia Malcolm Turnbull. Tại cuộc gặp giữa Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Australia "
            "Malcolm Turnbull, hai nhà lãnh đạo bày tỏ vui mừng trước sự phát triển của quan hệ hai nước.")
    assert all("KOR" not in p or "AUS" not in p for p in _consults(text)), _consults(text)


@pytest.mark.parametrize("text", [
    # corpus (shortened): calls the sentence only places the parties' words in, not one side's calls
    "Theo Bộ Ngoại giao Qatar, trong các cuộc điện đàm cùng ngày 23/6, Quốc vương Kuwait Sheikh Sabah Al-Ahmad "
    "Al-Jaber Al-Sabah và Quốc vương Qatar Sheikh Tamim bin Hamad Al-Thani đã thảo luận về cuộc khủng hoảng.",
    # made up: talks in the plural, as often the rounds of one talk of all
    "Iran đã có các cuộc đàm phán với Anh, Pháp, Đức, Nga và Trung Quốc tại Vienna.",
])
def test_contacts_in_the_plural_that_are_no_sides_own_stay_one(text: str) -> None:
    assert len(_consults(text)) == 1, _consults(text)
