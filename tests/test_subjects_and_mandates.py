"""Who acts at a verb joined to the one before, an envoy's mandate, a wish to deal with a partner, backing what a state
does: each with the counter-case it must leave alone. "corpus" marks a sentence quoted from
the Báo Mới corpus (shortened where marked)."""

from __future__ import annotations

from test_records import run

from hoptac import extract


def _actors(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.code, a.text, a.name) for a in extract(text, published="2017-06-20", gate=False).actors]


def _directed(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return [(r.source, r.targets) for r in run(text) if r.type == kind]


def test_an_envoys_mandate_names_a_topic_and_the_holder_after_it() -> None:
    # corpus: the name after the mandate is the envoy's, remembered for "ông Yun"; the state of the mandate is no side
    text = ("Quá trình ngoại giao bắt đầu vào ngày 6-6. Đặc phái viên của Mỹ về chính sách Triều Tiên Joseph Yun "
            "đã gặp Đại sứ Triều Tiên Pak Kil-yon ở New York. Sau đó ông Yun đã đến thăm Bình Nhưỡng.")
    actors = _actors(text)
    assert actors[0] == ("USA", "Đặc phái viên của Mỹ về chính sách Triều Tiên Joseph Yun", "Joseph Yun")
    assert ("USA", "ông Yun", "Joseph Yun") in actors
    visits = [tuple(sorted(r.participants)) for r in run(text) if r.type == "CONSULT" and r.mode == "visit"]
    assert visits == [("PRK", "USA")]
    # corpus: a body's envoy too ("Đặc phái viên Liên hợp quốc về Iraq Jan Kubis": Iraq is the topic)
    assert _actors("Trong khi đó, Đặc phái viên Liên hợp quốc về Iraq Jan Kubis tuyên bố các chiến dịch sẽ tiếp tục.") \
        == [("UN", "Đặc phái viên Liên hợp quốc về Iraq Jan Kubis", "Jan Kubis")]
    # With no name after it, a mandate's word before the state makes it the topic, not the one the envoy meets with.
    text = "Hôm qua, Đặc phái viên Mỹ về vấn đề Triều Tiên đã gặp Đại sứ Hàn Quốc tại Seoul để bàn về tình hình."
    meetings = [tuple(sorted(r.participants)) for r in run(text) if r.type == "CONSULT"]
    assert meetings == [("KOR", "USA")]


def test_a_mandate_needs_its_word_and_leaves_other_titles_alone() -> None:
    # "về" as a verb (he came back) opens no mandate: the ambassador he returns to meet is a side.
    text = "Hôm qua, Đặc phái viên Mỹ về gặp Đại sứ Hàn Quốc tại Seoul để bàn về tình hình bán đảo."
    assert [a[0] for a in _actors(text)] == ["USA", "KOR"]
    # A field no lexicon bounds makes no mandate, and its capitals no name ("về Kiểm soát Vũ khí ...").
    actors = _actors("Hôm qua, Đặc phái viên Mỹ về Kiểm soát Vũ khí Marshall Billingslea đã tới Hà Nội.")
    assert actors[0] == ("USA", "Đặc phái viên Mỹ", None)
    # review of 4efec8b: "về" before a state and a verb, with no mandate's word, is a verb (came to): the state stays
    assert [a[0] for a in _actors("Hôm qua, Đặc phái viên Mỹ về tới Hàn Quốc, bắt đầu chuyến thăm ba ngày.")] == \
        ["USA", "KOR"]
    assert [a[0] for a in _actors("Hôm qua, Đặc sứ Nhật Bản về Việt Nam dự lễ kỷ niệm 45 năm quan hệ ngoại giao.")] \
        == ["JPN", "VNM"]
    # A title of another role keeps the state after "về" ("Bộ trưởng ... về Việt Nam": came to Việt Nam).
    text = "Chiều nay, Bộ trưởng Ngoại giao Nhật Bản về Việt Nam dự lễ kỷ niệm và gặp Thủ tướng Nguyễn Xuân Phúc."
    assert "VNM" in [a[0] for a in _actors(text)][:3]


def test_a_verb_joined_to_the_one_before_is_its_subjects() -> None:
    # corpus: the state before "và thúc giục" is the object of the sanctions, not the one who urges
    assert _directed("Mỹ đã có nhiều nỗ lực để tăng cường các chế tài trừng phạt Triều Tiên và thúc giục Trung Quốc "
                     "đóng vai trò lớn hơn trong việc gây áp lực.", "REQUEST") == [(["USA"], ["CHN"])]
    # corpus: the subject of a verb of speech, past the states of what it says
    text = ("Thủ tướng Dmitry Medvedev cho rằng quan hệ hai nước Nga - Việt Nam thời gian qua phát triển tích cực và "
            "bày tỏ mong muốn Chính phủ Việt Nam tiếp tục quan tâm thúc đẩy hợp tác kinh tế.")
    assert _directed(text, "REQUEST") == [(["RUS"], ["VNM"])]
    # corpus (shortened): the joined verb's subject is that of the contact before it, not the sentence's first actor
    text = ("Thủ tướng Nguyễn Xuân Phúc bày tỏ ấn tượng trước sự thân thiện của Tổng thống Donald Trump khi Tổng thống "
            "có cuộc điện đàm và gửi thư cho Thủ tướng Nguyễn Xuân Phúc.")
    assert sorted(r.mode for r in run(text) if r.type == "CONSULT") == ["message", "phone"]


def test_a_joined_verb_keeps_a_listed_subject_and_skips_a_heading() -> None:
    # corpus: every state of the list gives, not the last two after the commas
    aid = [r for r in run("Mỹ, Anh, Pháp, Đức và Pakistan là những quốc gia đã tham gia hỗ trợ và gửi các thiết bị "
                          "y tế cần thiết, bao gồm máy thở và ôxy, cho Ấn Độ.") if r.type == "AID"]
    assert [(sorted(r.source), r.targets) for r in aid] == [(["DEU", "FRA", "GBR", "PAK", "USA"], ["IND"])]
    # corpus (shortened): a heading glued before the sentence is no subject
    assert _directed("Sóng gió trước thềm G20 Trước đó, cũng trong ngày 29/6, Trung Quốc đã phản ứng giận dữ và kêu "
                     "gọi Mỹ ngừng bán vũ khí cho Đài Loan.", "REQUEST") == [(["CHN"], ["USA"])]
    # Two subjects joined by "và" before the verb still act together.
    assert _directed("Hôm qua, Nga và Trung Quốc đã kêu gọi Triều Tiên kiềm chế.", "REQUEST") == \
        [(["RUS", "CHN"], ["PRK"])]


def test_a_wish_to_deal_with_a_partner_asks_it() -> None:
    # corpus: a wish to negotiate or agree "với" a state asks that state
    assert _directed("Mỹ đã bày tỏ mong muốn đàm phán song phương với Tokyo nhưng giới chức Nhật Bản thường nêu quan "
                     "điểm khác.", "REQUEST") == [(["USA"], ["JPN"])]
    assert _directed("Ông cũng khẳng định Mỹ muốn duy trì các kênh thông tin với Nga nhằm tránh xung đột.",
                     "REQUEST") == [(["USA"], ["RUS"])]
    # Cutting ties or easing tension "với" a state is no dealing with it, and asks it nothing.
    assert _directed("Hôm qua, Saudi Arabia cho biết muốn cắt đứt quan hệ với Qatar.", "REQUEST") == []
    assert _directed("Hôm qua, Saudi Arabia cho biết muốn giảm căng thẳng với Iran.", "REQUEST") == []
    # A wish addressed to a state's investors asks that state.
    assert _directed("Việt Nam mong muốn các doanh nghiệp và nhà đầu tư Trung Quốc chú trọng vấn đề bảo vệ môi trường.",
                     "REQUEST") == [(["VNM"], ["CHN"])]


def test_backing_a_deed_does_not_back_the_state_it_is_done_to() -> None:
    # review of 4efec8b: the state after "việc" is as often what the deed backed is done to or asked of
    assert _directed("Hôm qua, Trung Quốc ủng hộ việc Triều Tiên phi hạt nhân hóa bán đảo.", "SUPPORT") == []
    assert _directed("Hôm qua, Mỹ ủng hộ việc Triều Tiên bị trừng phạt nặng hơn.", "SUPPORT") == []


def test_a_deed_after_a_verb_of_speech_is_the_reported_clauses() -> None:
    # review of 848f601: the speaker does not give what the reported clause's subjects give
    aid = [(sorted(r.source), r.targets) for r in run("Bà Merkel nói rằng Đức và Pháp sẽ cùng nhau hành động và hỗ trợ "
                                                     "Hy Lạp.") if r.type == "AID"]
    assert aid == [(["DEU", "FRA"], ["GRC"])]
    # ... nor the one who criticises what another does ("việc NATO mở rộng và hỗ trợ Ukraine")
    aid = [r.source for r in run("Nga chỉ trích việc NATO mở rộng và hỗ trợ Ukraine.") if r.type == "AID"]
    assert aid == [["NATO"]]
    # ... and a heading glued on with no comma does not act for the subject after it
    assert _directed("Căng thẳng Triều Tiên leo thang Tổng thống Hàn Quốc Moon Jae-in hôm qua đã triệu tập cuộc họp "
                     "khẩn và kêu gọi Mỹ kiềm chế.", "REQUEST") == [(["KOR"], ["USA"])]


def test_a_mandate_is_bounded_by_its_states() -> None:
    # review of 848f601: a field or region of no lexicon is no name ("IS Brett McGurk", "Trung Đông")
    assert _actors("Hôm qua, Đặc phái viên Mỹ về chống IS Brett McGurk đã tới Baghdad.")[0] == \
        ("USA", "Đặc phái viên Mỹ", None)
    assert [a[2] for a in _actors("Hôm qua, Đặc phái viên của Nhật Bản về Trung Đông đã gặp Ngoại trưởng Iran.")] == \
        [None, None]
    # ... and the states listed in a mandate are all its topic
    codes = [a[0] for a in _actors("Hôm qua, Đặc phái viên Mỹ về Iraq và Syria Brett McGurk đã kêu gọi Nga ngừng bắn.")]
    assert codes == ["USA", "RUS"]


def test_talks_held_with_an_office_holder_are_a_meeting() -> None:
    # corpus: "đã trao đổi với" an office-holder of another state
    text = ("Tuy nhiên, Tổng thống Biden cho biết ông đã trao đổi với Chủ tịch Trung Quốc Tập Cận Bình về vấn đề khí "
            "hậu.")
    assert [(r.mode, sorted(r.participants)) for r in run(text) if r.type == "CONSULT"] == [("meeting", ["CHN", "USA"])]
    # talks to come are none
    assert [r for r in run("Hôm qua, Ngoại trưởng Nhật Bản cho biết sẽ trao đổi với người đồng cấp Hàn Quốc về vấn "
                           "đề này.") if r.type == "CONSULT"] == []


def test_a_meeting_on_a_summits_sidelines_is_no_conference() -> None:
    # corpus (shortened): the sentence reports the bilateral meeting, not the summit
    text = ("Thỏa thuận này được đưa ra trong cuộc gặp song phương giữa Nga và Hàn Quốc tại hội nghị thượng đỉnh G20 "
            "đang diễn ra tại thành phố Hamburg, Đức.")
    assert [r.mode for r in run(text) if r.type == "CONSULT"] == ["meeting"]
    # a summit held, with nobody meeting on its sidelines, stays a conference
    text = ("Hội nghị thượng đỉnh G20 diễn ra tại thành phố Hamburg, Đức với sự tham dự của Tổng thống Nga Vladimir "
            "Putin.")
    assert [r.mode for r in run(text) if r.type == "CONSULT"] == ["conference"]


def test_a_joined_request_keeps_to_its_own_stretch_and_clause() -> None:
    # review of 4efec8b: a fronted clause closed by a comma has a subject of its own
    assert _directed("Sau khi Triều Tiên tuyên bố thử thành công tên lửa, Nhật Bản đã phản ứng mạnh mẽ và kêu gọi Liên "
                     "hợp quốc họp khẩn.", "REQUEST") == [(["JPN"], ["UN"])]
    # ... a verb of speech that opens on an actor: that actor goes on acting
    assert _directed("Ngoại trưởng Nga Sergei Lavrov cho biết Mỹ đã vi phạm thỏa thuận và yêu cầu Nga rút quân khỏi "
                     "Syria.", "REQUEST") == [(["USA"], ["RUS"])]
    # ... and a cue inside the first verb's object does not make the joined verb its subject's
    assert _directed("Thủ tướng Nhật Bản Shinzo Abe cảm ơn Việt Nam đã ủng hộ Nhật Bản và đề nghị Việt Nam tiếp tục "
                     "hợp tác trong khuôn khổ TPP.", "REQUEST") == [(["JPN"], ["VNM"])]


def test_a_wish_ascribed_or_set_as_a_condition_asks_nobody() -> None:
    # review of 4efec8b
    assert _directed("Muốn đàm phán với Mỹ, Triều Tiên cần chứng tỏ thiện chí.", "REQUEST") == []
    assert _directed("Giới phân tích nhận định Triều Tiên muốn đối thoại trực tiếp với Mỹ.", "REQUEST") == []


def test_a_reporters_talks_are_no_contact() -> None:
    # corpus (shortened): a reporter talking to officials and a firm's representative
    assert [r for r in run("Sau khi đoạn clip xuất hiện trên mạng xã hội, PV Tiền Phong đã trao đổi với lãnh đạo Sở "
                           "KH&ĐT Thái Nguyên, đại diện Samsung về sự việc này.") if r.type == "CONSULT"] == []


def test_backing_joined_in_a_thanked_clause_is_that_clauses() -> None:
    # review of 9af2af6: "cảm ơn X đã ... và ủng hộ Y": X backs Y, as the thanks say
    supports = [(r.source, r.targets) for r in run("Thủ tướng Nguyễn Xuân Phúc cảm ơn Nhật Bản đã luôn sát cánh và ủng "
                                                   "hộ Việt Nam trong những năm qua.") if r.type == "SUPPORT"]
    assert sorted(supports) == [(["JPN"], ["VNM"]), (["VNM"], ["JPN"])]


def test_a_joined_request_in_a_clause_of_time_is_that_clauses() -> None:
    # review of 9af2af6: a clause of time anywhere before the join, closed by a comma or holding the join
    assert _directed("Hôm qua, sau khi Triều Tiên tuyên bố thử thành công tên lửa, Nhật Bản đã phản ứng mạnh mẽ và kêu "
                     "gọi Liên hợp quốc họp khẩn.", "REQUEST") == [(["JPN"], ["UN"])]
    assert _directed("Thủ tướng Abe khẳng định như vậy sau khi Tổng thống Trump gọi điện và kêu gọi Nhật Bản tăng "
                     "cường phòng thủ.", "REQUEST") == [(["USA"], ["JPN"])]
    # ... "đồng thời" still hands the verbs after it back to the first subject
    assert _directed("Thủ tướng Abe cho biết Mỹ là đồng minh quan trọng nhất, đồng thời đánh giá cao vai trò của Hàn "
                     "Quốc và kêu gọi Trung Quốc gây sức ép lên Bình Nhưỡng.", "REQUEST") == [(["JPN"], ["CHN"])]


def test_talks_by_telephone_or_denied_are_no_meeting() -> None:
    # review of 9af2af6
    text = "Trong cuộc điện đàm hôm qua, Tổng thống Trump đã trao đổi với Tổng thống Putin về Syria."
    assert [r.mode for r in run(text) if r.type == "CONSULT"] == ["phone"]
    assert [r for r in run("Nhà Trắng phủ nhận việc ông Trump đã trao đổi với Tổng thống Putin về vấn đề này.")
            if r.type == "CONSULT"] == []


def test_a_summit_attended_stays_with_its_sideline_meetings() -> None:
    # review of 9af2af6: attending the summit is reported beside the meetings on its sidelines
    text = ("Thủ tướng Nguyễn Xuân Phúc tham dự Hội nghị thượng đỉnh G20 tại Hamburg theo lời mời của Thủ tướng Đức, "
            "bên lề hội nghị Thủ tướng đã có nhiều cuộc gặp song phương.")
    assert [r.mode for r in run(text) if r.type == "CONSULT"] == ["conference"]
