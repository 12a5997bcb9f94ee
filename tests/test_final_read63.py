"""Final read of stop 63 (355bea8..845a5ac): person units, staff counts, the lead's state and the last place, the
people trained as an AID's amount.

Corpus sentences are Dân trí's (2021), shortened, each marked with its article; made-up sentences say so. Each test
asserts what the annotation guide asks and says whether the fault is new in this change or older (the parent,
355bea8, behaves the same).
"""

from __future__ import annotations

import pytest

from hoptac.lexicon import read_tsv
from hoptac.records.cues import lexicon
from hoptac.text.normalise import fold
from test_records_stop63 import _aid_counts
from test_review_stop63 import EPIDEMIC, _measures

# -- a state after an origin word and a place of its own is no place (measure_source.as_place) -----------------------
# 845a5ac's pattern took only the longest run of one to four words before the comma, so the word checked was the one
# before those four words: "về từ Viêng Chăn, Lào" checked "đi", "từ tỉnh Salavan, Lào" checked "trái" (fixed in
# 743b291: measure_source._after_origin_and_place tries every split).

_LEAD = ("Chiều tối 30/4, Sở Y tế Hà Tĩnh cho biết kết quả xét nghiệm các công dân tại khu cách ly tập trung ở địa "
         "phương này đã ghi nhận có 3 trường hợp dương tính với vi-rút SARS-CoV-2. ")
_QUARANTINED = ("Hiện các bệnh nhân đã được đưa tới bệnh viện để điều trị Covid-19. Đến khoảng 21h ngày 28/4 được đưa về "
                "cách ly tập trung tại khu ký túc xá Mitraco (thị xã Kỳ Anh).")


def test_a_state_after_an_origin_word_and_a_two_word_capital_is_not_the_last_place() -> None:
    # NEW (845a5ac): after news_health_030, the capital written without "Thủ đô" (made up). Lào is taken as the last
    # place named, so the lead's state (Hà Tĩnh's, VNM) does not take the returnees' quarantine. (The parent has no
    # lead's path and gives nothing either: the fault is the new mechanism's, which the stop's own test passes only
    # because "Thủ đô Viêng Chăn" is exactly four words.)
    text = _LEAD + "Cả 3 công dân đều đi về từ Viêng Chăn, Lào. " + _QUARANTINED
    assert _measures(text) == [("quarantine", ["VNM"], "2021-04-28", [])]


def test_a_state_after_an_origin_word_and_its_province_does_not_take_the_measure() -> None:
    # OLDER in effect (the parent gives LAO too, by the one state the sentence names), but it is the case as_place's
    # apposition clause (845a5ac) was written for, and it misses it: "trái phép từ tỉnh Salavan, Lào" checks "trái".
    # Made up, after news_health_197 ("thôn Pờ lu- A tang (huyện Sa Muồi, tỉnh Salavan, Lào)"). The entrants came from
    # Laos; the quarantine is Việt Nam's, never Laos's (guide: a state's own measure).
    text = EPIDEMIC + ("Ngày 29/4, lực lượng chức năng đã đưa đi cách ly tập trung 5 người nhập cảnh trái phép từ tỉnh "
                       "Salavan, Lào.")
    found = _measures(text)
    assert not any("LAO" in s for _m, s, _d, _q in found), found


@pytest.mark.xfail(strict=True, reason="older: the subject finder (records/subjects.py) takes a state apposed to an "
                                       "origin's province ('từ tỉnh Salavan, Lào đã được đưa đi cách ly') as the "
                                       "sentence's subject")
def test_a_state_apposed_to_an_origin_is_not_the_subject_of_the_measure() -> None:
    # OLDER (the parent gives the same; roles.subject, not the change): made up. "từ tỉnh Salavan, Lào đã được đưa đi
    # cách ly": Lào, the origin's state, is taken as the subject right before the phrase.
    text = EPIDEMIC + ("Ngày 29/4, 5 người nhập cảnh trái phép từ tỉnh Salavan, Lào đã được đưa đi cách ly tập "
                       "trung.")
    found = _measures(text)
    assert not any("LAO" in s for _m, s, _d, _q in found), found


# -- an origin or a border gate's name does not speak of the world ----------------------------------------------------
# 845a5ac makes the one-state path refuse any sentence holding a [MEASURE] elsewhere word; "quốc tế" and "nước
# ngoài" are in that list, and Vietnamese reports name them as an origin ("từ nước ngoài") or inside the name of a
# border gate or an airport ("Cửa khẩu quốc tế Cầu Treo"). The parent gave these VNM.

@pytest.mark.parametrize("sentence", [
    # made up, after news_health_030 ("3 công dân làm thủ tục nhập cảnh qua Cửa khẩu quốc tế Cầu Treo")
    "Ngày 28/4, 14 người nhập cảnh qua Cửa khẩu quốc tế Cầu Treo đã được đưa về cách ly tập trung tại khu ký túc xá "
    "Mitraco.",
    # made up, after news_health_226 ("khu cách ly tập trung công dân từ nước ngoài về")
    "Từ ngày 1/5, tất cả người nhập cảnh từ nước ngoài đều phải cách ly tập trung 21 ngày.",
])
def test_an_origin_or_a_gates_name_is_not_the_world(sentence: str) -> None:
    # NEW (845a5ac)
    found = _measures(EPIDEMIC + sentence)
    assert any(m == "quarantine" and s == ["VNM"] for m, s, _d, _q in found), found


# -- staff counts --------------------------------------------------------------------------------------------------

def test_a_staff_verb_before_the_measures_own_phrase_leaves_the_count_to_the_measure() -> None:
    # NEW (c1fdf7f): made up. "tăng cường xét nghiệm 120 cán bộ": the two words between the verb and the count are the
    # measure's own phrase, and the 120 are the people tested (guide: counts of the people a measure covers), not the
    # staff who test. The measure's phrase here is "tăng cường xét nghiệm" (measures.tsv), so _staff reads its own
    # "tăng cường" as a staff verb; it also allows any two words between, the phrase too. (The parent, with no
    # "cán bộ" unit, gave no count either: the count the change adds is taken back by its own staff rule.)
    text = EPIDEMIC + ("Ngày 29/4, Sở Y tế tỉnh Hà Nam đã tăng cường xét nghiệm 120 cán bộ, nhân viên y tế của bệnh "
                       "viện.")
    assert ("testing", ["VNM"], "2021-04-29", [(120.0, "person")]) in _measures(text)


def test_every_staff_word_names_a_count_a_measure_reads() -> None:
    # NEW (c1fdf7f): [MEASURE] staff is checked against counts of [MEASURE] count_units only (measure_handler._counted
    # filters by unit before _staff), so a staff word that is no units.tsv phrase of such a unit is dead: "chiến sĩ"
    # is no unit at all, "bác sĩ" and "y bác sĩ" count `expert`, which no measure counts.
    measure = lexicon().raw.get("MEASURE", {})
    counted = set(measure.get("count_units", []))
    units = {fold(r["phrase"]): r["unit"] for r in read_tsv("units.tsv")}
    dead = [w for w in measure.get("staff", []) if units.get(fold(w)) not in counted]
    assert dead == [], dead


@pytest.mark.xfail(strict=True, reason="older: the count of the cases whose contacts a measure covers ('tiếp xúc gần "
                                       "với 4 trường hợp này ... cách ly') is read as its own ([MEASURE] contact_words "
                                       "name the contacts, not their count)")
def test_the_cases_whose_contacts_are_quarantined_are_not_its_count() -> None:
    # OLDER (the parent counts the 4 too; the change's lead path now makes a record of it): corpus (news_society_262).
    # The 4 are the cases; their contacts, uncounted, are what the quarantine covers.
    text = EPIDEMIC + ("Ngày 30/4, các trường hợp tiếp xúc gần với 4 trường hợp này cũng được yêu cầu giám sát chặt chẽ, "
                       "cách ly tại nhà.")
    quarantine = [q for m, _s, _d, q in _measures(text) if m == "quarantine"]
    assert quarantine and all((4.0, "person") not in q for q in quarantine), quarantine


# -- the last state named, as an origin, is not the state of an authority named without one -------------------------

def test_an_authority_without_its_state_does_not_take_an_origins_state() -> None:
    # OLDER (the parent gives JPN too), fixed in 743b291: made up. "ngành y tế" acted for ctx.last_state
    # (rules._authority), the last state named at all, here where a contact came from; it now acts for ctx.last_place
    # (the last state named as a place). The testing is Bắc Ninh's, Việt Nam's.
    text = ("Chiều 30/4, Sở Y tế Bắc Ninh cho biết đã ghi nhận 2 ca dương tính với SARS-CoV-2 gây bệnh Covid-19 tại "
            "khu công nghiệp. Một bệnh nhân từng tiếp xúc với chuyên gia về từ Nhật Bản. Ngay trong đêm, ngành y tế đã "
            "lấy mẫu xét nghiệm cho 300 công nhân cùng ca làm việc.")
    found = _measures(text)
    assert not any("JPN" in s for _m, s, _d, _q in found), found
    assert any(m == "testing" and s == ["VNM"] for m, s, _d, _q in found), found


# -- the people trained are an AID's amount only when the giver trains them (aid_amounts._trained) --------------------

def test_people_another_actor_trains_are_no_amount_of_the_gift() -> None:
    # NEW (369bf58): made up. Japan gives the ventilators; Việt Nam's ministry trains its staff to use them, in another
    # clause: the 300 are nobody's gift (guide: AID quantities are what the source gives). _trained only asks for a
    # training word right before the count, whoever trains.
    text = "Ngày 3/6, Nhật Bản trao tặng Việt Nam 20 máy thở, Bộ Y tế đã tập huấn cho 300 cán bộ y tế cách sử dụng."
    assert _aid_counts(text) == [[(20.0, "ventilator")]]


def test_a_training_capacity_is_no_amount() -> None:
    # NEW (369bf58): made up. "quy mô đào tạo 500 người mỗi năm" is the capacity of the centre given, 'đào tạo' a noun
    # (the AID.training rule itself leaves out the noun uses, "trung tâm/cơ sở/trường huấn luyện"); nobody has been
    # trained by the giver.
    text = ("Ngày 3/6, Hàn Quốc đã bàn giao cho Việt Nam trung tâm đào tạo nghề có quy mô đào tạo 500 người mỗi "
            "năm.")
    assert _aid_counts(text) == [[]]


# -- a related-news teaser moves no story (rules.find_records calls note_places before _sentence's teaser guard) -----

def test_a_related_news_teaser_does_not_move_the_story() -> None:
    # NEW (845a5ac moved note_places from carry.py, which a teaser never reaches, to the records loop, before
    # _sentence drops the teaser): made up, after news_health_030 with a bracketed link to another article. The teaser's
    # Lào becomes the last place named, and the lead's state no longer takes the quarantine (guide: teasers of other
    # articles are never a source of records, and they place no story either). (The parent has no lead's path and
    # gives nothing; without the teaser the change gives the record, test_records_stop63.)
    text = (_LEAD + "Cả 3 công dân đều đi về từ Thủ đô Viêng Chăn, Lào.\n[Lào phong tỏa thủ đô Viêng Chăn vì Covid-19]\n"
            + _QUARANTINED)
    assert _measures(text) == [("quarantine", ["VNM"], "2021-04-28", [])]
