"""Mechanisms of stop 45, each with the counter-case it must leave alone: contacts of one side with a list of
others, as the guide's bilateral records count them. "corpus" marks a sentence quoted from the Báo Mới corpus."""

from __future__ import annotations

from test_records import run


def _pairs(text: str, mode: str) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(r.participants)) for r in run(text) if r.type == "CONSULT" and r.mode == mode)


def test_calls_to_a_long_list_after_a_long_lead_are_one_call_each() -> None:
    # corpus: eight words between "với" and the first partner ("nhiều nhà lãnh đạo thế giới như")
    text = ("Sau khi nhậm chức, ông Trump đã tiến hành điện đàm với nhiều nhà lãnh đạo thế giới như Australia, "
            "Canada, Nga và Nhật Bản.")
    assert _pairs(text, "phone") == [("AUS", "USA"), ("CAN", "USA"), ("JPN", "USA"), ("RUS", "USA")]
    # Two partners stay one call of three (call_split_partners), whatever the lead.
    assert _pairs("Ông Trump đã điện đàm với Thủ tướng Nhật Bản và Thủ tướng Ấn Độ.", "phone") == [("IND", "JPN", "USA")]


def test_a_visit_to_a_list_with_a_bracketed_short_form_is_one_visit_each() -> None:
    # corpus: the short form "(UAE)" between two hosts no longer ends the list
    text = "Quốc vương Kuwait đã tới thăm Saudi Arabia, Các Tiểu vương quốc Arab Thống nhất (UAE) và Qatar."
    assert _pairs(text, "visit") == [("ARE", "KWT"), ("KWT", "QAT"), ("KWT", "SAU")]
    # A fronted visit closed by a comma names one host ("Trong chuyến thăm Việt Nam, Mỹ cam kết ...").
    assert _pairs("Trong chuyến thăm Nhật Bản, Hàn Quốc đã ký thỏa thuận với Mỹ.", "visit") != [
        ("JPN", "KOR"), ("JPN", "USA")]


def test_a_list_word_opens_the_hosts_of_a_visit() -> None:
    # corpus: "chuyến thăm đến 2 quốc gia Trung Đông lần lượt là Saudi Arabia và Israel"
    text = "Tổng thống Mỹ Donald Trump vừa có chuyến thăm đến 2 quốc gia Trung Đông lần lượt là Saudi Arabia và Israel."
    assert _pairs(text, "visit") == [("ISR", "USA"), ("SAU", "USA")]
    # After a list word a comma list needs no closing "và"; a state named after the hosts, of another verb
    # ("dự các hội nghị ... như G7, G20"), is no visitor.
    text = ("Năm ngoái Thủ tướng Nguyễn Xuân Phúc sang thăm một số nước như Mỹ, Nhật, Đức, Hà Lan, dự các hội nghị "
            "đa phương quan trọng như G7, G20.")
    assert _pairs(text, "visit") == [("DEU", "VNM"), ("JPN", "VNM"), ("NLD", "VNM"), ("USA", "VNM")]
    # Without a list word, a comma list not closed by "và" is still one host and the rest.
    assert len(_pairs("Ông Mattis có chuyến thăm Hàn Quốc, Nhật Bản.", "visit")) == 1


def test_a_contact_called_bilateral_is_one_contact_with_each_partner() -> None:
    # corpus: "đã có các cuộc thảo luận song phương với các đối tác Việt Nam, Peru, Mexico"
    text = ("Bộ trưởng Nhật Bản Nobuteru Ishihara ngày 19/5 đã có các cuộc thảo luận song phương với các đối tác "
            "Việt Nam, Peru, Mexico.")
    assert _pairs(text, "meeting") == [("JPN", "MEX"), ("JPN", "PER"), ("JPN", "VNM")]
    text = "Thủ tướng Nguyễn Xuân Phúc hội đàm song phương với Thủ tướng Lào và Thủ tướng Campuchia."
    assert _pairs(text, "meeting") == [("KHM", "VNM"), ("LAO", "VNM")]
    # "song phương" of the topic leaves a meeting of three one meeting.
    text = "Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Lào và Thủ tướng Campuchia về hợp tác song phương."
    assert _pairs(text, "meeting") == [("KHM", "LAO", "VNM")]


def test_a_visit_to_several_hosts_leaves_each_pair_its_visitor() -> None:
    # review of ce2ad3e: with the frame holding the visitor and both hosts, "Hai bên" took the two hosts
    text = ("Chủ tịch nước Trần Đại Quang thăm cấp Nhà nước Ấn Độ và Bangladesh từ ngày 2-6/3.\n"
            "Hai bên ra Tuyên bố chung và ký kết nhiều văn kiện hợp tác.")
    agrees = [sorted(r.participants) for r in run(text) if r.type == "AGREE"]
    assert agrees and all("VNM" in parts for parts in agrees)


def test_contacts_named_in_the_plural_stay_one_contact() -> None:
    # review of f1682dd: the rounds of one talk of all ("các cuộc đàm phán ... tại Vienna") are no bilateral talks
    text = ("Ngày 6/4, Iran đã có các cuộc đàm phán với Anh, Pháp, Đức, Nga và Trung Quốc tại Vienna nhằm khôi phục "
            "thỏa thuận hạt nhân năm 2015.")
    assert _pairs(text, "meeting") == [("CHN", "DEU", "FRA", "GBR", "IRN", "RUS")]


def test_a_promise_of_one_side_after_a_talk_is_no_agreement_with_its_partner() -> None:
    # Tried at this stop and withdrawn after two reviews: a promise naming no partner, after a call, is as often
    # domestic policy or the partner's own operation (guide amendment: a commitment to cooperate with a NAMED partner).
    call = "Chiều 5/7, Bộ trưởng Bộ Y tế Nguyễn Thanh Long đã điện đàm với Bộ trưởng Y tế Nhật Bản Norihisa Tamura.\n"
    for later in ("Bộ trưởng Nguyễn Thanh Long cam kết sẽ đẩy nhanh tiến độ tiêm chủng cho người dân trong năm 2021.",
                  "Chiều cùng ngày, Ban Chỉ đạo quốc gia phòng chống dịch COVID-19 thống nhất kéo dài thời gian cách "
                  "ly tập trung.", "Cùng ngày, Việt Nam đã ký kết hợp đồng mua 5 triệu liều vaccine."):
        assert not [r for r in run(call + later) if r.type == "AGREE"], later
    # A promise to the partner named stays one.
    later = "Bộ trưởng Nguyễn Thanh Long khẳng định sẽ tiếp tục hợp tác chặt chẽ với Nhật Bản."
    assert [sorted(r.participants) for r in run(call + later) if r.type == "AGREE"] == [["JPN", "VNM"]]


def test_the_place_where_a_conference_is_held_is_no_conference() -> None:
    # corpus: "nơi tổ chức Hội nghị G20" names where the talks were held
    text = ("Tối 6/7, Thủ tướng Nguyễn Xuân Phúc đã có cuộc hội đàm với Thủ tướng CHLB Đức Angela Merkel tại Hamburg, "
            "nơi tổ chức Hội nghị G20.")
    assert [r.mode for r in run(text) if r.type == "CONSULT"] == ["meeting"]
    # Organising one is still attending it.
    text = "Ngày 9/6, Kazakhstan tổ chức Hội nghị thượng đỉnh SCO với sự tham dự của Nga và Trung Quốc."
    assert "conference" in [r.mode for r in run(text) if r.type == "CONSULT"]
    # review of 2326e32: a summit with a long name is still said to take place ("thượng đỉnh" reaches "diễn ra")
    text = ("Ngày 22/11, Hội nghị thượng đỉnh kỷ niệm 30 năm quan hệ đối thoại ASEAN - Trung Quốc đã diễn ra theo "
            "hình thức trực tuyến.")
    assert [sorted(r.participants) for r in run(text) if r.type == "CONSULT"] == [["ASEAN", "CHN"]]


def test_backing_a_longer_named_thing_backs_its_owner() -> None:
    # corpus: five and six words between the verb and "của" ([SUPPORT.back] owner_words)
    rec = [r for r in run("Hàn Quốc ủng hộ lệnh trừng phạt mới nhất của Liên Hiệp Quốc.") if r.type == "SUPPORT"]
    assert [(r.source, r.targets) for r in rec] == [(["KOR"], ["UN"])]
    rec = [r for r in run("Thủ tướng Morrison đã thể hiện sự ủng hộ với các dự án BRI của Trung Quốc.") if r.type == "SUPPORT"]
    assert [(r.source, r.targets) for r in rec] == [(["AUS"], ["CHN"])]
    # Further on, "của" belongs to something else than what is backed.
    text = "Hàn Quốc ủng hộ việc tăng cường hợp tác kinh tế giữa các doanh nghiệp nhỏ của Nhật Bản."
    assert not [r for r in run(text) if r.type == "SUPPORT"]
    # review of 059a52b: an act on the owner's thing backs no owner ([SUPPORT.back] owner_not)
    for text in ("Đại sứ Đặng Đình Quý khẳng định Việt Nam ủng hộ việc chấm dứt lệnh cấm vận của Mỹ đối với Cuba.",
                 "Việt Nam ủng hộ giải quyết vấn đề hạt nhân của Triều Tiên bằng biện pháp hòa bình.",
                 "EU ủng hộ điều tra nguồn gốc virus corona của Trung Quốc.",
                 # review of 8bd73d4: the target of an investigation or of prevention is not backed
                 "Mỹ ủng hộ điều tra vụ tấn công mạng của Nga.",
                 "Mỹ và Israel ủng hộ ngăn chặn chương trình hạt nhân của Iran."):
        assert not [r for r in run(text) if r.type == "SUPPORT" and set(r.targets) & {"USA", "CHN", "PRK"}], text
    # ... but the owner's own effort or decision is backed.
    rec = [r for r in run("Việt Nam ủng hộ nỗ lực giải quyết xung đột của ASEAN.") if r.type == "SUPPORT"]
    assert [(r.source, r.targets) for r in rec] == [(["VNM"], ["ASEAN"])]
    # review of c5d6398: "gỡ bỏ" too, an adverb before the verb, any spacing; protests of a state's people back no
    # state
    for text in ("Việt Nam ủng hộ việc gỡ bỏ cấm vận của Mỹ đối với Cuba.",
                 "Việt Nam ủng hộ việc sớm dỡ bỏ cấm vận của Mỹ đối với Cuba.",
                 "Việt Nam ủng hộ việc chấm  dứt lệnh cấm vận của Mỹ.",
                 "Ngày 5/3, Mỹ ủng hộ các cuộc biểu tình ôn hòa của người dân Myanmar."):
        assert not [r for r in run(text) if r.type == "SUPPORT"], text
    # review of 8bd73d4: the owner's own request, investigation or handling is backed ("Nghị quyết chấm dứt cấm vận
    # của Mỹ" backs the US again: a resolution named with "của" is as often its sponsor's)
    for text, owner in (("Nga ủng hộ yêu cầu dỡ bỏ trừng phạt của Triều Tiên.", "PRK"),
                        ("Mỹ ủng hộ cuộc điều tra độc lập của Liên Hợp Quốc.", "UN"),
                        ("Nga ủng hộ cách xử lý cuộc biểu tình của chính quyền Belarus.", "BLR")):
        assert [r.targets for r in run(text) if r.type == "SUPPORT"] == [[owner]], text


def test_a_list_of_hosts_closed_by_va_ends_at_the_next_comma() -> None:
    # review of c5d6398: after "lần lượt là ... và Indonesia" a comma opens another clause
    text = ("Ngày 5/7, Thủ tướng Nhật Bản Suga có chuyến thăm tới 2 quốc gia lần lượt là Việt Nam và Indonesia, Trung "
            "Quốc bày tỏ quan ngại.")
    assert _pairs(text, "visit") == [("IDN", "JPN"), ("JPN", "VNM")]


def test_a_ranking_names_no_group_s_members() -> None:
    # review of 059a52b: "lần lượt là" opens a visit's hosts only ([roles] host_lists), not the members of "các nước"
    text = ("Ngày 9/8, WHO kêu gọi các nước giàu tạm dừng tiêm mũi tăng cường, trong khi ba nước có số ca nhiễm cao nhất "
            "lần lượt là Mỹ, Ấn Độ và Brazil.")
    req = [r for r in run(text) if r.type == "REQUEST"]
    assert req and not set(req[0].targets) & {"USA", "IND", "BRA"}


def test_the_euro_spelled_as_said_is_an_amount() -> None:
    # corpus: "khoản ODA hơn 600 triệu ơ-rô" (units.tsv)
    text = "Chính phủ Đức cam kết dành cho Việt Nam khoản ODA hơn 600 triệu ơ-rô trong giai đoạn 2015 - 2017."
    aids = [r for r in run(text) if r.type == "AID"]
    assert [(q.value, q.unit, q.qualifier) for r in aids for q in r.quantities] == [(600_000_000, "EUR", "over")]
