"""The body finder on the five bundled page dumps: title, outlet, dateline and a
body free of captions, slugs and teasers of other articles (records are
extracted from the body only, so a teaser left in it becomes a false record)."""

from pathlib import Path

import pytest

from hoptac.body import BodyFinder
from hoptac.model import Document
from hoptac.pipeline import Pipeline, normalise_stage

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"

EXPECTED = {
    "000_968cdbb62e9dc6bb": dict(
        title="Tăng cường hợp tác, thúc đẩy viện trợ quốc tế trong phòng, chống dịch Covid-19",
        outlet="PLVN", published=None, byline=None, n=15,
        first="(PLVN) - Theo Bộ Ngoại giao, sáng 27/3,",
        last="thúc đẩy viện trợ quốc tế trong phòng, chống dịch bệnh thời gian tới./."),
    "001_aba35a583a4cd1c1": dict(
        title="ASEAN và Mỹ thống nhất tích cực chia sẻ thông tin chống Covid-19",
        outlet="Kinhtedothi", published=None, byline=None, n=9,
        first="Kinhtedothi - Ngày 1/4 đã diễn ra Hội nghị trực tuyến",
        last="phát huy công tác điều phối các nỗ lực của ASEAN vì mục tiêu này."),
    "002_5c1898aba2fd2099": dict(
        title="Bộ trưởng Bùi Thanh Sơn: Phương châm của ngoại giao vaccine là chủ động tiến công",
        outlet="Baoquocte.vn", published=None, byline="Bảo Chi", n=19,
        first="Bộ trưởng Bùi Thanh Sơn chỉ đạo một số hướng",
        last="phục vụ thiết thực công tác phòng chống dịch trong nước."),
    "003_e0afc6dd529c41e8": dict(
        title="Việt Nam đã và đang tích cực hợp tác với các nước kiểm soát Covid-19 và khôi phục phát triển kinh tế-xã hội",
        outlet="VOV5", published=None, byline=None, n=5,
        first="(VOV5) - Việt Nam tin rằng",
        last="từng bước khôi phục phát triển kinh tế - xã hội”."),
    "004_6cbae7a29efbc530": dict(
        title="Hợp tác phòng chống COVID-19 là điểm sáng trong quan hệ Việt Nam-Trung Quốc nhân kỷ niệm 70 năm thiết lập quan hệ ngoại giao",
        outlet=None, published="2020-04-03T06:41:00+07:00", byline="Anh Vũ (TH)", n=9,
        first="Ngày 2/4, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã điện đàm",
        last="giao lưu nhân dân ngay sau khi dịch bệnh kết thúc."),
}

# Words of teasers, captions and related news that must never reach a body.
NOT_BODY = ["Ảnh:", "(Ảnh", "Thụy Sỹ", "Nhật Bản trước COVID-19", "hop tac phong chong", "...",
            "Đọc thêm", "Tin bài liên quan", "Hình ảnh hội nghị", "Theo dõi", "Quân khu 5",
            "Tổ trưởng Tổ công tác", "Bùi Thanh Sơn làm Tổ trưởng", "Du khách đến Việt Nam"]


def _docs() -> list[Document]:
    return [Document(text=(SAMPLES / f"{k}.txt").read_text(encoding="utf-8"), id=k,
                     source=str(SAMPLES / f"{k}.txt")) for k in EXPECTED]


@pytest.fixture(scope="module")
def found() -> dict[str, Document]:
    finder = BodyFinder()
    docs = _docs()
    finder.prepare(docs)
    return {d.id: finder(d) for d in docs}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_metadata(found, key):
    doc, exp = found[key], EXPECTED[key]
    assert doc.title == exp["title"]
    assert doc.outlet == exp["outlet"]
    assert doc.published == exp["published"]
    assert doc.byline == exp["byline"]


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_body_bounds_and_offsets(found, key):
    doc, exp = found[key], EXPECTED[key]
    assert len(doc.paragraphs) == exp["n"]
    assert doc.paragraphs[0].text.startswith(exp["first"])
    assert doc.paragraphs[-1].text.endswith(exp["last"])
    for p in doc.paragraphs:
        assert " ".join(doc.text[p.start:p.end].split()) == p.text
        assert "\n" not in doc.text[p.start:p.end]


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_no_teaser_caption_or_slug_in_body(found, key):
    doc = found[key]
    for p in doc.paragraphs:
        assert p.text != doc.title
        for bad in NOT_BODY:
            assert bad not in p.text, (bad, p.text[:80])


def test_seed_000_keeps_an_unspaced_ellipsis_of_the_article():
    """"... như quán bar, nhà hàng…" ends a real paragraph; only a spaced ellipsis is a teaser cut."""
    finder = BodyFinder()
    doc = finder(_docs()[0])
    assert any(p.text.endswith("nhà hàng…") for p in doc.paragraphs)


def test_every_dropped_line_has_a_reason(found):
    doc = found["004_6cbae7a29efbc530"]
    reasons = dict(doc.meta["body_dropped"])
    lines = doc.text.split("\n")
    assert reasons[2].startswith("dateline")
    assert reasons[4] == "title"
    assert "slug" in reasons[8] and "caption" in reasons[11]
    assert "teaser" in reasons[31] and reasons[41] == "byline"
    assert "ends here" in reasons[44]
    body_lines = {no for no, line in enumerate(lines, 1) if line.strip()} - set(reasons)
    assert len(body_lines) == len(doc.paragraphs)


def test_pipeline_runs_the_finder_in_batches():
    pipe = Pipeline(stages=[("normalise", normalise_stage), ("body", BodyFinder())])
    out = list(pipe.pipe(_docs(), batch_size=3))
    assert [d.title for d in out] == [e["title"] for e in EXPECTED.values()]
    assert all(d.paragraphs for d in out)
