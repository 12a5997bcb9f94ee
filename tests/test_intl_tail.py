"""An unnamed set of states runs over the words that still describe it (actor_context.tsv intl_tail,
mentions/actor_fields.py intl_tail), so a verb right after them is that set's. Sentences of Báo Mới's 2017 corpus
(baomoi_22654228, baomoi_22464942) and one made up for the verb that no tail may swallow."""

from __future__ import annotations

from hoptac import extract


def _intl(text: str) -> list[str]:
    return [a.text for a in extract(text, published="2017-06-30").actors if a.code == "INTL"]


def test_allies_and_partners_of_a_set_are_that_set() -> None:
    text = ("Tổng thống Trump cũng nhấn mạnh tất cả các quốc gia đồng minh và đối tác cần phải tăng cường các nỗ lực "
            "chống chủ nghĩa khủng bố và tư tưởng cực đoan dưới mọi hình thức.")
    assert _intl(text) == ["các quốc gia đồng minh và đối tác"]
    # (the obligation's addressee now stands right before "cần phải": the President asks it of them)
    records = [r for r in extract(text, published="2017-06-30").records if r.type == "REQUEST"]
    assert [(r.source, r.targets) for r in records] == [(["USA"], ["INTL"])]


def test_a_set_ends_before_the_next_actor() -> None:
    assert _intl("“Trung Quốc và các đối tác khác trong khu vực nên gia tăng sức ép để giúp giải quyết tình hình an "
                 "ninh này”, Ngoại trưởng Mỹ nói.") == ["các đối tác khác trong khu vực"]
    # (a set that opens a list of its members is none: "các nước thành viên ASEAN" is ASEAN's)
    assert _intl("Các nước thành viên ASEAN đã nhất trí.") == []
    assert _intl("Ông nhấn mạnh, các nước thành viên phải nỗ lực nhiều hơn.") == ["các nước thành viên"]


def test_no_verb_joins_the_set() -> None:
    records = extract("Các nước tài trợ 2 triệu USD cho Lào.", published="2017-06-30").records
    assert _intl("Các nước tài trợ 2 triệu USD cho Lào.") == ["Các nước"]
    assert [(r.type, r.targets) for r in records if not r.rule.endswith(".learned:")] == [("AID", ["LAO"])]


def test_a_tail_of_four_words_and_no_verb_phrase() -> None:
    # (the independent review of stop 66: "cũng như đối tác" is three words past a tail; "có trách nhiệm" is a verb)
    assert _intl("Tất cả các nước đồng minh cũng như đối tác cần phải tăng cường nỗ lực chống khủng bố.") == [
        "các nước đồng minh cũng như đối tác"]
    assert _intl("Các nước giàu có trách nhiệm hỗ trợ các nước nghèo.")[0] == "Các nước giàu"
