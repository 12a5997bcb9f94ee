"""Quantities: Vietnamese number notation, units, qualifiers, items, and what is not a quantity."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.model import Document, Paragraph
from hoptac.mentions.quantities import find_quantities, parse_number
from hoptac.text.sentences import split_sentences


def _qs(text: str) -> list[dict]:
    doc = Document(text=text, paragraphs=[Paragraph(" ".join(text.split()), 0, len(text))])
    find_quantities(split_sentences(doc))
    for q in doc.quantities:
        assert doc.text[q.start : q.end] == q.text
        assert q.sentence >= 0
    return [q.to_json() for q in doc.quantities]


def Q(value: float, unit: str, qualifier: str = "exact", item: str | None = None) -> dict:
    return {"value": value, "unit": unit, "qualifier": qualifier, "item": item}


# Real sentences from the corpora and the seeds.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Chính phủ Mỹ công bố các gói hỗ trợ lớn như gói cứu trợ kinh tế hơn 2 nghìn tỷ USD và gói hỗ trợ quốc tế trị giá 270 triệu USD.",
         [Q(2_000_000_000_000, "USD", "over"), Q(270_000_000, "USD")]),
        ("Ấn Độ đưa ra gói cứu trợ trị giá hơn 22 tỷ USD chủ yếu dành cho các đối tượng bị ảnh hưởng.", [Q(22_000_000_000, "USD", "over")]),
        ("ASEAN hoan nghênh việc Mỹ trợ giúp gần 19 triệu USD cho các nước ASEAN.", [Q(19_000_000, "USD", "approx")]),
        ("Một lô hàng từ Anh gồm 100 máy thở, 95 máy tạo ôxy đã được đưa tới New Delhi, theo hãng tin ANI.",
         [Q(100, "ventilator"), Q(95, "oxygen_concentrator")]),
        ("Máy bay vận tải Mỹ chở theo 440 bình ôxy và bộ điều chỉnh, 960.000 bộ xét nghiệm Covid-19 nhanh, 100.000 khẩu trang N95.",
         [Q(440, "oxygen_cylinder"), Q(960_000, "test_kit"), Q(100_000, "mask")]),
        ("New Delhi dự kiến sẽ nhận phần lớn nhất trong số 60 triệu liều vắc xin AstraZeneca Covid-19 mà Mỹ sẽ chia sẻ trên toàn cầu.",
         [Q(60_000_000, "dose", item="vắc xin AstraZeneca Covid-19")]),
        ("Washington sẽ cung cấp gói viện trợ trị giá hơn 100 triệu USD trong những ngày tới để cứu trợ khẩn cấp cho Ấn Độ.", [Q(100_000_000, "USD", "over")]),
        ("Ấn Độ có thể sẽ nhận được một phần trong số hàng triệu liều vắc xin AstraZeneca mà Mỹ thông báo sẽ xuất khẩu.",
         [Q(1_000_000, "dose", "over", "vắc xin AstraZeneca")]),
        ("Sumitomo Life chi thêm 4.012 tỷ đồng (tương đương 173 triệu USD) để mua thêm 41.436.330 cổ phần BVH.", [Q(4_012_000_000_000, "VND")]),
        ("Dự án có tổng vốn đầu tư là 434,25 tỉ đồng (tương đương 19.351.600 USD).", [Q(434_250_000_000, "VND")]),
        ("Gói cứu trợ của Nga gồm 20 máy tạo ôxy, 75 máy thở, 150 máy theo dõi y tế, 200.000 gói thuốc.",
         [Q(20, "oxygen_concentrator"), Q(75, "ventilator")]),
        ("Cùng ngày, chính phủ Anh cho biết, nước này sẽ chuyển hơn 600 thiết bị y tế, trong đó có máy thở.",
         [Q(600, "device", "over", "y tế")]),
        ("Hiện toàn thôn gồm 320 hộ với 1.068 nhân khẩu đang tạm thời phong tỏa, cách ly.",
         [Q(320, "household"), Q(1068, "person")]),
    ],
)
def test_corpus_sentences(sentence: str, expected: list[dict]) -> None:
    assert _qs(sentence) == expected


# Real sentences that hold numbers but no quantity of a known unit.
@pytest.mark.parametrize(
    "sentence",
    [
        "Số thu ngân sách trong 8 tháng đầu năm chỉ đạt 53,17% dự toán năm 2020, giảm gần 16% so với cùng kỳ năm 2019.",
        "SL Nghệ An đã phải nhận thất bại nặng nề với tỷ số 1-3 trước Hải Phòng ở vòng 13 V-League 2020.",
        "Liên hệ ông Mã Chí Thọ, số điện thoại: 0939.231.868.",
        "Giá tại TP.HCM được niêm yết ở 55,46 - 55,83 triệu đồng/lượng (mua - bán).",
        "Thứ trưởng có cuộc điện đàm lần thứ 2 với lãnh đạo các nước về dịch COVID-19 ngày 27/3.",
        "New Zealand tập trung vào 3 nhóm biện pháp gồm bảo đảm nguồn cung ứng trang thiết bị.",
        "Thực hiện Nghị quyết 18-NQ/TW và Chỉ thị 13/CT-TTg, nhiệm kỳ 2020-2025 có 3 đồng chí được bầu.",
        "Giá vàng thế giới giao dịch ở mức 1.770,2 USD/ounce.",
    ],
)
def test_no_quantities(sentence: str) -> None:
    assert _qs(sentence) == []


@pytest.mark.parametrize(
    "text, value",
    [("500.000", 500_000), ("1,3", 1.3), ("3.5", 3.5), ("1.113.673", 1_113_673), ("2.000", 2000), ("30", 30), ("1.000,5", 1000.5)],
)
def test_parse_number(text: str, value: float) -> None:
    assert float(parse_number(text)) == value


def test_scales_and_notation() -> None:
    got = _qs("Gồm 1,3 triệu đồng, 2.000 tỷ đồng, 1 tỉ đồng, 3,5 tỷ đồng, 1.113.673 tỷ đồng, 3.5 triệu USD, 2 tỷ 500 triệu đồng, 50 nghìn nhân dân tệ, 2 ngàn USD.")
    assert [(q["value"], q["unit"]) for q in got] == [
        (1_300_000, "VND"), (2_000_000_000_000, "VND"), (1_000_000_000, "VND"), (3_500_000_000, "VND"),
        (1_113_673_000_000_000, "VND"), (3_500_000, "USD"), (2_500_000_000, "VND"), (50_000, "CNY"), (2000, "USD"),
    ]


def test_currencies() -> None:
    got = _qs("Viện trợ 5 triệu đô la Mỹ, 3 triệu đôla, 2 triệu đô la Úc, 1 triệu AUD, 4 triệu euro, 6 triệu €, 7 tỷ yên, 8 triệu bảng Anh, 9 tỷ won, 10 triệu VNĐ, USD 5 triệu, $2 triệu.")
    assert [q["unit"] for q in got] == ["USD", "USD", "AUD", "AUD", "EUR", "EUR", "JPY", "GBP", "KRW", "VND", "USD", "USD"]
    assert got[-2]["value"] == 5_000_000


def test_count_units_items_and_words() -> None:
    got = _qs("Nhật Bản tặng mười máy thở, hai chiếc máy thở, 500.000 bộ xét nghiệm, 10 triệu liều vaccine AstraZeneca của Anh, 5 tấn gạo cho Lào, hàng trăm nghìn khẩu trang.")
    assert got == [
        Q(10, "ventilator"), Q(2, "ventilator"), Q(500_000, "test_kit"),
        Q(10_000_000, "dose", item="vaccine AstraZeneca"), Q(5, "tonne", item="gạo"), Q(100_000, "mask", "over"),
    ]


def test_qualifiers() -> None:
    got = _qs("Gồm khoảng 5 tấn thuốc, xấp xỉ 3 triệu USD, dưới 2 tỷ đồng, chưa đến 5 tấn, trên 1 triệu liều, 5 triệu USD trở lên, ước tính 4 triệu USD.")
    assert [q["qualifier"] for q in got] == ["approx", "approx", "under", "under", "over", "over", "approx"]


def test_range_is_lower_end_approx() -> None:
    assert _qs("Giá khoảng 12-13 triệu đồng.") == [Q(12_000_000, "VND", "approx")]


def test_bracketed_conversion_is_not_a_second_quantity() -> None:
    assert _qs("Hàn Quốc viện trợ 5 tỷ đồng (khoảng 217.000 USD) cho Việt Nam.") == [Q(5_000_000_000, "VND")]
    # two amounts joined by "và" are two quantities
    assert len(_qs("Mỹ viện trợ 5 triệu USD và 3 triệu EUR.")) == 2


def test_year_after_currency_code_is_not_an_amount() -> None:
    assert _qs("Giá 960.165 USD (tương đương 1,7 triệu USD nếu đổi ra tỷ giá USD 2017).") == [Q(960_165, "USD")]


def test_nfd_and_nbsp() -> None:
    text = unicodedata.normalize("NFD", "Úc viện trợ hơn 2,5\u00a0triệu\u00a0liều vắc-xin và 300\u00a0máy thở.")
    got = _qs(text)
    assert [(q["value"], q["unit"], q["qualifier"]) for q in got] == [(2_500_000, "dose", "over"), (300, "ventilator", "exact")]


def test_a_classifier_between_number_and_unit() -> None:
    # "lượt" counts visits or heads: "hơn 250 lượt lưu học sinh" is 250 students.
    got = _qs("Ngoài ra, đã có hơn 250 lượt lưu học sinh Lào, Campuchia, Cuba được đào tạo tại học viện.")
    assert [(q["value"], q["unit"], q["qualifier"]) for q in got] == [(250, "student", "over")]


_AMOUNT_PIECES = ["Hơn", "hơn", "khoảng", "KHOẢNG", "hàng", "vài", "một", "Hai", "NĂM", "nửa", "1", "2.000", "3,5",
                  "12-13", "triệu", "tỷ", "nghìn", "USD", "đồng", "liều", "người", "vaccine", "chiếc", "trên", "ſ",
                  "İ", " ", " ", "-", "/", ",", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_AMOUNT_PIECES), max_size=14).map(" ".join))
def test_the_main_pattern_s_word_start_and_first_letter_gates_lose_no_match(text: str) -> None:
    import re

    from hoptac.mentions.quantities import _lex

    main = _lex().main
    # the shipped word lists are all non-empty: the lookbehind (no letter or digit before) and lookahead are on
    assert main.pattern.startswith(r"(?<![^\W_])(?=[\d")
    gates = main.pattern.index("])", main.pattern.index("(?=[")) + 2
    without = re.compile(main.pattern[gates:], main.flags)  # neither of the two
    for t in (text, text.replace(" ", "")):
        assert [(m.span(), m.groupdict()) for m in main.finditer(t)] == \
            [(m.span(), m.groupdict()) for m in without.finditer(t)]
