"""WARC and WET archives (Common Crawl and the like), gzipped or not.

Only two record types carry articles: `response` records with an HTML payload
(→ the HTML reader) and WET `conversion` records (the crawler's plain text of a
page → a text Document whose body the body stage still has to find, since WET
text keeps menus and teasers). Everything else (requests, metadata, images,
redirects) is skipped. The crawl date is not the publication date, so it goes
to `meta["crawled"]`, never to `published`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from hoptac.model import Document, ReadError
from hoptac.read.encoding import DecodeError, decode
from hoptac.read.html import document_from_markup, decode_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def _charset(content_type: str | None) -> str | None:
    """The charset a Content-Type header declares, if any."""
    m = _CHARSET.search(content_type or "")
    return m.group(1).lower() if m else None


def _record_id(record: Any) -> str:
    """The document id: the target URI, else the WARC-Record-ID without its urn wrapper."""
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if uri:
        return uri.strip()
    rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<> ")
    return rid.removeprefix("urn:uuid:") or "record"


def _meta(record: Any, number: int) -> dict[str, Any]:
    """What the archive says about a record that is not the article's own metadata."""
    h = record.rec_headers
    meta: dict[str, Any] = {"record": number}
    for key, header in (("crawled", "WARC-Date"), ("record_id", "WARC-Record-ID"),
                        ("refers_to", "WARC-Refers-To")):
        value = h.get_header(header)
        if value:
            meta[key] = value
    return meta


def _payload(record: Any, where: str, limit: int) -> bytes | ReadError:
    """A record's payload, refused past `limit` bytes (never read whole)."""
    data = record.content_stream().read(limit + 1)
    if len(data) > limit:
        return ReadError(where, f"payload over {limit:,} bytes (limit document_bytes, "
                                "HOPTAC_MAX_DOCUMENT_BYTES); record skipped")
    return data


def _response(record: Any, source: str, where: str, number: int, limit: int) -> Document | ReadError | None:
    """An HTML response record → Document; None for records that are not articles."""
    http = record.http_headers
    if http is None:
        return None
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return None  # redirects and error pages are not articles
    ctype = (http.get_header("Content-Type") or "").lower()
    if not ctype.startswith(_HTML_TYPES):
        return None
    payload = _payload(record, where, limit)
    if isinstance(payload, ReadError):
        return payload
    if not payload.strip():
        return ReadError(where, "HTML response with an empty payload")
    try:
        dec = decode_html(payload, _charset(ctype))
    except DecodeError as exc:
        return ReadError(where, str(exc))
    url = record.rec_headers.get_header("WARC-Target-URI")
    doc = document_from_markup(dec.text, doc_id=_record_id(record), source=source, where=where,
                               reader="warc", url=url, encoding=dec.encoding, notes=dec.warnings)
    if isinstance(doc, Document):
        doc.url = url or doc.url
        doc.meta.update(_meta(record, number))
    return doc


def _conversion(record: Any, source: str, where: str, number: int, limit: int) -> Document | ReadError | None:
    """A WET conversion record → text Document for the body stage."""
    payload = _payload(record, where, limit)
    if isinstance(payload, ReadError):
        return payload
    if not payload.strip():
        return None  # Common Crawl writes empty conversions for pages with no text
    try:
        dec = decode(payload)
    except DecodeError as exc:
        return ReadError(where, str(exc))
    doc = Document(text=dec.text, id=_record_id(record), source=source, reader="wet",
                   encoding=dec.encoding, url=record.rec_headers.get_header("WARC-Target-URI"),
                   warnings=list(dec.warnings))
    doc.meta.update(_meta(record, number))
    return doc


def _short(record: Any) -> bool:
    """True when the record's payload ended before its Content-Length.

    warcio stops quietly at the end of a cut file (a truncated gzip member just
    ends), so truncation is checked by hand: drain what is left of the record
    and see whether its length limit was reached."""
    stream = record.raw_stream
    while stream.read(65536):
        pass
    return getattr(stream, "limit", 0) > 0


class _CheckedIterator(ArchiveIterator):
    """warcio's iterator, noting at the end whether the archive stopped cleanly.

    warcio ends quietly when a file is cut between records: inside the next
    gzip member's header, or inside the next record's first line. Both lose a
    record without a word, so the state warcio leaves behind is checked by hand
    (these are warcio internals: `reader.decompressor` and `next_line`)."""

    cut_short = False

    def close(self) -> None:
        reader = getattr(self, "reader", None)
        decompressor = getattr(reader, "decompressor", None) if reader else None
        if decompressor is not None and getattr(decompressor, "eof", True) is False:
            self.cut_short = True  # a gzip member that never reached its end
        if (getattr(self, "next_line", None) or b"").strip():
            self.cut_short = True  # the start of a record that never came
        super().close()


def _bytes_after(stream: IO[bytes], archive: ArchiveIterator) -> int:
    """Bytes of the file that no complete record accounts for (0 for a sound archive).

    warcio's `offset` is where the last record it finished ends, in file bytes;
    a file cut inside a record leaves it short of the file size."""
    try:
        size = stream.seek(0, io.SEEK_END)
    except (OSError, ValueError, AttributeError):
        return 0  # unseekable: nothing to compare with
    return max(size - int(getattr(archive, "offset", size)), 0)


def read_warc(stream: IO[bytes], source: str, limit: int = 16 << 20,
              input_limit: int = 8 << 30) -> Iterator[Document | ReadError]:
    """Yield a Document per article record; on a corrupt/truncated archive, what was read
    and then one ReadError naming the record where reading stopped.

    `limit` bounds one record's payload (a larger one is skipped with an error);
    `input_limit` the payloads of the whole archive, by their declared lengths, so
    a record of a gigabyte is refused before it is inflated."""
    number = 0
    total = 0
    inside = False  # True while a record's payload is read: a failure is that record's
    archive = _CheckedIterator(stream)
    try:
        for record in archive:
            number += 1
            inside = True
            where = f"{source}:record {number}"
            if not str(record.format).startswith("warc"):
                # warcio parses any line as an old ARC header; ARC is not supported here.
                yield ReadError(where, "not a WARC archive (no WARC/1.x record header)")
                return
            length = (record.rec_headers.get_header("Content-Length") or "").strip()
            if not record.rec_type or not length.isdigit():
                # Every WARC record must state both; a cut header block lacks them.
                yield ReadError(where, "truncated or corrupt archive: record header incomplete")
                return
            total += int(length)
            if total > input_limit:
                yield ReadError(where, f"the archive's records pass {input_limit:,} bytes (limit input_bytes, "
                                       "HOPTAC_MAX_INPUT_BYTES); the rest of it was not read")
                return
            if record.rec_type == "response":
                item = _response(record, source, where, number, limit)
            elif record.rec_type == "conversion":
                item = _conversion(record, source, where, number, limit)
            else:
                item = None
            if _short(record):
                yield ReadError(where, "truncated archive: record shorter than its Content-Length")
                return
            inside = False
            if item is not None:
                yield item
    except Exception as exc:  # noqa: BLE001 - ArchiveLoadFailed, EOFError, zlib.error, ...: one line
        why = " ".join(str(exc).split())[:200] or type(exc).__name__
        yield ReadError(f"{source}:record {number if inside else number + 1}",
                        f"truncated or corrupt archive ({why})")
        return
    left = _bytes_after(stream, archive)
    if left or archive.cut_short:
        extra = f": {left} bytes after the last complete record" if left else ": cut inside the next record"
        yield ReadError(f"{source}:record {number + 1}", f"truncated or corrupt archive{extra}")
    elif number == 0:
        yield ReadError(source, "empty archive (no WARC records)")
