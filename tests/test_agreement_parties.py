"""The parties of an agreement: a state after "ở", "tại" or "trước thềm" is where it is agreed, no party ([window]
place_before, place_types), and a promise naming one party in a sentence that places it in a call or meeting with one
other state is made to that other (records/contact_partner.py, [context] promise_contact_modes). Sentences of Báo
Mới's reports of 2017."""

from __future__ import annotations

from helpers import rule_parties


def _agreements(text: str) -> list[list[str]]:
    return rule_parties(text, "AGREE")


def test_a_place_is_no_party() -> None:
    text = "Một ví dụ khác là Nga, Thổ Nhĩ Kỳ và Iran đã nhất trí thiết lập “khu vực giảm leo thang” ở Syria."
    assert _agreements(text) == [["IRN", "RUS", "TUR"]]


def test_a_party_named_after_the_promise_is_still_one() -> None:
    text = "Ông Trump đã nhất trí với Thủ tướng Nhật Bản về việc tăng cường hợp tác."
    assert _agreements(text) == [["JPN", "USA"]]


def test_a_promise_in_a_call_is_made_to_the_one_called() -> None:
    text = ("Cuối tuần qua, trong cuộc điện đàm với Tổng thư kí NATO Jens Stoltenberg, ông Trump đã nhất trí có cuộc gặp "
            "thượng đỉnh NATO tại châu Âu vào tháng 5 tới.")
    assert _agreements(text) == [["NATO", "USA"]]


def test_a_promise_reported_in_a_meeting_after_it() -> None:
    text = ("Trước đó, Trung Quốc cam kết sẽ duy trì hòa bình trong khu vực châu Á, ông Vương tiết lộ trong cuộc gặp với "
            "Ngoại trưởng Australia Julia Bishop.")
    assert _agreements(text) == [["AUS", "CHN"]]


def test_a_promise_with_no_contact_of_two_is_none() -> None:
    text = "Hơn nửa tháng sau hội nghị NATO ở Bỉ, Tổng thống Mỹ Donald Trump mới cam kết tôn trọng Điều 5."
    assert _agreements(text) == []
    # (a meeting of its own side is no contact with another state)
    text = "Trong cuộc gặp với các thượng nghị sỹ, Tổng thống Donald Trump đã cam kết sẽ thiết lập một hệ thống bảo hiểm mới."
    assert _agreements(text) == []


# After the review of this change: sentences made up to break it.

def test_a_place_list_is_no_party_but_a_group_placed_is() -> None:
    assert _agreements("Mỹ và Nga nhất trí ngừng bắn ở Syria và Iraq.") == [["RUS", "USA"]]
    found = _agreements("Mỹ cam kết với các đồng minh ở Nhật Bản và Hàn Quốc sẽ duy trì lực lượng.")
    assert len(found) == 1 and {"JPN", "KOR", "USA"} <= set(found[0])


def test_a_contact_of_others_or_of_several_gives_no_partner() -> None:
    text = "Nga cam kết rút bớt quân khỏi Syria, một ngày sau khi Mỹ điện đàm với Thủ tướng Israel Benjamin Netanyahu."
    assert _agreements(text) == []
    text = "Ông Trump, người từng có cuộc gặp với Tổng thống Nga Putin tại Hamburg, cam kết sẽ tăng thuế thép nhập khẩu."
    assert _agreements(text) == []
    text = "Trong cuộc gặp với Thủ tướng Nhật Bản và Tổng thống Hàn Quốc, ông Trump cam kết tăng cường phòng thủ tên lửa."
    assert ["JPN", "USA"] not in _agreements(text)


# After a second independent review: made-up sentences.

def test_the_contact_must_be_the_promising_party_s_own() -> None:
    text = "Trong cuộc điện đàm với Thủ tướng Anh Theresa May, ông Trump cho biết Mexico đã đồng ý chi trả cho bức tường."
    assert _agreements(text) == []
    text = "Trong cuộc điện đàm với Tổng thống Nga Putin, ông Trump cam kết với Quốc hội Mỹ sẽ không dỡ bỏ trừng phạt."
    assert _agreements(text) == []


def test_a_place_after_a_partner_named_with_voi_names_the_partner() -> None:
    assert _agreements("Bắc Kinh đã đạt thỏa thuận với giới chức ở Pakistan về hành lang kinh tế.") == [["CHN", "PAK"]]
