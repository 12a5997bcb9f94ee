"""Final read of stop 61 (2915e02..59844f6): faults the change brings in, each a test that fails at 59844f6 and
passed at 2915e02. All sentences are made up (short; the forms they copy are named, with the corpus article where
there is one). Publication days are made up."""

from __future__ import annotations

import pytest

from hoptac import extract

PUB = "2017-07-08"


def _consults(text: str) -> list[list[str]]:
    return [sorted(r.participants) for r in extract(text, published=PUB).records if r.type == "CONSULT"]


# -- null_dates._same_day_after: "trong ngày" followed by what names another day ---------------------------------------

@pytest.mark.parametrize("marker", [
    # made up; the form is corpus (news_sport_255: "Trước đó, trong ngày ra mắt CLB Cerezo Osaka, ...")
    "Trước đó, trong ngày đầu tiên của chuyến thăm,",
    # made up
    "Trước đó, trong ngày làm việc đầu tiên tại Tokyo,",
])
def test_earlier_on_another_named_day_stays_null(marker: str) -> None:
    # "trong ngày X" names a day other than the one in force (the visit's first day), and the text gives no date for
    # it: the guide's "trước đó" with no day, null. same_day_after_marker's "trong ngày" is only checked by (?!\w), so
    # any word after it passes and the act takes the day in force, 3/2 (null before the change).
    text = ("Ngày 3/2, Bộ trưởng Quốc phòng Mỹ James Mattis đã đến viếng nghĩa trang quốc gia ở Seoul. "
            f"{marker} Bộ trưởng Quốc phòng Mỹ James Mattis đã hội đàm với Bộ trưởng Quốc phòng Hàn Quốc Han Min-koo.")
    dates = [r.date for r in extract(text, published="2017-02-04").records if r.type == "CONSULT"]
    assert dates == [None], dates


# -- trips._had_in_plural / one_per_partner: splits of contacts that were not one side's bilateral ones --------------

@pytest.mark.parametrize("text", [
    # made up: the plural branch never reads [context] call_multilateral, which the call branch checks in the clause;
    # it even splits the calls call_partners refused for "đa phương"
    "Ngày 7/7, Ngoại trưởng Hàn Quốc Kang Kyung-wha đã tiến hành các cuộc điện đàm đa phương với Ngoại trưởng Mỹ Rex "
    "Tillerson và Ngoại trưởng Nhật Bản Fumio Kishida.",
    # made up
    "Ngày 7/7, Ngoại trưởng Hàn Quốc Kang Kyung-wha đã có các cuộc hội đàm ba bên với Ngoại trưởng Mỹ Rex Tillerson và "
    "Ngoại trưởng Nhật Bản Fumio Kishida.",
])
def test_plural_contacts_of_several_sides_stay_one(text: str) -> None:
    # Guide: one record per event; talks of three are one CONSULT of the three (before the change: one record).
    assert _consults(text) == [["JPN", "KOR", "USA"]], _consults(text)


def test_meetings_among_several_that_no_side_had_are_not_split() -> None:
    # made up. "có" here is "there were"; no side had the meetings, yet the first state after the cue (Nhật Bản) is
    # taken as the caller: JPN+USA and JPN+KOR (before the change: one record of the three). The rule's docstring says
    # "that its side had", but nothing asks the caller to stand before the cue.
    text = "Năm qua, đã có các cuộc gặp giữa quan chức Mỹ, Nhật Bản và Hàn Quốc về vấn đề Triều Tiên."
    assert _consults(text) == [["JPN", "KOR", "USA"]], _consults(text)
