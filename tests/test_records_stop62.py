"""Stop 62. Corpus sentences are Báo Mới's (2017), shortened; the publication days are made up (the corpus gives none)."""

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

