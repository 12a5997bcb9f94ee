"""A count whose unit is named before its bare number ("Tổng số người ...: 39.191"), and what is none.

Sentences from the Ministry of Health's daily bulletins as Dân trí prints them, and two reviews' counter-examples."""

from __future__ import annotations

import pytest

from hoptac.model import Document, Paragraph
from hoptac.mentions.quantities import find_quantities
from hoptac.text.sentences import split_sentences


def _quantities(text: str) -> list[tuple[float, str, str, str]]:
    doc = Document(text=text, paragraphs=[Paragraph(" ".join(text.split()), 0, len(text))])
    find_quantities(split_sentences(doc))
    for q in doc.quantities:
        assert doc.text[q.start:q.end] == q.text
    return [(q.value, q.unit, q.qualifier, q.text) for q in doc.quantities]


@pytest.mark.parametrize("sentence, expected", [
    # the Ministry of Health's bulletin (Dân trí, April 2021)
    ("Tổng số người tiếp xúc gần và nhập cảnh từ vùng dịch đang được theo dõi sức khỏe (cách ly): 39.191, trong đó:",
     [(39191, "person", "exact", "39.191")]),
    ("Tổng số mẫu đã xét nghiệm là 2.452, trong đó có 1.134 mẫu âm tính.",
     [(2452, "sample", "exact", "2.452"), (1134, "sample", "exact", "1.134 mẫu")]),
    ("Tổng số nhân viên y tế được tiêm là khoảng 45.000, theo Sở Y tế.", [(45000, "person", "approx", "khoảng 45.000")]),
    ("Tổng số chiếc máy thở được trao là 200.", [(200, "ventilator", "exact", "200")]),
    # a final read's: a figure after an earlier link is no count of the head (only the amount read the usual way stays)
    ("Số người tử vong là 12 người với độ tuổi trung bình là 72.", [(12, "person", "exact", "12 người")]),
    ("Số mẫu xét nghiệm là 300 mẫu với tỷ lệ dương tính là 2.", [(300, "sample", "exact", "300 mẫu")]),
    ("Tổng số liều vaccine đã được tiêm: hơn 1,2 triệu.", [(1_200_000, "dose", "over", "hơn 1,2 triệu")]),
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
    # a review's counter-examples: a number cut short at its "." or ",", a clock, a phone number, a year, another
    # number's name ("số hiệu"), "một số" (some), "đồng phục" (no currency), a range, a percent, another clause's head
    "Tổng số người mắc Covid-19 tại Hà Nội là 2.452 ca, tăng mạnh.",
    "Trong đợt này, tổng số máy thở là 1.200 chiếc.",
    "Số người mắc là 2,5 lần so với tuần trước.",
    "Số người được tiêm vaccine tại Hà Nội (cập nhật lúc 18:00) tăng nhanh.",
    "Số người liên hệ đường dây nóng của Đại sứ quán: 0912 345 678",
    "Số người nhập cảnh Việt Nam cao kỷ lục là 2019, theo Tổng cục.",
    "Số máy bay chở hàng viện trợ mang số hiệu là 737.",
    "Một số người dân cho biết, số thứ tự của họ là 120.",
    "Số đồng phục bảo hộ được trao tặng là 500.",
    "Số người mắc là 30-40.",
    "Số người mắc là 15 %.",
    "Số mẫu xét nghiệm tăng gấp đôi, trong khi số ca dương tính là 35.",
    # a second review's: a block phrase of units.tsv ("hộ chiếu", "viên chức", "tàu hỏa"), a code or a phone number
    # with its leading zero, the link inside a bracket (a part's count), an age, a rate, another subject, several
    "Tổng số hộ chiếu phổ thông được cấp trong năm là 500.000, tăng 10%.",
    "Tổng số viên chức y tế được điều động hỗ trợ Bắc Giang là 1.200.",
    "Tổng số tàu hỏa chở hàng viện trợ là 3.",
    "Mã số người nộp thuế của Công ty An Phát là 0312345678.",
    "Số người liên hệ đường dây nóng của Đại sứ quán: 0912345678.",
    "Tổng số người tiếp xúc gần (cách ly tập trung: 3.120; tại nhà: 36.071) tăng.",
    "Độ tuổi trung bình của số người tử vong là 72.",
    "Số người tử vong trên 1 triệu dân tại Việt Nam là 0,4, thấp nhất khu vực.",
    "Số người nhập viện tăng mạnh trong khi công suất tối đa của bệnh viện dã chiến chỉ là 500.",
    "Số người được tiêm mũi 2 là 1.5.",
    "Số người mắc ở Hà Nội và TP HCM lần lượt là 120, 80.",
    # a final read's: a figure after an earlier link, double spaces between a guard's words, decimals and zero
    "Độ tuổi trung bình của  số người tử vong là 72.",
    "Mã  số người nộp thuế của Công ty An Phát là 312345678.",
    "Số người mắc ở Hà Nội và TP HCM lần lượt  là 120, 80.",
    "Số người nhập viện tăng mạnh trong  khi công suất của bệnh viện dã chiến chỉ là 500.",
    "Tổng số người được tiêm là 2,000.",
    "Tổng số người được tiêm là 100.00.",
    "Số người tử vong trong ngày là 0.",
])
def test_what_is_no_count_named_before_its_number(sentence: str) -> None:
    assert _quantities(sentence) == []
