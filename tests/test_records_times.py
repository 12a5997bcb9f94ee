"""When a record happened, from the open splits' errors (eval/gold extra13): a sentence set in another year than the
event it is said in, a total since another year, a time that belongs to what is praised, and a day that opens a
sentence behind a photo credit."""

from __future__ import annotations

from test_records import find, run


def test_a_sentence_set_in_another_year_takes_no_date_from_the_event_it_is_said_in() -> None:
    # corpus (a report of a visit of 2017): the agreement signed on Merkel's visit of 2011 is no act of this visit.
    recs = run("Đêm 4/7/2017, Thủ tướng Nguyễn Xuân Phúc lên đường thăm chính thức CHLB Đức.",
               "Trong chuyến thăm Việt Nam của Thủ tướng Angela Merkel năm 2011, hai bên đã ký Tuyên bố chung Hà Nội về "
               "việc thiết lập quan hệ đối tác chiến lược.",
               published=None)
    assert find(recs, "CONSULT", participants=["VNM", "DEU"], mode="visit").date == "2017-07-04"
    agree = find(recs, "AGREE", participants=["VNM", "DEU"])
    assert agree.date is None and "năm 2011" in agree.date_reason
    # A year that is the event's own keeps its day.
    recs = run("Đêm 4/7/2017, Thủ tướng Nguyễn Xuân Phúc lên đường thăm chính thức CHLB Đức.",
               "Trong năm 2017, hai bên đã ký Tuyên bố chung về hợp tác giáo dục.", published=None)
    assert find(recs, "AGREE", participants=["VNM", "DEU"]).date == "2017-07-04"
    # A year after the event's (the report's when it has one) is a goal, not the act's time (corpus, Báo Mới, no
    # publication date: "Với mục tiêu có 1 triệu doanh nghiệp vào năm 2020, Thủ tướng đề nghị ...").
    for published in (None, "2017-06-20T08:00:00+07:00"):
        recs = run("Chiều 19/6/2017, Thủ tướng Nguyễn Xuân Phúc tiếp Bộ trưởng Kinh tế Nhật Bản.",
                   "Với mục tiêu có 1 triệu doanh nghiệp vào năm 2020, Thủ tướng đề nghị Nhật Bản hỗ trợ.",
                   published=published)
        assert find(recs, "REQUEST", source=["VNM"], targets=["JPN"]).date == "2017-06-19"
    # A month in what is praised is the time of the praised thing: the request after it is of the meeting.
    recs = run("Chiều 21/5/2017, Bộ trưởng Trần Tuấn Anh tiếp Bộ trưởng Thương mại Indonesia.",
               "Bộ trưởng hoan nghênh kết quả hội chợ tháng 5/2016 và đề nghị Indonesia tăng cường hợp tác thương mại.",
               published=None)
    assert find(recs, "REQUEST", source=["VNM"], targets=["IDN"]).date == "2017-05-21"


def test_a_total_since_another_year_is_no_act_of_the_event() -> None:
    # corpus: ODA "từ năm 1990 đến nay" is a total over years, not aid given on the visit.
    recs = run("Đêm 4/7/2017, Thủ tướng Nguyễn Xuân Phúc lên đường thăm chính thức CHLB Đức.",
               "Trong chuyến thăm, Đức còn là nhà viện trợ ODA lớn cho Việt Nam với 2 tỷ USD từ năm 1990 đến nay.",
               published=None)
    aid = find(recs, "AID", source=["DEU"], targets=["VNM"])
    assert aid.date is None and "từ năm 1990" in aid.date_reason
    # A year that opens no span up to now is some noun's ("dự án bị đình trệ từ năm 2015"), or sits across a comma
    # ("vốn đặc biệt căng thẳng kể từ năm 2012"): the act keeps the event's day.
    recs = run("Chiều 21/5/2017, Bộ trưởng Trần Tuấn Anh hội đàm với Bộ trưởng Thương mại Indonesia.",
               "Hai bên nhất trí thúc đẩy dự án bị đình trệ từ năm 2015.", published=None)
    assert find(recs, "AGREE", participants=["VNM", "IDN"]).date == "2017-05-21"
    recs = run("Ngày 14/5/2017, Tổng thống Trump điện đàm với Tổng thống Putin.",
               "Ông Trump cam kết cải thiện quan hệ với Nga, vốn đặc biệt căng thẳng kể từ năm 2012 đến nay.",
               published=None)
    assert find(recs, "AGREE", participants=["USA", "RUS"]).date == "2017-05-14"


def test_a_null_marker_in_what_is_praised_dates_neither_the_praise_nor_what_follows() -> None:
    # corpus: "thời gian qua" is when the cooperation praised took place; the praise is of the talks.
    recs = run("Chiều 25/4, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Trung Quốc Ngụy Phượng "
               "Hòa.",
               "Đánh giá cao hiệu quả hợp tác quốc phòng giữa Việt Nam và Trung Quốc thời gian qua, hai bên nhất trí "
               "tăng cường hợp tác trong đào tạo.")
    assert find(recs, "AGREE", participants=["VNM", "CHN"]).date == "2021-04-25"
    assert find(recs, "SUPPORT", source=["VNM"], targets=["CHN"]).date == "2021-04-25"
    # Whatever cue stands between the praise and the marker ("cảm ơn Nhật Bản đã hỗ trợ ... thời gian qua").
    recs = run("Chiều 25/4, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản.",
               "Thủ tướng cảm ơn Nhật Bản đã hỗ trợ Việt Nam phòng chống dịch thời gian qua, hai bên nhất trí tăng "
               "cường hợp tác y tế.")
    assert find(recs, "AGREE", participants=["VNM", "JPN"]).date == "2021-04-25"
    # Where the praised thing is an act, the marker is that act's time and that of the acts joined to it by "và",
    # not the praise's (dev seed 004: "cảm ơn Thủ tướng ... gửi điện thăm hỏi từ rất sớm và các bộ, ngành, địa
    # phương Việt Nam cũng có hình thức hỗ trợ").
    recs = run("Ngày 2/4, Thủ tướng Nguyễn Xuân Phúc đã điện đàm với Thủ tướng Trung Quốc Lý Khắc Cường.",
               "Thủ tướng Lý Khắc Cường cảm ơn Thủ tướng Nguyễn Xuân Phúc gửi điện thăm hỏi từ rất sớm và các bộ, ngành, "
               "địa phương Việt Nam cũng có hình thức hỗ trợ.", published="2020-04-03T06:41:00+07:00")
    assert find(recs, "SUPPORT", source=["CHN"], targets=["VNM"]).date == "2020-04-02"
    assert find(recs, "SUPPORT", source=["VNM"], targets=["CHN"]).date is None
    assert find(recs, "AID", source=["VNM"], targets=["CHN"]).date is None
    # A marker that opens the sentence is the act's own time: "Vừa qua, Nhật Bản đã cảm ơn Việt Nam." is undated.
    recs = run("Chiều 25/4, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản.",
               "Vừa qua, Nhật Bản đã cảm ơn Việt Nam về sự hỗ trợ.")
    assert find(recs, "SUPPORT", source=["JPN"], targets=["VNM"]).date is None


def test_a_photo_credit_run_into_the_sentence_does_not_hide_its_opening_day() -> None:
    # Shaped as in the corpus (Báo Mới, no publication date; baomoi_21512589 "(Nguồn: dw.com) Ngày 10/2, ..."): the
    # day still opens the sentence, and the sentences after it are said on that occasion.
    recs = run("Ngoại trưởng Trung Quốc Vương Nghị.",
               "(Nguồn: Reuters) Ngày 22/5, Bộ Ngoại giao Trung Quốc đã kêu gọi đối thoại nhằm hạ nhiệt căng thẳng.",
               "Trung Quốc cũng kêu gọi Mỹ và Triều Tiên kiềm chế.", published=None)
    assert find(recs, "REQUEST", source=["CHN"], targets=["USA", "PRK"]).date == "XXXX-05-22"
    # Any other bracket before the day is no credit ([context] occasion_credits).
    recs = run("Ngoại trưởng Trung Quốc Vương Nghị.",
               "(Xem tiếp trang 3) Ngày 22/5, Bộ Ngoại giao Trung Quốc đã kêu gọi đối thoại nhằm hạ nhiệt căng thẳng.",
               "Trung Quốc cũng kêu gọi Mỹ và Triều Tiên kiềm chế.", published=None)
    assert find(recs, "REQUEST", source=["CHN"], targets=["USA", "PRK"]).date is None


def test_a_year_in_the_name_of_a_treaty_is_not_the_story_year() -> None:
    # corpus (extra14, Báo Mới, no publication date): the only year of a report of a visit is that of the
    # Convention on the Law of the Sea; the visit's day-month keeps an unknown year.
    recs = run("Chiều 1/6, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã tiếp Thượng nghị sĩ Mỹ John McCain.",
               "Hai bên cần giải quyết tranh chấp dựa trên luật pháp quốc tế, nhất là Công ước Liên hợp quốc về Luật "
               "Biển 1982.",
               published=None)
    assert find(recs, "CONSULT", participants=["VNM", "USA"]).date == "XXXX-06-01"
    recs = run("Chiều 1/6, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã tiếp Thượng nghị sĩ Mỹ John McCain.",
               "Hai bên tôn trọng Công ước của Liên hợp quốc về Luật biển năm 1982.", published=None)
    assert find(recs, "CONSULT", participants=["VNM", "USA"]).date == "XXXX-06-01"
    # A year of the story itself still fixes it.
    recs = run("Chiều 1/6, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã tiếp Thượng nghị sĩ Mỹ John McCain.",
               "Đây là chuyến thăm đầu tiên của ông trong năm 2017.", published=None)
    assert find(recs, "CONSULT", participants=["VNM", "USA"]).date == "2017-06-01"


def test_a_year_or_month_right_after_the_act_sets_it_in_that_time() -> None:
    # corpus (extra14): a report of a meeting on 12/7 recalls that the TPP was signed in February 2016.
    recs = run("Ngày 12/7/2017, các nước TPP họp tại Nhật Bản.",
               "TPP đã được Nhật Bản và Australia ký kết vào tháng 2/2016 tại New Zealand.", published=None)
    agree = find(recs, "AGREE", participants=["JPN", "AUS"])
    assert agree.date is None and "tháng 2/2016" in agree.date_reason
    # Behind a colon, the year is what was said, not when: "thống nhất đánh giá: Năm 2020, tình hình ..."
    recs = run("Chiều 25/4, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Trung Quốc Ngụy Phượng "
               "Hòa.",
               "Hai bên thống nhất đánh giá: Năm 2020, tình hình thế giới tiếp tục diễn biến phức tạp.")
    assert find(recs, "AGREE", participants=["VNM", "CHN"]).date == "2021-04-25"
    # A later year is a goal: the act keeps the occasion's day.
    recs = run("Chiều 25/4, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Trung Quốc Ngụy Phượng "
               "Hòa.",
               "Hai bên nhất trí đến năm 2025 nâng kim ngạch thương mại lên 100 tỷ USD.")
    assert find(recs, "AGREE", participants=["VNM", "CHN"]).date == "2021-04-25"


def test_a_day_after_the_programme_it_belongs_to_opens_an_occasion() -> None:
    # corpus (extra14): "Tiếp tục các hoạt động trong khuôn khổ ..., chiều 24/4, ..." sets the day of what follows.
    recs = run("Tiếp tục các hoạt động trong khuôn khổ Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Trung Quốc lần "
               "thứ 6 năm 2021, chiều 24/4, Đoàn đại biểu Bộ Quốc phòng Việt Nam trở về nước.",
               "Bộ trưởng Phan Văn Giang cảm ơn Bộ Quốc phòng Trung Quốc đã phối hợp tổ chức giao lưu.",
               published="2021-04-25T08:00:00+07:00")
    assert find(recs, "SUPPORT", source=["VNM"], targets=["CHN"]).date == "2021-04-24"
    # So does a day after a place and its comma ("Tại Hà Nội, chiều 24/4, ...").
    recs = run("Tại Hà Nội, chiều 24/4, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.",
               "Thủ tướng cảm ơn Nhật Bản đã hỗ trợ Việt Nam.", published="2021-04-25T08:00:00+07:00")
    assert find(recs, "SUPPORT", source=["VNM"], targets=["JPN"]).date == "2021-04-24"


def test_what_the_new_time_rules_leave_alone() -> None:
    # From the review of this change. An anniversary's day inside a programme phrase opens no occasion.
    recs = run("Nhân dịp kỷ niệm 46 năm Ngày Giải phóng miền Nam 30/4/1975, Chủ tịch Trung Quốc gửi điện mừng Việt Nam.",
               "Nhật Bản cam kết viện trợ 1 triệu liều vắc xin cho Việt Nam.")
    assert find(recs, "AID", source=["JPN"], targets=["VNM"]).date is None
    # A lead that reports an act before the comma opens none: its day is of what follows the comma only.
    recs = run("Trong khi Mỹ kêu gọi Nga rút quân, ngày 20/4, Trung Quốc kêu gọi các bên kiềm chế.",
               "Đức cũng kêu gọi Nga đối thoại với Ukraine.")
    assert find(recs, "REQUEST", source=["DEU"]).date is None
    # A place and its comma before the day does open one.
    recs = run("Tại Hà Nội, chiều 24/4, Bộ Y tế tiếp nhận 1 triệu liều vắc xin.",
               "Nhật Bản cũng cam kết hỗ trợ Việt Nam thêm 1 triệu liều vắc xin.")
    assert find(recs, "AID", source=["JPN"], targets=["VNM"]).date == "2021-04-24"
    # The treaty-name rule takes bare years only, and not a lawyer's "luật sư".
    visit = "Chiều 1/6, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã tiếp Thượng nghị sĩ Mỹ John McCain."
    for second in ("Hai bên đã ra tuyên bố chung ngày 1/6/2017.", "Luật sư của ông McCain năm 2017 cho biết ông khỏe."):
        recs = run(visit, second, published=None)
        assert find(recs, "CONSULT", participants=["VNM", "USA"]).date == "2017-06-01"
    # A goal after a day of unknown year, and a time that belongs to the act's object, keep the occasion's day.
    recs = run(visit, "Hai bên nhất trí đến năm 2025 nâng kim ngạch thương mại lên 100 tỷ USD.", published=None)
    assert find(recs, "AGREE", participants=["VNM", "USA"]).date == "XXXX-06-01"
    talks = "Chiều 25/4, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Philippines."
    recs = run(talks, "Hai bên nhất trí nối lại đường bay dừng từ năm 2020.")
    assert find(recs, "AGREE", participants=["VNM", "PHL"]).date == "2021-04-25"
    # ... while a time right after the act in the event it is said in sets it apart.
    recs = run("Đêm 4/7/2017, Thủ tướng Nguyễn Xuân Phúc lên đường thăm chính thức CHLB Đức.",
               "Tuyên bố chung Hà Nội được hai bên ký kết vào năm 2011.", published=None)
    agree = find(recs, "AGREE", participants=["VNM", "DEU"])
    assert agree.date is None and "năm 2011" in agree.date_reason
