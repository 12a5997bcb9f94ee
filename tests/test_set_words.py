"""A set of states ("các bên", "các nước ...", cues.toml [groups] sets) asked by one side of a two-sided event names
states left unnamed (INTL), as the guide's INTL says; a pair word ("hai bên") still names the event's other side, the
hosts' leaders thanked ("các nhà lãnh đạo") are the host, and an event of three or more keeps its others. Sentences in
the shape of Báo Mới's reports of 2017 (the events are made up; the requests are the corpus's)."""

from __future__ import annotations

from hoptac import extract

VISIT = "Ngày 20/5, Tổng thống Mỹ Donald Trump đã tới Riyadh, bắt đầu chuyến thăm chính thức Ả Rập Saudi. "
TALKS = "Chiều 12/5, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Lào Thongloun Sisoulith. "
THREE = ("Ngày 7/7, Thủ tướng Nguyễn Xuân Phúc đã có cuộc gặp với Thủ tướng Lào Thongloun Sisoulith và Thủ tướng "
         "Campuchia Hun Sen. ")


def _directed(text: str, lead: str = VISIT, kind: str = "REQUEST") -> list[tuple[list[str], list[str]]]:
    doc = extract(lead + text, published="2017-05-21")
    return [(r.source, r.targets) for r in doc.records if r.type == kind and not r.rule.endswith(".learned:")]


def test_a_call_to_a_set_of_states_during_a_visit_is_to_states_unnamed() -> None:
    text = "Tổng thống Mỹ Donald Trump đã kêu gọi các nước Hồi giáo đi đầu trong việc chống lại chủ nghĩa cực đoan."
    assert _directed(text) == [(["USA"], ["INTL"])]


def test_a_call_to_the_parties_concerned_is_to_states_unnamed() -> None:
    text = "Ông Trump cũng kêu gọi các bên liên quan phối hợp nỗ lực đưa vấn đề hạt nhân trở lại đúng hướng."
    assert _directed(text) == [(["USA"], ["INTL"])]


def test_a_pair_word_still_names_the_other_side() -> None:
    text = "Tổng thống Trump đề nghị hai bên tăng cường hợp tác chống khủng bố."
    assert _directed(text) == [(["USA"], ["SAU"])]


def test_the_hosts_leaders_thanked_are_the_host() -> None:
    text = "Thủ tướng Thongloun Sisoulith cảm ơn các nhà lãnh đạo Đảng, Nhà nước đã dành sự đón tiếp trọng thị."
    assert _directed(text, TALKS, "SUPPORT") == [(["LAO"], ["VNM"])]


def test_a_set_word_at_a_meeting_of_three_names_the_others() -> None:
    assert _directed("Thủ tướng Nguyễn Xuân Phúc kêu gọi các nước tăng cường hợp tác.", THREE) == [(["VNM"], ["LAO", "KHM"])]
    assert _directed("Việt Nam và Lào đề nghị các bên đẩy mạnh hợp tác.", THREE) == [(["VNM", "LAO"], ["KHM"])]
