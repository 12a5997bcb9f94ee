"""The one a speaker addresses ("bày tỏ với ngài Đại sứ EU ...", "Nói với ông Trump, ..."): no subject of what follows
(cues.toml [roles] not_subject_sides gain the honorifics), and whom a request naming only the asker's own side after
it is made of ([roles] addressed, records/addressees.spoken_to). With the counter-cases it must leave alone. "corpus"
marks a sentence quoted from the Báo Mới corpus (shortened where marked)."""

from __future__ import annotations

from test_records import run


def _directed(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return [(r.source, r.targets) for r in run(text) if r.type == kind]


def test_the_one_addressed_is_asked() -> None:
    # corpus (shortened): the ambassador addressed was the asker, and Hà Nội, the asker's own, the one asked
    text = ("Chủ tịch UBND TP Hà Nội bày tỏ với ngài Đại sứ EU tại Việt Nam mong muốn Hà Nội sẽ có cơ hội học tập "
            "kinh nghiệm phát triển từ các đô thị EU.")
    assert _directed(text, "REQUEST") == [(["VNM"], ["EU"])]
    # with nobody addressed, a wish for one's own city asks nobody abroad
    assert _directed("Chủ tịch UBND TP Hà Nội mong muốn Hà Nội sẽ có cơ hội học tập kinh nghiệm phát triển.",
                     "REQUEST") == []


def test_an_honorific_after_with_marks_the_one_addressed() -> None:
    # corpus: "với ông Trump" is whom Putin spoke to, not who asks
    text = ("Nói với ông Trump, Tổng thống Putin bác bỏ mọi khả năng can thiệp tiến trình dân chủ của Mỹ và yêu cầu Mỹ "
            "cung cấp bằng chứng.")
    assert _directed(text, "REQUEST") == [(["RUS"], ["USA"])]


def test_only_the_speaker_asks_the_one_addressed() -> None:
    # (the review of 95e5e35) the asker here is not the one who spoke: a domestic request stays one
    text = ("Ông Trump nói với ông Tập về Triều Tiên, trong khi Thủ tướng Abe kêu gọi Nhật Bản tăng chi tiêu quốc "
            "phòng.")
    assert _directed(text, "REQUEST") == []
    text = "Hun Sen nói với Tổng thống Trump rằng Campuchia mong muốn Campuchia sẽ thu hút thêm đầu tư."
    assert _directed(text, "REQUEST") == []
    # an honorific after "của" or "cùng với" is no addressee: the owner and the co-subjects act as before
    assert _directed("Phát ngôn viên của bà Merkel kêu gọi Thổ Nhĩ Kỳ thả các nhà báo.", "REQUEST") == \
        [(["DEU"], ["TUR"])]
    assert [(r.source, r.targets) for r in run("Nội các của ông Abe đã phê chuẩn gói viện trợ 500 triệu USD cho "
                                               "Philippines.") if r.type == "AID"] == [(["JPN"], ["PHL"])]
