"""Actors: names, titles and phrases found in sentences, coded as the annotation
guide scores them. Sentences marked "corpus" are quoted from the dantri/baomoi
news corpora (short sentences, for testing); the rest are from data/samples or
written for a case."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from hoptac.mentions.actor_lexicon import alpha3_codes, load
from hoptac.mentions.actors import find_actors
from hoptac.model import Document, Sentence

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


def make_doc(*sentences: str, published: str | None = None) -> Document:
    """A document whose sentences are the given strings, one after another."""
    text, sents, pos = "", [], 0
    for i, s in enumerate(sentences):
        if text:
            text += " "
            pos += 1
        sents.append(Sentence(s, pos, pos + len(s), 0, i))
        text += s
        pos += len(s)
    return Document(text=text, sentences=sents, published=published)


def codes(*sentences: str, published: str | None = None) -> list[str]:
    return [a.code for a in find_actors(make_doc(*sentences, published=published)).actors]


# --- the lexicon -----------------------------------------------------------

def test_alpha3_codes_come_from_cldr():
    a3 = alpha3_codes()
    assert a3["US"] == "USA" and a3["VN"] == "VNM" and a3["KP"] == "PRK" and a3["CH"] == "CHE"
    assert a3["MM"] == "MMR" and a3["DE"] == "DEU" and a3["TL"] == "TLS"  # not BUR, DDR, TMP
    assert "EU" not in a3 and "QO" not in a3


def test_every_data_row_has_a_known_code():
    lex = load()
    states = set(alpha3_codes().values())
    for entries in lex.entries.values():
        for e in entries:
            if e.kind in ("state", "firm", "person") and e.code and not e.members:
                assert e.code in states | lex.org_codes, (e.phrase, e.code, e.rule)


# --- countries, variants, offsets ---------------------------------------------

def test_offsets_point_into_the_original_text_and_rules_name_their_row():
    doc = find_actors(make_doc("Ngày 2/4, Việt Nam và Thuỵ Sỹ ký thoả thuận."))
    assert [a.code for a in doc.actors] == ["VNM", "CHE"]
    for a in doc.actors:
        assert doc.text[a.start:a.end] == a.text
        assert a.rule.startswith("country_aliases.tsv:") or a.rule.startswith("cldr:vi:")


def test_nfd_tone_and_i_y_variants():
    nfd = unicodedata.normalize("NFD", "Thụy Sĩ viện trợ cho Việt Nam và Hoa Kỳ.")
    doc = find_actors(make_doc(nfd))
    assert [a.code for a in doc.actors] == ["CHE", "VNM", "USA"]
    assert unicodedata.normalize("NFC", doc.actors[0].text) == "Thụy Sĩ"
    assert codes("Thuỵ Sỹ, Thụy Sỹ và Thuỵ Sĩ.") == ["CHE", "CHE", "CHE"]
    assert codes("Hoà Kỳ") == [] and codes("Hợp tác với Mĩ và Hoa Kì.") == ["USA", "USA"]


def test_anh_is_the_uk_only_where_it_names_a_country():
    corpus = 'Thủ tướng Anh, Boris Johnson nhấn mạnh: "Các kế hoạch tổ chức giải đấu European Super League sẽ khiến thế giới bóng đá đảo lộn.'
    doc = find_actors(make_doc(corpus))
    assert [a.code for a in doc.actors] == ["GBR"]
    assert doc.actors[0].name == "Boris Johnson" and doc.actors[0].role == "prime_minister"
    assert codes("Vương quốc Anh và nước Anh; Anh và Pháp; Bộ Ngoại giao Anh.") == [
        "GBR", "GBR", "GBR", "FRA", "GBR"]
    assert codes("Các nước Đức, Anh, Ý đã đóng cửa biên giới.") == ["DEU", "GBR", "ITA"]
    # corpus: the language, a person's name, the pronoun
    assert codes("Chỉ là giấy chứng nhận B1 tiếng Anh nội bộ mà rất nhiều sinh viên thi đến 5-6 lần vẫn không đạt.") == []
    assert codes("Ông Nguyễn Tuấn Anh, Vụ trưởng Vụ Tín dụng các ngành kinh tế (Ảnh: N.H).") == []
    assert codes("Anh Vũ cho biết anh đã tiêm vaccine.", "Anh nói: tôi ổn.") == []


def test_short_names_that_are_also_words_or_names():
    # corpus
    assert codes("Ý kiến này nhận được sự đồng tình từ phía Mourinho.") == []
    assert codes('Áo dài theo "công thức" riêng của bà phải được làm toàn bộ bằng tay từ đo đạc, cắt xẻ đến may khâu.') == []
    assert codes("Lào Cai thông tin.") == []
    assert codes('"Nếu học ở phường Mỹ Đình 2 thì phụ huynh phải di chuyển xa hơn 3km.') == []
    assert codes('Khi biết "tác phẩm" của mình nhận được nhiều sự quan tâm của người xem, Đức Anh tỏ ra rất vui và bất ngờ.') == []
    assert "RUS" not in codes("Trước đó, bà Nguyễn Thị Trang (Yên Hòa, quận Cầu Giấy, Hà Nội) kiến nghị có đơn kiến nghị gửi Chủ nhiệm Ủy ban Tư pháp Quốc hội Lê Thị Nga.")
    assert codes("Ngoài Bulgaria, Áo, Hà Lan và Thụy Điển gần đây đều trục xuất các nhà ngoại giao Nga vì nghi ngờ họ là gián điệp.") == [
        "BGR", "AUT", "NLD", "SWE", "RUS"]
    assert codes("Ngay cả các hãng xe của Nhật như Honda, hay của Hàn như Hyundai cũng sản xuất phiên bản dành riêng cho người tiêu dùng Trung Quốc.") == [
        "JPN", "JPN", "KOR", "KOR", "CHN"]
    assert codes("Hợp tác Nhật-Hàn được thúc đẩy.") == ["JPN", "KOR"]
    assert codes("VKSND huyện Mỹ Đức (Hà Nội) đã hoàn tất hồ sơ.") == []
    assert codes("Những bức ảnh của Anh Sa lan truyền; bà nói tiếng Pháp.") == []


def test_capital_stands_for_the_state_only_as_an_actor():
    # corpus
    assert codes("Tuy nhiên, các chuyên gia cho rằng, rất ít dấu hiệu cho thấy Bắc Kinh đang làm như vậy khi tiến hành các dự án trong BRI.") == ["CHN"]
    assert codes("Chiều 12/5, tại Đại lễ đường nhân dân ở thủ đô Bắc Kinh, Chủ tịch nước Trần Đại Quang đã hội kiến với Thủ tướng Quốc vụ viện Trung Quốc Lý Khắc Cường.") == ["VNM", "CHN"]
    assert codes("Washington cam kết viện trợ.", "Hội nghị diễn ra tại Washington.") == ["USA"]


# --- organisations, INTL, groups ---------------------------------------------

def test_organisations_and_intl():
    assert codes("Thủ tướng Phạm Minh Chính chia sẻ ý kiến của lãnh đạo các nước ASEAN về tình hình Myanmar và vai trò của ASEAN.") == [
        "VNM", "ASEAN", "MMR", "ASEAN"]  # corpus
    assert codes("WHO, Liên Hợp Quốc, LHQ, EU và cơ chế COVAX cùng Ngân hàng Thế giới, Gavi và ASEAN+3.") == [
        "WHO", "UN", "UN", "EU", "COVAX", "WB", "GAVI", "ASEAN+3"]
    doc = find_actors(make_doc("Bộ trưởng các nước Mekong hoan nghênh sáng kiến."))
    assert sorted(a.code for a in doc.actors if a.text == "các nước Mekong") == ["KHM", "LAO", "MMR", "THA", "VNM"]
    # corpus; "nước này" is the latest state
    doc = find_actors(make_doc("Ấn Độ đang kêu gọi sự giúp đỡ của cộng đồng quốc tế nhằm giúp nước này vượt qua khủng hoảng dịch bệnh."))
    assert [(a.code, a.kind) for a in doc.actors] == [("IND", "state"), ("INTL", "intl"), ("IND", "state")]
    assert codes("Nhật Bản hỗ trợ các nước đang phát triển và những nơi có nhu cầu.") == ["JPN", "INTL", "INTL"]


def test_intl_that_only_opens_a_list_is_dropped():
    doc = find_actors(make_doc("Thứ trưởng điện đàm với Lãnh đạo Bộ Ngoại giao các nước Mỹ, Nhật Bản và New Zealand."))
    assert [a.code for a in doc.actors] == ["VNM", "USA", "JPN", "NZL"]
    assert codes("Việt Nam hợp tác với các nước như Ấn Độ, Hoa Kỳ.") == ["VNM", "IND", "USA"]


def test_group_words_are_emitted_for_the_records_stage():
    # corpus
    doc = find_actors(make_doc("Các bên tham chiến sẽ nối lại hòa đàm tại Geneva, Thụy Sỹ vào ngày 20/02."))
    assert [(a.code, a.kind) for a in doc.actors] == [("", "group"), ("CHE", "state")]
    doc = find_actors(make_doc("Hai bên nhất trí, hai nước sẽ hợp tác; phía bạn cảm ơn."))
    assert [(a.text, a.code, a.kind) for a in doc.actors] == [
        ("Hai bên", "", "group"), ("hai nước", "", "group"), ("phía bạn", "", "group")]


# --- titles, people, memory, dates ---------------------------------------------

def test_titles_with_and_without_country():
    doc = find_actors(make_doc("Ngày 2/4, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã điện đàm với Thủ tướng Quốc vụ viện Trung Quốc Lý Khắc Cường."))
    a, b = doc.actors
    assert (a.code, a.role, a.name) == ("VNM", "prime_minister", "Nguyễn Xuân Phúc")
    assert (b.code, b.role, b.name, b.text) == ("CHN", "premier", "Lý Khắc Cường", "Thủ tướng Quốc vụ viện Trung Quốc Lý Khắc Cường")
    assert b.rule.startswith("title+country:titles.tsv:")
    # corpus
    doc = find_actors(make_doc("Vài ngày sau cuộc hội đàm với phía Mỹ ở Alaska, Ngoại trưởng Trung Quốc Vương Nghị đã tiếp đón Ngoại trưởng Nga Sergei Lavrov."))
    assert [(a.code, a.name) for a in doc.actors] == [("USA", None), ("CHN", "Vương Nghị"), ("RUS", "Sergey Lavrov")]
    assert codes("Người Phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho biết.") == ["VNM"]
    assert codes("Đại sứ quán Mỹ tại Việt Nam và Bộ Y tế Trung Quốc.") == ["USA", "VNM", "CHN"]
    assert codes("Tổng thống phát biểu.") == []  # no country, nobody known: no actor


def test_person_memory_and_bare_titles():
    doc = find_actors(make_doc(
        "Hội nghị do Thứ trưởng Bộ Ngoại giao Nguyễn Quốc Dũng đồng chủ trì với Trợ lý Ngoại trưởng Mỹ David Stilwell.",
        "Ông Stilwell đánh giá cao ASEAN.",
        "Trợ lý Ngoại trưởng Mỹ cám ơn các nước ASEAN.",
        "Thứ trưởng cũng cập nhật về tình hình.",
    ))
    got = [(a.sentence, a.code, a.name) for a in doc.actors]
    assert (1, "USA", "David Stilwell") in got and (2, "USA", "David Stilwell") in got
    assert (3, "VNM", "Nguyễn Quốc Dũng") in got
    # sample 004: the Chinese premier keeps CHN; a bare "Thủ tướng" is the Vietnamese one
    doc = find_actors(make_doc(
        "Thủ tướng Chính phủ Nguyễn Xuân Phúc đã điện đàm với Thủ tướng Quốc vụ viện Trung Quốc Lý Khắc Cường.",
        "Thủ tướng Lý Khắc Cường thông báo các thành tựu của Trung Quốc.",
        "Thủ tướng nhấn mạnh công tác phòng, chống dịch của Việt Nam.",
        "Lý Khắc Cường khẳng định Trung Quốc luôn chủ động.",
    ))
    assert [(a.sentence, a.code) for a in doc.actors] == [
        (0, "VNM"), (0, "CHN"), (1, "CHN"), (1, "CHN"), (2, "VNM"), (2, "VNM"), (3, "CHN"), (3, "CHN")]


def test_office_holder_role_by_publication_date():
    pm = find_actors(make_doc("Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản.", published="2020-04-03T06:41:00+07:00")).actors
    pres = find_actors(make_doc("Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản.", published="2022-05-01")).actors
    assert (pm[0].code, pm[0].role) == ("VNM", "prime_minister")
    assert (pres[0].code, pres[0].role) == ("VNM", "president")
    assert pm[1].code == pres[1].code == "JPN"
    # corpus (2021-04-27): Biden is president by then
    doc = find_actors(make_doc("Ông Biden đã đem đến phần nào sự bình yên cho nước Mỹ trong 100 ngày đầu tiên.", published="2021-04-27"))
    assert [(a.code, a.role) for a in doc.actors] == [("USA", "president"), ("USA", None)]
    assert codes("Tedros và Tập Cận Bình cùng Joe Biden.") == ["WHO", "CHN", "USA"]


def test_firms_act_for_their_country():
    # corpus
    assert codes("Ủy ban cạnh tranh Nam Phi cũng điều tra hãng dược phẩm Pfizer Mỹ với cáo buộc bán thuốc chữa ung thư phổi tại Nam Phi với giá quá đắt.") == [
        "ZAF", "USA", "USA", "ZAF"]
    doc = find_actors(make_doc("Việt Nam nhận vaccine AstraZeneca, Sinopharm và Johnson & Johnson."))
    assert [(a.code, a.role) for a in doc.actors][1:] == [("GBR", "firm"), ("CHN", "firm"), ("USA", "firm")]


# --- domestic and sports -------------------------------------------------------

def test_domestic_sentences_yield_only_vnm_or_nothing():
    assert set(codes("Bộ Y tế đề nghị Bộ Ngoại giao và các Bộ, ngành tiếp tục phối hợp chặt chẽ.")) == {"VNM"}
    assert codes("UBND tỉnh Quảng Ninh tổ chức tiêm vaccine cho cán bộ y tế.") == []
    assert codes("Tính đến hết ngày 28/4, toàn tỉnh Hà Nam đã tiêm vắc xin cho 729 người.") == []  # corpus
    assert codes("Hai bên đường có hàng cây xanh mát.") == [""]  # a group word: the records stage decides


def test_sports_sentences_give_both_countries():
    assert codes("Việt Nam thắng Thái Lan 2-1.") == ["VNM", "THA"]
    assert codes("Đội hình hiện tại thắng Thái Lan từ 2 năm trước, từ U19 đến U21.") == ["THA"]  # corpus


# --- a sample article, read as lines --------------------------------------------

@pytest.mark.skipif(not (SAMPLES / "004_6cbae7a29efbc530.txt").exists(), reason="sample missing")
def test_sample_004_without_sentences_falls_back_to_lines():
    text = (SAMPLES / "004_6cbae7a29efbc530.txt").read_text(encoding="utf-8")
    doc = find_actors(Document(text=text, published="2020-04-03T06:41:00+07:00"))
    found = {a.code for a in doc.actors}
    assert {"VNM", "CHN", "ASEAN", "ASEAN+3", "INTL"} <= found
    assert all(doc.text[a.start:a.end] == a.text for a in doc.actors)
    li = [a for a in doc.actors if a.name == "Lý Khắc Cường"]
    assert li and all(a.code == "CHN" for a in li)
