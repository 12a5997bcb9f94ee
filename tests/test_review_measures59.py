"""Review of stop 59 (ba5b948): counter-examples to the widened closures, the people moved into quarantine and the
day that ends an act's span, each a short sentence quoted or lightly reworded from the corpora (Dân trí 2021, Báo
Mới 2017). Each fails on ba5b948 and asks what the annotation guide demands."""

from __future__ import annotations

import pytest

from test_records import EPIDEMIC_LEAD as LEAD, measures, run


def test_venues_not_stopped_with_ngung_are_no_closure() -> None:
    # Reworded from Dân trí (news_society_260, "... karaoke, vũ trường, quán bar, beer club sẽ phải tạm dừng hoạt
    # động"): "ngưng" was added to CLOSE as "ngừng", but not to CLOSING_DENIED, so "không ngưng" / "chưa ngưng"
    # (the venues NOT stopped) now read as a closure, where "không ngừng" gives none.
    recs = run(LEAD, "Tại TP.HCM, các quán bar, vũ trường vẫn không ngưng hoạt động.")
    assert not measures(recs, "business_closure")
    recs = run(LEAD, "Tại Bà Rịa - Vũng Tàu, các dịch vụ như karaoke, vũ trường, quán bar chưa ngưng hoạt động.")
    assert not measures(recs, "business_closure")


def test_business_stalled_by_the_epidemic_is_no_closure() -> None:
    # Reworded from Dân trí (news_travel_034, "Các biện pháp chống dịch ... cũng làm ngưng trệ toàn bộ mảng du lịch
    # quốc tế"): "ngưng trệ" (stagnate) is no closing verb; the epidemic's effect on trade is no state's measure.
    recs = run(LEAD, "Tại Thái Lan, các biện pháp chống dịch cũng làm ngưng trệ hoạt động kinh doanh của nhiều doanh "
                     "nghiệp du lịch.")
    assert not measures(recs, "business_closure")


def test_a_market_s_usual_closing_hour_is_no_closure() -> None:
    # Báo Mới (baomoi_22715944): "Khu chợ này thường đóng cửa vào lúc 19 giờ (giờ địa phương)." A market's daily
    # hours, not an epidemic measure; "khu chợ" is a new venue.
    recs = run(LEAD, "Thái Lan ghi nhận thêm nhiều ca mắc Covid-19 tại Bangkok. Khu chợ này thường đóng cửa vào lúc "
                     "19 giờ (giờ địa phương).")
    assert not measures(recs, "business_closure")


def test_people_asking_to_be_moved_into_quarantine_is_no_measure() -> None:
    # Dân trí (news_society_016), with "được" as it is often written: what people demand or ask for is no measure
    # (the commit keeps "đòi đưa về" out, but its lookbehind on "được" lets "đòi được đưa" / "xin được đưa" in).
    recs = run(LEAD, "Tại TP.HCM, nhiều người đòi được đưa về khu cách ly tập trung của thành phố nhưng không được "
                     "đáp ứng.")
    assert not measures(recs, "quarantine")
    recs = run(LEAD, "Tại TP.HCM, nhiều người xin được đưa về khu cách ly tập trung của thành phố nhưng không được "
                     "đáp ứng.")
    assert not measures(recs, "quarantine")


@pytest.mark.xfail(strict=True, reason="older logic this stop only lets the sentence reach: the carried subject is the "
                   "last state named, here an origin ('công dân từ Nhật Bản và Hàn Quốc'), and 'Sau đó' after a "
                   "'trước đó' backdrop still takes the occasion's 'Hôm nay'")
def test_returnees_moved_into_quarantine_are_the_province_s_measure_not_today_s() -> None:
    # Dân trí (news_health_166), shortened: the citizens flown home from Japan and Korea are quarantined
    # by Nghệ An (VNM, not KOR, the nearest state named), and that was done after the flights ("trước đó"), not on
    # the day of today's positive test (guide: a backdrop of a dated incident is not the incident's date).
    recs = run("Hôm nay, một trường hợp F1 ở tỉnh Nghệ An đã có kết quả dương tính với SARS-CoV-2, nâng lên thành 4 "
               "ca nhiễm Covid-19.",
               "Được biết, trước đó tỉnh Nghệ An liên tiếp đón hai chuyến bay giải cứu công dân từ Nhật Bản và Hàn "
               "Quốc về nước.",
               "Sau đó, các công dân này được di chuyển về các khu cách ly đã được bố trí sẵn, lấy mẫu xét nghiệm, "
               "theo dõi sức khỏe chặt chẽ.",
               published="2021-04-29T09:54:00+07:00")
    found = measures(recs, "quarantine")
    assert found and all(r.source == ["VNM"] for r in found)
    assert all(r.date != "2021-04-29" for r in found)


def test_a_tally_day_after_the_measure_still_dates_it() -> None:
    # Reworded from Dân trí (news_health_201, "tính đến 16 giờ ngày 18/4, Bộ Y tế ... đã thực hiện tiêm vắc xin ...
    # cho gần 80.000 người"): "tính đến ngày 18/4" is the day of the statement, no end of the measure's span (guide: an
    # ongoing measure reported in a dated statement takes the statement's date). span_ends' bare "đến" drops it.
    recs = run(LEAD, "Bộ Y tế Việt Nam đã thực hiện tiêm vắc xin phòng Covid-19 tại 22 tỉnh/TP cho gần 80.000 người, "
                     "tính đến ngày 18/4.")
    assert [r.date for r in measures(recs, "vaccination")] == ["2021-04-18"]


def test_closure_dated_by_the_day_it_takes_effect_despite_tuan_qua() -> None:
    # Dân trí (news_world_225), verbatim: one of this stop's new records, dated null because "trong tuần qua" (when
    # the measures were adopted) outranks the day the closure takes effect, which the guide puts first.
    recs = run(LEAD, "Các biện pháp khác được Thái Lan áp dụng trong tuần qua gồm đóng cửa các cơ sở thể thao, giải trí "
                     "từ ngày 26/4 đến 9/5.", published="2021-04-26T08:03:00+07:00")
    assert [r.date for r in measures(recs, "business_closure")] == ["2021-04-26"]
