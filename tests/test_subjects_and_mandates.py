"""Who acts at a verb joined to the one before, an envoy's mandate, a wish to deal with a partner, talks with an
office-holder, a summit beside its sideline meetings: each with the counter-cases it must leave alone. "corpus" marks a
sentence quoted from the Báo Mới or Dân trí corpus (shortened where marked)."""

from __future__ import annotations

from test_records import run

from hoptac import extract


def _actors(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.code, a.text, a.name) for a in extract(text, published="2017-06-20", gate=False).actors]


def _directed(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return [(r.source, r.targets) for r in run(text) if r.type == kind]


def _contacts(text: str) -> list[tuple[str | None, list[str]]]:
    return sorted((r.mode, sorted(r.participants)) for r in run(text) if r.type == "CONSULT")


# -- an envoy's mandate --------------------------------------------------------------------------------------------

def test_an_envoys_mandate_names_a_topic_and_the_holder_after_it() -> None:
    # corpus: the name after the mandate is the envoy's, remembered for "ông Yun"; the mandate's state is no side
    text = ("Quá trình ngoại giao bắt đầu vào ngày 6-6. Đặc phái viên của Mỹ về chính sách Triều Tiên Joseph Yun "
            "đã gặp Đại sứ Triều Tiên Pak Kil-yon ở New York. Sau đó ông Yun đã đến thăm Bình Nhưỡng.")
    assert _actors(text) == [("USA", "Đặc phái viên của Mỹ về chính sách Triều Tiên Joseph Yun", "Joseph Yun"),
                             ("PRK", "Đại sứ Triều Tiên Pak Kil-yon", "Pak Kil-yon"),
                             ("USA", "ông Yun", "Joseph Yun")]
    assert _contacts(text) == [("meeting", ["PRK", "USA"]), ("visit", ["PRK", "USA"])]
    # corpus: a body's envoy too ("Đặc phái viên Liên hợp quốc về Iraq Jan Kubis": Iraq is the topic)
    assert _actors("Trong khi đó, Đặc phái viên Liên hợp quốc về Iraq Jan Kubis tuyên bố các chiến dịch sẽ tiếp tục.") \
        == [("UN", "Đặc phái viên Liên hợp quốc về Iraq Jan Kubis", "Jan Kubis")]
    # corpus: a holder the lexicon knows is named as right after a title
    assert _actors("Trong khi đó, Đặc phái viên Liên hợp quốc về Syria Staffan de Mistura đã triệu tập hội nghị về "
                   "hòa bình.") == [("UN", "Đặc phái viên Liên hợp quốc về Syria Staffan de Mistura",
                                     "Staffan de Mistura")]
    # With no name after it, a mandate's word before the state makes it the topic, not the one the envoy meets with.
    assert _contacts("Hôm qua, Đặc phái viên Mỹ về vấn đề Triều Tiên đã gặp Đại sứ Hàn Quốc tại Seoul để bàn về tình "
                     "hình.") == [("meeting", ["KOR", "USA"])]


def test_a_mandate_needs_a_name_or_its_word() -> None:
    # "về" as a verb (he came back to meet, came to): no mandate, the state after it stays an actor
    assert [a[0] for a in _actors("Hôm qua, Đặc phái viên Mỹ về gặp Đại sứ Hàn Quốc tại Seoul để bàn về tình hình "
                                  "bán đảo.")] == ["USA", "KOR"]
    assert [a[0] for a in _actors("Hôm qua, Đặc phái viên Mỹ về tới Hàn Quốc, bắt đầu chuyến thăm ba ngày.")] == \
        ["USA", "KOR"]
    assert [a[0] for a in _actors("Hôm qua, Đặc sứ Nhật Bản về Việt Nam dự lễ kỷ niệm 45 năm quan hệ ngoại giao.")] \
        == ["JPN", "VNM"]
    # ... nor a weekday after the state, which is no name
    assert _actors("Hôm qua, Đặc phái viên Mỹ về Hàn Quốc Thứ Hai tuần này sẽ gặp các quan chức.") == \
        [("USA", "Đặc phái viên Mỹ", None), ("KOR", "Hàn Quốc", None)]
    # A field no lexicon bounds makes no mandate, and its capitals no name ("về Kiểm soát Vũ khí ...").
    assert _actors("Hôm qua, Đặc phái viên Mỹ về Kiểm soát Vũ khí Marshall Billingslea đã tới Hà Nội.")[0] == \
        ("USA", "Đặc phái viên Mỹ", None)
    assert _actors("Hôm qua, Đặc phái viên Mỹ về chống IS Brett McGurk đã tới Baghdad.")[0] == \
        ("USA", "Đặc phái viên Mỹ", None)
    # A title of another role keeps the state after "về" (came to Việt Nam).
    assert [a[0] for a in _actors("Chiều nay, Bộ trưởng Ngoại giao Nhật Bản về Việt Nam dự lễ kỷ niệm và gặp Thủ "
                                  "tướng Nguyễn Xuân Phúc.")] == ["JPN", "VNM", "VNM"]


def test_a_mandates_states_listed_before_a_name_are_all_its_topic() -> None:
    assert [a[0] for a in _actors("Hôm qua, Đặc phái viên Mỹ về Iraq và Syria Brett McGurk đã kêu gọi Nga ngừng "
                                  "bắn.")] == ["USA", "RUS"]
    # With no name, only the first: the states listed after it are the sentence's subjects.
    assert [a[0] for a in _actors("Hôm qua, Đặc phái viên Liên hợp quốc về vấn đề Syria, Nga và Thổ Nhĩ Kỳ đã nhất "
                                  "trí thành lập ủy ban hiến pháp.")] == ["UN", "RUS", "TUR"]


# -- who acts at a verb joined by "và" ------------------------------------------------------------------------------

def test_a_request_joined_to_a_verb_is_that_verbs_subjects() -> None:
    # corpus: the state before "và thúc giục" is the object of the sanctions, not the one who urges
    assert _directed("Mỹ đã có nhiều nỗ lực để tăng cường các chế tài trừng phạt Triều Tiên và thúc giục Trung Quốc "
                     "đóng vai trò lớn hơn trong việc gây áp lực.", "REQUEST") == [(["USA"], ["CHN"])]
    # corpus: the subject of a verb of speech, past the states of what it says
    assert _directed("Thủ tướng Dmitry Medvedev cho rằng quan hệ hai nước Nga - Việt Nam thời gian qua phát triển "
                     "tích cực và bày tỏ mong muốn Chính phủ Việt Nam tiếp tục quan tâm thúc đẩy hợp tác kinh tế.",
                     "REQUEST") == [(["RUS"], ["VNM"])]
    # a cue inside the first verb's object does not make the joined verb its subject's
    assert _directed("Thủ tướng Nhật Bản Shinzo Abe cảm ơn Việt Nam đã ủng hộ Nhật Bản và đề nghị Việt Nam tiếp tục "
                     "hợp tác trong khuôn khổ TPP.", "REQUEST") == [(["JPN"], ["VNM"])]


def test_sympathy_joined_to_a_call_is_the_callers() -> None:
    # corpus: condolences sent after a call come from the caller, not from the one called
    assert _directed("Ngay sau vụ việc, Tổng thống Nga Vladimir Putin đã điện đàm với người đồng cấp Thổ Nhĩ Kỳ Tayyip "
                     "Erdogan và gửi lời chia buồn.", "SUPPORT") == [(["RUS"], ["TUR"])]


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


def test_a_deed_or_backing_joined_on_is_its_own_clauses() -> None:
    # the speaker does not give what the reported clause's subjects give
    aid = [(sorted(r.source), r.targets) for r in run("Bà Merkel nói rằng Đức và Pháp sẽ cùng nhau hành động và hỗ trợ "
                                                     "Hy Lạp.") if r.type == "AID"]
    assert aid == [(["DEU", "FRA"], ["GRC"])]
    # ... nor the one who criticises what another does
    aid = [r.source for r in run("Nga chỉ trích việc NATO mở rộng và hỗ trợ Ukraine.") if r.type == "AID"]
    assert aid == [["NATO"]]
    # "cảm ơn X đã ... và ủng hộ Y": X backs Y, as the thanks say
    supports = [(r.source, r.targets) for r in run("Thủ tướng Nguyễn Xuân Phúc cảm ơn Nhật Bản đã luôn sát cánh và ủng "
                                                   "hộ Việt Nam trong những năm qua.") if r.type == "SUPPORT"]
    assert sorted(supports) == [(["JPN"], ["VNM"]), (["VNM"], ["JPN"])]
    # a contact joined on stays its own clause's ("khi Tổng thống có cuộc điện đàm và gửi thư")
    assert _contacts("Thủ tướng Nguyễn Xuân Phúc bày tỏ ấn tượng trước sự thân thiện của Tổng thống Donald Trump khi "
                     "Tổng thống có cuộc điện đàm và gửi thư cho Thủ tướng Nguyễn Xuân Phúc.") == \
        [("message", ["USA", "VNM"]), ("phone", ["USA", "VNM"])]


def test_a_joined_request_keeps_to_its_own_clause() -> None:
    # a heading glued on with no comma does not act for the subject after it
    assert _directed("Căng thẳng Triều Tiên leo thang Tổng thống Hàn Quốc Moon Jae-in hôm qua đã triệu tập cuộc họp "
                     "khẩn và kêu gọi Mỹ kiềm chế.", "REQUEST") == [(["KOR"], ["USA"])]
    # a clause of time closed by a comma, wherever it stands, has a subject of its own
    assert _directed("Hôm qua, sau khi Triều Tiên tuyên bố thử thành công tên lửa, Nhật Bản đã phản ứng mạnh mẽ và kêu "
                     "gọi Liên hợp quốc họp khẩn.", "REQUEST") == [(["JPN"], ["UN"])]
    # ... and one with no comma holds the join
    assert _directed("Thủ tướng Abe khẳng định như vậy sau khi Tổng thống Trump gọi điện và kêu gọi Nhật Bản tăng "
                     "cường phòng thủ.", "REQUEST") == [(["USA"], ["JPN"])]
    # a verb of speech that opens on an actor: that actor goes on acting
    assert _directed("Ngoại trưởng Nga Sergei Lavrov cho biết Mỹ đã vi phạm thỏa thuận và yêu cầu Nga rút quân khỏi "
                     "Syria.", "REQUEST") == [(["USA"], ["RUS"])]
    # "đồng thời" still hands the verbs after it back to the first subject
    assert _directed("Thủ tướng Abe cho biết Mỹ là đồng minh quan trọng nhất, đồng thời đánh giá cao vai trò của Hàn "
                     "Quốc và kêu gọi Trung Quốc gây sức ép lên Bình Nhưỡng.", "REQUEST") == [(["JPN"], ["CHN"])]


# -- wishes, backing, talks, summits --------------------------------------------------------------------------------

def test_a_wish_to_deal_with_a_partner_asks_it() -> None:
    # corpus: a wish to negotiate or agree "với" a state asks that state
    assert _directed("Mỹ đã bày tỏ mong muốn đàm phán song phương với Tokyo nhưng giới chức Nhật Bản thường nêu quan "
                     "điểm khác.", "REQUEST") == [(["USA"], ["JPN"])]
    assert _directed("Ông cũng khẳng định Mỹ muốn duy trì các kênh thông tin với Nga nhằm tránh xung đột.",
                     "REQUEST") == [(["USA"], ["RUS"])]
    # Cutting ties or easing tension "với" a state is no dealing with it, and asks it nothing.
    assert _directed("Hôm qua, Saudi Arabia cho biết muốn cắt đứt quan hệ với Qatar.", "REQUEST") == []
    assert _directed("Hôm qua, Saudi Arabia cho biết muốn giảm căng thẳng với Iran.", "REQUEST") == []
    # corpus: a wish addressed to a state's investors asks that state
    assert _directed("Việt Nam mong muốn các doanh nghiệp và nhà đầu tư Trung Quốc chú trọng vấn đề bảo vệ môi trường.",
                     "REQUEST") == [(["VNM"], ["CHN"])]


def test_a_wish_ascribed_or_set_as_a_condition_asks_nobody() -> None:
    assert _directed("Muốn đàm phán với Mỹ, Triều Tiên cần chứng tỏ thiện chí.", "REQUEST") == []
    assert _directed("Giới phân tích nhận định Triều Tiên muốn đối thoại trực tiếp với Mỹ.", "REQUEST") == []
    assert _directed("Ông Trump nói rằng Triều Tiên muốn đàm phán với Mỹ nhưng ông không tin điều đó.", "REQUEST") == []
    assert _directed("Triều Tiên được cho là muốn đàm phán với Mỹ.", "REQUEST") == []


def test_backing_a_deed_does_not_back_the_state_it_is_done_to() -> None:
    # the state after "việc" is as often what the deed backed is done to or asked of
    assert _directed("Hôm qua, Trung Quốc ủng hộ việc Triều Tiên phi hạt nhân hóa bán đảo.", "SUPPORT") == []
    assert _directed("Hôm qua, Mỹ ủng hộ việc Triều Tiên bị trừng phạt nặng hơn.", "SUPPORT") == []


def test_talks_held_with_an_office_holder_are_a_meeting() -> None:
    # corpus: "đã trao đổi với" an office-holder of another state
    assert _contacts("Tuy nhiên, Tổng thống Biden cho biết ông đã trao đổi với Chủ tịch Trung Quốc Tập Cận Bình về vấn "
                     "đề khí hậu.") == [("meeting", ["CHN", "USA"])]
    # talks to come are none
    assert _contacts("Hôm qua, Ngoại trưởng Nhật Bản cho biết sẽ trao đổi với người đồng cấp Hàn Quốc về vấn đề "
                     "này.") == []


def test_talks_by_telephone_denied_or_by_a_reporter_are_no_meeting() -> None:
    assert _contacts("Trong cuộc điện đàm hôm qua, Tổng thống Trump đã trao đổi với Tổng thống Putin về Syria.") == \
        [("phone", ["RUS", "USA"])]
    assert _contacts("Nhà Trắng phủ nhận việc ông Trump đã trao đổi với Tổng thống Putin về vấn đề này.") == []
    # corpus (shortened): a reporter talking to officials and a firm's representative
    assert _contacts("Sau khi đoạn clip xuất hiện trên mạng xã hội, PV Tiền Phong đã trao đổi với lãnh đạo Sở KH&ĐT "
                     "Thái Nguyên, đại diện Samsung về sự việc này.") == []
    # ... not a warning or a notice ("cảnh báo", "thông báo"), which hold the word "báo"
    assert _contacts("Sau khi cảnh báo Triều Tiên, Thủ tướng Abe cho biết ông đã trao đổi với Tổng thống Trump về tình "
                     "hình.") == [("meeting", ["JPN", "USA"])]


def test_a_summit_held_is_no_conference_beside_a_meeting_on_its_sidelines() -> None:
    # corpus (shortened): the sentence reports the bilateral meeting, not the summit
    assert _contacts("Thỏa thuận này được đưa ra trong cuộc gặp song phương giữa Nga và Hàn Quốc tại hội nghị thượng "
                     "đỉnh G20 đang diễn ra tại thành phố Hamburg, Đức.") == [("meeting", ["KOR", "RUS"])]
    assert _contacts("Hội nghị thượng đỉnh G20 diễn ra tại Hamburg, Đức và bên lề hội nghị, Tổng thống Nga Vladimir "
                     "Putin đã có cuộc gặp song phương với Tổng thống Mỹ Donald Trump.") == \
        [("meeting", ["RUS", "USA"])]
    # a summit held, with nobody meeting on its sidelines, stays a conference
    assert _contacts("Hội nghị thượng đỉnh G20 diễn ra tại thành phố Hamburg, Đức với sự tham dự của Tổng thống Nga "
                     "Vladimir Putin.") == [("conference", ["DEU", "G20", "RUS"])]
    # ... and so does one attended, reported beside the meetings on its sidelines
    assert _contacts("Thủ tướng Nguyễn Xuân Phúc tham dự Hội nghị thượng đỉnh G20 tại Hamburg theo lời mời của Thủ "
                     "tướng Đức, bên lề hội nghị Thủ tướng đã có nhiều cuộc gặp song phương.") == \
        [("conference", ["G20", "VNM"])]


def test_a_summit_still_to_come_is_no_conference() -> None:
    # corpus: a summit that "sẽ diễn ra" with its members' leaders has not taken place
    text = ("Hôm qua, Nhà Trắng cho biết Hội nghị G20 sẽ diễn ra từ ngày 7-7 đến 8-7 tại Hamburg, Đức, với sự góp mặt "
            "của lãnh đạo các quốc gia thành viên, trong đó có Nga và Mỹ.")
    assert _contacts(text) == []
    # ... one that took place is one, whatever plan the sentence names after it
    assert _contacts(text.replace("sẽ diễn ra", "đã diễn ra")) == [("conference", ["G20", "USA"])]
    assert _contacts("Hội nghị ASEAN - Nhật Bản đã diễn ra tại Manila để bàn các hoạt động sắp tới.") == \
        [("conference", ["ASEAN", "JPN"])]
    # ... and a conference that only places a meeting leaves the meeting alone
    assert _contacts("Tại hội nghị Ngoại trưởng Nga Sergei Lavrov đã gặp Ngoại trưởng Mỹ Rex Tillerson để chuẩn bị cho "
                     "thượng đỉnh Nga - Mỹ dự kiến vào tháng 7.") == [("meeting", ["RUS", "USA"])]
    assert _contacts("Thủ tướng Nguyễn Xuân Phúc đã dự Diễn đàn Kinh tế Việt Nam - Nhật Bản nhằm xúc tiến đầu tư trong "
                     "thời gian tới đây.") == [("conference", ["JPN", "VNM"])]
