"""A year that closes a period of days (no "since" or "until"), and a count whose unit is named before its number.

Sentences from the Báo Mới articles of 2017 (no publication date) and from the Ministry of Health's daily bulletins
as Dân trí prints them."""

from __future__ import annotations

import pytest

from hoptac.model import Document, Paragraph
from hoptac.mentions.dates import find_dates
from hoptac.mentions.quantities import find_quantities
from hoptac.text.sentences import split_sentences


def _dates(text: str) -> list[tuple[str, str | None]]:
    doc = Document(text=text, paragraphs=[Paragraph(" ".join(text.split()), 0, len(text))])
    find_dates(split_sentences(doc))
    return [(d.text, d.value) for d in doc.dates]


def _quantities(text: str) -> list[tuple[float, str, str, str]]:
    doc = Document(text=text, paragraphs=[Paragraph(" ".join(text.split()), 0, len(text))])
    find_quantities(split_sentences(doc))
    for q in doc.quantities:
        assert doc.text[q.start:q.end] == q.text
    return [(q.value, q.unit, q.qualifier, q.text) for q in doc.quantities]


@pytest.mark.parametrize("period", [
    # corpus: a state visit's days, the year written once at their end
    "Tổng thống Cộng hòa Séc Milos Zeman và Phu nhân sang thăm cấp Nhà nước tới Việt Nam từ ngày 6 - 8/6/2017.",
    "Đoàn bắt đầu thăm chính thức Việt Nam từ ngày 17/6 đến ngày 22/6/2017, theo lời mời của Chủ tịch Quốc hội.",
    "Chương trình diễn ra từ tháng 3 đến tháng 5/2017 tại ba tỉnh biên giới.",
])
def test_a_year_closing_a_period_of_days_dates_the_story(period: str) -> None:
    # "từ" and "đến" bound the visit's days here: the year is the story's (it was read as "since" or "until",
    # a backdrop, and the story's days stayed without a year)
    found = _dates(period + " Tối 7/6, Chủ tịch nước chủ trì tiệc chiêu đãi.")
    assert found[-1] == ("Tối 7/6", "2017-06-07")


@pytest.mark.parametrize("backdrop", [
    "Hiệp định có hiệu lực từ ngày 1/1/2015 đến ngày 31/12/2016.",  # both ends have their year: a span of the past
    "Lực lượng này đã kiểm soát thành phố từ tháng 9/2014.",  # since
    "Lệnh cấm vận kéo dài đến hết ngày 31/1/2016.",  # until
])
def test_since_until_and_a_span_with_both_years_still_fix_no_year(backdrop: str) -> None:
    assert _dates("Tối 7/6, Chủ tịch nước chủ trì tiệc chiêu đãi. " + backdrop)[0] == ("Tối 7/6", "XXXX-06-07")


@pytest.mark.parametrize("sentence, expected", [
    # the Ministry of Health's bulletin (Dân trí, April 2021)
    ("Tổng số người tiếp xúc gần và nhập cảnh từ vùng dịch đang được theo dõi sức khỏe (cách ly): 39.191, trong đó:",
     [(39191, "person", "exact", "39.191")]),
    ("Tổng số mẫu đã xét nghiệm là 2.452, trong đó có 1.134 mẫu âm tính.",
     [(2452, "sample", "exact", "2.452"), (1134, "sample", "exact", "1.134 mẫu")]),
    ("Tổng số nhân viên y tế được tiêm là khoảng 45.000, theo Sở Y tế.", [(45000, "person", "approx", "khoảng 45.000")]),
    # a number followed by its own unit is read the usual way, once
    ("Số trường hợp F2 đã điều tra được là 1.128 trường hợp, hiện đang cách ly tại nhà.",
     [(1128, "person", "exact", "1.128 trường hợp")]),
])
def test_a_count_named_before_its_bare_number(sentence: str, expected: list) -> None:
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Số điện thoại đường dây nóng là 19009095.",  # no unit named
    "Tổng số người nhiễm tăng 20% so với tuần trước.",  # no link to a number
    "Số người tham gia là 30 đoàn viên.",  # a word after the number (no unit of units.tsv): not a bare count
    "Tổng số người được tiêm: năm 2021 là đợt đầu.",  # a year is no count
])
def test_what_is_no_count_named_before_its_number(sentence: str) -> None:
    assert _quantities(sentence) == []
