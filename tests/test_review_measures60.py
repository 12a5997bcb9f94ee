"""Review of 27a9f7d (measures.tsv: fireworks not fired, a festival's opening stopped, "lập ... chốt cách ly" as a
lockdown, "duy trì N chốt kiểm soát" as a movement restriction): the faults the corpora showed.

Each case fails on 27a9f7d. The guide (docs/annotation-guide.md) asks for a `MEASURE` only for "a state's own
epidemic measure", of the kind the text names (`lockdown`: a stay-home order, "phong tỏa" of a local area;
`quarantine`: isolation; `movement_restriction`; `social_distancing`: gatherings limited), with counts in digits of
the sites a measure covers as quantities (`checkpoint`).
"""

from __future__ import annotations

import pytest

from test_records import EPIDEMIC_LEAD as LEAD, measures, run


# --- "lập ... chốt cách ly" read as a lockdown ---------------------------------------------------------------

def test_a_checkpoint_for_home_quarantine_is_no_lockdown() -> None:
    # Dân trí news_society_138: checkpoints set up at the homes of 70 F2 workers, each under a home-quarantine order.
    # The guide: that is `quarantine` (isolation of contacts), not `lockdown` (a stay-home order or "phong tỏa" of
    # an area). 27a9f7d gives a lockdown besides the quarantine (measures.tsv lockdown "lập ... chốt cách ly").
    recs = run(LEAD, "Hà Nội ghi nhận thêm ca mắc Covid-19 trong cộng đồng.",
               "Lập chốt cách ly và ra quyết định cách ly y tế tại nhà đối với 70 công nhân thuộc trường hợp F2.")
    assert [r.source for r in measures(recs, "quarantine")] == [["VNM"]]
    assert not measures(recs, "lockdown")


def test_a_livestock_checkpoint_in_an_animal_disease_story_is_no_lockdown() -> None:
    # Báo Mới baomoi_22720551 (foot-and-mouth disease in Đắk Lắk), its opening sentences as stored, then the
    # commit's own counter-example (tests/test_fireworks_and_checkpoints.py). A story of a livestock epidemic names
    # "dịch bệnh"/"chống dịch" like a story of Covid, so `needs` = epidemic holds, and the checkpoint around a
    # farm area becomes a lockdown. The guide: a lockdown is a stay-home order or "phong tỏa" of where people live;
    # sealing off livestock is no state's epidemic measure of that kind (the commit itself says so).
    recs = run("Từ đầu tháng 6 đến nay, bệnh lở mồm long móng đã xuất hiện ở 3 huyện Ea Súp, Buôn Đôn và Krông Búk, "
               "tỉnh Đắk Lắk với tổng số con trâu, bò, lợn mắc bệnh gần 300 con.",
               "Phun thuốc tiêu độc khử trùng chuồng trại chống dịch lở mồm long móng ở bò.",
               "Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Lắk, thời tiết diễn biến phức tạp, nguy cơ phát sinh "
               "và bùng phát dịch bệnh trên đàn gia súc của tỉnh rất lớn, đặc biệt là bệnh lở mồm long móng.",
               "Huyện Đông Anh đã lập 1 chốt cách ly khu vực chăn nuôi có dịch tả lợn châu Phi.",
               published="2017-07-10T08:00:00+07:00")
    assert not measures(recs, "lockdown")


# --- "duy trì N chốt kiểm soát" and the checkpoint line it joined ------------------------------------------------

@pytest.mark.xfail(strict=True, reason="older: cues.toml [MEASURE] epidemic_words name no diphtheria ('bạch hầu', 'dập "
                   "dịch'), so the whole story is no epidemic's and its measures are gated ([MEASURE] epidemic_only)")
def test_checkpoints_kept_up_in_the_diphtheria_story_as_published() -> None:
    # Dân trí news_health_002 (diphtheria in Chư Păh, Gia Lai), five of its sentences as published: the case in
    # tests/test_fireworks_and_checkpoints.py is this one with "Kon Rẫy"/"Kon Tum" put in and a Covid lead before
    # it. As published the story names no word of cues.toml [MEASURE] epidemic_words ("bạch hầu", "dập dịch",
    # "vùng có dịch"), so no state is carried to the sentence and the new "duy trì" phrase gives nothing. The guide:
    # the province's movement restriction, with its 2 checkpoints as a quantity.
    recs = run("Mặc dù đã thực hiện chương trình tiêm chủng vắc xin mở rộng nhưng vẫn xuất hiện nhiều ca bệnh bạch hầu "
               "mới tại huyện Chư Păh (Gia Lai).",
               "Ngày 1/10, Sở Y tế Gia Lai cho biết, mới xuất hiện thêm ca bệnh bạch hầu tại xã Ia Phí (huyện Chư Păh).",
               "Hiện cơ quan chức năng đang tiến hành khoanh vùng dập dịch.",
               "Trung tâm kiểm soát bệnh tật tỉnh Gia Lai đã phối hợp với UBND huyện Chư Păh, UBND xã Ia Phí phun tiêu độc, "
               "khử trùng.",
               "Lực lượng Công an huyện, Bộ Chỉ huy Quân sự huyện duy trì 2 chốt kiểm soát dịch tại các tuyến đường đi vào "
               "làng Kte, để hạn chế người ra vào vùng có dịch.",
               published="2020-10-01T08:00:00+07:00")
    found = measures(recs, "movement_restriction")
    assert [r.source for r in found] == [["VNM"]]
    assert [(q.value, q.unit) for q in found[0].quantities] == [(2, "checkpoint")]


@pytest.mark.xfail(strict=True, reason="older: the fronted 'Ngay sau khi thông tin anh N.V.Đ. có kết quả dương tính' names a "
                   "bare result, no case of [MEASURE] trigger_cases, and 'bệnh nhân' stands in the next fronted phrase "
                   "('tại khu vực ra vào nhà bệnh nhân N.V.Đ.,'): both make it a case report (the checkpoints are now "
                   "found: 'các' as a number)")
def test_checkpoints_set_up_named_with_cac() -> None:
    # Dân trí news_society_122: "thành lập các chốt kiểm soát dịch Covid-19" at the entrance to a patient's home;
    # the line 27a9f7d widened ("lập|thành lập|...|duy trì") takes a number between verb and "chốt" but not "các",
    # so the checkpoints restrict nobody's movement. (news_society_123 "thiết lập ngay các chốt kiểm soát" likewise.)
    recs = run("Chiều 29/4, trên địa bàn tỉnh Hà Nam có thêm 4 ca dương tính với SARS-CoV-2.",
               "Ngay sau khi thông tin anh N.V.Đ. có kết quả dương tính với SARS-CoV-2, tại khu vực ra vào nhà bệnh nhân "
               "N.V.Đ., lực lượng chức năng đã thành lập các chốt kiểm soát dịch Covid-19.",
               published="2021-04-29T20:00:00+07:00")
    assert [r.source for r in measures(recs, "movement_restriction")] == [["VNM"]]


# --- fireworks and festivals ---------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="older: a purpose clause runs to its clause's end. Tried at stop 60: "
                   "ending a fronted one at its comma gave, on the open sets, a wrong AID from a name holding 'hỗ trợ' "
                   "('Nhóm hỗ trợ quân sự Hoa Kỳ') and no right record more")
def test_fireworks_stopped_after_a_fronted_purpose_clause() -> None:
    # Dân trí news_society_091 (which gives no record at all): the fronted purpose "Nhằm hạn chế tụ tập đông người,"
    # is taken to hold the main clause too, and "dừng bắn pháo hoa" is dropped as "inside the purpose clause of
    # another act". The guide: Đắk Lắk's fireworks stopped to avoid a crowd are its `social_distancing`.
    recs = run(LEAD, "Nhằm hạn chế tụ tập đông người, UBND tỉnh Đắk Lắk cũng đã quyết định dừng bắn pháo hoa dịp lễ 30/4.",
               published="2021-04-29T08:00:00+07:00")
    assert [r.source for r in measures(recs, "social_distancing")] == [["VNM"]]


def test_a_festival_programme_stopped() -> None:
    # Dân trí news_society_091: "dừng tổ chức chương trình lễ hội": 27a9f7d let "khai mạc" stand between the verb and
    # "lễ hội" but not "chương trình", the same small variant. The guide: `social_distancing`, Việt Nam's.
    recs = run(LEAD, "Sáng 29/4, trao đổi với PV Dân trí, bà H'Yim Kđoh - Phó Chủ tịch UBND tỉnh Đắk Lắk xác nhận, tỉnh "
                     "này đã quyết định dừng tổ chức chương trình lễ hội Đêm trắng Ban Mê để đảm bảo an toàn trong khi "
                     "dịch bệnh đang có những diễn biến phức tạp.",
               published="2021-04-29T08:00:00+07:00")
    assert [r.source for r in measures(recs, "social_distancing")] == [["VNM"]]


@pytest.mark.xfail(strict=True, reason="older: the stopped opening is the second of two events listed after the verb "
                   "('tạm dừng tổ chức lễ công bố ... và lễ khai mạc lễ hội'), which no festival line reaches")
def test_a_festival_s_opening_ceremony_stopped() -> None:
    # Dân trí news_travel_110, its lead (read as the body's first paragraph): Thanh Hóa's decision of 27/4, the very
    # event the "khai mạc" addition was made for, is still missed here ("tạm dừng tổ chức lễ công bố ... và lễ khai
    # mạc lễ hội"): none of the article's records is dated 2021-04-27. The guide: `social_distancing`, 2021-04-27.
    recs = run("Thanh Hóa, ngày 27/4, thường trực Tỉnh ủy đã có quyết định thống nhất tạm dừng tổ chức lễ công bố nghị "
               "quyết của Ủy ban Thường vụ Quốc hội về việc thành lập thị xã Nghi Sơn và lễ khai mạc lễ hội du lịch biển "
               "Hải Hòa, thị xã Nghi Sơn, dự kiến tổ chức vào 20h ngày 30/4.",
               "Việc bắn pháo hoa tại hai lễ hội trên, dành tiền xã hội hóa mua pháo hoa để mua trang thiết bị, vật tư phòng "
               "chống dịch Covid-19.",
               published="2021-04-28T08:00:00+07:00")
    found = measures(recs, "social_distancing")
    assert [(r.source, r.date) for r in found] == [(["VNM"], "2021-04-27")]


def test_a_festival_opening_called_off_for_the_weather_is_no_measure() -> None:
    # Báo Mới baomoi_21481243 (Đà Lạt's cherry-blossom festival, no epidemic anywhere). The "khai mạc" 27a9f7d put
    # into the festival line (which has no `needs`, unlike the new fireworks line) makes "ngừng khai mạc lễ hội" a
    # social-distancing measure; the whole article escapes only through the story gate ([MEASURE] epidemic_only,
    # 5 sentences), so a short brief with these words is a measure. On 02686df this sentence gives none.
    recs = run("Sáng nay 07/03/2017 (tức mùng 10 tháng Giêng), UBND tỉnh Lâm Đồng bất ngờ thông báo ngừng khai mạc lễ "
               "hội hoa Anh Đào vì lý do thời tiết, hoa Anh Đào không nở hoa.",
               published="2017-03-07T08:00:00+07:00")
    assert not measures(recs, "social_distancing")


def test_fireworks_saved_for_the_budget_in_a_story_of_the_epidemic_are_no_measure() -> None:
    # Not from the corpora (no such sentence there): the commit's own counter-example (tests/
    # test_fireworks_and_checkpoints.py, "no measure") after an epidemic story's lead. The fireworks line asks only
    # that the story name the epidemic (`needs` = epidemic), not that the cancellation be for it, so any fireworks
    # not fired (budget, mourning, rain) in a Covid story is social distancing. The guide: a state's own
    # *epidemic* measure only.
    recs = run(LEAD, "Thành phố Đà Nẵng năm nay không bắn pháo hoa đêm giao thừa để dành kinh phí làm đường.")
    assert not measures(recs, "social_distancing")
