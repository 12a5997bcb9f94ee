"""The lead before the first dated sentence (records/occasions.py `_day_after_lead`): from the open splits' date errors
(stop 57), where a lead that states the act without its day comes before the sentence that dates it without opening on
it ("Phát biểu với báo giới ngày 22/5, ..."). The guide: a lead sentence that comes before the dated sentence still
belongs to the occasion."""

from __future__ import annotations

from test_records import find, run

LEAD = "Bộ trưởng Kinh tế Pháp và Đức cam kết đẩy nhanh tiến trình hội nhập châu Âu."
DATED = "Phát biểu với báo giới ngày 22/5, Bộ trưởng Kinh tế Pháp Bruno Le Maire cho biết hai nước sẽ lập một ủy ban."


def test_a_lead_before_the_dated_sentence_takes_its_day() -> None:
    # Báo Mới, no publication date: a day written without a year.
    agree = find(run(LEAD, DATED, published=None), "AGREE", participants=["FRA", "DEU"])
    assert agree.date == "XXXX-05-22" and "ngày 22/5" in agree.date_reason
    # With a publication date, a day shortly before it.
    agree = find(run(LEAD, DATED, published="2017-05-23T08:00:00+07:00"), "AGREE", participants=["FRA", "DEU"])
    assert agree.date == "2017-05-22"


def test_only_a_near_day_of_the_first_sentences_dates_the_lead() -> None:
    # A day long before publication is a backdrop, not the report's occasion; one after it is a plan.
    for published in ("2017-08-30T08:00:00+07:00", "2017-05-20T08:00:00+07:00"):
        agree = find(run(LEAD, DATED, published=published), "AGREE", participants=["FRA", "DEU"])
        assert agree.date is None
    # With no publication date, a day written with its year names a backdrop too.
    dated = DATED.replace("ngày 22/5", "ngày 22/5/2015")
    assert find(run(LEAD, dated, published=None), "AGREE", participants=["FRA", "DEU"]).date is None
    # A day past the first sentences dates nothing before it.
    filler = "Đây là thông tin được nhiều tờ báo châu Âu đăng tải."
    recs = run(LEAD, filler, filler, DATED, published=None)
    assert find(recs, "AGREE", participants=["FRA", "DEU"]).date is None


def test_what_follows_the_dated_sentence_is_not_dated_by_it() -> None:
    later = "Hai nước cũng cam kết hợp tác chặt chẽ về quốc phòng."
    recs = run("Báo chí châu Âu đưa tin về quan hệ Pháp - Đức.", DATED, later, published=None)
    after = [r for r in recs if r.mentions and r.mentions[0].sentence == 2]
    assert after and all(r.date is None for r in after)


def test_a_measure_in_the_lead_is_dated_by_its_own_rules() -> None:
    # cues.toml [context] lead_day_types: a measure takes the day it takes effect or was ordered, not the report's.
    recs = run("TP Hải Phòng không tổ chức Lễ hội Hoa phượng đỏ 2021 để phòng chống dịch Covid-19.",
               "Báo Hải Phòng ngày 27/4 đưa tin về các hoạt động phòng chống dịch Covid-19 của thành phố.")
    measure = find(recs, "MEASURE", source=["VNM"])
    assert measure.mentions[0].sentence == 0 and measure.date is None

