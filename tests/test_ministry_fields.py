"""A ministry's field that titles.tsv does not list, between a minister's title (or "Bộ") and a state
(mentions/actor_fields.open_portfolios), with the counter-cases it must leave alone. "corpus" marks a sentence quoted
from the Báo Mới corpus (shortened where marked)."""

from __future__ import annotations

from test_records import run

from hoptac import extract


def _actors(text: str) -> list[tuple[str, str]]:
    return [(a.code, a.text) for a in extract(text, published="2017-06-20", gate=False).actors]


def _contacts(text: str) -> list[list[str]]:
    return [sorted(r.participants) for r in run(text) if r.type == "CONSULT"]


def test_an_unlisted_field_joins_the_title_to_its_state() -> None:
    # corpus: the state after "Năng lượng" stood after a word of a name, which its guard refused (no Germany)
    assert _actors("Thủ tướng Nguyễn Xuân Phúc tiếp bà Brigitte Zypries Bộ trưởng Kinh tế và Năng lượng Đức.")[-1] \
        == ("DEU", "Bộ trưởng Kinh tế và Năng lượng Đức")
    # a field of one part: the title took "Tình" for a Vietnamese name of one word, and the meeting was a home one
    text = "Hôm qua, Thủ tướng Nguyễn Xuân Phúc đã gặp Bộ trưởng Tình báo Iran tại Hà Nội."
    assert _actors(text)[1] == ("IRN", "Bộ trưởng Tình báo Iran")
    assert _contacts(text) == [["IRN", "VNM"]]
    # parts joined by commas, "và" and a hyphen, after "Bộ trưởng Bộ"
    assert _actors("Hôm qua, ông Tô Lâm tiếp Bộ trưởng Bộ Đất đai, Hạ tầng, Giao thông và Du lịch Nhật Bản.")[-1] \
        == ("JPN", "Bộ trưởng Bộ Đất đai, Hạ tầng, Giao thông và Du lịch Nhật Bản")
    assert _actors("Bộ trưởng Kinh tế - Tài chính Pháp đã tới Hà Nội.")[0] == \
        ("FRA", "Bộ trưởng Kinh tế - Tài chính Pháp")
    # a listed portfolio after "Bộ trưởng Bộ" ("Bộ trưởng Bộ Năng": a name of two words before)
    assert _actors("Hôm qua, ông Tô Lâm tiếp Bộ trưởng Bộ Năng lượng Nhật Bản.")[-1] == \
        ("JPN", "Bộ trưởng Bộ Năng lượng Nhật Bản")


def test_a_ministry_of_its_own_takes_its_state() -> None:
    # corpus: Laos was lost after "Viễn Thông", and the wish had no addressee
    text = ("Phó Thủ tướng mong muốn trong thời gian tới Bộ Bưu chính và Viễn Thông Lào cùng Bộ Thông tin và "
            "Truyền thông Việt Nam tiếp tục hợp tác chặt chẽ.")
    assert ("LAO", "Bộ Bưu chính và Viễn Thông Lào") in _actors(text)
    assert [(r.source, r.targets) for r in run(text) if r.type == "REQUEST"][0][0] == ["VNM"]
    assert "LAO" in [(r.source, r.targets) for r in run(text) if r.type == "REQUEST"][0][1]


def test_names_and_words_that_are_no_field() -> None:
    # a person's name after the title, one word or two in capitals: no field
    assert _actors("Thứ trưởng Nguyễn Nhật đã gặp Bộ trưởng Tuấn Anh.") == \
        [("VNM", "Thứ trưởng Nguyễn Nhật"), ("VNM", "Bộ trưởng Tuấn Anh")]
    # a word in lower case that no field holds ("về"): the lexicon's reading stands
    assert _actors("Ông Tô Lâm đã gặp Bộ trưởng Ngoại giao về Trung Đông của Anh.")[1] == \
        ("VNM", "Bộ trưởng Ngoại giao")
    # a single capitalised word after "Bộ": no ministry, the short name after it stays guarded
    assert _actors("Ông Tô Lâm đã gặp Bộ Mỏ Lào.") == [("VNM", "Tô Lâm")]
    # a listed portfolio right before the state: read by the lexicon, as before
    assert _actors("Bộ trưởng Lê Minh Hưng đã gặp Bộ trưởng Quốc phòng Mỹ.") == \
        [("VNM", "Bộ trưởng Lê Minh Hưng"), ("USA", "Bộ trưởng Quốc phòng Mỹ")]



def test_what_the_review_found_is_no_field() -> None:
    # corpus: a name after a hyphen or a comma is the minister's, not a part of a field (the parent read Vietnamese)
    assert _actors("Chiều 9/5, Bộ trưởng Công Thương - Trần Tuấn Anh đã chỉ đạo các đơn vị.") == \
        [("VNM", "Bộ trưởng Công Thương - Trần Tuấn Anh")]
    assert _contacts("Bộ trưởng Tài chính, Hồ Đức Phớc đã tiếp Đại sứ Nhật Bản.") == [["JPN", "VNM"]]
    # a one-word name and a verb: no field, the state after them stays the one asked
    assert [(r.source, r.targets) for r in run("Bộ trưởng Dũng đề nghị Nhật Bản tiếp tục hỗ trợ Việt Nam.")
            if r.type == "REQUEST"] == [(["VNM"], ["JPN"])]
    # a foreign name: no field ("Esper hội đàm" lost the talks)
    assert _contacts("Bộ trưởng Esper hội đàm Trung Quốc về Biển Đông.") == [["CHN", "USA"]]
    # an acronym after a bare "Bộ": no ministry of the state named after its verb
    assert _actors("Ông được Bộ GDĐT cử sang Mỹ học tập.") == []
    # another title after a comma: no field runs into it
    assert _actors("Ủy viên Bộ Chính trị, Thủ tướng Lào Thongloun Sisoulith đã tới Hà Nội.")[0] == \
        ("LAO", "Thủ tướng Lào Thongloun Sisoulith")
