"""The per-kind readers on real files: HTML pages, JSON lines, WARC and WET archives."""

from __future__ import annotations

import gzip
import io
import json
import unicodedata
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from hoptac.model import Document, ReadError
from hoptac.read import read_inputs

TITLE = "ASEAN và Mỹ thống nhất tích cực chia sẻ thông tin chống Covid-19"
PARAS = [
    "Ngày 23/4, Hội nghị Bộ trưởng Ngoại giao đặc biệt ASEAN - Hoa Kỳ về ứng phó với dịch bệnh "
    "Covid-19 đã diễn ra dưới hình thức trực tuyến.",
    "Các Bộ trưởng nhất trí tăng cường chia sẻ thông tin, kinh nghiệm và hợp tác trong nghiên cứu, "
    "phát triển vaccine và thuốc điều trị.",
    "Ngoại trưởng Mỹ Mike Pompeo cho biết Chính phủ Mỹ đã hỗ trợ hơn 18 triệu USD cho các nước "
    "ASEAN để ứng phó với dịch bệnh.",
    "Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đánh giá cao sự hỗ trợ của Hoa Kỳ và đề nghị "
    "hai bên tiếp tục phối hợp chặt chẽ.",
]


def article_html(published: str | None = "2020-04-24T10:15:00+07:00", charset: str = "utf-8") -> str:
    """A Vietnamese news page with nav, related news, footer, and odd whitespace in the body."""
    date_meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    # Extra spaces and a line break inside a <p>: the paragraph must still come out collapsed.
    messy = [p.replace("nhất trí", "nhất  trí").replace(", kinh", ",\n  kinh") for p in PARAS]
    body = "\n".join(f"<p>{p}</p>" for p in messy)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="{charset}">
<title>{TITLE} | Kinh tế &amp; Đô thị</title>
<meta property="og:site_name" content="Kinhtedothi">
<meta property="og:title" content="{TITLE}">
{date_meta}
<link rel="canonical" href="https://kinhtedothi.vn/asean-va-my-thong-nhat.html">
</head><body>
<header><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/the-gioi">Thế giới</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav></header>
<main><article>
<h1>{TITLE}</h1>
{body}
</article>
<aside class="related"><h3>Tin bài liên quan</h3><ul>
<li><a href="/a.html">Thủ tướng Nguyễn Xuân Phúc: Sẵn sàng phương án cách ly trên diện rộng</a></li>
<li><a href="/b.html">Nhật Bản viện trợ trang thiết bị y tế cho Việt Nam</a></li></ul></aside>
</main>
<footer><p>© Báo Kinh tế &amp; Đô thị. Giấy phép số 170/GP-BTTTT.</p>
<p>Liên hệ quảng cáo: 024 1234 5678</p></footer>
</body></html>"""


def split(items):
    docs = [x for x in items if isinstance(x, Document)]
    errs = [x for x in items if isinstance(x, ReadError)]
    return docs, errs


def read(*inputs):
    return split(list(read_inputs([str(i) for i in inputs])))


def check_paragraphs(doc: Document) -> None:
    """Each paragraph is a collapsed line of Document.text at its offsets."""
    for p in doc.paragraphs:
        assert " ".join(doc.text[p.start:p.end].split()) == p.text
        assert "\n" not in doc.text[p.start:p.end]


# --- HTML -----------------------------------------------------------------------


def test_html_article(tmp_path):
    f = tmp_path / "asean-my.html"
    html = article_html()
    f.write_text(html, encoding="utf-8")
    [doc] = read(f)[0]
    assert doc.reader == "html" and doc.id == "asean-my" and doc.raw == html
    assert doc.title == TITLE and doc.outlet == "Kinhtedothi"
    assert doc.published == "2020-04-24T10:15:00+07:00"
    assert doc.url == "https://kinhtedothi.vn/asean-va-my-thong-nhat.html"
    assert doc.body_ready and doc.body == PARAS  # no title, nav, related news or footer
    check_paragraphs(doc)
    for boiler in ("Trang chủ", "Giấy phép", "Liên hệ quảng cáo"):
        assert boiler not in doc.text


def test_html_date_only_and_no_date(tmp_path):
    (tmp_path / "a.html").write_text(article_html(published="2020-04-24"), encoding="utf-8")
    (tmp_path / "b.html").write_text(article_html(published=None), encoding="utf-8")
    a, b = read(tmp_path)[0]
    assert a.published == "2020-04-24" and b.published is None


def test_html_declared_legacy_charset(tmp_path):
    f = tmp_path / "cu.htm"
    f.write_bytes(_cp1258(article_html(charset="windows-1258")))
    [doc] = read(f)[0]
    assert doc.encoding == "cp1258" and doc.warnings == ["decoded as cp1258 (declared by the page)"]
    assert [unicodedata.normalize("NFC", p) for p in doc.body] == PARAS


def _cp1258(text: str) -> bytes:
    """Encode Vietnamese the way cp1258 stores it: precomposed vowels, combining tone marks."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
                   + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def test_html_nfd_preserved(tmp_path):
    f = tmp_path / "nfd.html"
    f.write_text(unicodedata.normalize("NFD", article_html()), encoding="utf-8")
    [doc] = read(f)[0]
    assert doc.body == [unicodedata.normalize("NFD", p) for p in PARAS]


# --- JSON lines -----------------------------------------------------------------


def jsonl_lines() -> list[str]:
    return [
        json.dumps({"id": "kt-1", "title": TITLE, "text": TITLE + "\n\n" + "\n".join(PARAS) + "\n",
                    "url": "https://kinhtedothi.vn/a.html", "date": "2020-04-24T10:15:00+07:00",
                    "source": "Kinhtedothi", "lang": "vi"}, ensure_ascii=False),
        '{"id": "broken", "text": "thiếu dấu ngoặc"',
        "",
        json.dumps({"html": article_html(), "published": "2020-04-24"}, ensure_ascii=False),
        json.dumps({"id": "nothing", "title": "Chỉ có tiêu đề"}, ensure_ascii=False),
        "[1, 2, 3]",
        json.dumps({"id": 7, "text": "  Việt Nam   và Nhật Bản   hợp tác.  "}, ensure_ascii=False),
    ]


def test_jsonl_good_and_bad_lines(tmp_path):
    f = tmp_path / "tin.jsonl"
    f.write_text("\n".join(jsonl_lines()) + "\n", encoding="utf-8")
    docs, errs = read(f)
    assert [d.id for d in docs] == ["kt-1", "tin:4", "7"]
    assert [str(e).split(": ")[0] for e in errs] == [f"{f}:line 2", f"{f}:line 5", f"{f}:line 6"]
    assert "invalid JSON" in str(errs[0]) and "no non-empty 'text' or 'html'" in str(errs[1])
    assert "expected a JSON object" in str(errs[2])
    first, from_html, short = docs
    assert first.reader == "jsonl" and first.body_ready and first.body == PARAS  # title line is not body
    assert first.title == TITLE and first.published == "2020-04-24T10:15:00+07:00"
    assert first.outlet == "Kinhtedothi" and first.url == "https://kinhtedothi.vn/a.html"
    assert first.meta["line"] == 1 and first.meta["fields"] == {"lang": "vi"}
    check_paragraphs(first)
    assert from_html.reader == "jsonl" and from_html.raw and from_html.body == PARAS
    assert from_html.published == "2020-04-24" and from_html.title == TITLE
    assert short.body == ["Việt Nam và Nhật Bản hợp tác."]
    check_paragraphs(short)


def test_jsonl_gzipped_and_truncated(tmp_path):
    lines = [json.dumps({"id": f"n{i}", "text": PARAS[i % 4]}, ensure_ascii=False) for i in range(400)]
    blob = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    whole = tmp_path / "tin.jsonl.gz"
    whole.write_bytes(blob)
    docs, errs = read(whole)
    assert len(docs) == 400 and not errs and docs[0].id == "n0"
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(blob[: len(blob) // 2])
    docs, errs = read(cut)
    assert 0 < len(docs) < 400 and [d.id for d in docs] == [f"n{i}" for i in range(len(docs))]
    [err] = errs
    assert str(err).startswith(f"{cut}:line ") and "truncated or corrupt gzip" in str(err)


def test_jsonl_utf16(tmp_path):
    f = tmp_path / "u16.jsonl"
    f.write_bytes(("\n".join(jsonl_lines()[:2]) + "\n").encode("utf-16"))
    docs, errs = read(f)
    assert [d.id for d in docs] == ["kt-1"] and docs[0].encoding.startswith("utf-16")
    assert [str(e).split(": ")[0] for e in errs] == [f"{f}:line 2"]


# --- WARC and WET ---------------------------------------------------------------


def _http(status: str, ctype: str) -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")


def write_warc(path: Path, gz: bool) -> None:
    """warcinfo, then per page a request and a response; plus an image, a 404 and an empty page."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "hoptac-tests"}))
        pages = [
            ("https://kinhtedothi.vn/a.html", "200 OK", "text/html; charset=utf-8", article_html().encode()),
            ("https://kinhtedothi.vn/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://kinhtedothi.vn/mat.html", "404 Not Found", "text/html", b"<html><p>Kh\xc3\xb4ng</p></html>"),
            ("https://kinhtedothi.vn/trong.html", "200 OK", "text/html",
             b"<html><head><script>x()</script></head><body></body></html>"),
            ("https://baoquocte.vn/b.html", "200 OK", "text/html; charset=windows-1258",
             _cp1258(article_html(published=None))),
        ]
        for url, status, ctype, body in pages:
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "kinhtedothi.vn")], is_http_request=True)
            w.write_record(w.create_warc_record(url, "request", http_headers=req))
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                http_headers=_http(status, ctype),
                                                warc_headers_dict={"WARC-Date": "2021-03-01T12:00:00Z"}))


def write_wet(path: Path, gz: bool) -> None:
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "hoptac-tests"}))
        for i, para in enumerate(PARAS[:3]):
            text = f"Trang chủ Thời sự\n{TITLE}\n{para}\nTin bài liên quan\n".encode()
            w.write_record(w.create_warc_record(
                f"https://kinhtedothi.vn/{i}.html", "conversion", payload=io.BytesIO(text),
                warc_headers_dict={"Content-Type": "text/plain", "WARC-Date": "2021-03-0{}T00:00:00Z".format(i + 1)}))


@pytest.mark.parametrize("name, gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_responses(tmp_path, name, gz):
    f = tmp_path / name
    write_warc(f, gz)
    docs, errs = read(f)
    assert [d.id for d in docs] == ["https://kinhtedothi.vn/a.html", "https://baoquocte.vn/b.html"]
    [err] = errs  # the empty page; image, 404, requests and warcinfo are skipped
    assert str(err) == f"{f}:record 9: HTML page with no extractable text"
    a, b = docs
    assert a.reader == "warc" and a.url == "https://kinhtedothi.vn/a.html" and a.source == str(f)
    assert a.body_ready and a.body == PARAS and a.title == TITLE
    assert a.published == "2020-04-24T10:15:00+07:00"  # from the page, not the crawl
    assert a.meta["crawled"] == "2021-03-01T12:00:00Z" and a.meta["record"] == 3
    assert b.published is None and b.meta["crawled"] == "2021-03-01T12:00:00Z"
    assert b.encoding == "cp1258" and "declared" in b.warnings[0]
    assert [unicodedata.normalize("NFC", p) for p in b.body] == PARAS


@pytest.mark.parametrize("name, gz", [("crawl.warc.wet.gz", True), ("crawl.wet", False)])
def test_wet_conversions(tmp_path, name, gz):
    f = tmp_path / name
    write_wet(f, gz)
    docs, errs = read(f)
    assert not errs and len(docs) == 3
    d = docs[1]
    assert d.reader == "wet" and d.id == d.url == "https://kinhtedothi.vn/1.html"
    assert not d.body_ready and d.paragraphs == []  # the body stage finds the body in page text
    assert d.text == f"Trang chủ Thời sự\n{TITLE}\n{PARAS[1]}\nTin bài liên quan\n"
    assert d.published is None and d.meta["crawled"] == "2021-03-02T00:00:00Z"


@pytest.mark.parametrize("name, gz", [("cut.warc.gz", True), ("cut.warc", False), ("cut.wet", False)])
def test_truncated_archive_yields_what_was_read_then_one_error(tmp_path, name, gz):
    full = tmp_path / ("full.wet" if "wet" in name else "full.warc")
    (write_wet if "wet" in name else write_warc)(full, gz)
    data = full.read_bytes()
    f = tmp_path / name
    f.write_bytes(data[: int(len(data) * 0.7)])
    more = tmp_path / "z.txt"
    more.write_text("Bài sau.", encoding="utf-8")
    docs, errs = read(f, more)
    assert docs[0].id.startswith("https://") and docs[-1].id == "z"
    [err] = [e for e in errs if "truncated" in e.why]
    assert err is errs[-1] and str(err).startswith(f"{f}:record ")


def _on_boundary(data: bytes, cut: int) -> bool:
    """True when `cut` ends a gzip member: a shorter but sound archive."""
    return data[cut:cut + 2] == b"\x1f\x8b"


def test_every_cut_of_a_warc_is_noticed(tmp_path):
    """Cut a small archive at many points: never silently fewer documents, never an exception."""
    full = tmp_path / "full.wet.gz"
    write_wet(full, True)
    data = full.read_bytes()
    f = tmp_path / "cut.wet.gz"
    for cut in range(1, len(data)):
        f.write_bytes(data[:cut])
        docs, errs = read(f)
        assert len(errs) <= 1, cut
        # Fewer than all three pages only with an error saying so (or a cut on a member boundary).
        assert len(docs) == 3 or errs or _on_boundary(data, cut), cut


def test_not_a_warc(tmp_path):
    f = tmp_path / "fake.warc"
    f.write_text("xin chào, đây không phải WARC\n", encoding="utf-8")
    docs, [err] = read(f)
    assert not docs and str(err) == f"{f}:record 1: not a WARC archive (no WARC/1.x record header)"


def test_jsonl_title_that_is_a_lead_opens_the_body(tmp_path):
    # Dân trí's records keep the sapo under "title" (corpus news_society_108, shortened): it states a
    # measure the text does not repeat, so it is the body's first paragraph; a headline is not.
    sapo = ("Theo đó, chiều 30/4, Phó Chủ tịch UBND tỉnh Đồng Nai đã ký công văn hỏa tốc yêu cầu tạm dừng "
            "các hoạt động karaoke, quán bar, vũ trường bắt đầu từ 18h chiều nay.")
    rest = "Văn bản này sẽ có hiệu lực cho đến khi có thông báo mới."
    f = tmp_path / "dantri.jsonl"
    f.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in (
        {"id": "lead", "title": sapo, "text": rest, "date": "2021-04-30"},
        {"id": "lead-in-text", "title": sapo, "text": sapo + "\n" + rest},
        {"id": "headline", "title": "Đồng Nai tạm dừng karaoke, quán bar từ chiều nay", "text": rest})) + "\n",
        encoding="utf-8")
    lead, lead_in_text, headline = read(f)[0]
    assert lead.body == [sapo, rest] and lead.title == sapo and lead.meta["lead_from_title"]
    assert lead_in_text.body == [sapo, rest] and lead_in_text.text.count("Theo đó") == 1
    assert headline.body == [rest] and "lead_from_title" not in headline.meta
    check_paragraphs(lead)
    from hoptac.pipeline import Pipeline
    [rec] = Pipeline()(lead).records
    assert (rec.type, rec.measure, rec.source, rec.date) == ("MEASURE", "business_closure", ["VNM"], "2021-04-30")
    assert rec.evidence.startswith("Theo đó, chiều 30/4")


def test_jsonl_lead_keeps_the_documents_identity_and_headlines_stay_titles(tmp_path):
    # From an independent review: the lead counted twice (title and body) changed the stored identity,
    # so a rerun stored the article again; a headline ending on "!" or "?" is no lead; a text that
    # opens on the lead in another Unicode form or tone placement does not get it twice.
    from hoptac.keys import body_identity, keys_of

    sapo = ("Theo đó, chiều 30/4, Phó Chủ tịch UBND tỉnh Đồng Nai đã ký công văn hỏa tốc yêu cầu tạm dừng "
            "các hoạt động karaoke, quán bar, vũ trường bắt đầu từ 18h chiều nay.")
    rest = "Văn bản này sẽ có hiệu lực cho đến khi có thông báo mới, theo quyết định của tỉnh."
    shout = "Thủ tướng Nhật Bản Shinzo Abe hội đàm với Tổng thống Nga Putin tại Moskva: Bước ngoặt lớn cho hai nước!"
    f = tmp_path / "dantri.jsonl"
    f.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in (
        {"id": "lead", "title": sapo, "text": rest},
        {"id": "nfd", "title": sapo, "text": unicodedata.normalize("NFD", sapo.replace("hỏa", "hoả")) + "\n" + rest},
        {"id": "shout", "title": shout, "text": rest})) + "\n", encoding="utf-8")
    lead, nfd, headline = read(f)[0]
    assert keys_of(lead).identity == body_identity([sapo, rest])  # as before the lead joined the body
    assert len(nfd.body) == 2 and nfd.text.count("Theo ") == 1
    assert headline.body == [rest] and headline.title == shout


def test_a_lead_the_text_opens_with_in_another_spelling_is_not_added_again():
    """The lead is compared with the text's opening folded (NFC/NFD, tone placement, i/y, case, spacing),
    from the opening's first words or, where those fold shorter than the lead, from the whole opening."""
    import unicodedata

    from hoptac.read.jsonl import lead_to_add

    sapo = ("Chiều 2/4, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Lý Khắc Cường về hợp tác "
            "phòng chống dịch Covid-19 giữa hai nước.")
    rest = "\nHai bên nhất trí tăng cường hợp tác."
    assert lead_to_add(sapo, unicodedata.normalize("NFD", sapo) + rest) is None
    assert lead_to_add(sapo, sapo.replace("hòa", "hoà").upper().replace(" ", "  ") + rest) is None
    assert lead_to_add(sapo, sapo.replace(" ", " \u200b\u200b\u200b") + rest) is None  # folds shorter: the whole
    assert lead_to_add(sapo, rest.strip()) == sapo
    assert lead_to_add(sapo, sapo[:-20] + rest) == sapo  # only its start: not the lead
