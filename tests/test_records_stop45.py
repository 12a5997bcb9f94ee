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


def test_what_follows_a_visit_to_several_hosts_is_said_to_all_of_them() -> None:
    # corpus (shortened): "các bên" urged after a Kuwaiti tour of three capitals are the tour's parties
    text = ("Quốc vương Kuwait đã tới thăm Saudi Arabia, Các Tiểu vương quốc Arab Thống nhất (UAE) và Qatar. "
            "Ngoại trưởng Anh kêu gọi các bên tránh làm leo thang căng thẳng.")
    req = [r for r in run(text) if r.type == "REQUEST"]
    assert req and set(req[0].targets) == {"KWT", "SAU", "ARE", "QAT"}


def test_contacts_named_in_the_plural_are_one_with_each_partner() -> None:
    text = "Thủ tướng Nguyễn Xuân Phúc đã có các cuộc hội đàm với Thủ tướng Lào và Thủ tướng Campuchia."
    assert _pairs(text, "meeting") == [("KHM", "VNM"), ("LAO", "VNM")]
    text = "Chiều 9/7, Ngoại trưởng Đức đã có các cuộc gặp với Ngoại trưởng Pháp và Ngoại trưởng Ý."
    assert _pairs(text, "meeting") == [("DEU", "FRA"), ("DEU", "ITA")]
    # Only partners right after its "với": calls asked about, "vừa qua" between (seed 003's press briefing, whose
    # calls the next sentence reports as one of seven), stay one.
    text = ("Trả lời câu hỏi về thông tin Việt Nam tham gia các cuộc điện đàm vừa qua với các nước Ấn Độ, Hoa Kỳ, "
            "Hàn Quốc, Nhật Bản, New Zealand, Australia, người phát ngôn cho biết.")
    assert len(_pairs(text, "phone")) <= 1
    # One talk of three stays one.
    text = "Thủ tướng Nguyễn Xuân Phúc đã có cuộc hội đàm với Thủ tướng Lào và Thủ tướng Campuchia."
    assert _pairs(text, "meeting") == [("KHM", "LAO", "VNM")]


def test_a_promise_of_one_side_of_a_two_sided_talk_is_made_to_the_other() -> None:
    talk = "Chiều 3/7, Tổng thống Thổ Nhĩ Kỳ Erdogan hội đàm với Bộ trưởng Quốc phòng Nga Shoigu. "
    promise = "Phía Thổ Nhĩ Kỳ khẳng định sẽ nỗ lực đảm bảo công tác vận chuyển hàng cứu trợ diễn ra thuận lợi."
    agrees = [r for r in run(talk + promise) if r.type == "AGREE"]
    assert [sorted(r.participants) for r in agrees] == [["RUS", "TUR"]]
    # Not after a talk of three sides, nor a conference's, nor by a state that is no party to the talk.
    trio = "Chiều 3/7, Tổng thống Thổ Nhĩ Kỳ hội đàm với Tổng thống Nga và Tổng thống Iran. "
    assert not [r for r in run(trio + promise) if r.type == "AGREE"]
    summit = "Chiều 3/7, Tổng thống Thổ Nhĩ Kỳ dự Hội nghị thượng đỉnh G20 tại Hamburg. "
    assert not [r for r in run(summit + promise) if r.type == "AGREE"]
    other = "Phía Pháp khẳng định sẽ nỗ lực đảm bảo công tác vận chuyển hàng cứu trợ diễn ra thuận lợi."
    assert not [r for r in run(talk + other) if r.type == "AGREE"]


def test_the_place_where_a_conference_is_held_is_no_conference() -> None:
    # corpus: "nơi tổ chức Hội nghị G20" names where the talks were held
    text = ("Tối 6/7, Thủ tướng Nguyễn Xuân Phúc đã có cuộc hội đàm với Thủ tướng CHLB Đức Angela Merkel tại Hamburg, "
            "nơi tổ chức Hội nghị G20.")
    assert [r.mode for r in run(text) if r.type == "CONSULT"] == ["meeting"]
    # Organising one is still attending it.
    text = "Ngày 9/6, Kazakhstan tổ chức Hội nghị thượng đỉnh SCO với sự tham dự của Nga và Trung Quốc."
    assert "conference" in [r.mode for r in run(text) if r.type == "CONSULT"]


def test_backing_a_longer_named_thing_backs_its_owner() -> None:
    # corpus: five and six words between the verb and "của" ([SUPPORT.back] owner_words)
    rec = [r for r in run("Hàn Quốc ủng hộ lệnh trừng phạt mới nhất của Liên Hiệp Quốc.") if r.type == "SUPPORT"]
    assert [(r.source, r.targets) for r in rec] == [(["KOR"], ["UN"])]
    rec = [r for r in run("Thủ tướng Morrison đã thể hiện sự ủng hộ với các dự án BRI của Trung Quốc.") if r.type == "SUPPORT"]
    assert [(r.source, r.targets) for r in rec] == [(["AUS"], ["CHN"])]
    # Further on, "của" belongs to something else than what is backed.
    text = "Hàn Quốc ủng hộ việc tăng cường hợp tác kinh tế giữa các doanh nghiệp nhỏ của Nhật Bản."
    assert not [r for r in run(text) if r.type == "SUPPORT"]
