"""An aid is an act of its own: an occasion set two sentences before it or more does not date it (cues.toml
[context] occasion_own_sentence_types, records/occasions.py earlier_occasion_dates), unless its sentence opens on a
same-day phrase; the sentence right after the occasion's goes on with its report. Other records after the occasion
still take its day. Sentences of a Dân trí report of 26 April 2021 (news_world_110 of the corpus); the same-day one
and the call adapted from other reports of those days."""

from __future__ import annotations

from hoptac import extract

OCCASION = "Hôm nay, Ấn Độ tiếp tục ghi nhận kỷ lục gần 353.000 ca mắc mới. "
BETWEEN = "Nhu cầu vật tư y tế như máy thở, máy tạo ôxy đang tăng mạnh ở Ấn Độ. "
AID = "Ngoài ra, Mỹ cũng sẽ hỗ trợ thêm Ấn Độ các vật tư y tế cần thiết."


def _records(text: str):
    return [r for r in extract(OCCASION + text, published="2021-04-26").records if not r.rule.endswith(".learned:")]


def _dated(text: str) -> dict[tuple[str, str], str | None]:
    return {(r.type, (r.source or r.participants)[0] if r.type != "CONSULT" else "+".join(sorted(r.participants))):
            r.date for r in _records(text)}


def test_an_aid_two_sentences_after_the_occasion_is_not_dated_by_it() -> None:
    records = _records(BETWEEN + AID)
    assert [(r.type, r.source, r.date) for r in records] == [("AID", ["USA"], None)]
    assert "dates no AID" in records[0].date_reason


def test_the_sentence_right_after_the_occasion_goes_on_with_it() -> None:
    assert _dated(AID) == {("AID", "USA"): "2021-04-26"}


def test_an_aid_whose_sentence_opens_on_the_same_day_takes_the_occasion() -> None:
    dated = _dated(BETWEEN + "Cùng ngày, chính phủ Anh cho biết, nước này sẽ chuyển hơn 600 thiết bị y tế, trong đó "
                   "có máy thở để giúp Ấn Độ đối phó làn sóng Covid-19 mới.")
    assert dated == {("AID", "GBR"): "2021-04-26"}


def test_a_same_day_opening_after_a_part_of_the_day_or_a_connective_takes_the_occasion() -> None:
    # (the independent review of stop 66: "Chiều cùng ngày, ...", "Trong khi đó, cùng ngày, ...")
    for opening in ("Chiều cùng ngày, ", "Trong khi đó, cùng ngày, "):
        dated = _dated(BETWEEN + opening + "chính phủ Anh cho biết sẽ chuyển 600 máy thở để giúp Ấn Độ.")
        assert dated == {("AID", "GBR"): "2021-04-26"}, opening


def test_a_contact_after_the_occasion_still_takes_its_day() -> None:
    dated = _dated(BETWEEN + AID + " Thủ tướng Ấn Độ Narendra Modi đã điện đàm với Thủ tướng Anh Boris Johnson.")
    assert dated[("CONSULT", "GBR+IND")] == "2021-04-26"
    assert dated[("AID", "USA")] is None
