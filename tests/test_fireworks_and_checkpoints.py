"""Measures named in more of their words (measures.tsv): fireworks not fired for a holiday, a festival's opening
stopped, a checkpoint that seals off a patient's quarter, checkpoints kept up; from the open splits' missed
measures (stop 60), with made-up counter-examples (the corpora hold none: tests/test_review_measures60.py)."""

from __future__ import annotations

import pytest

from test_records import EPIDEMIC_LEAD as LEAD, measures, run


def test_fireworks_not_fired_for_a_holiday_are_a_crowd_not_gathered() -> None:
    # corpus (Dân trí; the second cut short): the city's chairman and a province, in stories of the epidemic.
    recs = run(LEAD, "Chủ tịch UBND TPHCM cho biết, thành phố không bắn pháo hoa dịp lễ 30/4.")
    assert [r.source for r in measures(recs, "social_distancing")] == [["VNM"]]
    recs = run(LEAD, "Mới nhất, Quảng Ninh đã quyết định: Dừng bắn pháo hoa ở tất cả các điểm trong dịp nghỉ lễ 30/4, 1/5.")
    assert [r.source for r in measures(recs, "social_distancing")] == [["VNM"]]


def test_fireworks_outside_a_story_of_the_epidemic_are_no_measure() -> None:
    # A city saving its budget, a story that names no epidemic: not a measure (needs = epidemic); in a story of the
    # epidemic, see tests/test_review_measures60.py.
    recs = run("Thành phố Đà Nẵng năm nay không bắn pháo hoa đêm giao thừa để dành kinh phí làm đường.")
    assert not measures(recs, "social_distancing")


def test_a_festival_s_opening_stopped() -> None:
    # corpus (Dân trí; cut short): "dừng tổ chức khai mạc lễ hội".
    recs = run(LEAD, "Sáng 27/4, Thường trực Tỉnh ủy Thanh Hóa vừa có quyết định thống nhất việc dừng tổ chức khai mạc "
                     "lễ hội du lịch biển Hải Tiến.")
    found = measures(recs, "social_distancing")
    assert [r.source for r in found] == [["VNM"]] and found[0].date == "2021-04-27"


def test_a_checkpoint_that_seals_off_a_patient_s_quarter_is_a_lockdown() -> None:
    # corpus (Dân trí; cut short)
    recs = run(LEAD, "Hà Nội ghi nhận thêm một ca mắc Covid-19 trong cộng đồng.",
               "Huyện Đông Anh đã lập 1 chốt cách ly khu vực nhà tập thể bệnh nhân sinh sống ở thôn Trung, xã Việt Hùng "
               "gồm 17 hộ gia đình với 73 người.")
    assert [r.source for r in measures(recs, "lockdown")] == [["VNM"]]
    # Outside a story of the epidemic the same words are no measure (needs = epidemic).
    recs = run("Hà Nội ghi nhận thêm một ca mắc mới.", "Huyện Đông Anh đã lập 1 chốt cách ly khu vực nhà tập thể bệnh "
               "nhân sinh sống ở thôn Trung, xã Việt Hùng gồm 17 hộ gia đình với 73 người.")
    assert not measures(recs, "lockdown")


def test_checkpoints_kept_up_restrict_movement() -> None:
    # after Dân trí news_health_002, a Kon Tum district put in place of its Gia Lai one and a Covid lead before it
    # ("duy trì" as "lập"): as published the story names no word of [MEASURE] epidemic_words
    # (tests/test_review_measures60.py, a strict xfail).
    recs = run(LEAD, "Tỉnh Kon Tum ghi nhận ổ dịch bạch hầu.",
               "Lực lượng Công an huyện, Bộ Chỉ huy Quân sự huyện Kon Rẫy duy trì 2 chốt kiểm soát dịch tại các tuyến "
               "đường đi vào làng Kte, để hạn chế người ra vào vùng có dịch.")
    assert [r.source for r in measures(recs, "movement_restriction")] == [["VNM"]]


@pytest.mark.xfail(strict=True, reason="older fault: states listed in a backdrop phrase ('trong bối cảnh ... ở các nước "
                   "láng giềng như: Campuchia, Lào, Thái Lan ..., tỉnh sẽ ...') are taken for the measure's source; a "
                   "fronted-phrase lead ends at the first comma, inside the list (tried at stop 60)")
def test_states_in_a_backdrop_phrase_are_not_whose_measure_it_is() -> None:
    # corpus (Dân trí)
    recs = run(LEAD, "Quảng Ninh ghi nhận thêm ca mắc mới.",
               "Tuy nhiên, theo tỉnh này, trong bối cảnh tình hình dịch Covid-19 ở các nước láng giềng như: Campuchia, "
               "Lào, Thái Lan đang có diễn biến phức tạp, tỉnh sẽ dừng bắn pháo hoa tại các điểm dự kiến trên địa bàn "
               "toàn tỉnh để đảm bảo an toàn phòng dịch.")
    assert [r.source for r in measures(recs, "social_distancing")] == [["VNM"]]
