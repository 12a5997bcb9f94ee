"""A clause that "Trước đó" opens reports an act before the story's events; a full day the clause writes after the
marker still dates that act (cues.toml [dates] null_openers, records/null_dates.scope_null). The guide's null is for a
time the text does not give. "corpus" marks a sentence quoted from the Báo Mới corpus (shortened where marked)."""

from __future__ import annotations

from hoptac import extract

STORY = "Ngày 7/2, Thủ tướng Nhật Bản Shinzo Abe đã điện đàm với Tổng thống Mỹ Donald Trump. "


def _dated(text: str, published: str | None = "2017-02-08") -> list[tuple[str, str | None]]:
    return [(r.type, r.date) for r in extract(text, published=published).records]


def test_a_day_after_the_act_in_a_clause_trước_đó_opens() -> None:
    # corpus: the call with NATO's chief was null, as if the text gave no day
    text = STORY + "Trước đó, ông Trump có cuộc điện thoại với Tổng thư ký NATO Jens Stoltenberg hôm 5/2."
    assert _dated(text) == [("CONSULT", "2017-02-07"), ("CONSULT", "2017-02-05")]


def test_a_contacts_day_after_its_parties() -> None:
    # corpus (shortened): the day of the meeting stands after the two leaders it names
    text = ("Ngày 10/7, Tổng thống Mỹ Donald Trump đã điện đàm với Thủ tướng Nhật Bản Shinzo Abe. Trước đó, trong cuộc "
            "gặp giữa Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Mỹ Donald Trump hôm 8.7, người đứng đầu Nhà Trắng "
            "bày tỏ thái độ mất kiên nhẫn.")
    assert _dated(text, "2017-07-11") == [("CONSULT", "2017-07-10"), ("CONSULT", "2017-07-08")]


def test_a_visits_range_after_it() -> None:
    # corpus: a visit of December 2016 told in a story of February 2017
    text = STORY + "Trước đó, Tổng thống Nga Putin đã thực hiện chuyến thăm lịch sử đến Nhật Bản trong 2 ngày 15-16/12/2016."
    assert _dated(text) == [("CONSULT", "2017-02-07"), ("CONSULT", "2016-12-15")]


def test_without_a_day_the_marker_still_nulls() -> None:
    text = STORY + "Trước đó, Tổng thống Nga Putin đã thực hiện chuyến thăm lịch sử đến Nhật Bản."
    assert _dated(text) == [("CONSULT", "2017-02-07"), ("CONSULT", None)]


def test_a_marker_inside_the_clause_is_no_opener() -> None:
    # "trước đó" after the subject places the act before the day written at the clause's end, which is another's
    text = STORY + "Tổng thống Nga Putin trước đó đã thực hiện chuyến thăm lịch sử đến Nhật Bản, kéo dài đến ngày 16/12/2016."
    assert _dated(text) == [("CONSULT", "2017-02-07"), ("CONSULT", None)]



def test_only_the_first_day_after_the_marker() -> None:
    # corpus (shortened): the day a ministry published the text comes first and is another's act; the signing's own
    # day after it does not lift the marker for the acts before it
    text = ("Trước đó, theo một bản văn chi tiết về thỏa thuận do Bộ Ngoại giao Nga công bố ngày 7/5, Nga, Thổ Nhĩ Kỳ "
            "và Iran đã đồng ý trong một bản ghi nhớ ký kết vào ngày 4/5.")
    assert all(date is None for _type, date in _dated(text, None))


def test_another_events_day_keeps_the_null() -> None:
    # (the counter-cases of stop 32's reviews, in a clause the opener opens)
    for text in ("Trước đó, sau vụ thử hạt nhân ngày 3/9 Tổng thống Mỹ đã điện đàm với Thủ tướng Nhật Bản.",
                 "Trước đó, Nhật Bản đã viện trợ cho Việt Nam 1 triệu liều vắc xin, có hạn dùng đến ngày 30/6/2021."):
        assert all(date is None for _type, date in _dated(text, "2021-09-12")), text
