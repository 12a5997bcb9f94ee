"""The body finder on page dumps made up in the layouts of other Vietnamese
outlets (VnExpress, Dân trí, Tuổi Trẻ, Báo Chính phủ, VietnamPlus): other
dateline formats, caption forms, teaser blocks, inline links, pages without an
outlet or a dateline, readers that already gave clean paragraphs."""

import copy

import pytest

from hoptac.body import BodyFinder
from hoptac.body.cues import Cues, load_cues
from hoptac.model import Document, Paragraph


def run(text: str, **kw) -> Document:
    return BodyFinder()(Document(text=text, **kw))


VNEXPRESS = """Thời sự
Góc nhìn
Thế giới
Kinh doanh
Thế giới  Hồ sơ
Thứ sáu, 3/4/2020, 06:41 (GMT+7)
Việt Nam và Nhật Bản nhất trí tăng cường hợp tác y tế
Hai nước cam kết chia sẻ kinh nghiệm phòng chống dịch và bảo đảm chuỗi cung ứng vật tư y tế.
Ngày 2/4, Bộ trưởng Ngoại giao Phạm Bình Minh điện đàm với Bộ trưởng Ngoại giao Nhật Bản Motegi Toshimitsu về hợp tác ứng phó dịch.
Bộ trưởng Ngoại giao hai nước tại một cuộc gặp năm 2019. Ảnh: Reuters
Bộ trưởng Motegi cho biết Nhật Bản sẽ viện trợ thiết bị y tế cho các nước ASEAN.
Hai bên nhất trí tạo điều kiện cho công dân của nhau trong thời gian dịch bệnh.
Hoài Thu
Chia sẻ
Bình luận (5)
Xem thêm
Mỹ viện trợ 10 triệu USD cho Lào
Mỹ sẽ chuyển 10 triệu USD cho Lào để mua vật tư y tế, Đại sứ quán Mỹ cho biết ngày 1/4.
"""


def test_vnexpress_layout():
    doc = run(VNEXPRESS)
    assert doc.title == "Việt Nam và Nhật Bản nhất trí tăng cường hợp tác y tế"
    assert doc.published == "2020-04-03T06:41:00+07:00"
    assert doc.outlet is None
    assert doc.byline == "Hoài Thu"
    assert [p.text[:12] for p in doc.paragraphs] == ["Hai nước cam", "Ngày 2/4, Bộ", "Bộ trưởng Mo", "Hai bên nhất"]
    assert not any("Lào" in p.text or "Reuters" in p.text for p in doc.paragraphs)


DANTRI = """Dân trí
Xã hội
Thứ sáu, 03/04/2020 - 06:41
Thủ tướng điện đàm với Thủ tướng Australia về hợp tác chống dịch
(Dân trí) - Chiều 2/4, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Australia Scott Morrison về hợp tác phòng chống Covid-19.
Thủ tướng Nguyễn Xuân Phúc trong cuộc điện đàm (Ảnh: Quang Hiếu).
Thủ tướng Scott Morrison cảm ơn Việt Nam đã tạo điều kiện cho công dân Australia về nước.
Xem thêm: Australia tặng Việt Nam 1,5 triệu USD chống dịch
Hai nhà lãnh đạo nhất trí duy trì chuỗi cung ứng hàng hóa thiết yếu giữa hai nước.
Thế Kha
Tin liên quan
Thủ tướng: Không để dịch bệnh lây lan trong cộng đồng
Thủ tướng yêu cầu các bộ ngành tiếp tục siết chặt các biện pháp phòng dịch.
"""


def test_dantri_layout_with_inline_link_and_bracketed_outlet():
    doc = run(DANTRI)
    assert doc.title.startswith("Thủ tướng điện đàm với Thủ tướng Australia")
    assert doc.outlet == "Dân trí"
    assert doc.published == "2020-04-03T06:41:00+07:00"
    assert doc.byline == "Thế Kha"
    assert len(doc.paragraphs) == 3
    assert not any("Ảnh" in p.text or "1,5 triệu" in p.text or "siết chặt" in p.text for p in doc.paragraphs)


TUOITRE = """Trang chủ > Thế giới > Thời sự
03/04/2020 06:41 (GMT+07:00)
Hàn Quốc chia sẻ kinh nghiệm xét nghiệm diện rộng với Việt Nam
TTO - Hàn Quốc sẵn sàng chia sẻ kinh nghiệm xét nghiệm diện rộng và cung cấp bộ kit cho Việt Nam, Đại sứ Hàn Quốc cho biết.
Một điểm xét nghiệm lưu động ở Seoul - Ảnh: REUTERS
Theo Đại sứ, các doanh nghiệp Hàn Quốc có thể cung cấp 100.000 bộ xét nghiệm trong tháng 4.
Hai bên cũng bàn về việc nối lại các chuyến bay thương mại khi dịch được kiểm soát.
NGỌC AN
Tin cùng chuyên mục
Nhật Bản công bố gói kích thích kinh tế lớn nhất lịch sử
"""


def test_tuoitre_layout_caption_with_dash_credit():
    doc = run(TUOITRE)
    assert doc.title.startswith("Hàn Quốc chia sẻ kinh nghiệm")
    assert doc.outlet == "TTO"
    assert doc.published == "2020-04-03T06:41:00+07:00"
    assert doc.byline == "NGỌC AN"
    assert len(doc.paragraphs) == 3 and not any("Seoul" in p.text for p in doc.paragraphs)
    assert "Trang chủ" not in doc.title


CHINHPHU = """Báo điện tử Chính phủ
Cập nhật: 15/08/2021 10:20
Thủ tướng tiếp Đại sứ Cuba chào từ biệt
(Chinhphu.vn) - Chiều 15/8, Thủ tướng Phạm Minh Chính tiếp Đại sứ Cuba Orlando Nicolás Hernández Guillén đến chào từ biệt.
Toàn cảnh buổi tiếp. Ảnh: VGP/Nhật Bắc
Thủ tướng cảm ơn Cuba đã hỗ trợ Việt Nam vaccine Abdala trong lúc khó khăn.

Đại sứ khẳng định Cuba sẵn sàng chuyển giao công nghệ sản xuất vaccine cho Việt Nam.
Hình ảnh buổi tiếp
Nguồn: VGP
"""


def test_chinhphu_layout_update_dateline_and_caption_credit():
    doc = run(CHINHPHU)
    assert doc.title == "Thủ tướng tiếp Đại sứ Cuba chào từ biệt"
    assert doc.outlet == "Chinhphu.vn"
    assert doc.published == "2021-08-15T10:20:00+07:00"
    assert len(doc.paragraphs) == 3
    reasons = dict(doc.meta["body_dropped"])
    assert reasons[5].startswith("caption") and reasons[9].startswith("caption")


def test_date_only_dateline_and_follow_line_outlet():
    page = """VietnamPlus
15/08/2021
Việt Nam tiếp nhận thêm vaccine từ Nhật Bản
Theo dõi VietnamPlus trên Google News
Sáng 15/8, lô vaccine AstraZeneca do Chính phủ Nhật Bản tặng đã về đến sân bay Nội Bài.
Đây là lô vaccine thứ năm Nhật Bản chuyển cho Việt Nam.
"""
    doc = run(page)
    assert doc.published == "2021-08-15"
    assert doc.outlet == "VietnamPlus"
    assert [p.text[:8] for p in doc.paragraphs] == ["Sáng 15/", "Đây là l"]


def test_page_without_outlet_or_dateline_and_its_teasers():
    page = """Tin tức
Lào và Campuchia ký thỏa thuận hợp tác y tế biên giới

Hai nước ký thỏa thuận phối hợp kiểm soát dịch bệnh tại các cửa khẩu biên giới chung.

Thỏa thuận có hiệu lực từ đầu tháng tới và được rà soát sau sáu tháng.

Thái Lan mở lại đường bay với Singapore

Thái Lan mở lại đường bay với Singapore

Ngày 24/4/2024, Thái Lan và Singapore nối lại các chuyến bay thường lệ giữa hai nước.

Indonesia nhận vaccine từ COVAX
16 Oct, 11:25 PM
Indonesia nhận thêm 2 triệu liều vaccine qua cơ chế COVAX ...
"""
    doc = run(page)
    assert doc.outlet is None and doc.published is None
    assert doc.title == "Lào và Campuchia ký thỏa thuận hợp tác y tế biên giới"
    assert len(doc.paragraphs) == 2
    assert not any("Thái Lan" in p.text or "COVAX" in p.text for p in doc.paragraphs)


def test_banner_date_of_today_loses_to_the_articles_dateline():
    page = """Thứ Năm, 16/10/2025
Trang chủ Thời sự
Hợp tác y tế Việt Nam - Singapore
06:41 | 03/04/2020 GMT+7
Singapore và Việt Nam nhất trí thúc đẩy hợp tác trong lĩnh vực y tế công cộng.
"""
    assert run(page).published == "2020-04-03T06:41:00+07:00"


def test_slug_names_the_title_among_headlines():
    page = """Dự báo thời tiết hôm nay và ngày mai
Việt Nam nhận 2 triệu liều vaccine từ Mỹ
Giá xăng giảm mạnh từ chiều nay
Sáng nay, 2 triệu liều vaccine Moderna do Chính phủ Mỹ tặng đã về đến Việt Nam.
viet nam nhan 2 trieu lieu vaccine tu my Mỹ tặng Lào 1 triệu liều vaccine
Đây là lô vaccine lớn nhất Việt Nam nhận qua kênh song phương.
"""
    doc = run(page)
    assert doc.title == "Việt Nam nhận 2 triệu liều vaccine từ Mỹ"
    assert [p.text[:10] for p in doc.paragraphs] == ["Sáng nay, ", "Đây là lô "]


def test_offsets_point_into_the_original_text_with_odd_whitespace():
    page = "Tiêu đề bài viết thử nghiệm ở đây\r\n\r\n  Đoạn\u00a0một   có  nhiều khoảng trắng thừa ở đây.  \r\nĐoạn hai kết thúc bằng dấu chấm.\r\n"
    doc = run(page)
    assert [p.text for p in doc.paragraphs] == ["Đoạn một có nhiều khoảng trắng thừa ở đây.", "Đoạn hai kết thúc bằng dấu chấm."]
    for p in doc.paragraphs:
        assert " ".join(page[p.start:p.end].split()) == p.text
        assert not page[p.start].isspace() and not page[p.end - 1].isspace()


def test_known_title_anchors_the_body():
    page = """Tin nóng: Giá vàng hôm nay tăng mạnh, nhà đầu tư đổ xô đi mua vàng.
Việt Nam và Lào ký kết hợp tác
Hai nước ký kết thỏa thuận hợp tác phòng chống dịch bệnh.
"""
    doc = run(page, title="Việt Nam và Lào ký kết hợp tác")
    assert [p.text[:7] for p in doc.paragraphs] == ["Hai nướ"]


def test_no_prose_gives_no_body_and_a_warning():
    doc = run("Trang chủ\nĐăng nhập\nTin mới\n")
    assert doc.paragraphs == [] and doc.warnings


def test_body_ready_documents_keep_their_paragraphs():
    text = "Thứ Sáu, 03/04/2020 - 06:41\nHợp tác với Lào trong phòng dịch\nHÀ NỘI (TTXVN) - Việt Nam trao vật tư y tế cho Lào.\n"
    start = text.index("HÀ NỘI")
    para = Paragraph("HÀ NỘI (TTXVN) - Việt Nam trao vật tư y tế cho Lào.", start, len(text) - 1)
    doc = BodyFinder()(Document(text=text, body_ready=True, paragraphs=[para]))
    assert doc.paragraphs == [para]
    assert doc.outlet == "TTXVN"
    assert doc.published == "2020-04-03T06:41:00+07:00"
    assert doc.title == "Hợp tác với Lào trong phòng dịch"


def test_an_analyst_can_add_an_end_cue_without_code():
    raw = copy.deepcopy(load_cues().raw)
    raw["end"]["lines"].append("Bài cùng tác giả")
    page = """Thái Lan tặng Việt Nam máy thở
Thái Lan trao tặng Việt Nam 50 máy thở phục vụ điều trị bệnh nhân.
Bài cùng tác giả
Campuchia và Lào tăng cường hợp tác kinh tế trong năm tới.
"""
    assert len(BodyFinder()(Document(text=page)).paragraphs) == 2
    assert len(BodyFinder(Cues(raw))(Document(text=page)).paragraphs) == 1


@pytest.mark.parametrize("line", ["Chia sẻ", "aa", "Feedback", "BÌNH LUẬN (0)", "Nguồn:", "Phiên bản di động"])
def test_widget_lines_never_reach_the_body(line):
    page = f"Tiêu đề của một bài báo thử\nĐoạn đầu tiên của bài báo thử nghiệm này.\n{line}\nĐoạn thứ hai của bài báo thử nghiệm.\n"
    assert line not in BodyFinder()(Document(text=page)).body


HEADLESS = """Trang chủ
Thế giới
Sáng 10/6, Ngoại trưởng Nga Sergei Lavrov tiếp người đồng cấp Qatar tại Moskva và kêu gọi các bên đối thoại.
Ông Lavrov khẳng định Nga sẵn sàng hỗ trợ các nỗ lực nhằm giải quyết bất đồng giữa Qatar và các nước láng giềng.
Nga không có ý định can thiệp
Người phát ngôn Điện Kremlin cho biết Moskva theo dõi sát diễn biến và hy vọng căng thẳng sẽ sớm được tháo gỡ.
"""


def test_a_dump_that_starts_mid_article_keeps_its_first_sentences() -> None:
    # No headline at all: the subheading below two full sentences is no title,
    # and the sentences above it are body.
    doc = run(HEADLESS)
    paras = [p.text for p in doc.paragraphs]
    assert paras[0].startswith("Sáng 10/6, Ngoại trưởng Nga")
    assert any(p.startswith("Người phát ngôn Điện Kremlin") for p in paras)
    assert doc.title != "Nga không có ý định can thiệp"


RUN_IN = """Thế giới
Nga kêu gọi mở đối thoại giữa Qatar với các nước vùng Vịnh
Ngoại trưởng Nga Sergei Lavrov. (Ảnh: Văn Điệp/TTXVN) Trong cuộc gặp với người đồng cấp Qatar tại Moskva, Ngoại trưởng Nga Sergei Lavrov nêu rõ Nga sẵn sàng giúp làm dịu căng thẳng.
Nga kêu gọi mở đối thoại giữa Qatar với các nước vùng Vịnh - Ảnh 1.
Theo ông Lavrov, mọi bất đồng cần được giải quyết thông qua đối thoại trên cơ sở tôn trọng lẫn nhau.
"""


def test_a_caption_run_into_its_paragraph_is_cut_off_and_the_paragraph_kept() -> None:
    doc = run(RUN_IN)
    paras = [p.text for p in doc.paragraphs]
    assert paras[0].startswith("Trong cuộc gặp với người đồng cấp Qatar")
    assert doc.text[doc.paragraphs[0].start:doc.paragraphs[0].end] == paras[0]
    assert not any("Ảnh 1." in p for p in paras)  # the "- Ảnh 1." caption line is no body
    assert any("caption run into the paragraph" in why for _no, why in doc.meta["body_dropped"])


def test_a_credit_inside_a_long_one_line_page_keeps_the_paragraph() -> None:
    # Some dumps join a page's text, captions included, into one line.
    sentence = "Quốc hội đã biểu quyết thông qua Luật quản lý, sử dụng tài sản nhà nước với đa số đại biểu tán thành. "
    line = sentence * 6 + "Toàn cảnh phiên bế mạc. Ảnh: TTXVN " + sentence * 6
    doc = run("Thời sự\nQuốc hội bế mạc kỳ họp thứ ba\n" + line.strip() + "\n")
    assert doc.paragraphs and doc.paragraphs[0].text.count("biểu quyết") == 12


def test_a_long_link_after_a_credit_costs_no_more_than_its_length() -> None:
    # A credit followed by a URL of many path parts once took seconds per part (nested quantifiers).
    line = "Ảnh: https://vnexpress.net/" + "a/" * 40 + "x xem thêm tại đây."
    doc = run("Thế giới\nNga kêu gọi đối thoại\n" + line + "\n" + RUN_IN.split("\n", 3)[3])
    assert doc.paragraphs  # finishes, and the article is still found


def test_a_multi_word_credit_is_cut_off_whole() -> None:
    doc = run("Thế giới\nNga kêu gọi mở đối thoại giữa Qatar với các nước vùng Vịnh\n"
              "Ngoại trưởng Nga Sergei Lavrov. Ảnh: Văn Điệp/TTXVN Trong cuộc gặp với người đồng cấp Qatar tại Moskva, "
              "Ngoại trưởng Nga Sergei Lavrov nêu rõ Nga sẵn sàng giúp làm dịu căng thẳng.\n")
    assert doc.paragraphs[0].text.startswith("Trong cuộc gặp với người đồng cấp Qatar")


TEASERS_ABOVE = """Trang chủ
Thế giới
Mỹ viện trợ thêm 100 triệu USD cho Ấn Độ để chống dịch Covid-19 trong đợt bùng phát mới.
Nhật Bản cam kết hỗ trợ các nước ASEAN thêm thiết bị y tế trong những tháng tới đây.
Việt Nam và Nhật Bản nhất trí tăng cường hợp tác y tế
Thứ hai, 03/05/2021 08:00
Ngày 2/5, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Bộ trưởng Ngoại giao Nhật Bản Motegi Toshimitsu.
Hai bên nhất trí tạo điều kiện cho công dân của nhau trong thời gian dịch bệnh diễn biến phức tạp.
"""


def test_prose_teasers_above_a_headline_and_its_date_line_are_not_the_article() -> None:
    doc = run(TEASERS_ABOVE)
    assert doc.title == "Việt Nam và Nhật Bản nhất trí tăng cường hợp tác y tế"
    assert [p.text[:8] for p in doc.paragraphs] == ["Ngày 2/5", "Hai bên "]


def test_a_line_of_many_credits_costs_no_more_than_its_length() -> None:
    doc = run("Tít\n" + ".Ảnh:ab" * 8000 + "\nViệt Nam hội đàm với Nhật Bản về hợp tác y tế trong thời gian tới.\n")
    assert doc.text  # finishes (it took 29 s when each credit could run to the end of the line)
