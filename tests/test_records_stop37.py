"""Mechanisms found from the open sets' errors at stop 37 (eval/gold train and extra), each on corpus text."""

from __future__ import annotations

from test_records import find, run


def _types(text: str) -> set[str]:
    """The record types the text gives, undated by any publication (Báo Mới's articles have none)."""
    return {r.type for r in run(text, published=None)}


def test_a_working_visit_names_its_host_after_its_place_word() -> None:
    # corpus (Báo Mới): "chuyến thăm chính thức làm việc tại Hà Lan", the traveller after the frame's comma.
    text = ("Trong khuôn khổ chuyến thăm chính thức làm việc tại Hà Lan, chiều 9/7 (giờ địa phương), Thủ tướng "
            "Chính phủ Nguyễn Xuân Phúc đã có các cuộc tiếp lãnh đạo doanh nghiệp.")
    find(run(text, published=None), "CONSULT", participants=["NLD", "VNM"], mode="visit")
    find(run("Thủ tướng Nguyễn Xuân Phúc đang thăm chính thức, làm việc tại Hà Lan.", published=None), "CONSULT",
         participants=["VNM", "NLD"], mode="visit")
    # A bare "làm việc tại" of no visit names no host.
    assert "CONSULT" not in _types("Ông Nguyễn Văn A, người từng làm việc tại Hà Lan, cho biết như vậy.")


def test_help_named_as_a_kind_of_thing_or_given_each_other_is_no_aid() -> None:
    # corpus (Báo Mới): "công nghiệp hỗ trợ", "đội ngũ hỗ trợ", "hỗ trợ cho nhau", "các yêu cầu hỗ trợ".
    for text in ("Phó Chủ tịch nước khẳng định Việt Nam luôn hoan nghênh các doanh nghiệp Nhật Bản đầu tư kinh "
                 "doanh vào các ngành công nghiệp hỗ trợ.",
                 "Cuộc điều tra về mối liên hệ giữa đội ngũ hỗ trợ bầu cử của ông Donald Trump và các quan chức Nga "
                 "đã được tiến hành từ lâu.",
                 "Việc hợp tác doanh nghiệp Hoa Kỳ – Việt Nam có sự bổ sung, hỗ trợ cho nhau.",
                 "Bộ Quốc phòng Indonesia cho biết các yêu cầu hỗ trợ đã được gửi đi và Australia, Singapore, Ấn Độ "
                 "đã phản hồi."):
        assert "AID" not in _types(text), text
    # ... while help given to a state stays aid.
    find(run("Thủ tướng Shinzo Abe cho biết Nhật Bản sẽ hỗ trợ Việt Nam trong việc xây dựng cơ sở hạ tầng.",
             published=None), "AID", source=["JPN"], targets=["VNM"])


def test_financing_terrorists_or_rebels_is_no_aid() -> None:
    # corpus (Báo Mới): the accused "hỗ trợ tài chính cho chủ nghĩa khủng bố", "hỗ trợ cho những kẻ khủng bố".
    for text in ("Nhiều cá nhân Qatar đã bị Bộ Tài chính Mỹ liệt vào danh sách trừng phạt do liên quan đến các hoạt "
                 "động hỗ trợ tài chính cho khủng bố.",
                 "Ngoại trưởng Iran cho biết Riyadh đang hỗ trợ cho những kẻ khủng bố dọc biên giới phía Đông Iran.",
                 "Moscow ủng hộ chính quyền của Tổng thống Syria, còn Ankara hỗ trợ các lực lượng nổi dậy."):
        assert "AID" not in _types(text), text


def test_a_request_to_a_body_of_the_askers_own_side_is_domestic() -> None:
    # corpus (Dân trí, Báo Mới): a ministry asks its agencies, a firm asks the authorities.
    # (after a call with another state, whose other party a request naming none would take as its target)
    for text in ("Ngày 6/4, Ngoại trưởng Việt Nam đã điện đàm với Ngoại trưởng Ấn Độ. Bộ Ngoại giao Việt Nam đã yêu "
                 "cầu các cơ quan đại diện ngoại giao chuẩn bị sẵn sàng các phương án bảo hộ công dân.",
                 "Ngày 6/4, Thủ tướng Nhật Bản đã điện đàm với Thủ tướng Việt Nam. Doanh nghiệp Việt Nam đề nghị cơ "
                 "quan chức năng đôn đốc ngư dân đưa tàu đến xưởng."):
        assert "REQUEST" not in _types(text), text
    # A body named with another state, or with both sides, is asked all the same.
    find(run("Chủ tịch nước Việt Nam đề nghị chính phủ Nhật Bản tiếp tục hỗ trợ.", published=None), "REQUEST",
         source=["VNM"], targets=["JPN"])
    find(run("Tại cuộc hội đàm với Tổng thống Nga, Chủ tịch nước Trần Đại Quang đề nghị quốc hội hai nước hợp tác "
             "chặt chẽ.", published=None), "REQUEST", source=["VNM"], targets=["RUS"])
    # ... and so is the authority of a place no known actor stands for: a province of another state (corpus, Báo Mới).
    find(run("Ngày 15/5, Phó Chủ tịch nước Đặng Thị Ngọc Thịnh đã hội kiến Thủ tướng Nhật Bản Shinzo Abe. Phó Chủ tịch "
             "nước đề nghị chính quyền và hội đồng dân biểu tỉnh Fukuoka tăng cường hợp tác với các địa phương của "
             "Việt Nam.", published=None), "REQUEST", source=["VNM"], targets=["JPN"])


def test_united_in_a_name_or_a_stance_and_a_campaign_promise_agree_nothing() -> None:
    # corpus (Báo Mới): "Công viên Thống Nhất", "Viện thống nhất quốc gia Hàn Quốc", a stance, promises to voters.
    for text in ("Lễ khai mạc Tuần văn hóa Bulgaria sẽ chính thức diễn ra vào 9h sáng ngày 3/3/2017 tại Công viên "
                 "Thống Nhất, quận Hai Bà Trưng, Hà Nội.",
                 "Theo Viện thống nhất quốc gia Hàn Quốc, từ tháng 7 năm ngoái Trung Quốc đã có nhiều biện pháp.",
                 "Nó có thể làm tổn hại những nỗ lực của Mỹ nhằm củng cố quan điểm thống nhất và cứng rắn với Nhật "
                 "Bản và Hàn Quốc.",
                 "Trong chiến dịch vận động tranh cử của mình, ông Moon cam kết sẽ tiến hành đối thoại với Triều "
                 "Tiên."):
        assert "AGREE" not in _types(text), text
    # ... while two states united on a point agree.
    find(run("Lãnh đạo hai nước Hàn Quốc và Mỹ đã thống nhất tăng cường phối hợp.", published=None), "AGREE",
         participants=["KOR", "USA"])


def test_an_interviewers_closing_thanks_is_no_cue() -> None:
    # corpus (Báo Mới): interviews end "- Trân trọng cảm ơn Thứ trưởng!", "- Xin chân thành cám ơn ông.": the
    # journalist thanks the one interviewed (a record there took the interview's states, carried from before).
    from hoptac.records.cues import find_cues, lower
    from hoptac.text.normalise import fold

    def support_cues(sentence: str) -> list[str]:
        return [c.type for c in find_cues(lower(fold(sentence))) if c.type == "SUPPORT"]

    assert support_cues("- Trân trọng cảm ơn Thứ trưởng!") == []
    assert support_cues("- Xin chân thành cám ơn ông.") == []
    # Thanks to a state's official for what was done stays thanks.
    assert support_cues("Thủ tướng cảm ơn ông Abe đã ủng hộ Việt Nam.")
