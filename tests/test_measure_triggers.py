"""A case named in a fronted phrase is what set a measure off, not who undergoes it (cues.toml [MEASURE]
trigger_leads and trigger_cases, records/measure_handler.py _trigger): from the open splits' dropped measures
(stop 58), with the cases a read of the whole change found."""

from __future__ import annotations

from test_records import run


def test_a_patient_in_a_fronted_phrase_does_not_make_a_case_report() -> None:
    # corpus (Dân trí): the alley is locked down because of patient 2910; the city acts.
    recs = run("TPHCM ghi nhận thêm ca mắc Covid-19 trong cộng đồng.",
               "Liên quan đến bệnh nhân 2910, tối 29/4, cơ quan chức năng TPHCM cũng đã nhanh chóng phong tỏa hẻm 20 "
               "đường Phạm Đăng Giảng, quận Bình Tân.")
    lockdowns = [r for r in recs if r.type == "MEASURE" and r.measure == "lockdown"]
    assert lockdowns and lockdowns[0].source == ["VNM"]
    # Without the fronted phrase the patient is the one the clause reports on: a case, no measure.
    recs = run("TPHCM ghi nhận thêm ca mắc Covid-19 trong cộng đồng.",
               "Bệnh nhân 2910 đã được cơ quan chức năng TPHCM cách ly tập trung.")
    assert not [r for r in recs if r.type == "MEASURE"]


def test_the_trigger_counts_nothing_of_the_measure() -> None:
    # corpus (Dân trí): the 3 positive samples set the testing off; the village's people are what it covers.
    recs = run("Hà Nam ghi nhận thêm ca mắc Covid-19 trong cộng đồng.",
               "Sau khi ghi nhận 3 mẫu bệnh phẩm dương tính với SARS-CoV-2, lực lượng chức năng đã khẩn trương lấy mẫu "
               "xét nghiệm toàn bộ người dân thôn Thọ Lão, gồm 352 hộ dân với 1.166 nhân khẩu.")
    tests = [r for r in recs if r.type == "MEASURE" and r.measure == "testing"]
    assert tests
    values = {q.value for r in tests for q in r.quantities}
    assert 1166 in values and 3 not in values


def test_a_quarantine_area_named_is_no_measure() -> None:
    # corpus (Dân trí): with the trigger phrase set aside, the place a disinfection covers must not read as one.
    recs = run("Hà Tĩnh ghi nhận thêm 3 ca mắc Covid-19.",
               "Sau khi có kết quả của 3 bệnh nhân nói trên, các lực lượng chức năng đã tiến hành khử khuẩn khu vực "
               "cách ly tập trung khu KTX Mitraco.")
    assert not [r for r in recs if r.type == "MEASURE" and r.measure == "quarantine"]


def test_other_leads_and_a_result_of_the_named_case() -> None:
    # "ngay khi" and "liên quan tới" open a trigger too; a result of the case the phrase names is the trigger's.
    recs = run(LEAD, "Ngay khi có thông tin ca bệnh 2910, cơ quan chức năng TPHCM đã phong tỏa hẻm 20 đường Phạm Đăng "
                     "Giảng.")
    assert [r for r in recs if r.type == "MEASURE" and r.measure == "lockdown"]
    recs = run(LEAD, "Liên quan tới bệnh nhân 2910, cơ quan chức năng TPHCM đã phong tỏa hẻm 20 đường Phạm Đăng Giảng.")
    assert [r for r in recs if r.type == "MEASURE" and r.measure == "lockdown"]
    recs = run(LEAD, "Ngày 29/4, sau khi bệnh nhân 2899 có kết quả dương tính, TPHCM đã phong tỏa khu phố Bình Tân.")
    assert [r for r in recs if r.type == "MEASURE" and r.measure == "lockdown"]


def test_the_named_case_counts_nothing_even_beside_contacts() -> None:
    # The measure's own count after the phrase stands alone; the 3 positive samples never count.
    recs = run(LEAD, "Sau khi ghi nhận 3 mẫu bệnh phẩm dương tính và truy vết 20 trường hợp F1, TPHCM đã phong tỏa 2 khu "
                     "phố với 1.500 nhân khẩu.")
    lockdowns = [r for r in recs if r.type == "MEASURE" and r.measure == "lockdown"]
    assert lockdowns
    values = {q.value for r in lockdowns for q in r.quantities}
    assert 3 not in values and 20 not in values and 1500 in values


LEAD = "TPHCM ghi nhận thêm ca mắc Covid-19 trong cộng đồng."
