"""Two titles joined, with the state named after the second only: the first shares it
(actor_context.tsv title_share, office_share)."""

from __future__ import annotations

import pytest
from test_actors import codes
from test_records import run


def test_two_people_joined_share_the_state_named_after_the_second() -> None:
    # "Thủ tướng" alone would be Việt Nam's (titles.tsv default)
    assert codes("Tiếp đó, Ngoại trưởng Nga Sergei Lavrov nói chuyện với Thủ tướng và Ngoại trưởng Qatar.") \
        == ["RUS", "QAT", "QAT"]
    consults = [sorted(r.participants) for r in run(
        "Tiếp đó, Ngoại trưởng Nga Sergei Lavrov nói chuyện với Thủ tướng và Ngoại trưởng Qatar, thông báo Nga hạ "
        "thấp quan hệ với nước này.") if r.type == "CONSULT"]
    assert consults == [["QAT", "RUS"]]


def test_two_bodies_joined_share_it_too() -> None:
    assert codes("Đồng chí cũng cảm ơn Chính phủ và Quốc hội Hàn Quốc đã tạo điều kiện thuận lợi cho cộng đồng "
                 "người Việt Nam.")[:2] == ["KOR", "KOR"]


def test_one_persons_two_offices_after_a_comma() -> None:
    assert codes("Thủ tướng Nguyễn Xuân Phúc gặp Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình.") == ["VNM", "CHN", "CHN"]
    assert codes("Thượng tướng Tô Lâm đón ngài Robert Kalinak, Phó Thủ tướng, Bộ trưởng Bộ Nội vụ Slovakia.")[1:] \
        == ["SVK", "SVK", "SVK"]


def test_a_comma_between_bodies_lists_them() -> None:
    # the ministry is Việt Nam's, the embassy the United States'
    assert codes("Sở Ngoại vụ có văn bản đặc biệt gửi ra Bộ Ngoại giao, Đại sứ quán Mỹ trình bày về trường hợp "
                 "của em.")[-2:] == ["VNM", "USA"]


def test_a_title_with_a_name_or_of_another_kind_keeps_its_own() -> None:
    # a name of its own after the first title: it is that person's
    assert codes("Thủ tướng Nguyễn Xuân Phúc và Tổng thống Mỹ Donald Trump đã hội đàm.") == ["VNM", "USA"]
    # a person and a body
    assert codes("Bộ trưởng và Quốc hội Mỹ phản đối dự luật này.")[0] == "VNM"


# Counter-cases from the review of stop 54: two sides' counterparts joined by "và" keep their own states.
@pytest.mark.parametrize("text, first", [
    ("Ngày 3/4/2017, JICA và UBND TP.HCM đã ký kết thỏa thuận hợp tác về dự án chống ngập.", "JPN"),  # not a VNM default
    ("Chủ tịch nước và Tổng thống Nga đã ký tuyên bố chung.", "VNM"),  # two leaders
    ("Thủ tướng và Chủ tịch Quốc hội Cuba chụp ảnh lưu niệm cùng đoàn công tác.", "VNM"),
    ("Bộ trưởng Ngoại giao và Ngoại trưởng Mỹ đã điện đàm.", "VNM"),  # the same office
    ("Bộ Y tế và Đại sứ quán Nhật Bản đã ký biên bản bàn giao.", "VNM"),  # a mission abroad
    ("Ngày 3/4/2017, Thủ tướng, Đại sứ Nhật Bản và các đại biểu đã cắt băng khánh thành dự án.", "VNM"),
    ("Chiều 5/6/2017, cuộc hội đàm giữa Thủ tướng và Tổng thống Mỹ Donald Trump diễn ra tại Nhà Trắng.", "VNM"),
])
def test_counterparts_keep_their_own_states(text: str, first: str) -> None:
    assert codes(text)[0] == first


def test_one_persons_offices_win_over_the_memory_of_another_holder() -> None:
    # review (baomoi-2017): the document named Nguyễn Phú Trọng, Tổng Bí thư, before
    found = codes("Tổng Bí thư Nguyễn Phú Trọng đã có chuyến thăm chính thức tới Trung Quốc.",
                  "Chuyến thăm theo lời mời của Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình.")
    assert found[-2:] == ["CHN", "CHN"]
