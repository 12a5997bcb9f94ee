"""Boilerplate learnt across a batch: lines that repeat on pages of one made-up
site (Báo Phương Nam) are dropped, while copies of one article and pages of
other sites are left alone."""

from hoptac.body import BodyFinder
from hoptac.body.boilerplate import Boilerplate, site_of
from hoptac.body.cues import load_cues
from hoptac.model import Document

HEAD = """Báo Phương Nam
Thời sự   Kinh tế   Thế giới   Văn hóa
{title}
Đặt mua báo in Phương Nam với giá ưu đãi chỉ từ 100.000 đồng mỗi tháng.
"""
FOOT = """Cơ quan chủ quản: Hội Nhà báo tỉnh Phương Nam, số 12 đường Lê Lợi.
Tổng đài hỗ trợ bạn đọc hoạt động từ 7 giờ đến 22 giờ hằng ngày.
"""
ARTICLES = [
    ("Lào tặng Phương Nam 5 tấn gạo cứu trợ",
     ["Tỉnh Chăm-pa-sắc (Lào) vừa trao tặng tỉnh Phương Nam 5 tấn gạo cứu trợ người dân vùng lũ.",
      "Lãnh đạo tỉnh cảm ơn sự giúp đỡ kịp thời của nhân dân Lào anh em."]),
    ("Doanh nghiệp Hàn Quốc đầu tư nhà máy điện tử",
     ["Một doanh nghiệp Hàn Quốc khởi công nhà máy linh kiện điện tử tại khu công nghiệp Tân Phú.",
      "Nhà máy dự kiến tạo việc làm cho khoảng 3.000 lao động địa phương."]),
    ("Phương Nam đón đoàn doanh nghiệp Nhật Bản",
     ["Đoàn 20 doanh nghiệp Nhật Bản đến tìm hiểu cơ hội đầu tư vào nông nghiệp công nghệ cao.",
      "Hai bên trao đổi về thủ tục đầu tư và nguồn nhân lực của tỉnh."]),
]


def page(i: int, host: str = "baophuongnam.vn") -> Document:
    title, paras = ARTICLES[i]
    text = HEAD.format(title=title) + "\n".join(paras) + "\n" + FOOT
    return Document(text=text, id=f"pn{i}", url=f"https://www.{host}/tin/{i}.html")


def test_without_a_batch_the_site_furniture_leaks_into_the_body():
    doc = BodyFinder()(page(0))
    assert doc.body[0].startswith("Đặt mua báo in")
    assert any(p.startswith("Cơ quan chủ quản") for p in doc.body)


def test_lines_repeating_across_pages_of_the_site_are_dropped():
    finder = BodyFinder()
    docs = [page(i) for i in range(3)]
    finder.prepare(docs)
    for doc, (title, paras) in zip((finder(d) for d in docs), ARTICLES):
        assert doc.title == title
        assert doc.body == paras
        reasons = dict(doc.meta["body_dropped"])
        assert reasons[4].startswith("boilerplate: on 3 pages of host:baophuongnam.vn")
        assert reasons[7].startswith("boilerplate")
        assert doc.meta["body_site"] == "host:baophuongnam.vn"


def test_two_pages_are_enough():
    finder = BodyFinder()
    docs = [page(0), page(1)]
    finder.prepare(docs)
    assert finder(docs[0]).body == ARTICLES[0][1]


def test_copies_of_one_article_do_not_erase_each_other():
    finder = BodyFinder()
    docs = [page(0), page(0), page(1)]
    finder.prepare(docs)
    assert finder(docs[0]).body == ARTICLES[0][1]
    assert finder(docs[1]).body == ARTICLES[0][1]


def test_other_sites_learn_nothing_from_this_one():
    finder = BodyFinder()
    other = page(2, host="baokhac.vn")
    finder.prepare([page(0), page(1), other])
    body = finder(other).body
    assert body[0].startswith("Đặt mua báo in") and body[-1].startswith("Tổng đài")


def test_a_new_batch_replaces_what_was_learnt():
    finder = BodyFinder()
    finder.prepare([page(0), page(1), page(2)])
    finder.prepare([page(0)])
    assert finder(page(0)).body[0].startswith("Đặt mua báo in")


def test_site_of_prefers_host_then_outlet_then_directory():
    cues = load_cues()
    assert site_of(Document(text="", url="https://www.baophuongnam.vn/a"), cues) == "host:baophuongnam.vn"
    assert site_of(Document(text="", outlet="PLVN"), cues) == "outlet:plvn"
    named = Document(text="Tiêu đề\n(PLVN) - Sáng 27/3, Thứ trưởng điện đàm với các nước láng giềng.\n")
    assert site_of(named, cues) == "outlet:plvn"
    assert site_of(Document(text="x", source="/data/site/a.txt"), cues) == "dir:/data/site"
    assert site_of(Document(text="x"), cues) == "batch"


def test_boilerplate_reason_is_per_site():
    bp = Boilerplate(load_cues())
    bp.learn([page(0), page(1)])
    assert bp.reason("host:baophuongnam.vn", "Báo  Phương Nam")  # whitespace does not matter
    assert bp.reason("host:other.vn", "Báo Phương Nam") is None
    assert bp.reason("host:baophuongnam.vn", ARTICLES[0][1][0]) is None
