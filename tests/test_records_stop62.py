"""Stop 62. Corpus sentences are Báo Mới's (2017) and Dân trí's (2021), shortened, each marked with its article; the
publication days of Báo Mới's are made up (the corpus gives none)."""

from __future__ import annotations

from hoptac import extract
from hoptac.mentions.dates import find_dates
from hoptac.pipeline import Pipeline
from hoptac.model import Document


def _date_texts(text: str) -> list[str]:
    doc = Pipeline(extract=False)(Document(id="t", text=text, published="2017-02-11"))
    from hoptac.mentions.actors import find_actors
    from hoptac.text.sentences import split_sentences

    return [d.text for d in find_dates(find_actors(split_sentences(doc))).dates]


# -- two-word times of day ---------------------------------------------------------------------------------------------

def test_evening_written_in_two_words_is_one_time_of_day() -> None:
    assert _date_texts("Chiều tối 10/2, tại Quảng Ninh, Thủ tướng đã tiếp đoàn.") == ["Chiều tối 10/2"]
    assert _date_texts("Tối muộn 3/6, hai bên ra tuyên bố chung.") == ["Tối muộn 3/6"]


def test_a_briefing_opening_on_a_two_word_time_of_day_dates_what_follows() -> None:
    # made up: the occasion's opening after baomoi_21510605's "Chiều tối 10/2, tại Quảng Ninh, ..."
    text = ("Chiều tối 10/2, Bộ Ngoại giao tổ chức họp báo thường kỳ. Người phát ngôn cho biết Việt Nam đã tiếp nhận "
            "500.000 liều vắc xin do Nhật Bản viện trợ.")
    records = extract(text, published="2017-02-11").records
    assert [(r.type, r.date) for r in records] == [("AID", "2017-02-10")]



# -- an aside in brackets puts a target no farther from its verb ------------------------------------------------------

def test_a_recipient_behind_an_aside_in_brackets_is_still_the_recipient() -> None:
    # corpus (baomoi_22380441, shortened: the boats' name and the unit left out)
    text = ("Ngày 22/5, Đại sứ Hoa Kỳ Ted Osius đã chính thức bàn giao 6 tàu tuần tra (tương đương 14m) cho lực lượng "
            "Cảnh sát Biển Việt Nam.")
    records = extract(text, published="2017-05-23").records
    assert [(r.type, r.source, r.targets) for r in records] == [("AID", ["USA"], ["VNM"])]



# -- help named as the means of another act: its owner gave it ---------------------------------------------------------

def _aid(text: str, published: str = "2021-04-26") -> list[tuple[list[str], list[str]]]:
    return [(r.source, r.targets) for r in extract(text, published=published).records if r.type == "AID"]


def test_a_deed_done_with_a_states_help_is_aid_from_it() -> None:
    # corpus (news_world_237, shortened; the builder named)
    assert _aid("Chiếc mới nhất, KRI Alugoro, được Indonesia lắp ráp trong nước với sự hỗ trợ của Hàn Quốc.") \
        == [(["KOR"], ["IDN"])]


def test_help_given_to_the_subject_after_the_fronted_phrase() -> None:
    # corpus (news_society_215, shortened; the embassy's state named)
    text = ("Với sự hỗ trợ trực tiếp của Bộ Ngoại giao Ấn Độ, Đại sứ quán Việt Nam đã giành được một giường bệnh cho anh "
            "ở bệnh viện Apollo ở Delhi.")
    assert _aid(text) == [(["IND"], ["VNM"])]


def test_help_of_an_owner_the_finder_does_not_know_takes_no_other_giver() -> None:
    # corpus (news_education_114, shortened): the foundation is no actor, and the ministry named after it only cooperated
    text = ("Nghiên cứu do Trường Đại học Justus Liebig Giessen, CHLB Đức thực hiện với sự tài trợ của Tổ chức Hanns "
            "Seidel Foundation và sự hợp tác của Bộ Giáo dục và Đào tạo cho thấy điều này.")
    assert [(s, t) for s, t in _aid(text) if s == ["VNM"]] == []


def test_help_to_a_deed_still_to_come_is_no_aid() -> None:
    # corpus (baomoi_22247249, shortened)
    text = "Ông Assad nhấn mạnh rằng cùng với sự hỗ trợ của Iran, Syria sẽ tiêu diệt những kẻ tìm cách phá hoại."
    assert _aid(text, "2017-05-05") == []


def test_thanks_for_help_of_no_named_kind_stays_the_support_only() -> None:
    records = extract("Thủ tướng Việt Nam cảm ơn sự hỗ trợ của Nhật Bản.", published="2021-04-26").records
    assert [r.type for r in records] == ["SUPPORT"]

