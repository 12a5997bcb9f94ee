"""Two titles joined, with the state named after the second only: the first shares it
(actor_context.tsv title_share, office_share)."""

from __future__ import annotations

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
