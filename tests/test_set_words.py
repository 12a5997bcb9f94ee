"""A set word ("các bên", "các nước ...", cues.toml [groups] many_leads) said to the one other side of a two-sided
event names states left unnamed (INTL), as the guide's INTL says; a pair word ("hai bên") still names the event's
two sides, and a set word among three or more sides names the others. Sentences in the shape of Báo Mới's reports
of 2017 (the visit is made up; the requests are the corpus's)."""

from __future__ import annotations

from hoptac import extract

VISIT = "Ngày 20/5, Tổng thống Mỹ Donald Trump đã tới Riyadh, bắt đầu chuyến thăm chính thức Ả Rập Saudi. "


def _requests(text: str, lead: str = VISIT) -> list[tuple[list[str], list[str]]]:
    doc = extract(lead + text, published="2017-05-21")
    return [(r.source, r.targets) for r in doc.records if r.type == "REQUEST"]


def test_a_call_to_a_set_of_states_during_a_visit_is_to_states_unnamed() -> None:
    text = "Tổng thống Mỹ Donald Trump đã kêu gọi các nước Hồi giáo đi đầu trong việc chống lại chủ nghĩa cực đoan."
    assert _requests(text) == [(["USA"], ["INTL"])]


def test_a_call_to_the_parties_concerned_is_to_states_unnamed() -> None:
    text = "Ông Trump cũng kêu gọi các bên liên quan phối hợp nỗ lực đưa vấn đề hạt nhân trở lại đúng hướng."
    assert _requests(text) == [(["USA"], ["INTL"])]


def test_a_pair_word_still_names_the_other_side() -> None:
    text = "Ông Trump cũng đề nghị phía Ả Rập Saudi tăng cường hợp tác chống khủng bố giữa hai bên."
    assert _requests(text) == [(["USA"], ["SAU"])]


def test_a_set_word_at_a_meeting_of_three_names_the_others() -> None:
    lead = "Ngày 7/7, Tổng thống Mỹ Donald Trump đã có cuộc gặp với Thủ tướng Nhật Bản Shinzo Abe và Tổng thống Hàn Quốc Moon Jae-in. "
    text = "Tổng thống Trump kêu gọi các nước tăng cường hợp tác."
    assert _requests(text, lead) == [(["USA"], ["JPN", "KOR"])]
