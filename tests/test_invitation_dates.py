"""A month of what someone is invited to states no month of the story as past (dates.toml year_invited_in_clause,
mentions/dates.py), with the counter-cases it must leave alone. "corpus" marks a sentence quoted from the Báo Mới corpus (shortened where marked)."""

from __future__ import annotations

from hoptac import extract


def _dated(text: str) -> list[tuple[str, str | None]]:
    return [(r.type, r.date) for r in extract(text, published=None).records]


def test_an_invitations_month_is_still_to_come() -> None:
    # corpus (shortened): with no publication date, "tháng 11/2017" after "đã mời" was a month of 2017 stated as
    # past, which put the meeting of "Tối 7/7" in 2018
    text = ("Tối 7/7, Thủ tướng Nguyễn Xuân Phúc đã gặp Tổng thống Hàn Quốc Moon Jae-in bên lề Hội nghị Thượng đỉnh "
            "G20. Thủ tướng đã mời Tổng thống Moon Jae-in dự Hội nghị Cấp cao APEC tổ chức vào tháng 11/2017 tại Đà Nẵng.")
    assert _dated(text) == [("CONSULT", "2017-07-07"), ("REQUEST", "2017-07-07")]


def test_a_bare_year_after_an_invitation_is_the_year_under_way() -> None:
    # corpus (shortened): "trong năm 2017" after "được mời" still dates the story, not the older "năm 2011"
    text = ("Đêm 4/7, Thủ tướng Nguyễn Xuân Phúc lên đường thăm chính thức CHLB Đức. Trong chuyến thăm Việt Nam của "
            "Thủ tướng Angela Merkel năm 2011, hai bên đã ký Tuyên bố chung. Với tư cách là chủ nhà APEC 2017, Việt Nam "
            "được mời tham dự các hội nghị trong khuôn khổ G20 trong năm 2017.")
    assert _dated(text)[0] == ("CONSULT", "2017-07-04")


def test_an_invitation_leaves_the_storys_year_to_the_story() -> None:
    # (from the review of the first version, which made an invited month a plan: then a background year dated the
    # story, "năm 1992" here, or the year of an invitation already past)
    text = ("Tối 7/7, Thủ tướng Nguyễn Xuân Phúc đã gặp Tổng thống Hàn Quốc Moon Jae-in bên lề Hội nghị Thượng đỉnh "
            "G20. Hai nước thiết lập quan hệ ngoại giao năm 1992. Thủ tướng đã mời Tổng thống Moon Jae-in dự Hội nghị "
            "Cấp cao APEC tổ chức vào tháng 11/2017 tại Đà Nẵng.")
    assert _dated(text) == [("CONSULT", "2017-07-07"), ("REQUEST", "2017-07-07")]
    text = ("Ngày 3/4, Thủ tướng Nguyễn Xuân Phúc đã điện đàm với Thủ tướng Australia. Năm 2016, hai nước đã nâng cấp "
            "quan hệ. Thủ tướng Australia đã nhận lời mời thăm Việt Nam vào tháng 3/2017.")
    assert _dated(text) == [("CONSULT", "2017-04-03")]
