"""Stop 61: "trước đó cùng ngày" (earlier the same day) is no null marker: the act is of the day in force. The
sentences are Báo Mới's (2017), shortened; the publication day is made up (the corpus gives none)."""

from __future__ import annotations

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

