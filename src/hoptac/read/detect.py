"""Which reader a file needs, decided by its name AND its first bytes.

Names lie (a `.txt` saved from a browser is often HTML; crawlers write `.gz`
without saying what is inside), so the content decides whenever it speaks
clearly; the extension only breaks ties where the content is ambiguous.
"""

from __future__ import annotations

import json
import re
import zlib
from pathlib import PurePath

from hoptac.read.encoding import bom_encoding

GZIP_MAGIC = b"\x1f\x8b"
HEAD_SIZE = 65536  # bytes (after gunzip) that sniffing looks at

KINDS = ("warc", "jsonl", "html", "text")

_EXT_KIND = {
    ".warc": "warc", ".wet": "warc",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".txt": "text", ".text": "text",
}
_COMPRESSED_EXT = {".gz", ".gzip"}

_HTML_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
_HTML_TAGS = re.compile(r"<(p|div|body|head|article|br|span|a|table|meta|title)[\s>/]", re.I)


def is_gzip(head: bytes) -> bool:
    """True when the bytes start with the gzip magic number."""
    return head.startswith(GZIP_MAGIC)


def gunzip_head(data: bytes, size: int = HEAD_SIZE) -> bytes:
    """The first `size` decompressed bytes of a gzip stream, however truncated.

    zlib's streaming decoder is used (not gzip.decompress) because a truncated
    or multi-member file must still be sniffable from its start."""
    d = zlib.decompressobj(wbits=31)
    try:
        return d.decompress(data, size)
    except zlib.error:
        return b""


def kind_from_name(name: str) -> str | None:
    """The kind the file name suggests ('x.warc.gz' → warc), or None."""
    suffixes = [s.lower() for s in PurePath(name).suffixes]
    while suffixes and suffixes[-1] in _COMPRESSED_EXT:
        suffixes.pop()
    return _EXT_KIND.get(suffixes[-1]) if suffixes else None


def stem(name: str) -> str:
    """The file name without directory and extension: 'a/x.jsonl.gz' → 'x'."""
    base = PurePath(name).name
    for ext in _COMPRESSED_EXT:
        if base.lower().endswith(ext) and len(base) > len(ext):
            base = base[: -len(ext)]
            break
    return PurePath(base).stem or base


def _head_text(head: bytes) -> str:
    """A lossy str view of the head, good enough to sniff markup and JSON."""
    bom = bom_encoding(head)
    if bom and bom != "utf-8":
        # Cut to whole code units so the codec does not choke on the last one.
        unit = 4 if "32" in bom else 2
        return head[: len(head) - len(head) % unit].decode(bom, "replace").lstrip("\ufeff")
    return head.decode("utf-8", "replace").lstrip("\ufeff")


def _looks_jsonl(text: str) -> bool:
    """First non-space char is `{` and one of the first lines is a JSON object."""
    if not text.lstrip().startswith("{"):
        return False
    lines = [ln for ln in text.splitlines()[:-1] or text.splitlines() if ln.strip()][:5]
    for ln in lines:
        try:
            if isinstance(json.loads(ln), dict):
                return True
        except ValueError:
            continue
    return False


def _markup_heavy(text: str) -> bool:
    """Many tags, a real share of the bytes in tags, and some HTML element names."""
    sample = text[:HEAD_SIZE]
    tags = _TAG.findall(sample)
    if len(tags) < 5 or not _HTML_TAGS.search(sample):
        return False
    tag_chars = sum(len(m.group(0)) for m in _TAG.finditer(sample))
    return tag_chars / max(len(sample.strip()), 1) > 0.15


def sniff(head: bytes) -> str:
    """The kind the (decompressed) first bytes show: warc, jsonl, html or text."""
    text = _head_text(head)
    stripped = text.lstrip()
    if stripped.startswith("WARC/1.") or stripped.startswith("WARC/0."):
        return "warc"
    if _looks_jsonl(text):
        return "jsonl"
    if _HTML_START.match(text) or _markup_heavy(text):
        return "html"
    return "text"


def detect(name: str, head: bytes) -> tuple[str, bool]:
    """(kind, gzipped) for a file: the content decides, the name breaks ties.

    `head` is the first raw bytes of the file (compressed or not)."""
    gz = is_gzip(head)
    plain = gunzip_head(head) if gz else head
    sniffed = sniff(plain)
    by_name = kind_from_name(name)
    if sniffed != "text" or by_name is None:
        return sniffed, gz
    text = _head_text(plain).lstrip()
    if by_name == "html" and _HTML_TAGS.search(text):
        return "html", gz  # a fragment without <html>, still markup
    if by_name == "warc":
        return "warc", gz  # too short or too broken to sniff: warcio will say what is wrong
    if by_name == "jsonl" and text.startswith("{"):
        return "jsonl", gz  # JSON lines whose first lines are all broken
    return "text", gz
