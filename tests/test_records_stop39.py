"""Mechanisms found from the open sets' errors at stop 39 (eval/gold train and extra), each on corpus text."""

from __future__ import annotations

from test_records import find, run


def _types(text: str) -> set[str]:
    """The record types the text gives, undated by any publication (Báo Mới's articles have none)."""
    return {r.type for r in run(text, published=None)}


def test_a_capital_right_after_a_visit_names_its_host() -> None:
    # corpus (Báo Mới): "trong chuyến thăm Washington của Tổng thống Erdogan", "Chủ tịch Trung Quốc Tập Cận Bình đang
    # ở thăm Moskva", "sau chuyến công du Moscow ... của Ngoại trưởng Mỹ Rex Tillerson".
    find(run("Vụ đụng độ xảy ra bên ngoài dinh thự Đại sứ Thổ Nhĩ Kỳ trong chuyến thăm Washington của Tổng thống "
             "Erdogan hồi tháng trước.", published=None), "CONSULT", participants=["TUR", "USA"], mode="visit")
    find(run("Tổng thống Nga Vladimir Putin đã tiếp Chủ tịch Trung Quốc Tập Cận Bình đang ở thăm Moskva.",
             published=None), "CONSULT", participants=["CHN", "RUS"], mode="visit")
    # A capital further on is no host: a place the visit only mentions.
    assert "CONSULT" not in _types("Tổng thống Erdogan có chuyến thăm chính thức kéo dài ba ngày, sau đó về Washington.")


def test_help_is_aid_only_to_a_state_named_right_after_the_verb() -> None:
    # corpus (Dân trí): "Tổ chức Y tế thế giới (WHO) cũng đã giúp Lào tổ chức các khóa đào tạo chuyên môn".
    find(run("Tổ chức Y tế thế giới (WHO) cũng đã giúp Lào tổ chức các khóa đào tạo chuyên môn cho lực lượng phục vụ "
             "phòng chống dịch.", published=None), "AID", source=["WHO"], targets=["LAO"])
    # corpus (Báo Mới): a favour to a firm, within a meeting whose other side would be taken as its recipient.
    doc = run("Ông Trump hôm nay đã có cuộc họp báo chung với Tổng thống Ba Lan Andrzej Duda. Đề cập tới NBC, ông Trump "
              "cho hay \"cũng tệ như CNN\", bất chấp thực tế ông đã giúp hãng này kiếm bộn tiền với chương trình Người "
              "tập sự.", published=None)
    find(doc, "CONSULT", participants=["USA", "POL"])
    assert "AID" not in {r.type for r in doc}


def test_financing_extremists_or_a_states_opponents_is_no_aid() -> None:
    # corpus (Báo Mới)
    for text in ("Theo nguồn tin này, Qatar đã tài trợ cho các tổ chức chống đối Ai Cập ở Libya.",
                 "Ông Trump nói ông được cho hay Qatar đang tài trợ \"ý thức hệ cực đoan\".",
                 "Các nước Arab yêu cầu Qatar ngừng tài trợ cho bất kỳ tổ chức cực đoan nào bị Mỹ liệt vào danh sách."):
        assert "AID" not in _types(text), text
    # Money for a state's people stays aid.
    find(run("Nhật Bản đã tài trợ cho Việt Nam 2 triệu USD để khắc phục hậu quả thiên tai.", published=None),
         "AID", source=["JPN"], targets=["VNM"])


def test_demands_named_as_things_are_no_request_made() -> None:
    # corpus (Báo Mới): a list of demands talked about, a need, a standard met.
    for text in ("Tổng thống Mỹ Donald Trump nói: \"Những yêu cầu mà các nước Ả Rập đưa ra bao gồm cắt đứt quan hệ với "
                 "Iran\".",
                 "Theo giới chức Qatar, một số yêu cầu trong bản danh sách của Saudi Arabia là không hợp lý.",
                 "Tổng thống Nga nói phát triển quan hệ với Việt Nam là yêu cầu quan trọng có tính nguyên tắc.",
                 "Chiếc xe chở Tổng thống Nga do Đức sản xuất đáp ứng đầy đủ yêu cầu an toàn."):
        assert "REQUEST" not in _types(text), text
    # The verb stays a demand.
    find(run("Tổng thống Nga Vladimir Putin yêu cầu Mỹ dỡ bỏ các lệnh trừng phạt.", published=None), "REQUEST",
         source=["RUS"], targets=["USA"])


def test_review_help_to_a_states_people_or_government_and_a_short_capital() -> None:
    # Review of 40b7478: words naming a state's people, government or forces may stand between "giúp" and the state
    # (test sentences), and a capital of six letters is a host too (corpus, Báo Mới: "trong khuôn khổ chuyến thăm
    # Riyadh của Tổng thống Mỹ Donald Trump").
    find(run("Nhật Bản đã giúp nhân dân Lào 2 triệu USD để khắc phục hậu quả lũ lụt.", published=None), "AID",
         source=["JPN"], targets=["LAO"])
    find(run("Mỹ đã giúp quân đội Philippines huấn luyện và cung cấp thiết bị quân sự.", published=None), "AID",
         source=["USA"], targets=["PHL"])
    find(run("Tập đoàn GE ký hợp đồng với Saudi Arabia trong khuôn khổ chuyến thăm Riyadh của Tổng thống Mỹ Donald "
             "Trump.", published=None), "CONSULT", participants=["SAU", "USA"], mode="visit")


def test_review_a_request_whose_passive_agent_is_no_state() -> None:
    # Review of 40b7478 (corpus, Báo Mới): the reporters asked; the visit framing the sentence lent the request its
    # parties.
    doc = run("Khi bà Merkel tới thăm Washington hơn 3 tháng trước, báo giới đã bình luận về lý do Tổng thống Trump "
              "không bắt tay nhà lãnh đạo Đức khi được các phóng viên đề nghị.", published=None)
    find(doc, "CONSULT", participants=["DEU", "USA"], mode="visit")
    assert "REQUEST" not in {r.type for r in doc}
    # Reportedly made is made ("được cho là đã đề nghị").
    find(run("Chủ tịch Trung Quốc Tập Cận Bình được cho là đã đề nghị Tổng thống Mỹ Donald Trump cho Bắc Kinh thời "
             "hạn 100 ngày.", published=None), "REQUEST", source=["CHN"], targets=["USA"])


def test_backers_named_as_people_and_talks_to_reopen_a_deal_are_no_records() -> None:
    # corpus (Báo Mới)
    for text in ("Sự lên ngôi của ứng cử viên ủng hộ EU Emmanuel Macron tại Pháp đang đảo ngược xu thế ở châu Âu.",
                 "Ông nhấn mạnh Nga - bên ủng hộ mạnh mẽ Tổng thống Syria Bashar al-Assad, phải sử dụng ảnh hưởng của "
                 "nước này.",
                 "Tổng thống Mỹ Donald Trump chỉ trích thỏa thuận thương mại Mỹ-Hàn và hăm dọa sẽ phá bỏ cam kết để tái "
                 "đàm phán với Hàn Quốc."):
        assert not _types(text) & {"SUPPORT", "CONSULT"}, text


def test_consultations_held_not_a_mechanism_agreed_or_kept() -> None:
    # corpus (Báo Mới): a mechanism agreed, kept or used is no contact held.
    for text in ("Các đặc phái viên của Hàn Quốc, Mỹ và Nhật Bản đã nhất trí tham vấn chặt chẽ các biện pháp đáp trả.",
                 "Tổng thống hai nước Nga và Ai Cập thống nhất tiếp tục hợp tác và duy trì tham vấn về tất cả các vấn đề.",
                 "Trung Quốc và Ấn Độ năm 2012 đã từng cam kết dùng biện pháp tham vấn hoàn tất phân định biên giới."):
        assert "CONSULT" not in _types(text), text
    find(run("Ngày 5/6, Việt Nam và Trung Quốc đã tiến hành cuộc tham vấn về vấn đề biên giới tại Hà Nội.",
             published=None), "CONSULT", participants=["VNM", "CHN"], mode="meeting")


def test_review_two_passives_that_are_not_and_demands_made() -> None:
    # Review of 9cd6e74 (test sentences): "được"/"bị" inside a word or across another clause is no passive of the cue;
    # an alleged act was made; demands made, sent or refused, and a round of renegotiation held, stay records.
    cases = [("Ngày 5/6, Nga và Trung Quốc đạt được đồng thuận và kêu gọi Mỹ rút hệ thống THAAD khỏi Hàn Quốc.",
              "REQUEST", {"source": ["RUS", "CHN"], "targets": ["USA"]}),
             ("Nhật Bản đã triển khai thiết bị và kêu gọi Mỹ hỗ trợ.", "REQUEST", {"source": ["JPN"], "targets": ["USA"]}),
             ("Ngày 5/6, Mỹ bị tố đã yêu cầu Hàn Quốc chi trả chi phí THAAD.", "REQUEST",
              {"source": ["USA"], "targets": ["KOR"]}),
             ("Ngày 5/6, Mỹ đưa ra những yêu cầu đối với Triều Tiên về việc dừng thử hạt nhân.", "REQUEST",
              {"source": ["USA"], "targets": ["PRK"]}),
             ("Ngày 5/6, Nga đã đáp ứng nhanh và yêu cầu Mỹ rút quân khỏi Syria.", "REQUEST",
              {"source": ["RUS"], "targets": ["USA"]}),
             ("Ngày 16/8, Mỹ, Canada và Mexico bắt đầu vòng tái đàm phán NAFTA đầu tiên tại Washington.", "CONSULT",
              {"participants": ["USA", "CAN", "MEX"]}),
             ("Nhật Bản giúp chính phủ và nhân dân Lào 2 triệu USD.", "AID", {"source": ["JPN"], "targets": ["LAO"]})]
    for text, kind, roles in cases:
        find(run(text, published=None), kind, **roles)
    # An effect is no aid ("giúp cho Mỹ tiết kiệm").
    assert "AID" not in _types("Việc Nhật Bản hạ lãi suất giúp cho Mỹ tiết kiệm 2 tỷ USD.")
    # corpus (Báo Mới): consultations named by their mechanism's name, held.
    find(run("Ngày 14/6, Thứ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã cùng Thứ trưởng Bộ Ngoại giao Nga I. Morgulov chủ trì "
             "Đối thoại chiến lược lần thứ 9 và Tham vấn chính trị cấp Thứ trưởng Ngoại giao Việt Nam - Nga.",
             published=None), "CONSULT", participants=["VNM", "RUS"])
