"""The read entry point: paths, directories, globs, stdin, detection, encodings, bad input."""

from __future__ import annotations

import builtins
import codecs
import gzip
import io
import json
import os
import sys
import unicodedata
from pathlib import Path

import pytest

from hoptac.model import Document, ReadError
from hoptac.read import read_inputs
from hoptac.read.detect import detect, kind_from_name, sniff, stem

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"

# Short sentences from the bundled samples (seed 004, Baoquocte.vn).
VI_TEXT = (
    "Trang chủ Chính trị - Xã hội\n"
    "06:41 | 03/04/2020 GMT+7\n\n"
    "Hợp tác phòng chống COVID-19 là điểm sáng trong quan hệ Việt Nam-Trung Quốc\n\n"
    "Ngày 2/4, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã điện đàm với Thủ tướng Quốc vụ viện "
    "Trung Quốc Lý Khắc Cường.\n\n"
    "Trong điện đàm, hai bên đã thông báo cho nhau tình hình và kết quả công tác phòng chống "
    "dịch COVID-19 của mỗi nước.\n"
)

SMALL_HTML = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hợp tác phòng chống COVID-19</title></head><body>
<nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a></nav>
<article><h1>Hợp tác phòng chống COVID-19</h1>
<p>Ngày 2/4, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã điện đàm với Thủ tướng Quốc vụ viện Trung Quốc Lý Khắc Cường để trao đổi về công tác hợp tác phòng chống dịch COVID-19.</p>
<p>Trong điện đàm, hai bên đã thông báo cho nhau tình hình và kết quả công tác phòng chống dịch COVID-19 của mỗi nước.</p>
</article><footer>© Báo Thế giới &amp; Việt Nam</footer></body></html>"""

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Encode Vietnamese the way cp1258 stores it: precomposed vowels, combining tone marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(base + "".join(c for c in parts if c in _TONES))
    return "".join(out).encode("cp1258")


def split(items):
    docs = [x for x in items if isinstance(x, Document)]
    errs = [x for x in items if isinstance(x, ReadError)]
    assert len(docs) + len(errs) == len(items)
    return docs, errs


def read(*inputs):
    return split(list(read_inputs([str(i) for i in inputs])))


# --- the bundled samples --------------------------------------------------------


def test_bundled_samples_are_five_text_documents():
    docs, errs = read(SAMPLES)
    assert errs == []  # README.md in the folder is not an article and is skipped
    assert [d.id for d in docs] == sorted(p.stem for p in SAMPLES.glob("*.txt"))
    assert len(docs) == 5
    for d in docs:
        assert d.reader == "text" and d.encoding == "utf-8" and not d.body_ready
        assert d.text == (SAMPLES / f"{d.id}.txt").read_text(encoding="utf-8")
        assert d.paragraphs == [] and d.source.endswith(".txt")
    assert docs[4].text.startswith("Trang chủ Chính trị - Xã hội")


def test_bundled_samples_by_glob(tmp_path):
    docs, errs = read(SAMPLES / "00[0-4]_*.txt")
    assert not errs and [d.id for d in docs][:2] == ["000_968cdbb62e9dc6bb", "001_aba35a583a4cd1c1"]


# --- text and encodings ---------------------------------------------------------


def test_text_file_kept_verbatim(tmp_path):
    f = tmp_path / "bai-viet.txt"
    f.write_text(VI_TEXT, encoding="utf-8")
    [doc] = read(f)[0]
    assert doc.text == VI_TEXT and doc.id == "bai-viet" and doc.source == str(f)
    assert doc.reader == "text" and doc.warnings == [] and doc.title is None


def test_utf8_bom_is_stripped(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(codecs.BOM_UTF8 + VI_TEXT.encode("utf-8"))
    [doc] = read(f)[0]
    assert doc.text == VI_TEXT and doc.encoding == "utf-8" and doc.warnings == []


def test_cp1258_is_detected_and_said(tmp_path):
    f = tmp_path / "cu.txt"
    f.write_bytes(to_cp1258(VI_TEXT))
    [doc] = read(f)[0]
    assert doc.encoding == "cp1258"
    assert doc.warnings == ["decoded as cp1258 (charset-normalizer)"]
    # cp1258 stores tone marks as combining characters: same text once NFC-folded,
    # but the reader keeps what was decoded (offsets point into it).
    assert unicodedata.normalize("NFC", doc.text) == VI_TEXT
    assert "\u0301" in doc.text


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom(tmp_path, codec, bom):
    f = tmp_path / "u16.txt"
    f.write_bytes(bom + VI_TEXT.encode(codec))
    [doc] = read(f)[0]
    assert doc.text == VI_TEXT and doc.encoding == codec
    assert any(codec in w for w in doc.warnings)


def test_nfd_text_is_preserved(tmp_path):
    nfd = unicodedata.normalize("NFD", VI_TEXT)
    assert nfd != VI_TEXT
    f = tmp_path / "nfd.txt"
    f.write_text(nfd, encoding="utf-8")
    [doc] = read(f)[0]
    assert doc.text == nfd and doc.encoding == "utf-8"


def test_gzipped_text(tmp_path):
    f = tmp_path / "bai.txt.gz"
    f.write_bytes(gzip.compress(VI_TEXT.encode("utf-8")))
    [doc] = read(f)[0]
    assert doc.text == VI_TEXT and doc.id == "bai" and doc.reader == "text"


# --- detection ------------------------------------------------------------------


def test_sniff_kinds():
    assert sniff(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n") == "warc"
    assert sniff(b'  {"id": "a", "text": "x"}\n{"id": "b"}\n') == "jsonl"
    assert sniff(b"<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert sniff(b"\n  <html lang='vi'><p>x</p></html>") == "html"
    assert sniff(VI_TEXT.encode()) == "text"
    assert sniff(b"{ not json at all\nplain words\n") == "text"
    many_tags = b"<div><p>Tin</p><p>Bai</p><span>x</span><a href='/'>y</a><br/></div>" * 5
    assert sniff(many_tags) == "html"


def test_detect_content_beats_extension_and_gzip_is_seen_through():
    html = SMALL_HTML.encode()
    assert detect("page.txt", html) == ("html", False)
    assert detect("dump.txt", b'{"text": "Ha Noi"}\n') == ("jsonl", False)
    assert detect("a.jsonl.gz", gzip.compress(b'{"text": "x"}\n')) == ("jsonl", True)
    assert detect("x.bin", gzip.compress(b"WARC/1.0\r\n")) == ("warc", True)
    assert detect("frag.html", b"<p>Chi mot doan</p>") == ("html", False)
    assert detect("bad.jsonl", b"{oops\n{also bad\n") == ("jsonl", False)
    assert detect("short.warc", b"WAR") == ("warc", False)


def test_names():
    assert kind_from_name("a/b.warc.gz") == "warc" and kind_from_name("x.wet.gz") == "warc"
    assert kind_from_name("x.jsonl.gz") == "jsonl" and kind_from_name("README.md") is None
    assert stem("a/x.jsonl.gz") == "x" and stem("000_968cdbb62e9dc6bb.txt") == "000_968cdbb62e9dc6bb"
    assert stem("noext") == "noext"


# --- directories, globs, stdin --------------------------------------------------


def test_directory_mixing_kinds(tmp_path):
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(VI_TEXT, encoding="utf-8")
    (d / "b.html").write_text(SMALL_HTML, encoding="utf-8")
    (d / "c.jsonl").write_text(json.dumps({"id": "j1", "text": "Hai bên nhất trí."}, ensure_ascii=False) + "\n",
                               encoding="utf-8")
    (d / "d.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Viet Nam va Nhat Ban."}\n'))
    (d / "sub" / "e.txt").write_text("Bài trong thư mục con.\n", encoding="utf-8")
    (d / "page").write_text(SMALL_HTML, encoding="utf-8")  # no extension: sniffed
    (d / ".hidden.txt").write_text("ẩn", encoding="utf-8")
    (d / ".git").mkdir()
    (d / ".git" / "x.txt").write_text("ẩn", encoding="utf-8")
    (d / "notes.md").write_text("# not an article", encoding="utf-8")
    docs, errs = read(d)
    assert errs == []
    assert [(x.id, x.reader) for x in docs] == [
        ("a", "text"), ("b", "html"), ("j1", "jsonl"), ("d:1", "jsonl"), ("page", "html"), ("e", "text")]


def test_glob_and_duplicates(tmp_path):
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(VI_TEXT, encoding="utf-8")
    docs, errs = read(tmp_path / "x*.txt", tmp_path / "x1.txt")
    assert not errs and [d.id for d in docs] == ["x1", "x2"]  # each file once


def test_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(VI_TEXT.encode("utf-8"))))
    [doc] = read("-")[0]
    assert doc.id == "stdin" and doc.text == VI_TEXT and doc.reader == "text"


def test_stdin_html(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SMALL_HTML.encode("utf-8"))))
    [doc] = read("-")[0]
    assert doc.id == "stdin" and doc.reader == "html" and doc.title == "Hợp tác phòng chống COVID-19"
    assert doc.body_ready and len(doc.paragraphs) == 2


def test_stdin_empty(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    docs, [err] = read("-")
    assert not docs and str(err) == "<stdin>: empty input"


# --- bad input: one line each, and the batch goes on ----------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


@pytest.mark.parametrize("name, content, why", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \t\n", "empty file"),
    ("image.txt", PNG, "binary file (PNG image)"),
    ("nul.txt", b"Ha Noi\x00\x00\x01\x02\x00\xff\xfe\x00" * 40, "binary"),
    ("cut.txt.gz", gzip.compress(VI_TEXT.encode() * 20)[:120], "truncated or corrupt gzip"),
    ("empty.html", b"<html><head><title>x</title><script>var a=1;</script></head><body></body></html>",
     "no extractable text"),
])
def test_bad_file_gives_one_line_error_and_batch_goes_on(tmp_path, name, content, why):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(VI_TEXT, encoding="utf-8")
    items = list(read_inputs([str(bad), str(good)]))
    docs, errs = split(items)
    assert [d.id for d in docs] == ["good"] and isinstance(items[0], ReadError)
    [err] = errs
    msg = str(err)
    assert msg.startswith(f"{bad}: ") and why in err.why and "\n" not in msg


def test_missing_path_and_empty_glob(tmp_path):
    docs, errs = read(tmp_path / "nope.txt", tmp_path / "*.warc.gz", SAMPLES / "000_968cdbb62e9dc6bb.txt")
    assert [d.id for d in docs] == ["000_968cdbb62e9dc6bb"]
    assert [str(e) for e in errs] == [f"{tmp_path / 'nope.txt'}: no such file or directory",
                                      f"{tmp_path / '*.warc.gz'}: glob pattern matched no files"]


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    """Permissions, simulated so the test also means something when run as root."""
    locked = tmp_path / "locked.txt"
    locked.write_text(VI_TEXT, encoding="utf-8")
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    docs, [err] = read(locked, SAMPLES / "001_aba35a583a4cd1c1.txt")
    assert len(docs) == 1 and str(err) == f"{locked}: cannot open (Permission denied)"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_real(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(VI_TEXT, encoding="utf-8")
    locked.chmod(0)
    try:
        docs, [err] = read(locked)
        assert not docs and "Permission denied" in str(err)
    finally:
        locked.chmod(0o644)


def test_a_lone_string_is_one_input():
    docs, errs = split(list(read_inputs(str(SAMPLES / "002_5c1898aba2fd2099.txt"))))
    assert [d.id for d in docs] == ["002_5c1898aba2fd2099"] and not errs


def test_body_lines_are_collapsed_and_their_spans_point_at_the_words():
    """A JSONL record's text lines as paragraphs: white space collapsed to single spaces (tabs, no-break
    and ideographic spaces, runs of spaces), the span from the line's first word to its last; a line of
    single spaces between words is taken as it is (line_paragraphs' fast path)."""
    from hoptac.read.text import line_paragraphs

    text = ("Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Lý Khắc Cường.\n"
            "  Hai bên\tnhất trí\u00a0tăng cường  hợp tác\u3000phòng chống dịch. \r\n"
            " \u2028 \n"
            "Phía Trung Quốc sẽ viện trợ vật tư y tế.")
    paras = line_paragraphs(text)
    assert [p.text for p in paras] == [
        "Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Lý Khắc Cường.",
        "Hai bên nhất trí tăng cường hợp tác phòng chống dịch.",
        "Phía Trung Quốc sẽ viện trợ vật tư y tế.",
    ]
    for p in paras:
        assert " ".join(text[p.start:p.end].split()) == p.text and not text[p.start].isspace()
        assert not text[p.end - 1].isspace()
    assert [p.text for p in line_paragraphs("Tiêu đề\nTiêu đề\nThân bài", skip_title="Tiêu  đề")] == \
        ["Tiêu đề", "Thân bài"]  # only the first line can be the headline
