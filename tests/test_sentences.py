"""Sentence splitting: real sentences from the Dân trí / Báo Mới corpora plus the tricky forms."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.model import Document, Paragraph
from hoptac.text.sentences import split_sentences


def _doc(*paras: str) -> Document:
    text = "\n\n".join(paras)
    out, pos = [], 0
    for p in paras:
        out.append(Paragraph(" ".join(p.split()), pos, pos + len(p)))
        pos += len(p) + 2
    return Document(text=text, paragraphs=out)


def _split(*paras: str) -> list[str]:
    return [s.text for s in split_sentences(_doc(*paras)).sentences]


def test_offsets_point_into_original_and_indices() -> None:
    doc = split_sentences(_doc("Ngày 2/4, Thủ tướng điện đàm. Hai bên nhất trí.", "Đoạn hai."))
    assert [(s.paragraph, s.index) for s in doc.sentences] == [(0, 0), (0, 1), (1, 2)]
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


# Real sentences (corpus), each one sentence: periods inside must not split.
@pytest.mark.parametrize(
    "sentence",
    [
        "Máy bay hạ cánh an toàn tại TP.HCM lúc 12h10 ngày 30/9/2020 với 158 khách.",
        "Cũng về dự án này, chiều ngày 28/10, Thủ tướng Nguyễn Xuân Phúc đã chủ trì cuộc họp Thường trực Chính phủ về tình hình triển khai.",
        "Theo Cục Quản lý Đăng ký kinh doanh, số doanh nghiệp tạm ngừng hoạt động chờ làm thủ tục giải thể trong tháng 9/2020 là gần 4.100 doanh nghiệp, tăng 50,8% so với cùng kỳ năm 2019.",
        "Tổ chức, cá nhân mua hành ủng hộ có thể liên hệ tại Phòng Kinh tế thị xã Vĩnh Châu; hoặc trực tiếp là ông Mã Chí Thọ, Trưởng Phòng Kinh tế thị xã, số điện thoại: 0939.231.868.",
        "PGS.TS.BS Vương Thị Ngọc Lan được vinh danh ở lĩnh vực Khoa học Y sinh.",
        "Aston Martin MA-RB 00 có giá 3.9 triệu USD.",
        "Việc thực hiện Chỉ thị 16/CT-TTg ở Q.1 và TP. Hồ Chí Minh được ThS. Nguyễn Văn A đánh giá cao.",
        "Một cô giáo mặc đồ thể thao, đút tay túi quần, dùng đầu gối thúc nhẹ vào bụng một bé khác đang khóc kèm lời quát tháo phải nín ngay./.",
        "Ông Donald J. Trump đến Tp. Đà Nẵng; sau đó ông tới Q. Hoàn Kiếm.",
    ],
)
def test_one_sentence(sentence: str) -> None:
    assert _split(sentence) == [sentence]


def test_seed_lead_ends_after_usd() -> None:
    a = "Mỹ công bố gói hỗ trợ quốc tế trị giá 270 triệu USD."
    b = "Lãnh đạo Bộ Ngoại giao Ấn Độ cho biết Chính phủ Ấn Độ đã quyết định phong tỏa toàn quốc."
    assert _split(f"{a} {b}") == [a, b]


def test_quote_closing_after_period() -> None:
    a = 'Biện pháp tạm thời hiện tại là đánh dấu khu vực có hố sụt để đề phòng tai nạn."'
    b = "Fetulla Arik nói."
    assert _split(f"{a} {b}") == [a, b]


def test_quote_then_lowercase_does_not_split() -> None:
    s = '"Chúng tôi sẽ hỗ trợ Việt Nam." ông nói.'
    assert _split(s) == [s]


def test_ellipsis_and_unicode_ellipsis() -> None:
    assert _split("Nhiều mặt hàng tăng giá... Người dân lo lắng… Chính quyền vào cuộc.") == [
        "Nhiều mặt hàng tăng giá...",
        "Người dân lo lắng…",
        "Chính quyền vào cuộc.",
    ]
    s = "Giá vàng, bạc... đều tăng mạnh."
    assert _split(s) == [s]


def test_vv_ends_sentence_before_capital() -> None:
    assert _split("Hỗ trợ khẩu trang, máy thở, v.v. Ngoài ra, Nhật Bản viện trợ thêm.") == [
        "Hỗ trợ khẩu trang, máy thở, v.v.",
        "Ngoài ra, Nhật Bản viện trợ thêm.",
    ]


def test_no_split_at_semicolon_or_fraction_or_decimal() -> None:
    s = "Khoảng 1/4 số ca là người nhập cảnh; tỷ lệ tăng 3.5 lần; 1.000 người được cách ly."
    assert _split(s) == [s]


def test_question_exclamation_and_bracket_opener() -> None:
    assert _split("Vì sao vậy? (Dân trí) Thật đáng tiếc! 2 ca mắc mới.") == [
        "Vì sao vậy?",
        "(Dân trí) Thật đáng tiếc!",
        "2 ca mắc mới.",
    ]
    # (a photo credit in brackets ends its caption: test_a_photo_credit_in_brackets_ends_...)
    assert _split("Vì sao vậy? (Ảnh minh họa) Thật đáng tiếc!") == ["Vì sao vậy?", "(Ảnh minh họa)", "Thật đáng tiếc!"]


def test_nbsp_and_nfd_input() -> None:
    text = unicodedata.normalize("NFD", "Hà Nội\u00a0tiếp nhận 5 tấn hàng.\u00a0Đà Nẵng cũng vậy.")
    doc = split_sentences(_doc(text))
    assert len(doc.sentences) == 2
    assert doc.text[doc.sentences[1].start : doc.sentences[1].end] == unicodedata.normalize("NFD", "Đà Nẵng cũng vậy.")


def test_empty_paragraph_list() -> None:
    assert split_sentences(Document(text="Không có đoạn.")).sentences == []


def test_a_photo_credit_in_brackets_ends_the_caption_run_into_a_paragraph() -> None:
    # Báo Mới 2017: the credit "(Ảnh minh họa: ...)" then the body's first sentence, in one line.
    credit = "(Ảnh minh họa: Thế Anh/TTXVN)"
    body = "Ngày 21/6, tại Hà Nội, Phó Thủ tướng Trịnh Đình Dũng đã tiếp Đoàn cán bộ cao cấp của Bộ Bưu chính và Viễn thông Lào."
    assert _split(f"{credit} {body}") == [credit, body]
    caption = "Thủ tướng Nguyễn Xuân Phúc tiếp Giám đốc khu vực Ngân hàng HSBC (Ảnh: Thống Nhất/TTXVN)"
    after = "Chiều 12/5, tại trụ sở Chính phủ, Thủ tướng đánh giá cao các dịch vụ của ngân hàng."
    assert _split(f"{caption} {after}") == [caption, after]
    # A credit inside a sentence that goes on in lower case ends nothing.
    inside = "Bức ảnh (Ảnh: TTXVN) cho thấy đoàn xe đến cửa khẩu."
    assert _split(inside) == [inside]


def test_another_articles_title_in_square_brackets_ends_a_sentence() -> None:
    teaser = "[Ngoại trưởng Mỹ và Nga sắp tiến hành hội đàm tại Washington]"
    body = "Cuối tháng 12/2016, Tổng thống Mỹ Barack Obama đã áp đặt trừng phạt đối với 9 trường đại học."
    assert _split(f"{teaser} {body}") == [teaser, body]
    quoted = "Ông nói: “Chúng tôi [Nga và Trung Quốc] sẽ phản đối.”"
    assert _split(quoted) == [quoted]
    # Two teasers in a row, each its own sentence.
    a, b = "[Nga và Mỹ sắp tiến hành hội đàm tại Washington]", "[Triều Tiên kêu gọi chấm dứt tình trạng đối đầu]"
    assert _split(f"{a} {b} {body}") == [a, b, body]
    # After a colon a bracket is the editor's ("nêu rõ: [Phía Việt Nam] Việt Nam hoan nghênh ...").
    colon = "Thông cáo chung nêu rõ: [Phía Việt Nam] Việt Nam hoan nghênh quyết định của Mỹ."
    assert _split(colon) == [colon]


_STOP_PIECES = [".", "..", "...", "./.", "…", "!", "?", "?!", '"', "”", "’", "»", ")", "]", "(", " ", "\n", "a", "Á",
                "1", "TP.", "ông", "-"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_STOP_PIECES), max_size=20).map("".join))
def test_the_terminator_s_first_character_lookahead_loses_no_match(text: str) -> None:
    """`_TERMINATOR` behind `starting_with`'s lookahead finds what the bare pattern finds."""
    import re

    from hoptac.text.sentences import _TERMINATOR

    assert _TERMINATOR.pattern.startswith("(?=[")
    bare = re.compile(_TERMINATOR.pattern.split("])", 1)[1], _TERMINATOR.flags)
    assert [m.span() for m in _TERMINATOR.finditer(text)] == [m.span() for m in bare.finditer(text)]


def test_a_sentences_text_has_its_white_space_collapsed() -> None:
    """Tabs, no-break and ideographic spaces, and runs of spaces inside a sentence are one space in its
    text (its span keeps the original); a sentence of single spaces is its text as written."""
    doc = split_sentences(_doc("Hai bên\tnhất trí  tăng cường\u00a0hợp tác\u3000phòng chống dịch. Phía Nhật Bản sẽ hỗ trợ."))
    assert [s.text for s in doc.sentences] == ["Hai bên nhất trí tăng cường hợp tác phòng chống dịch.",
                                               "Phía Nhật Bản sẽ hỗ trợ."]
    assert doc.text[doc.sentences[0].start:doc.sentences[0].end] == \
        "Hai bên\tnhất trí  tăng cường\u00a0hợp tác\u3000phòng chống dịch."
