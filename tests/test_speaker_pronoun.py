"""A speaker's own pronoun after a verb of saying, joined by "và" to another actor, is the speaker
(mentions/actor_speaker.py, actor_context.tsv speaker_pronoun and speaker_verb). Sentences of Báo Mới's reports of
2017."""

from __future__ import annotations

from hoptac import extract


def _records(text: str, kind: str) -> list[list[str]]:
    doc = extract(text, published="2017-07-10")
    return [sorted(r.participants) for r in doc.records if r.type == kind and not r.rule.endswith(".learned:")]


def test_the_speaker_and_the_one_named_with_him_discussed() -> None:
    text = ("Chỉ vài giờ trước đó, Tổng thống Trump cho biết ông và Tổng thống Nga Putin đã thảo luận về việc thành lập "
            "lực lượng an ninh mạng.")
    assert _records(text, "CONSULT") == [["RUS", "USA"]]


def test_the_speaker_and_the_one_named_with_him_agreed() -> None:
    text = ("Về vấn đề Ukraine, ông Macron cũng cho biết ông và ông Putin đã đồng ý về thời gian thích hợp cho một vòng "
            "đàm phán hòa bình mới.")
    assert _records(text, "AGREE") == [["FRA", "RUS"]]


def test_no_speaker_named_or_nobody_named_with_him_is_no_party() -> None:
    doc = extract("Kamruddin cho biết, ông và đồng nghiệp phải làm việc ngày đêm.", published="2021-05-01")
    assert doc.actors == []
    doc = extract("Tổng thống Trump cho biết ông và các cố vấn đang theo dõi sát sao diễn biến vụ việc.",
                  published="2017-06-10")
    assert [a.code for a in doc.actors] == ["USA"]
