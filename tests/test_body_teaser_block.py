"""Page dumps whose top holds what is not the article: a site's date widget and a block of related news above the
article's own date line (eval/page_dumps.py `--records` showed both changing records: the widget read as the title
dated every undated record "hôm nay"; a related headline ending in a quote opened the body and became a record).
Made-up pages in the shapes of the dumps; the sentences are short paraphrases of corpus news."""

import pytest

from hoptac.body import BodyFinder
from hoptac.model import Document
from hoptac.pipeline import Pipeline

MENU = "Trang chủ\nThời sự\nThế giới\n"
LEAD = ("Ngày 30/4, Ủy ban nhân dân thành phố Hà Nội quyết định chọn hai khách sạn làm địa điểm cách ly tập trung "
        "cho người nhập cảnh.")
SECOND = "Các khách sạn này sẽ tiếp nhận người nhập cảnh từ ngày 2/5 để cách ly tập trung trong thời gian 14 ngày."
TEASERS = ("Tin liên quan\n"
           "Tổng thống Macron: \"Thế giới và châu Âu cần Pháp hơn bao giờ hết\"\n"
           "Chủ tịch nước thăm tỉnh Phúc Kiến (Trung Quốc)\n"
           "Hơn 21.000 học sinh tham gia lập trình thành phố thông minh\n")


def _body(text: str) -> Document:
    return BodyFinder()(Document(text=text, id="page", reader="text"))


def test_a_date_widget_is_no_title_and_no_date() -> None:
    doc = _body(MENU + "Hôm nay, Thứ năm, 02/05/2022\n01/05/2021 - 11:46\n" + LEAD + "\n" + SECOND + "\n")
    assert doc.title is None
    assert (doc.published or "").startswith("2021-05-01")
    assert [p.text for p in doc.paragraphs] == [LEAD, SECOND]


def test_a_date_widget_above_a_headline_leaves_the_headline_the_title() -> None:
    doc = _body(MENU + "Hôm nay, Chủ nhật, 26/04/2022\nHà Nội chọn hai khách sạn làm nơi cách ly\n"
                "25/04/2021 - 09:51\n" + LEAD + "\n" + SECOND + "\n")
    assert doc.title == "Hà Nội chọn hai khách sạn làm nơi cách ly"


def test_a_block_of_related_headlines_above_the_dateline_is_neither_title_nor_body() -> None:
    doc = _body(MENU + TEASERS + "27/04/2021 - 08:39\nPhát động mỗi công dân là một chiến sĩ chống dịch\n"
                + LEAD + "\n" + SECOND + "\n")
    assert doc.title == "Phát động mỗi công dân là một chiến sĩ chống dịch"
    assert [p.text for p in doc.paragraphs] == [LEAD, SECOND]
    dropped = dict(doc.meta["body_dropped"])
    assert "another article's headline" in dropped[6]  # the quote-ended headline, line 6


def test_a_related_headline_above_the_dateline_gives_no_record() -> None:
    text = MENU + TEASERS + "20/04/2021 - 14:00\n" + LEAD + "\n" + SECOND + "\n"
    doc = next(Pipeline().pipe([Document(text=text, id="page", reader="text")]))
    assert not [r for r in doc.records if r.type == "CONSULT"]  # "Chủ tịch nước thăm tỉnh Phúc Kiến (Trung Quốc)"


def test_a_header_over_paragraphs_dated_below_is_not_a_block_of_headlines() -> None:
    # The page prints its date under the article: what follows the header is the article itself, not headlines.
    doc = _body(MENU + "Tin liên quan\n" + LEAD + "\n" + SECOND + "\n01/05/2021 - 11:46\n")
    assert [p.text for p in doc.paragraphs] == [LEAD, SECOND]


def test_another_articles_time_stamp_above_the_headline_is_not_the_date() -> None:
    # Related headlines with their stamps above the article, whose own date line sits under its headline: the
    # stamp right above the headline is as near as the article's own and came first, and won.
    top = ("Tổng thống Macron: \"Thế giới và châu Âu cần Pháp hơn bao giờ hết\"\n28/04/2021 - 09:00\n"
           "Chủ tịch nước thăm tỉnh Phúc Kiến (Trung Quốc)\n29/04/2021 - 10:00\n")
    doc = _body(MENU + top + "Hà Nội chọn hai khách sạn làm nơi cách ly\n01/05/2021 - 11:46\n" + LEAD + "\n" + SECOND
                + "\n")
    assert doc.title == "Hà Nội chọn hai khách sạn làm nơi cách ly"
    assert (doc.published or "").startswith("2021-05-01T11:46")


def test_a_date_line_above_the_headline_still_dates_the_article() -> None:
    # (VnExpress puts its date line above the headline: with none under the headline, the nearest one stands)
    doc = _body(MENU + "Thứ bảy, 1/5/2021, 11:46 (GMT+7)\nHà Nội chọn hai khách sạn làm nơi cách ly\n" + LEAD + "\n"
                + SECOND + "\n")
    assert (doc.published or "").startswith("2021-05-01T11:46")


# -- what a first review of the mechanism broke, kept as it was before it --------------------------------------------

TITLE = "Việt Nam và Nhật Bản thúc đẩy hợp tác kinh tế"


def test_a_headline_printed_above_its_date_line_under_a_header_stays_the_title() -> None:
    # (Dân trí, VietnamPlus print the headline above the date line: the block's last line is left the article's own)
    own = "Hà Nội chọn hai khách sạn làm nơi cách ly tập trung"
    doc = _body(MENU + "Tin nóng\nGiá xăng tăng mạnh từ chiều nay\nHà Nội cấm đường phục vụ lễ hội đường phố\n"
                + own + "\nThứ năm, 02/05/2022 - 08:30\n" + LEAD + "\n" + SECOND + "\n")
    assert doc.title == own
    doc = _body(MENU + "Tin liên quan\n" + own + "\n02/05/2022 08:30\n" + LEAD + "\n" + SECOND + "\n")
    assert doc.title == own


@pytest.mark.xfail(strict=True, reason="left open: with no headline of its own above the date line, the last related "
                   "headline is left free as the page's headline (a review found 8 of 12 punchy headlines share too "
                   "few words with their lead for a test of content to tell them apart)")
def test_the_last_related_headline_above_a_dateline_with_no_headline_of_its_own_is_a_teaser() -> None:
    # The page has no headline of its own (the dump starts at the date line): the last line above it is about
    # another story, not the lead, and ends in a quote that read as a sentence.
    teasers = "Tin liên quan\nChủ tịch nước thăm tỉnh Phúc Kiến (Trung Quốc)\n" \
              "Tổng thống Macron: \"Thế giới và châu Âu cần Pháp hơn bao giờ hết\"\n"
    doc = _body(MENU + teasers + "01/05/2021 - 11:46\n" + LEAD + "\n" + SECOND + "\n")
    assert doc.title is None
    assert [p.text for p in doc.paragraphs] == [LEAD, SECOND]


def test_a_menu_that_holds_a_header_word_is_no_block_in_a_batch() -> None:
    # Across a batch the menu is learnt as the site's boilerplate; "Mới nhất" is a header of [end]
    nav = "Trang chủ\nMới nhất\nThời sự\nThế giới\nKinh doanh\n"
    titles = [TITLE, "Thủ tướng tiếp Bộ trưởng Quốc phòng Australia", "Hà Nội và Seoul ký kết biên bản ghi nhớ hợp tác"]
    pages = [Document(text=nav + t + f"\n0{k + 2}/05/2022 08:30 GMT+7\n" + LEAD + "\n" + SECOND + "\n", id=f"p{k}",
                      reader="text") for k, t in enumerate(titles)]
    docs = list(Pipeline(extract=False).pipe(pages))
    assert [d.title for d in docs] == titles


def test_nothing_below_the_dateline_leaves_the_lines_above_it_the_article() -> None:
    quoted = ['Ông Sơn nói: "Hai nước là đối tác chiến lược quan trọng của nhau"',
              'Ông Hayashi đáp: "Nhật Bản sẽ tiếp tục hỗ trợ Việt Nam"']
    doc = _body(MENU + "Đọc thêm\n" + TITLE + "\n" + "\n".join(quoted) + "\n02/05/2022 08:30\n")
    assert doc.title == TITLE
    assert [p.text for p in doc.paragraphs] == quoted


def test_date_widgets_of_other_shapes_are_no_title_and_no_date() -> None:
    for widget in ("Hôm nay, Thứ Bẩy, 04/05/2022", "Hôm nay là Thứ Năm, 02/05/2022",
                   "Hôm nay: Thứ năm, ngày 02 tháng 05 năm 2022", "Hôm nay, Thứ năm, 02/05/2022 10:35"):
        doc = _body(MENU + widget + "\n01/05/2021\n" + LEAD + "\n" + SECOND + "\n")
        assert doc.title is None, widget
        assert (doc.published or "").startswith("2021-05-01"), widget


# -- what a second review broke, kept as it was before ------------------------------------------------------------------

OWN = "Hà Nội chọn hai khách sạn làm nơi cách ly tập trung"


def test_a_byline_beside_the_date_line_leaves_the_headline_the_title() -> None:
    # under the date line (the block's last line is still the headline), and between the headline and the date line
    doc = _body(MENU + "Tin nóng\nGiá xăng tăng mạnh từ chiều nay\nHà Nội cấm đường phục vụ lễ hội đường phố\n" + OWN
                + "\nThứ Bảy, 01/05/2021 - 08:30\nNguyễn Văn Hùng\n" + LEAD + "\n" + SECOND + "\n")
    assert doc.title == OWN
    doc = _body(MENU + "Mới nhất\n" + OWN + "\nNguyễn Văn Hùng\n01/05/2021 08:30 GMT+7\n" + LEAD + "\n" + SECOND + "\n")
    assert doc.title == OWN
    assert doc.byline == "Nguyễn Văn Hùng"


def test_a_headline_with_its_posted_and_updated_lines_keeps_the_posted_day() -> None:
    doc = _body(MENU + OWN + "\nĐăng lúc 01/05/2021 08:30\nCập nhật lúc 02/05/2021 16:10\n" + LEAD + "\n" + SECOND + "\n")
    assert doc.title == OWN
    assert (doc.published or "").startswith("2021-05-01T08:30")


def test_a_category_word_above_short_headlines_in_a_batch_leaves_them_titles() -> None:
    titles = ["Cú hích mới cho dòng vốn ODA", "Bước ngoặt trong quan hệ hai nước", "Chung tay vì tương lai xanh"]
    pages = [Document(text=MENU + "Tiêu điểm\n" + t + f"\nThứ Hai, 1{k}/01/2023 - 15:20\n" + LEAD + "\n" + SECOND + "\n",
                      id=f"p{k}", reader="text") for k, t in enumerate(titles)]
    assert [d.title for d in Pipeline(extract=False).pipe(pages)] == titles


def test_a_related_headline_every_page_of_a_batch_shows_still_lends_no_date() -> None:
    # The same related headline above each page's own (learnt as the site's boilerplate), each with a stamp under it.
    pages = []
    for k, t in enumerate(["Hà Nội chọn hai khách sạn làm nơi cách ly tập trung", "Hà Nội thêm khách sạn cách ly",
                           "Hà Nội tiếp nhận người nhập cảnh tại khách sạn"]):
        top = (f"Chủ tịch nước thăm tỉnh Phúc Kiến (Trung Quốc)\n2{k}/04/2021 - 09:00\n"
               f"Cử tri đề nghị cán bộ chia sẻ kinh nghiệm\n1{k}/04/2021 - 10:00\n")
        body = LEAD.replace("hai khách sạn", f"{k + 2} khách sạn") + "\n" + SECOND.replace("14 ngày", f"{14 + k} ngày")
        pages.append(Document(text=MENU + top + t + f"\n0{k + 1}/05/2021 - 11:46\n" + body + "\n", id=f"p{k}",
                              source="dump:site", reader="text"))  # (one site: its lines are learnt)
    docs = list(Pipeline(extract=False).pipe(pages))
    assert [(d.published or "")[:10] for d in docs] == ["2021-05-01", "2021-05-02", "2021-05-03"]


# -- what the final read of the stop broke, kept as it was before ---------------------------------------------------------

H1 = "Chủ tịch nước thăm tỉnh Phúc Kiến (Trung Quốc)"
H2 = "Cử tri đề nghị cán bộ chia sẻ kinh nghiệm làm giàu"


def test_the_articles_own_headline_and_date_before_a_stamped_related_link_keep_their_date() -> None:
    doc = _body(MENU + OWN + "\n01/05/2021 - 11:46\n" + H1 + "\n28/04/2021 - 09:00\n" + LEAD + "\n" + SECOND + "\n")
    assert (doc.published or "").startswith("2021-05-01T11:46")


def test_a_header_over_stamped_related_headlines_lends_none_of_their_stamps() -> None:
    doc = _body(MENU + "Tin liên quan\n" + H1 + "\n28/04/2021 - 09:00\n" + H2 + "\n29/04/2021 - 10:00\n" + OWN
                + "\nThứ bảy, 01/05/2021\n" + LEAD + "\n" + SECOND + "\n")
    assert doc.title == OWN
    assert (doc.published or "").startswith("2021-05-01")


def test_an_articles_own_date_line_opening_with_today_is_no_widget() -> None:
    doc = _body(MENU + OWN + "\nHôm nay, 01/05/2021 11:46\n" + LEAD + "\n" + SECOND + "\n")
    assert (doc.published or "").startswith("2021-05-01T11:46")
