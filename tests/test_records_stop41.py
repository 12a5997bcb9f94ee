"""Mechanisms of stop 41, each on corpus text (Báo Mới), with the counter-case it must leave alone."""

from __future__ import annotations

from test_records import find, run

from hoptac.mentions.actors import find_actors
from hoptac.model import Document
from hoptac.text.normalise import normalise
from hoptac.text.sentences import split_sentences


def _codes(text: str) -> list[str]:
    doc = Document(id="t", text=text)
    doc.norm = normalise(text)
    return [a.code for a in find_actors(split_sentences(doc)).actors]


def test_an_official_named_after_a_bodys_long_name_and_its_acronym_is_one_actor() -> None:
    # corpus: "Tổng thống Mỹ Donald Trump và Tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Jens Stoltenberg
    # ngày 6/2 đã có cuộc điện đàm, nhất trí ...": the long name is NATO's, and the name after the bracketed acronym is
    # the same official, so the list before the verb holds both sides.
    doc = run("Tổng thống Mỹ Donald Trump và Tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Jens Stoltenberg "
              "ngày 6/2 đã có cuộc điện đàm, nhất trí về sự cần thiết phải tiếp tục những nỗ lực đảm bảo chia sẻ gánh "
              "nặng quốc phòng.", published="2017-02-07")
    find(doc, "CONSULT", participants=["USA", "NATO"], mode="phone", date="2017-02-06")
    find(doc, "AGREE", participants=["USA", "NATO"], date="2017-02-06")


def test_long_names_of_intergovernmental_bodies_are_their_acronyms() -> None:
    # corpus: "Phát biểu tại hội nghị của Hội đồng Hợp tác Vùng Vịnh, ông Tillerson ..."; "Tổng Thư ký Liên đoàn Arab
    # (AL) Amed Abul Gheit ngày 10/7 đã chúc mừng ..."; "Liên minh Kinh tế Á - Âu".
    assert "GCC" in _codes("Phát biểu tại hội nghị của Hội đồng Hợp tác Vùng Vịnh, ông Tillerson kêu gọi đối thoại.")
    assert "AL" in _codes("Tổng Thư ký Liên đoàn Arab Amed Abul Gheit ngày 10/7 đã chúc mừng Iraq.")
    assert "EAEU" in _codes("Việt Nam đã ký hiệp định thương mại tự do với Liên minh Kinh tế Á - Âu.")
    assert "OPEC" in _codes("Tổ chức các nước xuất khẩu dầu mỏ đã nhất trí gia hạn thỏa thuận cắt giảm sản lượng.")

