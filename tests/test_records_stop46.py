"""Mechanisms of stop 46, each with the counter-case it must leave alone. "corpus" marks a sentence quoted from
the Báo Mới corpus (shortened where marked)."""

from __future__ import annotations

from test_records import run

from hoptac import extract


def _pairs(text: str, mode: str) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(r.participants)) for r in run(text) if r.type == "CONSULT" and r.mode == mode)


def _codes(text: str) -> list[str]:
    return [a.code for a in extract(text, gate=False).actors]


def test_the_party_is_no_family_name() -> None:
    # Folded, "Đảng" (the Party) was the family name "Đặng", and the state after it part of a person's name.
    assert "CUB" in _codes("Chiều nay, Tổng Bí thư đã có buổi gặp gỡ với Bí thư Trung ương Đảng Cuba và trao đổi về "
                           "nhiều vấn đề quan trọng.")
    # A family name before a state's name still makes it a person's name ("Dương Trung Quốc").
    assert "CHN" not in _codes("Hôm qua, đại biểu quốc hội Dương Trung Quốc phát biểu tại hội trường về vấn đề "
                               "giáo dục và đào tạo.")
    assert "CHN" not in _codes("Hôm qua, ông Đặng Trung Quốc phát biểu tại hội trường về vấn đề giáo dục và đào tạo.")


def test_a_comrade_received_is_a_meeting() -> None:
    # corpus: "tiếp đồng chí ..., Bí thư Trung ương Đảng Cuba" ("đồng chí" opens a title as "ông" does)
    text = ("Chiều 24/5, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã tiếp đồng chí Jose Ramon Balaguer "
            "Cabrera, Bí thư Trung ương Đảng Cuba.")
    assert _pairs(text, "meeting") == [("CUB", "VNM")]
    # A comrade of the home side received is no international contact.
    text = "Chiều 24/5, Tổng Bí thư Nguyễn Phú Trọng đã tiếp đồng chí Nguyễn Văn Nên, Bí thư Thành ủy Thành phố Hồ Chí Minh."
    assert _pairs(text, "meeting") == []


def test_a_trip_word_coordinated_with_a_visit_lists_its_hosts_after_the_visit() -> None:
    # corpus: "công du, sang thăm" share their window; the list word after "sang thăm" opens the hosts of both
    text = ("Vừa qua, Thủ tướng có nhiều chuyến công du, sang thăm một số nước như Mỹ, Nhật, Đức, Hà Lan, dự các hội "
            "nghị đa phương quan trọng như G7, G20.")
    assert _pairs(text, "visit") == [("DEU", "VNM"), ("JPN", "VNM"), ("NLD", "VNM"), ("USA", "VNM")]
    # Without a list word the comma list after the second verb is still one host and the rest.
    assert len(_pairs("Vừa qua, Bộ trưởng Mattis có chuyến công du, sang thăm Hàn Quốc, Nhật Bản.", "visit")) == 1
