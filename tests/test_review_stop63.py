"""Review of stop 63 (person units, staff verbs, the lead's state, places after an origin word).

Corpus sentences are Dân trí's (2021), shortened, each marked with its article; made-up sentences say so. Each test
asserts what the annotation guide asks, and fails on the change for the reason its comment gives.
"""

from __future__ import annotations

import pytest

from hoptac import extract

# (an epidemic story that names no measure and no other state: what the tests' sentences are read in)
EPIDEMIC = "Bộ Y tế thông tin về tình hình dịch Covid-19 trong nước, các địa phương tiếp tục phòng, chống dịch bệnh. "


def _measures(text: str, published: str = "2021-04-30") -> list[tuple[str | None, list[str], str | None,
                                                                        list[tuple[float, str]]]]:
    doc = extract(text, published=published)
    return [(r.measure, list(r.source), r.date, [(q.value, q.unit) for q in r.quantities])
            for r in doc.records if r.type == "MEASURE"]


# -- a body named only as the owner or the origin of a rule does not make a sentence a state's measure ---------------
# The change makes a body or a province a place whatever word stands before it (measure_source.as_place), inside the
# sentence too: "thông điệp 5K của Bộ Y tế", "yêu cầu ... của UBND tỉnh Quảng Nam" now give the sentence its state,
# and routine compliance rules (guide, Amendments, Measures: "masks, 5K, distance ... are no MEASURE") and advice only
# explained become records.

@pytest.mark.parametrize("sentence", [
    # corpus (news_health_071, also news_society_040): guidance for people after quarantine, explained
    "Hạn chế tiếp xúc với người xung quanh, đến nơi đông người, thường xuyên thực hiện các biện pháp phòng chống dịch "
    "bệnh theo thông điệp 5K của Bộ Y tế.",
    # corpus (news_society_230): a mask rule and 5K
    "Các tỉnh, thành phố trực thuộc Trung ương thực hiện ngay yêu cầu bắt buộc đeo khẩu trang khi ra khỏi nhà và "
    "thực hiện nghiêm yêu cầu 5K của Bộ Y tế.",
    # corpus (news_travel_098, shortened): tourists keep the mask rule
    "Sau khi có yêu cầu bắt buộc đeo khẩu trang nơi công cộng của UBND tỉnh Quảng Nam, hầu hết du khách khi tham "
    "quan phố cổ Hội An đều chấp hành nghiêm túc.",
])
def test_masks_and_5k_owned_by_a_body_are_no_measure(sentence: str) -> None:
    assert _measures(EPIDEMIC + sentence) == []


def test_a_closure_is_dated_by_the_day_it_takes_effect_not_by_its_order() -> None:
    # corpus (news_society_131, shortened): Hà Nội's bars and discos close from 30/4; the disco "closed after the rule
    # UBND TP. Hà Nội issued yesterday" is the same closure, not a second one dated 29/4 (guide: "A measure is dated
    # by the day it takes effect when the text gives it"). "từ UBND TP. Hà Nội" now places the sentence in VNM.
    text = (EPIDEMIC + "Các cơ sở kinh doanh dịch vụ karaoke, quán bar, vũ trường trên địa bàn Hà Nội thực hiện việc "
            "tạm dừng hoạt động bắt đầu từ ngày 30/4. Ghi nhận trong tối nay, một số quán bar nhỏ trên phố Tạ Hiện "
            "đóng cửa, không hoạt động. Vũ trường nằm trên phố Lương Ngọc Quyến đã đóng cửa tạm dừng hoạt động sau "
            "khi có quy định từ UBND TP. Hà Nội đưa ra ngày hôm qua.")
    dates = [d for m, _s, d, _q in _measures(text) if m == "business_closure"]
    assert dates == ["2021-04-30"], dates


def test_one_patients_home_isolation_in_a_case_report_is_no_measure() -> None:
    # corpus (news_health_171): one returnee's itinerary in a case report; "từ Đà Nẵng về Hà Nam" now names VNM as
    # the place, and the patient's own isolation becomes a state's measure (the project's [MEASURE] case_words and
    # individual: a case report and one person who undergoes it are no measure)
    text = (EPIDEMIC + "Ngày 21/4, sau khi hết cách ly tập trung và có kết quả xét nghiệm 3 lần âm tính với virus "
            "SARS-CoV-2, bệnh nhân có đi xe khách từ Đà Nẵng về Hà Nam cách ly tại nơi lưu trú.")
    assert _measures(text) == []


def test_a_foreign_province_named_as_an_origin_does_not_take_the_measure() -> None:
    # made up, after news_health_030: the returnees came from a Chinese province; the quarantine is where they are
    # (Hà Tĩnh), never China's. as_place exempts every province, a foreign one after "về từ" too, so the sentence's
    # one "place" is CHN (the parent gave no source rather than a wrong one)
    text = ("Chiều tối 30/4, thông tin từ Sở Y tế Hà Tĩnh, kết quả xét nghiệm các công dân tại khu cách ly tập trung "
            "đã ghi nhận 3 trường hợp dương tính với vi-rút SARS-CoV-2. Sau khi nhập cảnh, toàn bộ hành khách về từ "
            "tỉnh Quảng Tây phải cách ly tập trung 14 ngày để phòng dịch Covid-19.")
    found = _measures(text)
    assert not any("CHN" in s for _m, s, _d, _q in found), found


def test_the_lead_does_not_outweigh_the_place_the_story_has_moved_to() -> None:
    # made up, in the shape of Dân trí's border reports (news_health_197): the lead is Cambodia's outbreak, the next
    # sentences are An Giang's; the group caught crossing is quarantined in Việt Nam, not by Cambodia
    text = ("Ngày 30/4, Campuchia ghi nhận thêm 880 ca mắc Covid-19 mới, mức cao nhất từ trước đến nay. Cùng ngày, "
            "Bộ đội Biên phòng tỉnh An Giang phát hiện 5 người nhập cảnh trái phép từ Campuchia về. Cả 5 người đều có "
            "kết quả âm tính lần 1 với SARS-CoV-2. Đến khoảng 21h ngày 30/4, nhóm người này được đưa về cách ly tập "
            "trung tại Trường Quân sự.")
    found = _measures(text)
    assert not any("KHM" in s for _m, s, _d, _q in found), found


# -- person units: a count of staff is not a count of the people a measure covers -----------------------------------

@pytest.mark.xfail(strict=True, reason="older: a breakdown after 'bao gồm:' and a count of the next clause are read as "
                                       "the quarantine's (the parent counted the 10 and the 5 already); the person units "
                                       "of stop 63 add two more of the same. 'bao gồm' as a [MEASURE] count_breakdown word "
                                       "lost a right record on the open sets")
def test_the_count_of_a_breakdown_and_of_staff_not_quarantined_is_no_quantity() -> None:
    # corpus (news_health_268, shortened): 11 F1 quarantined (10 + 1 their breakdown); 3 drivers and 2 medical staff
    # only took precautions. The new units add "1 nhân viên khách sạn" and "2 nhân viên y tế" as counts of the
    # quarantine (guide: counts of the people a measure covers)
    text = (EPIDEMIC + "Ngay sau khi phát hiện ca dương tính trên, UBND tỉnh Yên Bái đã chỉ đạo rà soát các trường hợp "
            "tiếp xúc gần (có 11 trường hợp F1, bao gồm: 10 người cùng đoàn, 1 nhân viên khách sạn), đã được cách ly "
            "tập trung tại khách sạn, 5 trường hợp liên quan là 3 lái xe và 2 nhân viên y tế đã thực hiện các biện "
            "pháp phòng chống dịch theo quy định.")
    quarantine = [q for m, _s, _d, q in _measures(text) if m == "quarantine"]
    assert quarantine and all((2.0, "person") not in q and (1.0, "person") not in q for q in quarantine), quarantine


def test_staff_who_take_part_are_not_the_people_tested() -> None:
    # made up: the 300 staff take the samples of 2,903 residents; "cán bộ" is now a person unit and no staff verb
    # stands before the count, so the staff become a count of the testing
    text = (EPIDEMIC + "Ngày 30/4, Hà Nam đã lấy mẫu xét nghiệm cho 2.903 người dân với sự tham gia của 300 cán bộ "
            "y tế.")
    assert ("testing", ["VNM"], "2021-04-30", [(2903.0, "person")]) in _measures(text)


def test_staff_mobilised_with_more_are_not_the_count() -> None:
    # made up, after news_health_124 and news_society_082 ("tăng cường thêm 20 cán bộ"): "thêm" between the staff
    # verb and the count defeats the check, which asks for the count right after the verb
    text = ("Sở Y tế tỉnh Hà Nam đã huy động thêm 40 cán bộ xét nghiệm tổ chức lấy mẫu xét nghiệm cho 2.903 người tại "
            "các thôn bị cách ly.")
    found = [(m, q) for m, _s, _d, q in _measures(text)]
    assert ("testing", [(2903.0, "person")]) in found, found


# -- staff verbs: a count after them is the staff only when it counts staff ----------------------------------------

@pytest.mark.parametrize(("sentence", "measure", "count"), [
    # made up: residents mobilised to come and be tested are what the testing covers (the parent counted them)
    ("TP Hải Dương đã huy động 3.000 người dân đến các điểm lấy mẫu xét nghiệm Covid-19 trong ngày 30/4.",
     "testing", 3000.0),
    # made up: returnees placed into quarantine are what it covers (the parent counted them)
    ("Tỉnh Quảng Ninh đã tiếp nhận và bố trí 250 người về cách ly tập trung tại Trường Quân sự tỉnh.",
     "quarantine", 250.0),
])
def test_people_placed_or_mobilised_into_a_measure_are_its_count(sentence: str, measure: str, count: float) -> None:
    found = [(m, q) for m, _s, _d, q in _measures(sentence)]
    assert any(m == measure and (count, "person") in q for m, q in found), found
