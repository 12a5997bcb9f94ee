"""Review of 8c38b37 (cues.toml [MEASURE] trigger_leads, records/measure_handler.py _trigger_end): cases the
fronted-phrase rule got wrong. Each test fails at 8c38b37 for the reason in its comment; the narrowing after the review
(trigger_cases, contact counts kept, a day before the lead, a comma between digits) passes all but the last, which is
older count selection and stays a strict xfail."""

from __future__ import annotations

import pytest
from test_records import measures, run

LEAD = "TPHCM ghi nhận thêm ca mắc Covid-19 trong cộng đồng."


def test_a_count_in_the_fronted_phrase_can_be_what_the_measure_covers() -> None:
    # Regression: the 56 F1s traced in the phrase are the ones quarantined ("toàn bộ"). The parent records
    # quantity 56; 8c38b37 starts counting at the phrase's comma even when the phrase holds no case at all.
    recs = run(LEAD, "Sau khi truy vết 56 trường hợp F1 của bệnh nhân 2910, TPHCM đã lấy mẫu xét nghiệm và cách ly "
                     "tập trung toàn bộ.")
    quarantines = measures(recs, "quarantine")
    assert quarantines
    assert 56 in {q.value for r in quarantines for q in r.quantities}


def test_a_positive_result_in_the_phrase_is_the_result_of_who_undergoes_the_measure() -> None:
    # Regression: "có kết quả dương tính" is the isolated person's own result, so the clause is one case's
    # isolation (guide: one patient is no MEASURE). The parent drops both as case reports; 8c38b37 records them.
    # (adapted from Dân trí news_health_232: "Ngay khi tiếp nhận thông tin ca bệnh 2928, cơ quan chức năng đã lập
    # tức đưa nữ bệnh nhân đi cách ly tập trung ...")
    recs = run(LEAD, "Ngay khi có kết quả dương tính với SARS-CoV-2, cơ quan chức năng đã lập tức đưa đi cách ly tập "
                     "trung trong tình trạng sức khỏe ổn định.")
    assert not measures(recs, "quarantine")
    recs = run(LEAD, "Sau khi có kết quả dương tính với SARS-CoV-2, người đàn ông này đã được Sở Y tế TPHCM cách ly "
                     "tập trung.")
    assert not measures(recs, "quarantine")


def test_a_comma_inside_the_fronted_phrase_does_not_end_it() -> None:
    # Gap (same at the parent): the phrase is cut at its first comma, here a decimal comma, so "dương tính"
    # after it still makes a case report and the lockdown is dropped.
    recs = run(LEAD, "Sau khi xét nghiệm 1,2 nghìn mẫu phát hiện 3 ca dương tính với SARS-CoV-2, Hà Nội đã phong tỏa "
                     "khu phố.")
    assert measures(recs, "lockdown")


def test_a_trigger_phrase_after_a_fronted_date() -> None:
    # Gap (same at the parent): the commit's own Dân trí sentence with the time first, the common order
    # ("Ngày 29/4, sau khi BN2899 có kết quả dương tính ..."): the lead must open the clause, so the case word
    # still drops the lockdown.
    recs = run(LEAD, "Tối 29/4, liên quan đến bệnh nhân 2910, cơ quan chức năng TPHCM đã phong tỏa hẻm 20 đường Phạm "
                     "Đăng Giảng, quận Bình Tân.")
    assert measures(recs, "lockdown")


@pytest.mark.xfail(strict=True, reason="the measure's counts are chosen in records/measure_handler._counted, as before "
                   "8c38b37: a breakdown after 'bao gồm' in brackets and another group after the measure in its "
                   "clause still count; 8c38b37 only lets this sentence reach it")
def test_the_quarantined_f1s_and_not_their_breakdown_or_another_group() -> None:
    # Dân trí news_health_268, a record 8c38b37 changes: the 11 F1s are quarantined; "10 người cùng đoàn" is
    # their breakdown in brackets and the 5 others were not quarantined. 8c38b37 gives 11, 10 and 5.
    recs = run("Yên Bái ghi nhận ca dương tính với SARS-CoV-2 đầu tiên.",
               "Ngay sau khi phát hiện ca dương tính trên, UBND tỉnh Yên Bái đã lập tức chỉ đạo Sở Y tế, UBND TP Yên "
               "Bái và các đơn vị liên quan tiến hành giám sát và triển khai ngay các biện pháp rà soát các trường hợp "
               "tiếp xúc gần (có 11 trường hợp F1, bao gồm: 10 người cùng đoàn, 1 nhân viên khách sạn), đã được cách "
               "ly tập trung tại khách sạn, 5 trường hợp liên quan là 3 lái xe và 2 nhân viên y tế đã thực hiện các "
               "biện pháp phòng chống dịch theo quy định.")
    quarantines = measures(recs, "quarantine")
    assert quarantines
    assert {q.value for r in quarantines for q in r.quantities} == {11}
