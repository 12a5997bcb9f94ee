"""Mechanisms of stop 46, each with the counter-case it must leave alone. "corpus" marks a sentence quoted from
the Báo Mới corpus (shortened where marked)."""

from __future__ import annotations

import pytest
from test_records import run

from hoptac import extract


def _pairs(text: str, mode: str) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(r.participants)) for r in run(text) if r.type == "CONSULT" and r.mode == mode)


def _codes(text: str) -> list[str]:
    return [a.code for a in extract(text, gate=False).actors]


def _actors(text: str) -> list[tuple[int, str, str]]:
    return [(a.sentence, a.code, a.text) for a in extract(text, published="2017-07-01", gate=False).actors]


def test_the_party_is_no_family_name() -> None:
    # Folded, "Đảng" (the Party) was the family name "Đặng", and the state after it part of a person's name.
    assert "CUB" in _codes("Chiều nay, Tổng Bí thư đã có buổi gặp gỡ với Bí thư Trung ương Đảng Cuba và trao đổi về "
                           "nhiều vấn đề quan trọng.")
    # A family name before a state's name still makes it a person's name ("Dương Trung Quốc").
    assert "CHN" not in _codes("Hôm qua, đại biểu quốc hội Dương Trung Quốc phát biểu tại hội trường về vấn đề "
                               "giáo dục và đào tạo.")
    assert "CHN" not in _codes("Hôm qua, ông Đặng Trung Quốc phát biểu tại hội trường về vấn đề giáo dục và đào tạo.")


_CUBA = ("Chiều 24/5, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã tiếp đồng chí Jose Ramon Balaguer "
         "Cabrera, Bí thư Trung ương Đảng Cuba.")


def test_a_comrade_received_is_a_meeting() -> None:
    # corpus: "tiếp đồng chí ..., Bí thư Trung ương Đảng Cuba" ("đồng chí" opens the one received as "ông" does)
    assert _pairs(_CUBA, "meeting") == [("CUB", "VNM")]
    # A comrade of the home side received is no international contact.
    text = "Chiều 24/5, Tổng Bí thư Nguyễn Phú Trọng đã tiếp đồng chí Nguyễn Văn Nên, Bí thư Thành ủy Thành phố Hồ Chí Minh."
    assert _pairs(text, "meeting") == []


def test_a_comrade_is_remembered_with_the_state_of_his_title() -> None:
    # review of 5625916: "đồng chí X, Bí thư Trung ương Đảng Cuba" ties X to Cuba, so his greetings go from Cuba
    text = _CUBA + ("\nĐồng chí Jose Ramon Balaguer Cabrera trân trọng chuyển lời thăm hỏi thân thiết của đồng chí Raul "
                    "Castro tới Tổng Bí thư Nguyễn Phú Trọng; đánh giá cao thành tựu to lớn của Việt Nam.")
    supports = [(r.source, r.targets) for r in run(text) if r.type == "SUPPORT"]
    assert supports == [(["CUB"], ["VNM"])]
    # "Chí" alone (a name's syllable) is no honorific: "Hồ Chí Minh" opens nobody's name.
    assert [c for _s, c, t in _actors("Tại Thành phố Hồ Chí Minh, ông Nguyễn Văn Nên đã tiếp đoàn doanh nghiệp Lào.")
            if t.startswith("Chí")] == []


def test_a_home_official_received_during_a_visit_meets_at_home() -> None:
    # review of 5625916: the occasion's other side is not the one a home official meets
    text = ("Thủ tướng Lào Thongloun Sisoulith đã kết thúc chuyến thăm chính thức Việt Nam.\n"
            "Chiều cùng ngày, Thủ tướng Nguyễn Xuân Phúc đã tiếp đồng chí Nguyễn Văn Nên, Bí thư Thành ủy Thành phố Hồ "
            "Chí Minh, về tình hình kinh tế.")
    assert _pairs(text, "meeting") == []
    text = ("Nhân dịp chuyến thăm chính thức Lào, Tổng Bí thư Nguyễn Phú Trọng đã tiếp đồng chí Nguyễn Bá Hùng, Đại sứ "
            "Việt Nam tại Lào, cùng cán bộ nhân viên Đại sứ quán.")
    assert _pairs(text, "meeting") == []
    # ... while the other side's official received during it is a meeting, and so is one met with a bare title.
    text = ("Thủ tướng Lào Thongloun Sisoulith đã kết thúc chuyến thăm chính thức Việt Nam.\n"
            "Chiều cùng ngày, Thủ tướng Nguyễn Xuân Phúc đã tiếp Bộ trưởng Ngoại giao Lào Saleumxay Kommasith.")
    assert _pairs(text, "meeting") == [("LAO", "VNM")]


def test_an_invitation_to_a_home_comrade_asks_nobody_abroad() -> None:
    # review of 5625916: "mời đồng chí ..." is no title a request takes wherever named ({TITLE} leaves it out)
    text = ("Tại buổi lễ kỷ niệm Quốc khánh Lào tổ chức ở Hà Nội, ban tổ chức đã mời đồng chí Nguyễn Văn A, Phó Chủ tịch "
            "Quốc hội, phát biểu chúc mừng.")
    assert [r for r in run(text) if r.type == "REQUEST"] == []


def test_a_trip_word_coordinated_with_a_visit_lists_its_hosts_after_the_visit() -> None:
    # corpus: "công du, sang thăm" share their window; the list word after "sang thăm" opens the hosts of both
    text = ("Vừa qua, Thủ tướng có nhiều chuyến công du, sang thăm một số nước như Mỹ, Nhật, Đức, Hà Lan, dự các hội "
            "nghị đa phương quan trọng như G7, G20.")
    assert _pairs(text, "visit") == [("DEU", "VNM"), ("JPN", "VNM"), ("NLD", "VNM"), ("USA", "VNM")]
    # Without a list word the comma list after the second verb is still one host and the rest.
    assert _pairs("Vừa qua, Bộ trưởng Mattis có chuyến công du, sang thăm Hàn Quốc, Nhật Bản.", "visit") == [
        ("JPN", "KOR", "USA")]
    # review of 5625916: a list after a verb of another type is its object: the trip visits none of them one by one.
    text = ("Thủ tướng Nhật Bản Shinzo Abe vừa kết thúc chuyến công du, kêu gọi một số nước như Mỹ, Hàn Quốc, Trung Quốc "
            "gây thêm sức ép lên Triều Tiên.")
    assert not any(len(pair) == 2 for pair in _pairs(text, "visit"))
    # A call coordinated with a verb that holds its own "với" lists its partners after it.
    text = ("Ngày 4/7, Tổng thống Trump đã điện đàm, thảo luận với Nhật Bản, Hàn Quốc và Trung Quốc về vụ phóng tên lửa "
            "mới nhất của Triều Tiên.")
    assert _pairs(text, "phone") == [("CHN", "USA"), ("JPN", "USA"), ("KOR", "USA")]


def test_a_long_transliterated_name_is_remembered_by_its_end() -> None:
    # corpus (shortened): a name written syllable by syllable is five words, not eleven; its last words name him later
    text = ("Ngày 30-6, Ngoại trưởng Ca-ta Mô-ha-mét Bin Áp-đun-ra-man An Tha-ni (Mohammed bin Abdulrahman Al Thani) "
            "đã gặp gỡ các thành viên Hội đồng Bảo an tại New York.\n"
            "Ngoại trưởng An Tha-ni yêu cầu các nước thành viên Hội đồng Bảo an thúc giục Ả Rập Xê-út bỏ lệnh phong tỏa.")
    found = _actors(text)
    assert (0, "QAT", "Ngoại trưởng Ca-ta Mô-ha-mét Bin Áp-đun-ra-man An Tha-ni") in found
    assert (1, "QAT", "Ngoại trưởng An Tha-ni") in found
    # Six words are still the most a name takes after a title, hyphened or not.
    text = "Ngày 30-6, Đại sứ Mỹ Ab Cd Ef Gh Ij Kl Mn Op đã gặp gỡ các thành viên Hội đồng Bảo an tại New York."
    assert (0, "USA", "Đại sứ Mỹ Ab Cd Ef Gh Ij Kl") in _actors(text)
    assert (0, "USA", "Đại sứ Mỹ Ab-x Cd Ef Gh Ij Kl-y-z") in _actors(text.replace("Ab", "Ab-x").replace("Kl", "Kl-y-z"))


def test_a_bare_counterpart_is_not_the_last_counterpart_named() -> None:
    # corpus (shortened): "người đồng cấp" is relative to who meets him: not the US counterpart named before
    text = ("Tại cuộc gặp với người đồng cấp Mỹ Rếch Tin-lơ-xơn (Rex Tillerson), ông Tin-lơ-xơn đã hứa sẽ cố gắng giải "
            "quyết cuộc khủng hoảng vùng Vịnh hiện nay.\n"
            "Cũng trong ngày 30-6, Bộ trưởng Quốc phòng Ca-ta đã có chuyến thăm Thổ Nhĩ Kỳ và hội đàm với người đồng cấp "
            "nước chủ nhà.")
    assert not any(s == 1 and c == "USA" for s, c, _t in _actors(text))
    assert _pairs(text, "meeting") == [("QAT", "TUR")]
    assert ("QAT", "USA") not in _pairs(text, "meeting")
    # A counterpart named with the state is that state's, as before.
    assert (1, "USA", "người đồng cấp Mỹ") in _actors(text.replace("người đồng cấp nước chủ nhà", "người đồng cấp Mỹ"))


def test_review_of_fcafc56_home_meetings_and_clubs() -> None:
    # The receiving side's state is its people's, all of one state: not a country in its association's name, not the
    # last of a list of two states' leaders.
    text = ("Chiều 6/6, tại Tokyo, Chủ tịch Hội hữu nghị Việt Nam - Nhật Bản Nguyễn Thiện Nhân đã gặp Chủ tịch Thượng "
            "viện Nhật Bản Chuichi Date để trao đổi về hợp tác giữa hai nước.")
    assert _pairs(text, "meeting") == [("JPN", "VNM")]
    text = ("Chiều 5/7, Thủ tướng Nguyễn Xuân Phúc cùng Thủ tướng Lào Thongloun Sisoulith đã tiếp Chủ tịch Quốc hội Lào "
            "Pany Yathotou tại Nhà Quốc hội ở Viêng Chăn.")
    assert _pairs(text, "meeting") == [("LAO", "VNM")]
    # A home official remembered by a bare title, and a delegation carried from the sentence before, meet their own
    # ambassador at home.
    text = ("Chủ tịch nước Trần Đại Quang đã kết thúc tốt đẹp chuyến thăm cấp Nhà nước tới Nhật Bản từ ngày 30/5 đến 3/6.\n"
            "Trước khi rời Tokyo, Chủ tịch nước đã tiếp đồng chí Nguyễn Quốc Cường, Đại sứ Việt Nam tại Nhật Bản, cùng cán "
            "bộ nhân viên Đại sứ quán.")
    assert _pairs(text, "meeting") == []
    text = ("Đoàn đại biểu cấp cao Thành phố Hồ Chí Minh đã có chuyến thăm và làm việc tại Cuba từ ngày 3 đến 7/7.\n"
            "Trong thời gian ở La Habana, đoàn đã đến gặp đồng chí Nguyễn Trung Thành, Đại sứ Việt Nam tại Cuba, để nghe "
            "giới thiệu tình hình.")
    assert _pairs(text, "meeting") == []


def test_electing_a_state_names_it() -> None:
    # review of bb571ff: "bầu" as an honorific (for "(bầu Đức)", a club owner) lost the states elected ("đã bầu Đức,
    # Bỉ, ..."); withdrawn, the club owner is a known miss below
    text = ("Ngày 8/6, Đại hội đồng Liên Hợp Quốc đã bầu Đức, Bỉ, Nam Phi, Indonesia và Cộng hòa Dominica làm thành viên "
            "không thường trực Hội đồng Bảo an.")
    assert {"DEU", "BEL", "ZAF", "IDN"} <= set(_codes(text))


@pytest.mark.xfail(strict=True, reason="known miss: 'bầu Đức' (a club owner's nickname) is Germany")
def test_a_club_owner_is_no_state() -> None:
    text = ("Tại Đại hội, chia sẻ với cổ đông về kế hoạch làm ăn mới, ông Đoàn Nguyên Đức (bầu Đức) cho rằng công ty "
            "vừa trải qua một năm cực kỳ khó khăn.")
    assert "DEU" not in _codes(text)


def test_review_of_3b813cc_home_meetings_firms_and_hectares() -> None:
    # Another state's person met with the home one, later in the clause, makes it no home meeting.
    text = ("Đoàn đại biểu cấp cao Việt Nam do Chủ tịch Quốc hội dẫn đầu đã đến Viêng Chăn ngày 15/6, bắt đầu chuyến thăm "
            "chính thức Lào theo lời mời của Quốc hội Lào.\n"
            "Chiều cùng ngày, đoàn đã gặp Đại sứ Việt Nam tại Lào và Chủ tịch Quốc hội Lào Pany Yathotou để trao đổi về "
            "hợp tác giữa hai Quốc hội.")
    assert _pairs(text, "meeting") == [("LAO", "VNM")]
    text = ("Chiều 15/6, tại Hà Nội, Phó Thủ tướng Vương Đình Huệ đã tiếp đoàn doanh nghiệp Việt Nam và Nhật Bản do Chủ "
            "tịch Liên đoàn Kinh tế Nhật Bản dẫn đầu.")
    assert _pairs(text, "meeting") == [("JPN", "VNM")]
    # A noun word before the verb counts only in its own phrase: after a comma the verb receives at home.
    text = ("Chủ tịch nước Trần Đại Quang đã đến Viêng Chăn ngày 15/6, bắt đầu chuyến thăm cấp Nhà nước tới Lào.\n"
            "Sau buổi lễ, ông tiếp Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng cùng cán bộ nhân viên Đại sứ quán tại Viêng Chăn.")
    assert _pairs(text, "meeting") == []
    # The HAGL group acts for Việt Nam; its football club is no state; hectares before a state mute nothing.
    text = ("Ngày 15/6, đại diện Tập đoàn Hoàng Anh Gia Lai đã ký thỏa thuận hợp tác với Chính phủ Lào về phát triển "
            "10.000 ha cao su tại tỉnh Attapeu của Lào.")
    assert sorted(tuple(sorted(r.participants)) for r in run(text) if r.type == "AGREE") == [("LAO", "VNM")]
    assert _codes("Tối qua, HA Gia Lai tiếp tục khẳng định sức mạnh khi giành chiến thắng với tỷ số 2-1 trên sân của "
                  "CLB Thanh Hóa ở vòng 11 V-League.") == []
    text = ("Theo báo cáo của Sở Nông nghiệp, dự án trồng rừng ngập mặn trên diện tích 5.000 ha Nhật Bản tài trợ cho "
            "tỉnh Cà Mau đã được bàn giao vào ngày 15/6 vừa qua.")
    assert [(r.source, r.targets) for r in run(text) if r.type == "AID"] == [(["JPN"], ["VNM"])]


def test_an_invitation_accepted_after_a_credit_opens_a_visit() -> None:
    # corpus (shortened): with the party's full title read, its state (China) owned the invitation, and the portal
    # credited before the comma stood as the one who answered it: the guide's protocol formula is no request.
    text = ("Theo Cổng TTĐT Chính phủ, nhận lời mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, "
            "Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình, sáng 11/5, Chủ tịch nước Trần Đại Quang đã lên "
            "đường thăm cấp Nhà nước Trung Quốc.")
    assert [r for r in run(text) if r.type == "REQUEST"] == []
    # A request answered after a comma by one named before it still is one ("..., theo yêu cầu của Mỹ").
    text = ("Hội đồng Bảo an Liên Hợp Quốc sẽ tổ chức một phiên họp khẩn vào ngày 16/5, theo yêu cầu của Mỹ, Nhật Bản "
            "và Hàn Quốc.")
    assert [(sorted(r.source), r.targets) for r in run(text) if r.type == "REQUEST"] == [(["JPN", "KOR", "USA"], ["UN"])]


def test_a_spread_over_places_is_no_allocation() -> None:
    # corpus: once HAGL named Việt Nam, "phân bổ" (allocation) gave an aid from its spread over three countries
    text = ("Về mặt phân bổ địa lý, vườn trái cây của HAGL được trồng tại Việt Nam (2.111 ha), Lào (8.731ha) và "
            "Campuchia (7.845 ha).")
    assert [r for r in run(text) if r.type == "AID"] == []
    text = "Tổ chức Y tế Thế giới đã phân bổ 1 triệu liều vắc xin cho Việt Nam trong đợt đầu tiên của cơ chế COVAX."
    assert [(r.source, r.targets) for r in run(text) if r.type == "AID"] == [(["WHO"], ["VNM"])]


_LAO_VISIT = "Chủ tịch nước Trần Đại Quang đã đến Viêng Chăn ngày 15/6, bắt đầu chuyến thăm cấp Nhà nước tới Lào.\n"


def test_a_topic_a_post_or_a_journey_in_the_clause_is_no_one_met() -> None:
    # review of bb571ff and eeb3088
    # A state named in the clause as a topic, a post or a journey is no one met: the ambassador is still met at home.
    for rest in ("để nghe báo cáo về hợp tác ba nước với Campuchia.", "người vừa trở về từ Đức sau chuyến công tác.",
                 "kiêm nhiệm Campuchia và Thái Lan, cùng cán bộ nhân viên Đại sứ quán."):
        text = _LAO_VISIT + "Chiều cùng ngày, Chủ tịch nước đã tiếp Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng " + rest
        assert _pairs(text, "meeting") == [], rest
    # A club is no firm's state; the group still is.
    text = ("Ngày 15/6, CLB HAGL đã ký thỏa thuận hợp tác với CLB Mito Hollyhock của Nhật Bản về đào tạo bóng đá trẻ "
            "trong giai đoạn 2017-2020.")
    assert [r for r in run(text) if r.type == "AGREE"] == []
    text = "Ngày 15/6, Tập đoàn HAGL đã trao tặng 10 tỷ đồng cho tỉnh Attapeu của Lào để xây dựng bệnh viện."
    assert [(r.source, r.targets) for r in run(text) if r.type == "AID"] == [(["VNM"], ["LAO"])]
    # A request for aid accepted after a comma is still a request (only an invitation's is the visit's protocol).
    text = ("Chính phủ Nhật Bản, nhận lời đề nghị của Chính phủ Việt Nam, đã quyết định viện trợ khẩn cấp 1 triệu liều "
            "vắc xin AstraZeneca cho Việt Nam ngày 15/6.")
    assert [(r.source, r.targets) for r in run(text) if r.type == "REQUEST"] == [(["VNM"], ["JPN"])]
    # "phân bổ địa lý" still ends the window of the allocation before it.
    text = ("Ngày 15/6, Tổ chức Y tế Thế giới đã phân bổ 1 triệu liều vắc xin cho Việt Nam theo nguyên tắc phân bổ địa lý "
            "công bằng của cơ chế COVAX.")
    assert [(r.source, r.targets) for r in run(text) if r.type == "AID"] == [(["WHO"], ["VNM"])]
    # The Lao party's full title is Laos's.
    text = ("Chủ tịch Trung Quốc Tập Cận Bình đã hội đàm với Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng "
            "Lào, Chủ tịch nước Lào Bounnhang Vorachith.")
    assert _pairs(text, "meeting") == [("CHN", "LAO")]


def test_any_actor_of_another_state_among_those_met_makes_a_meeting_abroad() -> None:
    # review of 9b26580
    # Another state among those met is any actor of it, whatever stands between ("và đoàn Lào", "cùng các nhà đầu tư
    # Nhật Bản", "ông Kim Chang-su, người Hàn Quốc"), so these international meetings stand.
    lead = "Ngày 28/6, tại Hà Nội, Chủ tịch nước Trần Đại Quang đã tiếp "
    for guests, pair in (("đoàn đại biểu Việt Nam và đoàn Lào tham dự hội nghị hợp tác biên giới.", ("LAO", "VNM")),
                         ("các đoàn doanh nghiệp Việt Nam cùng các nhà đầu tư Nhật Bản tham dự diễn đàn.", ("JPN", "VNM")),
                         ("đoàn cán bộ Việt Nam và ông Kim Chang-su, người Hàn Quốc, Chủ tịch Hội hữu nghị Hàn - Việt.",
                          ("KOR", "VNM"))):
        assert _pairs(lead + guests, "meeting") == [pair], guests
    # A state listed after a post's place is a place too: the ambassadors are met at home.
    text = _LAO_VISIT + "Chiều cùng ngày, Chủ tịch nước đã tiếp các Đại sứ Việt Nam tại Lào, Campuchia và Thái Lan tại Viêng Chăn."
    assert _pairs(text, "meeting") == []
    # A sponsor named after a sport's word is still the firm (only a club's word mutes one).
    text = "Ngày 28/6, nhà tài trợ bóng đá Samsung đã trao tặng 10 tỷ đồng cho tỉnh Attapeu của Lào để xây dựng bệnh viện."
    assert [(r.source, r.targets) for r in run(text) if r.type == "AID"] == [(["KOR"], ["LAO"])]


def test_read_through_of_the_stop() -> None:
    # A state listed with the first guest is one met even with no post before it, and "tiếp thân mật" is the verb too.
    text = "Chiều 15/6, tại Hà Nội, Phó Thủ tướng Vương Đình Huệ đã tiếp đoàn doanh nghiệp Việt Nam và Nhật Bản."
    assert _pairs(text, "meeting") == [("JPN", "VNM")]
    text = (_LAO_VISIT + "Chiều cùng ngày, Chủ tịch nước đã tiếp thân mật đồng chí Nguyễn Bá Hùng, Đại sứ Việt Nam tại "
            "Lào, cùng cán bộ nhân viên Đại sứ quán.")
    assert _pairs(text, "meeting") == []
