"""Property tests (Hypothesis): no input makes a reader or the extractor raise, and every
offset the extractor gives slices the original text.

The seed is fixed (`derandomize`) and the example counts small, so `make test`
stays short and a failure reproduces exactly; raise HOPTAC_FUZZ_EXAMPLES to
search longer.
"""

from __future__ import annotations

import codecs
import gzip
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hoptac
from hoptac.limits import Limits
from hoptac.model import Document, ReadError
from hoptac.read import read_bytes

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
SAMPLE = (SAMPLES / "004_6cbae7a29efbc530.txt").read_bytes()
EXAMPLES = int(os.environ.get("HOPTAC_FUZZ_EXAMPLES", "100"))
FUZZ = settings(max_examples=EXAMPLES, derandomize=True, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LIMITS = Limits(document_bytes=256 * 1024, text_chars=50_000, seconds=20)
NAMES = st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.warc", "a.wet", "a.txt.gz", "a.jsonl.gz",
                         "a.warc.gz", "a", "a.htm"])
# Vietnamese letters, digits, the punctuation the rules care about, and some trouble.
VI_CHARS = st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                                "ùúủũụừứửữựỳýỷỹỵ AĂÂĐÊÔƠƯViệtNamTrungQuốcMỹNhậtBản0123456789.,;:!?…\"'()-–/%\n"
                                "\u00a0\u200b\u0300\u0301\u0323\ufeff"))
WORDS = st.sampled_from(["Việt Nam", "Trung Quốc", "Hoa Kỳ", "Nhật Bản", "ASEAN", "WHO", "viện trợ", "hỗ trợ",
                         "điện đàm", "hội đàm", "cảm ơn", "đề nghị", "phong tỏa", "cách ly", "ngày 2/4",
                         "1.000 liều vaccine", "2,5 triệu USD", "Thủ tướng", "Bộ trưởng", "sẽ", "không", "đã",
                         "tặng", "cho", "với", ".", ",", ";", "\n", "TP.", "Ông", "(Mỹ)", "hai nước", "các nước"])


def _check_read(data: bytes, name: str) -> list[Document | ReadError]:
    items = list(read_bytes(data, name=name, source=name, limits=LIMITS))
    for item in items:
        assert isinstance(item, (Document, ReadError))
        if isinstance(item, Document):
            assert isinstance(item.text, str) and len(item.text) <= LIMITS.text_chars
            for p in item.paragraphs:
                assert 0 <= p.start <= p.end <= len(item.text)
    return items


@FUZZ
@given(st.binary(max_size=4096), NAMES)
def test_random_bytes_never_raise(data: bytes, name: str) -> None:
    _check_read(data, name)


@FUZZ
@given(st.integers(min_value=0, max_value=len(SAMPLE)), st.sampled_from(["plain", "gzip"]), NAMES)
def test_truncated_real_pages_never_raise(cut: int, packing: str, name: str) -> None:
    data = gzip.compress(SAMPLE) if packing == "gzip" else SAMPLE
    _check_read(data[: cut if packing == "plain" else cut * len(data) // len(SAMPLE)], name)


@FUZZ
@given(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "cp1258", "windows-1252", "latin-1"]),
       st.integers(min_value=1, max_value=len(SAMPLE)))
def test_real_pages_in_other_encodings_never_raise(encoding: str, size: int) -> None:
    text = SAMPLE[:size].decode("utf-8", "ignore")
    data = text.encode(encoding, "replace")
    if encoding == "utf-16" and not data.startswith(codecs.BOM_UTF16_LE + b""):
        data = codecs.BOM_UTF16 + data
    _check_read(data, "page.txt")


def _nested_html(depth: int, tags: list[str], text: str) -> str:
    inner = text
    for i in range(depth):
        tag = tags[i % len(tags)]
        inner = f"<{tag}>{inner}</{tag}>" if i % 3 else f"<{tag}>{inner}"  # some tags never closed
    return f"<html><body>{inner}</body></html>"


@FUZZ
@given(st.integers(min_value=1, max_value=400),
       st.lists(st.sampled_from(["div", "p", "span", "table", "tr", "td", "article", "b", "ul", "li", "script"]),
                min_size=1, max_size=5),
       st.text(VI_CHARS, max_size=300))
def test_deeply_nested_html_never_raises(depth: int, tags: list[str], text: str) -> None:
    _check_read(_nested_html(depth, tags, text).encode("utf-8"), "page.html")


def _check_offsets(doc: Document) -> None:
    n = len(doc.text)
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= n
        assert s.text == " ".join(doc.text[s.start:s.end].split())
    for record in doc.records:
        assert record.evidence
        for m in record.mentions:
            assert 0 <= m.start <= m.end <= n
            assert m.text == " ".join(doc.text[m.start:m.end].split())
        for a in record.actors:
            assert 0 <= a.start <= a.end <= n


@FUZZ
@given(st.text(VI_CHARS, max_size=2000))
def test_extract_on_arbitrary_text_keeps_offsets_in_the_text(text: str) -> None:
    _check_offsets(hoptac.extract(text))


@FUZZ
@given(st.lists(WORDS, max_size=120).map(" ".join), st.sampled_from([None, "2020-04-03T06:41:00+07:00", "2017"]))
def test_extract_on_cue_laden_text_keeps_offsets_in_the_text(text: str, published: str | None) -> None:
    doc = hoptac.extract(text, published=published)
    _check_offsets(doc)
    for record in doc.records:
        assert record.evidence in " ".join(doc.text.split())
